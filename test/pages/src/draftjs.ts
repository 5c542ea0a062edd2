// Draft.js (0.11, React) with its built-in undo stack.
import { ContentState, Editor, EditorState, convertToRaw } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement as e, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { byId, expose, exposeData } from './common';

let latest = EditorState.createWithContent(ContentState.createFromText('Hello'));
let mounted!: () => void;
const ready = new Promise<void>((resolve) => (mounted = resolve));

function App() {
  const [state, setState] = useState(latest);
  latest = state;
  useEffect(() => mounted(), []);
  return e(Editor, {
    editorState: state,
    onChange: (next: unknown) => {
      latest = next;
      setState(next);
    },
    ariaLabel: 'Reply',
  });
}

createRoot(byId('composer')).render(e(App));
exposeData(() => JSON.stringify(convertToRaw(latest.getCurrentContent())));
expose(() => latest.getCurrentContent().getPlainText('\n'), ready);
