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
