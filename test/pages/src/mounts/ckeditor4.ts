// CKEditor 4.22.1 (the last open-source 4.x), self-hosted (copied by vite.pages.config.ts): the classic editor, whose
// editable is the body of an iframe.cke_wysiwyg_frame. versionCheck off: it would call ckeditor.com.
import { textOfHtml } from './froala';
import { child, loadScript, type Mount } from './types';

interface Cke4Editor {
  getData(): string;
  on(event: string, fn: () => void): void;
  resetUndo(): void;
}
declare const CKEDITOR: {
  replace(el: HTMLElement, config: object): Cke4Editor;
};

export const mountCkeditor4: Mount = async (container) => {
  await loadScript(new URL('./vendor/ckeditor4/ckeditor.js', location.href).href);
  const textarea = child(container, 'textarea', { id: 'cke4' });
  textarea.value = '<p>Hello</p>';
  const editor = CKEDITOR.replace(textarea, { versionCheck: false, height: 160, removePlugins: 'elementspath,resize' });
  await new Promise<void>((resolve) => editor.on('instanceReady', () => resolve()));
  return { text: () => textOfHtml(editor.getData()), data: () => editor.getData(), instance: editor };
};
