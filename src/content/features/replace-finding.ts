// Replace a finding (the panel's or the popup's "Replace"): the words at the finding's own span, mapped to the DOM
// through the draft's map, are replaced through the editor's model. With "calm down" twice, Replace on the second
// changes the second.
import { isRange } from '../../sites/mapped-text.js';
import type { ComposerTracker } from '../tracker.js';
import { insertIntoComposer, type InsertDone } from './insert-into-composer.js';

export interface FindingSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Where the finding's words are in the draft as it reads now. The span came from the snapshot the agent saw; if they
 * typed since, its words may have moved: then the occurrence of the same words nearest to where it was is taken.
 * Null when the words are gone.
 */
export function locateFinding(draft: string, span: FindingSpan): { start: number; end: number } | null {
  if (!span.text) return null;
  if (draft.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  let best: number | null = null;
  for (let at = draft.indexOf(span.text); at >= 0; at = draft.indexOf(span.text, at + 1))
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  return best === null ? null : { start: best, end: best + span.text.length };
}

const gone = (reason: string): InsertDone => ({ outcome: { ok: false, reason, copiedToClipboard: false }, notice: null });

export async function replaceFinding(tracker: ComposerTracker, doc: Document, span: FindingSpan, replacement: string): Promise<InsertDone> {
  // Read afresh: the map must be the DOM's as it is now, not as it was when the finding was shown.
  const reading = tracker.read();
  if (!reading) return gone('composer not found');
  const located = locateFinding(reading.draft.text, span);
  const place = located ? reading.draft.toDom(located.start, located.end) : null;
  if (!place) return gone('the phrase is no longer in the draft');
  return insertIntoComposer(tracker, doc, {
    text: replacement,
    selection: isRange(place) ? place : { start: place.start, end: place.end },
    spacing: false,
    force: true,
  });
}

