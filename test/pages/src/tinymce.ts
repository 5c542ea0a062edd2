// TinyMCE 8, self-hosted (GPL); its editable body lives in an iframe.
import type { TinyMCE, Editor } from 'tinymce';
import { expose, exposeData, keep } from './common';

declare const tinymce: TinyMCE;

const ready = tinymce
  .init({
    selector: '#composer',
    license_key: 'gpl',
    base_url: new URL('./vendor/tinymce', location.href).href.replace(/\/$/, ''),
    suffix: '.min',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    plugins: [],
    toolbar: 'undo redo | bold italic',
    height: 220,
  })
  .then((editors: Editor[]) => {
    const editor = editors[0];
    if (!editor) throw new Error('TinyMCE did not start');
    keep('editor', editor);
    exposeData(() => editor.getContent());
    expose(() => editor.getContent({ format: 'text' }).replace(/\u00a0/g, ' '), true);
  });
expose(() => tinymce.activeEditor?.getContent({ format: 'text' }) ?? '', ready);
