// TinyMCE 8, self-hosted (GPL; copied by vite.pages.config.ts); its editable body lives in an iframe.
import type { Editor, TinyMCE } from 'tinymce';
import { child, loadScript, type Mount } from './types';

declare const tinymce: TinyMCE;

export const mountTinymce: Mount = async (container) => {
  const base = new URL('./vendor/tinymce', location.href).href;
  await loadScript(`${base}/tinymce.min.js`);
  const textarea = child(container, 'textarea', { id: 'tinymce-composer' });
  textarea.value = '<p>Hello</p>';
  const editors: Editor[] = await tinymce.init({
    target: textarea,
    license_key: 'gpl',
    base_url: base,
    suffix: '.min',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    plugins: [],
    toolbar: 'undo redo | bold italic',
    height: 220,
  });
  const editor = editors[0];
  if (!editor) throw new Error('TinyMCE did not start');
  return {
    text: () => editor.getContent({ format: 'text' }).replace(/\u00a0/g, ' '),
    data: () => editor.getContent(),
    instance: editor,
  };
};
