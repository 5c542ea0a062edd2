// Styles of the badge and panel. They live in our shadow root, so the page's CSS cannot reach in and ours cannot
// leak out. System colours and a dark variant follow the agent's theme. Spacing is logical (inline-start/end), so a
// right-to-left UI mirrors; only the panel's anchor to the badge is physical, because the badge sits at the composer's
// bottom-right corner whatever the language.
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.rc-root { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; }
.rc-badge {
  display: inline-flex; align-items: center; gap: 4px; min-width: 44px; height: 26px; padding-block: 0; padding-inline: 8px;
  white-space: nowrap;
  border-radius: 13px; border: 1px solid #0f766e; background: #f0fdfa; color: #0f766e; font-weight: 600;
  cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.15);
}
.rc-badge[data-tone="todo"] { border-color: #b45309; background: #fffbeb; color: #92400e; }
.rc-badge[data-tone="harm"] { border-color: #b91c1c; background: #fef2f2; color: #991b1b; }
.rc-badge:focus-visible, button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.rc-panel {
  position: absolute; bottom: 32px; right: 0; width: min(360px, calc(100vw - 24px));
  overflow-wrap: anywhere;
  max-height: min(480px, var(--rc-panel-max, 70vh));
  overflow: auto; padding: 10px 12px; border-radius: 10px; border: 1px solid #d1d5db; background: #fff;
  box-shadow: 0 8px 24px rgba(0,0,0,.18);
}
:host([data-open="down"]) .rc-panel { bottom: auto; top: 4px; }
.rc-panel h2 { font-size: 13px; margin-block: 0 6px; margin-inline: 0; }
.rc-note { margin-block: 0 6px; margin-inline: 0; color: #4b5563; }
.rc-rows, .rc-phrases, .rc-findings { list-style: none; margin: 0; padding: 0; }
.rc-row { padding-block: 6px; border-block-start: 1px solid #f3f4f6; }
.rc-row:first-child { border-block-start: 0; }
.rc-row-head { display: flex; gap: 6px; align-items: baseline; }
.rc-icon { width: 14px; text-align: center; font-weight: 700; }
.rc-label { flex: 1; font-weight: 600; }
.rc-status { font-size: 11px; color: #6b7280; }
.rc-met .rc-icon { color: #15803d; }
.rc-missing .rc-icon { color: #b45309; }
.rc-weak .rc-icon { color: #b91c1c; }
.rc-not-needed, .rc-not-checked { opacity: .7; }
.rc-reason { margin-block: 2px 0; margin-inline: 20px 0; color: #4b5563; }
.rc-phrase { display: flex; gap: 8px; align-items: flex-start; margin-block: 4px 0; margin-inline: 20px 0; }
.rc-phrase-text { flex: 1; font-style: italic; }
button.rc-insert, button.rc-replace {
  font: inherit; font-size: 12px; padding-block: 2px; padding-inline: 8px; border-radius: 6px; border: 1px solid #0f766e;
  background: #0f766e; color: #fff; cursor: pointer; max-width: 100%;
}
/* A short verb stays on one line; a replacement quotes a phrase, which wraps inside the panel. */
button.rc-insert { white-space: nowrap; flex: none; }
button.rc-replace { white-space: normal; text-align: start; }
.rc-findings { margin-block-start: 8px; border-block-start: 1px solid #e5e7eb; padding-block-start: 6px; }
.rc-finding { margin: 4px 0; }
.rc-finding-text { font-weight: 600; color: #991b1b; }
.rc-finding-message { margin: 2px 0; color: #4b5563; }
.rc-toast { margin-block-start: 6px; color: #92400e; }
@media (prefers-color-scheme: dark) {
  .rc-root { color: #e5e7eb; }
  .rc-panel { background: #111827; border-color: #374151; }
  .rc-note, .rc-reason, .rc-finding-message, .rc-status { color: #9ca3af; }
  .rc-row { border-color: #1f2937; }
  .rc-badge { background: #042f2e; color: #5eead4; border-color: #14b8a6; }
  .rc-badge[data-tone="todo"] { background: #451a03; color: #fcd34d; border-color: #d97706; }
  .rc-badge[data-tone="harm"] { background: #450a0a; color: #fca5a5; border-color: #ef4444; }
  .rc-finding-text { color: #fca5a5; }
}
`;

export const PICKER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.rc-picker { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; width: min(420px, calc(100vw - 24px));
  background: #fff; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.2); padding: 6px; }
.rc-picker-input { width: 100%; font: inherit; padding-block: 6px; padding-inline: 8px; border: 1px solid #9ca3af; border-radius: 6px; }
.rc-picker-input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.rc-picker-list { list-style: none; margin-block: 6px 0; margin-inline: 0; padding: 0; max-height: 280px; overflow: auto; }
.rc-pick { display: flex; flex-direction: column; padding-block: 5px; padding-inline: 8px; overflow-wrap: anywhere; border-radius: 6px; cursor: pointer; }
.rc-pick-active { background: #ccfbf1; outline: 1px solid #0f766e; }
.rc-pick-row { font-size: 11px; color: #6b7280; }
.rc-pick-empty { padding-block: 6px; padding-inline: 8px; color: #6b7280; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  .rc-picker { background: #111827; color: #e5e7eb; border-color: #374151; }
  .rc-picker-input { background: #1f2937; color: #e5e7eb; border-color: #4b5563; }
  .rc-pick-active { background: #134e4a; }
  .rc-pick-row, .rc-pick-empty { color: #9ca3af; }
}
`;
