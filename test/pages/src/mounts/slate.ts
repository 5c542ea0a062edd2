// slate-react with history. React without JSX (this project's JSX is Preact's).
import { createElement as e, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import type { Mount } from './types';

export const mountSlate: Mount = async (container) => {
  const editor = withHistory(withReact(createEditor()));
  const initialValue = [{ type: 'paragraph', children: [{ text: 'Hello' }] }] as unknown as Descendant[];
  let rendered!: () => void;
  const ready = new Promise<void>((resolve) => (rendered = resolve));
  function App() {
    const [editorInstance] = useState(() => editor);
    return e(Slate, { editor: editorInstance, initialValue }, e(Editable, { id: 'editor', className: 'editable', ref: () => rendered() }));
  }
  createRoot(container).render(e(App));
  await ready;
  return {
    text: () => editor.children.map((n) => Node.string(n)).join('\n'),
    data: () => JSON.stringify(editor.children),
    instance: editor,
  };
};
