// Maps spans of the draft text (as the adapter read it) back to DOM Ranges, for highlights and replacements.
// The adapter's text collapses whitespace and drops quoted history, so offsets cannot be mapped one to one; instead
// the span's own words are found in the composer's text nodes, taking the same occurrence (the 3rd "calm down" in
// the draft is the 3rd in the DOM, since the agent's words come before the quote and signature).

interface TextNodeRun {
  node: Text;
  start: number;
}

function textRuns(root: Element): { text: string; runs: TextNodeRun[] } {
  const runs: TextNodeRun[] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-reply-coach], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    runs.push({ node: node as Text, start: text.length });
    // Non-breaking spaces and the like become plain spaces (same length), as they do in the adapter's text.
    text += value.replace(/[\u00a0\u2007\u202f]/g, ' ');
  }
  return { text, runs };
}

function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function pointAt(runs: readonly TextNodeRun[], offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const end = run.start + run.node.data.length;
    if (offset < end || (preferEnd && offset === end) || i === runs.length - 1)
      return { node: run.node, offset: Math.min(Math.max(0, offset - run.start), run.node.data.length) };
  }
  return null;
}

export interface DraftSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a span of `draft` is in the composer: offsets into a textarea's or input's value, or a DOM Range. The same
 * occurrence is taken (the 2nd "calm down" of the draft is the 2nd of the field): the draft is the value normalized
 * (trimmed, line ends unified), so its offsets are not the value's. Null when the span's text is gone.
 */
export function selectionForSpan(element: HTMLElement, draft: string, span: DraftSpan): Range | { start: number; end: number } | null {
  if (!span.text) return null;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const value = element.value.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
    const at = nthIndexOf(value, span.text, countBefore(draft, span.text, span.start));
    return at < 0 ? null : { start: at, end: at + span.text.length };
  }
  return rangesForSpans(element, draft, [span])[0]?.range ?? null;
}

/** DOM ranges for spans of `draft`, found in `root`'s text nodes; spans that cannot be found are left out. */
export function rangesForSpans(root: Element, draft: string, spans: readonly DraftSpan[]): Array<{ span: DraftSpan; range: Range }> {
  if (spans.length === 0 || root.tagName === 'TEXTAREA' || root.tagName === 'INPUT') return [];
  const { text, runs } = textRuns(root);
  const out: Array<{ span: DraftSpan; range: Range }> = [];
  for (const span of spans) {
    if (!span.text) continue;
    const occurrence = countBefore(draft, span.text, span.start);
    const at = nthIndexOf(text, span.text, occurrence);
    if (at < 0) continue;
    const startPoint = pointAt(runs, at, false);
    const endPoint = pointAt(runs, at + span.text.length, true);
    if (!startPoint || !endPoint) continue;
    const range = root.ownerDocument.createRange();
    range.setStart(startPoint.node, startPoint.offset);
    range.setEnd(endPoint.node, endPoint.offset);
    out.push({ span, range });
  }
  return out;
}

function countBefore(text: string, needle: string, before: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < before; at = text.indexOf(needle, at + 1)) count++;
  return count;
}
