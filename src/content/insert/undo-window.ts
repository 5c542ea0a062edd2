// Editors whose undo history folds an edit into the previous undo step when it follows that step within a time window:
// ProseMirror (and Tiptap, built on it) groups changes less than `newGroupDelay` (500 ms) apart, Quill those less than
// `history.delay` (1000 ms) apart. A phrase inserted that soon after the agent's last keystroke would be undone
// together with their last words, and their closing of that group (`closeHistory`, `history.cutoff()`) is reachable
// only through the editor instance, which a content script cannot touch. So the insertion waits the window out.
// Found by the editors' own DOM markers, as insert-text.ts does for their clipboard handling.

/** [selector of the editable root, the editor's default grouping window in ms]. */
const GROUPING_WINDOWS: ReadonlyArray<readonly [selector: string, ms: number]> = [
  ['.ProseMirror', 500],
  ['.ql-editor', 1000],
];

/** A little past the window: the editors compare with `<`, and timers fire late on a busy page. */
const MARGIN_MS = 60;

/** How long to wait, after an edit at `lastEditAt` (performance.now() time), before inserting into `host`. */
export function waitBeforeInsertMs(host: Element, lastEditAt: number, now: number): number {
  // closest() includes the host itself.
  const windowMs = GROUPING_WINDOWS.find(([selector]) => host.closest(selector) !== null)?.[1];
  if (windowMs === undefined) return 0;
  return Math.max(0, lastEditAt + windowMs + MARGIN_MS - now);
}

/**
 * Editors whose history takes a snapshot only at certain events, never as the agent types: Summernote records one on
 * mouseup in its editable and after its own commands (summernote source, editing/Editor.js and History.js; its
 * `recordEveryKeystroke` is off by default), and at Ctrl+Z the draft as it is then. Text typed since the last click and
 * a phrase inserted now would be one undo step. A mouseup on the editable, the event the agent's own click before
 * inserting gives, makes it record the draft as it is: one Ctrl+Z then takes back the phrase alone.
 */
const SNAPSHOT_ON_MOUSEUP = '.note-editable';

/** Before inserting into `host`: end the editor's current undo step where the editor only ends one on an event. */
export function closeUndoStep(host: HTMLElement): void {
  if (host.closest(SNAPSHOT_ON_MOUSEUP) === null) return;
  const win = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  host.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true, cancelable: true, composed: true }));
}
