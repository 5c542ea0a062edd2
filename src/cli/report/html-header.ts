// The top of report.html: what was read (files, formats, what was skipped), over which dates, and how the page was made.
import type { InputFormatName, ReportData } from './report-data.js';
import { html, type SafeHtml } from './html-template.js';

const FORMAT_NAMES: Record<InputFormatName, string> = {
  'zendesk-json': 'Zendesk JSON export',
  csv: 'CSV',
  jsonl: 'JSON Lines',
};

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "2026-12-06 21:25 UTC" from an ISO time; the text as given when it is not one. */
export function formatTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const formatDay = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 10);
};

/** The dates the replies span: exactly when the data says (period), else the weeks they fell in. */
function dateRange(data: ReportData): string {
  if (data.period) {
    const first = formatDay(data.period.first);
    const last = formatDay(data.period.last);
    return first === last ? first : `${first} to ${last}`;
  }
  const weeks = [...new Set(data.weeks.map((entry) => entry.week))].sort();
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (first === undefined || last === undefined) return 'no reply had a time';
  return first === last ? `the week of ${first}` : `the weeks of ${first} to ${last}`;
}

function inputsTable(data: ReportData): SafeHtml {
  const rows = data.summary.inputs.map(
    (input) => html`<tr>
      <td class="name"><code>${input.file}</code></td>
      <td>${FORMAT_NAMES[input.format] ?? input.format}</td>
      <td>${input.replies.toLocaleString('en')}</td>
      <td>${input.skipped.toLocaleString('en')}</td>
    </tr>`,
  );
  return html`<div class="table-scroll"><table id="inputs">
    <caption>Inputs, and the format detected in each</caption>
    <thead><tr><th scope="col">File</th><th scope="col">Format</th><th scope="col">Replies</th><th scope="col">Skipped</th></tr></thead>
    <tbody>${rows}</tbody>
  </table></div>`;
}

export function reportHeader(data: ReportData): SafeHtml {
  const { summary } = data;
  const timed = data.weeks.reduce((sum, entry) => sum + entry.replies, 0);
  const untimed = summary.replies - timed;
  return html`<header>
    <h1>Reply Coach report</h1>
    <p class="muted">How the team's replies make the moves a reply needs, from the checklist Reply Coach shows agents. Made on this computer; nothing was sent anywhere.</p>
    <dl class="facts">
      <dt>Replies</dt><dd>${summary.replies.toLocaleString('en')}</dd>
      <dt>Agents</dt><dd>${summary.agents.length.toLocaleString('en')}</dd>
      <dt>Dates</dt><dd>${dateRange(data)}${untimed > 0 && timed > 0 ? html` (${plural(untimed, 'reply', 'replies')} had no time)` : ''}</dd>
      <dt>Not checked</dt><dd>${plural(summary.notChecked, 'reply', 'replies')} not in English (counted in no row)</dd>
      <dt>Skipped</dt><dd>${plural(summary.skipped, 'line or row', 'lines or rows')} of the input could not be read</dd>
      <dt>Examples</dt><dd>${data.redacted ? 'redacted: e-mail addresses, phone numbers, order numbers and customer names replaced' : 'not redacted: they quote replies as written'}</dd>
      <dt>Generated</dt><dd><time datetime="${data.generatedAt}">${formatTime(data.generatedAt)}</time></dd>
    </dl>
    ${data.redacted ? '' : html`<p class="notice">The examples below are not redacted and may contain customer details: share this page as you would the tickets. <code>--redact</code> replaces them.</p>`}
    ${inputsTable(data)}
  </header>`;
}
