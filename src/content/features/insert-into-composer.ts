// The one way a feature writes into the composer: through the editor's own model (insert/), after the editor's
// undo-grouping window, and when the editor refuses, onto the clipboard with a notice saying so. Every feature
// (insert a phrase, the picker, an expansion, a replacement) ends here, so none of them touches the DOM itself.
import { t } from '../../shared/i18n.js';
import type { InsertOutcome } from '../../shared/protocol.js';
import { containedAsync } from '../contain.js';
import { insertText, waitBeforeInsertMs } from '../insert/index.js';
import type { ComposerTracker, SavedSelection } from '../tracker.js';

export interface InsertRequest {
  text: string;
  /** What to replace or where to insert; the live (or last saved) caret when absent. */
  selection?: SavedSelection | null;
  /** Add a space or line break to fit the words around; off for a replacement or an expansion. */
  spacing?: boolean;
  /** Use `selection` even when the composer has a live caret of its own. */
  force?: boolean;
  /** Skip waiting out the editor's undo-grouping window (an abbreviation's expansion is part of the typing). */
  immediate?: boolean;
}

/** What an insertion did, and the one-line notice the panel shows after it (null: none). */
export interface InsertDone {
  outcome: InsertOutcome;
  notice: string | null;
}

export async function insertIntoComposer(tracker: ComposerTracker, doc: Document, request: InsertRequest): Promise<InsertDone> {
  return containedAsync(
    'insert',
    async (): Promise<InsertDone> => {
      const composer = tracker.connected();
      if (!composer) return fallBackToClipboard(doc, request.text, 'composer not found');
      const selection = request.selection ?? tracker.selection();
      // Some editors fold an edit into the agent's last undo step when it comes right after their typing: wait that
      // out so one Ctrl+Z takes back the phrase alone (see insert/undo-window.ts).
      const wait = request.immediate ? 0 : waitBeforeInsertMs(composer.element, tracker.lastEditAt, performance.now());
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const result = await insertText(composer.element, request.text, {
        ...(selection ? { selection } : {}),
        ...(request.spacing === false ? { spacing: false } : {}),
        ...(request.force ? { force: true } : {}),
      });
      tracker.forgetSelection();
      if (result.ok) return { outcome: { ok: true, method: result.method }, notice: null };
      return fallBackToClipboard(doc, request.text, result.reason);
    },
    { outcome: { ok: false, reason: 'insertion failed', copiedToClipboard: false }, notice: null },
  );
}

/** Refused: the text goes to the clipboard, so the agent can paste it themselves. */
async function fallBackToClipboard(doc: Document, text: string, reason: string): Promise<InsertDone> {
  let copied: boolean;
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    copied = false;
  }
  return {
    outcome: { ok: false, reason, copiedToClipboard: copied },
    notice: copied ? t('panelRefusedCopied', reason) : t('panelRefused', reason),
  };
}
