// report.html's one stylesheet, inline: readable on screen, and on paper (A4 or Letter) without background colours.
// Text colours are at least 4.5:1 on white (WCAG AA).
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0; background: #fff; color: #1f1f1f;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: .5rem; border-top: 2px solid #1f1f1f; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
a { color: #0b5cad; }
.muted { color: #595959; }
.notice { border-left: 4px solid #b04a00; padding: .25rem .75rem; margin: 1rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
nav ul { padding-left: 1.25rem; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #595959; margin-top: .25rem; }
table { border-collapse: collapse; margin: .5rem 0 1.25rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border-bottom: 1px solid #c7c7c7; padding: .2rem .6rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 2px solid #1f1f1f; }
tbody th { font-weight: normal; }
tr.team th, tr.team td { font-weight: 600; }
.table-scroll { overflow-x: auto; }
/* Quoted text keeps its own direction to itself: a right-to-left override in a reply cannot reorder the page around it. */
.name, .example .text { overflow-wrap: anywhere; unicode-bidi: isolate; }
td.rule { white-space: nowrap; }
.example { border-left: 3px solid #0072b2; margin: .75rem 0; padding: .25rem .75rem; break-inside: avoid; page-break-inside: avoid; }
.example .meta { font-size: .85rem; color: #595959; margin: 0 0 .25rem; }
.example .text { white-space: pre-wrap; margin: 0; }
mark { background: #ffe08a; color: #1f1f1f; font-weight: 600; padding: 0 .1em; text-decoration: underline; text-decoration-thickness: 2px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
footer { margin-top: 3rem; padding-bottom: 2rem; font-size: .85rem; color: #595959; }
@page { margin: 15mm; }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-before: page; page-break-before: always; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  /* Without background colours the marked words still stand out: bold and underlined. */
  mark { background: none; }
}
`;
