// Lexical rich text with history. The @lexical/* packages (0.52) bundle against one lexical copy (see
// vite.pages.config.ts) while TypeScript sees the top-level lexical 0.53 types: hence the `as never` casts.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { child, type Mount } from './types';

export const mountLexical: Mount = async (container) => {
  const root = child(container, 'div', { id: 'editor', class: 'editable', contenteditable: 'true', role: 'textbox' });
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
  return {
    text: () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((n) => n.getTextContent())
          .join('\n'),
      ),
    data: () => JSON.stringify(editor.getEditorState().toJSON()),
    instance: editor,
  };
};
