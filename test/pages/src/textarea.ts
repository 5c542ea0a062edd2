// A plain textarea, and a React controlled textarea whose value lives in React state (shown in #react-state).
import { createElement as e, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { byId, expose, exposeData } from './common';

let reactValue = 'Hello';
let mounted!: () => void;
const ready = new Promise<void>((resolve) => (mounted = resolve));

function App() {
  const [value, setValue] = useState('Hello');
  reactValue = value;
  useEffect(() => mounted(), []);
  return e(
    'div',
    null,
    e('textarea', {
      id: 'react-textarea',
      'aria-label': 'Reply (React)',
      value,
      onChange: (event: Event) => setValue((event.target as HTMLTextAreaElement).value),
    }),
    e('output', { id: 'react-state' }, value),
  );
}

createRoot(byId('react-root')).render(e(App));
exposeData((name) => (name === 'plain' ? byId<HTMLTextAreaElement>('plain').value : reactValue));
expose((name) => (name === 'plain' ? byId<HTMLTextAreaElement>('plain').value : reactValue), ready);
