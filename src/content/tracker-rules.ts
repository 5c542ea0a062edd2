// The tracker's decisions that need no page: how long a conversation read stays good, when a page-wide change is
// worth a rescan, which mutations are the agent typing. Pure, so test/content/tracker-rules.test.ts runs them in Node.

/** How often the page-wide observer may trigger a rescan for composers that appear or vanish. */
export const RESCAN_THROTTLE_MS = 300;
/** The customer's message changes rarely while the agent types; re-read it at most this often. */
export const CONTEXT_TTL_MS = 1500;

/** The extension's own UI, wherever it is in the page (badge, picker, highlight style). */
const OWN_UI = '[data-reply-coach]';

/** Whether the conversation read for composer `key` at `read.at` may still be used at `now`. */
export function contextIsFresh(read: { key: string; at: number }, key: string, now: number): boolean {
  return read.key === key && now - read.at < CONTEXT_TTL_MS;
}

/** Whether a page-wide rescan may run at `now`, the last one having run at `last`. */
export function rescanAllowed(last: number, now: number): boolean {
  return now - last >= RESCAN_THROTTLE_MS;
}

/** Whether every mutation happened inside `composer`: the agent typing, which is no reason to rescan the page. */
export function mutationsInside(composer: { contains(node: Node | null): boolean }, records: readonly { target: Node }[]): boolean {
  return records.every((record) => composer.contains(record.target));
}

export function isOwnUi(element: Element): boolean {
  return element.closest(OWN_UI) !== null;
}
