// Marks harmful phrases in the composer without touching the editor's DOM: the CSS Custom Highlight API paints
// ranges from outside, so nothing of ours can be saved into the draft, reverted by CKEditor, or sent.
// Browsers without it (Firefox before 140) simply get no marks; the panel still lists the findings.
import type { Finding } from '../../engine/types.js';
import { isRange } from '../../sites/mapped-text.js';
import { editableOf } from '../../sites/editors/fallback.js';
import type { DraftText } from '../../sites/types.js';

const WARNING = 'reply-coach-warning';
const SUGGESTION = 'reply-coach-suggestion';
const STYLE_ID = 'reply-coach-highlight-style';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

interface HighlightApi {
  highlights: HighlightRegistry;
  Highlight: new (...ranges: Range[]) => unknown;
}

/**
 * The highlight registry of a window. Each document paints only the ranges registered in its own window's registry:
 * an iframe editor's text (TinyMCE, CKEditor 4) is marked through the frame's window, with the style in its document.
 */
function registry(view: unknown = globalThis): HighlightApi | null {
  const css = (view as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (view as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-reply-coach', '');
  // ::highlight() rules must live in the page's own style sheets; this one styles nothing but our named highlights.
  style.textContent =
    `::highlight(${WARNING}) { background-color: rgba(220, 38, 38, 0.16); text-decoration: underline wavy rgb(220, 38, 38); }\n` +
    `::highlight(${SUGGESTION}) { background-color: rgba(217, 119, 6, 0.14); text-decoration: underline dotted rgb(217, 119, 6); }`;
  (doc.head ?? doc.documentElement).append(style);
}

/**
 * What is painted now, so a keystroke that changes nothing painted costs nothing (highlights restyle the page, and
 * mapping spans walks the composer's text). The ranges are live: typing elsewhere in the draft moves them along with
 * their words, so they stay right as long as each still holds its finding's text.
 */
let painted: { composer: Element; key: string; api: HighlightApi; ranges: Array<{ range: Range; text: string }> } | null = null;

/** Whitespace the draft text collapses or adds (blocks become line breaks): compared without it. */
const SPACES = /\s+/g;

function stillPainted(composer: Element, key: string): boolean {
  return (
    painted !== null &&
    painted.composer === composer &&
    painted.key === key &&
    painted.ranges.every(
      ({ range, text }) => range.startContainer.isConnected && range.toString().replace(SPACES, '') === text.replace(SPACES, ''),
    )
  );
}

/** Marks each finding at its own place in the composer, through the draft's map back to the DOM. */
export function showHighlights(composer: HTMLElement, draft: DraftText, findings: readonly Finding[]): void {
  const textDoc = editableOf(composer).ownerDocument;
  const api = registry(textDoc.defaultView ?? globalThis);
  if (!api) return;
  if (findings.length === 0) {
    if (painted !== null) clearHighlights();
    return;
  }
  const key = findings.map((f) => `${f.ruleId}:${f.start}:${f.end}:${f.text}`).join('|');
  if (stillPainted(composer, key)) return;
  // Another window's registry holds the last marks (the agent moved between the page and an iframe editor).
  if (painted !== null && painted.api.highlights !== api.highlights) clearHighlights();
  ensureStyle(textDoc);
  const mapped: Array<{ finding: Finding; range: Range }> = [];
  for (const finding of findings) {
    const place = draft.toDom(finding.start, finding.end);
    // A text field has no DOM ranges inside: the panel lists its findings.
    if (isRange(place)) mapped.push({ finding, range: place });
  }
  const warnings = mapped.filter((m) => m.finding.severity === 'warning').map((m) => m.range);
  const suggestions = mapped.filter((m) => m.finding.severity !== 'warning').map((m) => m.range);
  api.highlights.set(WARNING, new api.Highlight(...warnings));
  api.highlights.set(SUGGESTION, new api.Highlight(...suggestions));
  painted = { composer, key, api, ranges: mapped.map((m) => ({ range: m.range, text: m.finding.text })) };
}

export function clearHighlights(): void {
  const api = painted?.api ?? registry();
  if (!api) return;
  api.highlights.delete(WARNING);
  api.highlights.delete(SUGGESTION);
  painted = null;
}
