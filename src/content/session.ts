// The session step: the one pure function between reading the page and drawing it. It takes what was read (the draft,
// the conversation, the settings) and returns an immutable snapshot (the analysis and the page state every view
// renders: badge, highlights, popup). No DOM, no extension APIs, no fields read back: the controller feeds it and
// hands the result on, and test/content/session.test.ts runs it in plain Node.
import { analyze } from '../engine/analyze.js';
import type { Phrase } from '../engine/phrases/index.js';
import type { Analysis, RowId, RowPolicy } from '../engine/types.js';
import type { PageState } from '../shared/protocol.js';
import type { ConversationContext } from '../sites/types.js';

/** Suggestions per row the views show filled (the panel and popup list at most this many). */
export const FILLED_PER_ROW = 3;

export interface SessionInput {
  site: string;
  origin: string;
  composerKey: string;
  draft: string;
  context: ConversationContext;
  settings: {
    readonly disabledRules: readonly string[];
    readonly policy: Partial<Record<RowId, RowPolicy>>;
    readonly library: readonly Phrase[];
  };
  /** A phrase's text filled for this conversation's names, or null for an id not in the library (callers cache). */
  fill: (phraseId: string) => string | null;
}

export interface Snapshot {
  readonly analysis: Readonly<Analysis>;
  readonly state: Readonly<PageState>;
}

/** Analyse the draft in its context and say what every view shows. Same input, same snapshot. */
export function sessionStep(input: SessionInput): Snapshot {
  const { context } = input;
  const analysis = analyze(input.draft, {
    ...(context.customerMessage ? { customer: context.customerMessage } : {}),
    settings: {
      disabledRules: input.settings.disabledRules,
      policy: input.settings.policy,
      library: input.settings.library,
    },
  });
  const filledPhrases: Record<string, string> = {};
  for (const row of analysis.checklist)
    for (const id of row.phraseIds.slice(0, FILLED_PER_ROW)) {
      const text = input.fill(id);
      if (text !== null) filledPhrases[id] = text;
    }
  const state: PageState = {
    status: 'ready',
    site: input.site,
    origin: input.origin,
    composerKey: input.composerKey,
    draftLength: input.draft.length,
    customerFirstName: context.customerFirstName,
    customerProvided: Boolean(context.customerMessage),
    checklist: analysis.checklist,
    findings: analysis.findings,
    language: analysis.language,
    truncated: analysis.truncated,
    verdict: analysis.verdict,
    filledPhrases: Object.freeze(filledPhrases) as Record<string, string>,
  };
  return Object.freeze({ analysis: Object.freeze(analysis), state: Object.freeze(state) });
}

/** The state when there is nothing to analyse: the site is off, or no composer is found. */
export function emptyState(status: Exclude<PageState['status'], 'ready'>, site: string | null, origin: string): Readonly<PageState> {
  return Object.freeze({
    status,
    site,
    origin,
    composerKey: null,
    draftLength: 0,
    customerFirstName: null,
    customerProvided: false,
    checklist: [],
    findings: [],
    language: null,
    truncated: null,
    verdict: null,
    filledPhrases: {},
  });
}
