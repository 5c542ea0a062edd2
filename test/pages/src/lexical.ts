// Lexical rich text with history. The @lexical/* packages (0.52) bundle against one lexical copy (see
// vite.pages.config.ts) while TypeScript sees the top-level lexical 0.53 types: hence the `as never` casts.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { byId, expose, exposeData, h, keep } from './common';

const root = h('div', { id: 'editor', class: 'editable', contenteditable: 'true', role: 'textbox' });
byId('composer').append(root);
const editor = createEditor({
  namespace: 'reply-coach-test',
  nodes: [HeadingNode, QuoteNode] as never,
  onError: (error: Error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerRichText(editor as never);
// The draft exists before history starts, as when a helpdesk restores a saved draft.
editor.update(
  () => {
    $getRoot().clear().append($createParagraphNode().append($createTextNode('Hello')));
  },
  { discrete: true },
);
registerHistory(editor as never, createEmptyHistoryState(), 300);
keep('editor', editor);
exposeData(() => JSON.stringify(editor.getEditorState().toJSON()));
expose(() =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((n) => n.getTextContent())
      .join('\n'),
  ),
);
