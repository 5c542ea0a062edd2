// Firefox only: a tiny script that runs in the page's own JavaScript world (manifest `world: "MAIN"`, added to the
// Firefox build by vite.config.ts on the same sites as the content script).
//
// Why: Firefox runs content scripts in a sandbox, and clipboard data a sandbox puts into a synthetic `paste` event reads
// as empty to the page's scripts (shared/notes/editors.md). Editors that take text through their paste pipeline
// (CKEditor 5, ProseMirror, Quill, TinyMCE...) then insert nothing. So the content script asks this helper, with a
// `reply-coach:paste` event on the caret's element carrying the text as a JSON string, to build the same paste event
// here, where the data belongs to the page. The content script watches that paste event to learn whether the editor
// took it (insert-text.ts).
//
// It gives a page nothing it could not do itself: it only dispatches, on the page's own element, a paste of text the
// event's sender chose. No extension APIs, no HTML sinks.

import { PAGE_PASTE_EVENT } from './page-paste-event';

interface Flavours {
  plain: string;
  html: string | null;
}

function parse(detail: unknown): Flavours | null {
  if (typeof detail !== 'string') return null;
  try {
    const value = JSON.parse(detail) as Partial<Flavours>;
    if (typeof value.plain !== 'string') return null;
    return { plain: value.plain, html: typeof value.html === 'string' ? value.html : null };
  } catch {
    return null;
  }
}

document.addEventListener(
  PAGE_PASTE_EVENT,
  (request) => {
    const target = request.composedPath()[0];
    const flavours = parse((request as CustomEvent).detail);
    if (!(target instanceof Node) || !flavours) return;
    // Firefox ignores `clipboardData` in the event's init and gives the event an empty one of its own: fill that.
    const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true, composed: true });
    if (!paste.clipboardData) return;
    paste.clipboardData.setData('text/plain', flavours.plain);
    if (flavours.html !== null) paste.clipboardData.setData('text/html', flavours.html);
    target.dispatchEvent(paste);
  },
  true,
);
