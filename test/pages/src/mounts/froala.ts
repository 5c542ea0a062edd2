// Froala 4 (Freshdesk's reply editor), the packaged build with its plugins; no license key (it shows a banner only).
import FroalaEditor from 'froala-editor';
import 'froala-editor/css/froala_editor.pkgd.min.css';
import { child, type Mount } from './types';

interface Froala {
  html: { get(): string };
  el: HTMLElement;
}

export const mountFroala: Mount = async (container) => {
  const target = child(container, 'div', { id: 'froala' });
  // Froala starts from the element's own content, as a helpdesk restoring a saved draft.
  target.append(Object.assign(document.createElement('p'), { textContent: 'Hello' }));
  const editor = await new Promise<Froala>((resolve) => {
    const instance: Froala = new FroalaEditor(target, {
      toolbarButtons: ['bold', 'italic', 'undo', 'redo'],
      events: { initialized: () => resolve(instance) },
    });
  });
  return {
    text: () => textOfHtml(editor.html.get()),
    data: () => editor.html.get(),
    instance: editor,
  };
};

/** Text of the editor's HTML: paragraphs on their own lines, entities decoded (no live DOM of the page is touched). */
export function textOfHtml(html: string): string {
  // A test page reading the editor's own saved HTML: parsed into an inert document for its text, never inserted.
  // eslint-disable-next-line no-restricted-properties, no-restricted-syntax
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = Array.from(doc.body.querySelectorAll('p, div, li'));
  const lines = blocks.length ? blocks.map((b) => b.textContent ?? '') : [doc.body.textContent ?? ''];
  return lines.join('\n').replace(/\u00a0/g, ' ');
}
