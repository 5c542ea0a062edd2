// Trix 2 (Basecamp; Rails' Action Text): the <trix-editor> custom element is the editable, its hidden input the data.
import 'trix';
import 'trix/dist/trix.css';
import { child, type Mount } from './types';

interface TrixElement extends HTMLElement {
  editor: { getDocument(): { toString(): string }; loadHTML(html: string): void };
}

export const mountTrix: Mount = async (container) => {
  const input = child(container, 'input', { type: 'hidden', id: 'trix-input', value: '<div>Hello</div>' });
  const editor = document.createElement('trix-editor') as TrixElement;
  editor.setAttribute('input', 'trix-input');
  editor.className = 'editable';
  container.append(editor);
  await new Promise<void>((resolve) => {
    if (editor.editor) resolve();
    else editor.addEventListener('trix-initialize', () => resolve(), { once: true });
  });
  return {
    // Trix's document always ends with a block break.
    text: () => editor.editor.getDocument().toString().replace(/\n$/, ''),
    data: () => input.value,
    instance: editor.editor,
  };
};
