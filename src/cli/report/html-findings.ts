// The findings part of report.html: the most frequent findings with their counts, and for each a few example replies
// with the finding's words in <mark>. Reply text is plain text from the data, escaped piece by piece around the marks.
import type { ExampleReply, FindingDetail } from './report-data.js';
import { formatTime } from './html-header.js';
import { html, type SafeHtml } from './html-template.js';

/** A reply longer than this is quoted as an excerpt around its marked words: the page shows a pattern, not a ticket. */
export const MAX_QUOTED_CHARS = 1500;
/** How much of the reply an excerpt keeps before the first marked word and after the last. */
const EXCERPT_CONTEXT = 300;

type Mark = ExampleReply['marks'][number];

/** The marks that can be drawn: inside the text, not empty, in order and not overlapping (others are dropped). */
function usableMarks(text: string, marks: readonly Mark[]): Mark[] {
  const usable: Mark[] = [];
  let end = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (!Number.isInteger(mark.start) || !Number.isInteger(mark.end)) continue;
    if (mark.start < end || mark.end <= mark.start || mark.end > text.length) continue;
    usable.push(mark);
    end = mark.end;
  }
  return usable;
}

/** Where to cut a long reply: around its marks, at most MAX_QUOTED_CHARS; the whole of a short one. */
function excerptWindow(text: string, marks: readonly Mark[]): { start: number; end: number } {
  if (text.length <= MAX_QUOTED_CHARS) return { start: 0, end: text.length };
  if (marks.length === 0) return { start: 0, end: MAX_QUOTED_CHARS };
  const first = marks[0]?.start ?? 0;
  const last = marks[marks.length - 1]?.end ?? 0;
  const start = Math.max(0, first - EXCERPT_CONTEXT);
  const end = Math.min(text.length, start + MAX_QUOTED_CHARS, Math.max(last, first) + EXCERPT_CONTEXT);
  // Never cut a surrogate pair (an emoji) in half.
  const safe = (at: number) => (/[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at);
  return { start: safe(start), end: Math.max(safe(start), safe(end)) };
}

/** The reply as escaped text with each marked span in <mark>, cut to an excerpt when it is long. */
export function markedText(text: string, marks: readonly Mark[]): SafeHtml {
  const usable = usableMarks(text, marks);
  const window = excerptWindow(text, usable);
  const parts: SafeHtml[] = [];
  let at = window.start;
  for (const mark of usable) {
    if (mark.start < window.start || mark.end > window.end) continue;
    parts.push(html`${text.slice(at, mark.start)}<mark>${text.slice(mark.start, mark.end)}</mark>`);
    at = mark.end;
  }
  parts.push(html`${text.slice(at, window.end)}`);
  return html`${window.start > 0 ? '…' : ''}${parts}${window.end < text.length ? '…' : ''}`;
}

function example(reply: ExampleReply): SafeHtml {
  const when = reply.createdAt ? html`, <time datetime="${reply.createdAt}">${formatTime(reply.createdAt)}</time>` : '';
  const cut = reply.text.length > MAX_QUOTED_CHARS ? html` <span>(excerpt of ${reply.text.length.toLocaleString('en')} characters)</span>` : '';
  return html`<blockquote class="example">
    <p class="meta">Ticket <span class="name">${reply.ticket || '(no id)'}</span>, <span class="name">${reply.agent || '(no agent)'}</span>${when}${cut}</p>
    <p class="text">${markedText(reply.text, reply.marks)}</p>
  </blockquote>`;
}

function findingsTable(findings: readonly FindingDetail[]): SafeHtml {
  return html`<div class="table-scroll"><table id="table-findings" data-table="findings">
    <caption>Findings, most frequent first</caption>
    <thead><tr><th scope="col">Finding</th><th scope="col">Rule</th><th scope="col">Replies</th><th scope="col">Times in all</th></tr></thead>
    <tbody>${findings.map(
      (finding) => html`<tr>
        <th scope="row"><a href="#finding-${finding.ruleId}">${finding.message}</a></th>
        <td class="rule"><code>${finding.ruleId}</code></td>
        <td>${finding.replies.toLocaleString('en')}</td>
        <td>${finding.count.toLocaleString('en')}</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}

function findingDetail(finding: FindingDetail): SafeHtml {
  const examples = finding.examples.length
    ? finding.examples.map(example)
    : html`<p class="muted">No example kept.</p>`;
  return html`<section id="finding-${finding.ruleId}" aria-labelledby="finding-${finding.ruleId}-heading" data-finding="${finding.ruleId}">
    <h3 id="finding-${finding.ruleId}-heading">${finding.message}</h3>
    <p class="muted">Rule <code>${finding.ruleId}</code>: in ${finding.replies.toLocaleString('en')} ${finding.replies === 1 ? 'reply' : 'replies'}, ${finding.count.toLocaleString('en')} ${finding.count === 1 ? 'time' : 'times'} in all.</p>
    ${examples}
  </section>`;
}

export function findingsSection(findings: readonly FindingDetail[]): SafeHtml {
  const body = findings.length
    ? html`${findingsTable(findings)}${findings.map(findingDetail)}`
    : html`<p>No reply had a finding.</p>`;
  return html`<section id="findings" aria-labelledby="findings-heading">
    <h2 id="findings-heading">Findings</h2>
    <p>Wording in the replies that tends to make things worse, as the checklist flags it while agents write.</p>
    ${body}
  </section>`;
}
