// Summernote 0.9 "lite" (no Bootstrap) on jQuery 3: its own undo history, its code() is the data.
import $ from 'jquery';
import 'summernote/dist/summernote-lite.css';
import { textOfHtml } from './froala';
import { child, type Mount } from './types';

export const mountSummernote: Mount = async (container) => {
  // Summernote's UMD build registers itself on the global jQuery.
  Object.assign(window, { jQuery: $, $ });
  await import('summernote/dist/summernote-lite.js');
  const target = child(container, 'div', { id: 'summernote' });
  const $target = $(target) as unknown as { summernote(...args: unknown[]): unknown };
  await new Promise<void>((resolve) => {
    $target.summernote({ height: 160, toolbar: [['style', ['bold', 'italic']]], callbacks: { onInit: () => resolve() } });
  });
  $target.summernote('code', '<p>Hello</p>');
  // The draft was restored before the agent started: no undo step back to an empty box.
  $target.summernote('commit');
  const code = () => String($target.summernote('code'));
  return { text: () => textOfHtml(code()), data: code, instance: $target };
};
