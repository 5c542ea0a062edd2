// report.html: one static, self-contained page from a ReportData. No script at all, no request of any kind: inline CSS,
// charts as inline SVG rendered here by vega, every piece of the data's text escaped (see html-template.ts). The
// Content-Security-Policy says the same to the browser, so even a mistake here could neither run nor load anything.
import { ROW_IDS } from '../../engine/types.js';
import { findingsSection } from './html-findings.js';
import { rowFigures } from './html-figures.js';
import { reportHeader } from './html-header.js';
import { rowSection } from './html-rows.js';
import { REPORT_CSS } from './html-styles.js';
import { html, type SafeHtml, trustedCss } from './html-template.js';
import type { ReportData } from './report-data.js';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function contents(data: ReportData): SafeHtml {
  return html`<nav aria-label="Contents"><ul>
    ${ROW_IDS.map((row) => html`<li><a href="#row-${row}">${data.rowLabels[row]}</a></li>`)}
    <li><a href="#findings">Findings</a></li>
  </ul></nav>`;
}

async function body(data: ReportData): Promise<SafeHtml> {
  if (data.summary.replies === 0) {
    return html`<main><h2>Nothing to report</h2><p>The inputs held no replies to check, so there are no figures and no findings.</p></main>`;
  }
  // One row at a time: each renders its charts with vega, and nothing is gained by holding them all at once.
  const rows: SafeHtml[] = [];
  for (const row of ROW_IDS) rows.push(await rowSection(rowFigures(data, row)));
  return html`<main>${contents(data)}${rows}${findingsSection(data.findings)}</main>`;
}

export async function renderReportHtml(data: ReportData): Promise<string> {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Reply Coach">
<title>Reply Coach report: ${data.summary.replies.toLocaleString('en')} replies</title>
<style>${trustedCss(REPORT_CSS)}</style>
</head>
<body>
${reportHeader(data)}
${await body(data)}
<footer><p>Made by <code>reply-coach report</code> on this computer from the files above. Needed: the situation called for the move (the checklist showed it as met, missing or weak). Met: the reply made it.</p></footer>
</body>
</html>
`;
  return page.toString();
}
