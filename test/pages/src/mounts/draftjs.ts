// Draft.js (0.11, React) with its built-in undo stack.
import { ContentState, Editor, EditorState, convertToRaw } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement as e, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Mount } from './types';

export const mountDraftjs: Mount = async (container) => {
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
  createRoot(container).render(e(App));
  await ready;
  return {
    text: () => latest.getCurrentContent().getPlainText('\n'),
    data: () => JSON.stringify(convertToRaw(latest.getCurrentContent())),
    instance: null,
  };
};
