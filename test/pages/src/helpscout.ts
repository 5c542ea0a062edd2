// Help Scout's reply editor is Slate (public code that writes into it says so): slate-react with history. React
// without JSX (this project's JSX is Preact's).
import { createElement as e, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { byId, expose, exposeData, keep } from './common';

const editor = withHistory(withReact(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: 'Hello there' }] }] as unknown as Descendant[];
let rendered!: () => void;
const ready = new Promise<void>((resolve) => (rendered = resolve));

function App() {
  const [editorInstance] = useState(() => editor);
  return e(Slate, { editor: editorInstance, initialValue }, e(Editable, { className: 'editable', ref: () => rendered() }));
}

createRoot(byId('composer')).render(e(App));
keep('editor', editor);
// Slate takes the DOM caret into its model on a throttled selectionchange: the tests wait for it, as a person's next
// key would come later anyway.
(window as unknown as { __modelCaret: () => number | null }).__modelCaret = () => editor.selection?.anchor.offset ?? null;
exposeData(() => JSON.stringify(editor.children));
expose(() => editor.children.map((n) => Node.string(n)).join('\n'), ready);
