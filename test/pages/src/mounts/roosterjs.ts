// roosterjs 9 (Microsoft; Outlook on the web's editor), wrapped as Outlook does: an "editorParent_1" div around a
// contenteditable role="textbox" body, with the shortcut plugin (Ctrl+Z is roosterjs' own undo).
import { createEditor, createModelFromHtml, exportContent } from 'roosterjs';
import { ShortcutPlugin } from 'roosterjs-content-model-plugins';
import { child, type Mount } from './types';

export const mountRoosterjs: Mount = async (container) => {
  const parent = child(container, 'div', { id: 'editorParent_1' });
  const body = child(parent, 'div', {
    class: 'editable',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Message body',
  });
  const editor = createEditor(body, [new ShortcutPlugin()], createModelFromHtml('<div>Hello</div>'));
  return {
    // roosterjs stores a space at the edge of a text segment as U+00A0 (also when the agent types it): read as a space.
    text: () => exportContent(editor, 'PlainText').replace(/\r\n/g, '\n').replace(/\n$/, '').replace(/\u00a0/g, ' '),
    data: () => exportContent(editor, 'HTML'),
    instance: editor,
  };
};
