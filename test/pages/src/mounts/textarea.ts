// A plain textarea, and a React-controlled one whose value lives in React state (shown beside it in an <output>).
import { createElement as e, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { child, type Mount } from './types';

export const mountTextarea: Mount = async (container) => {
  const field = child(container, 'textarea', { id: 'plain', 'aria-label': 'Reply' });
  field.value = 'Hello';
  return { text: () => field.value, data: () => field.value, instance: field };
};

export const mountReactTextarea: Mount = async (container) => {
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
  createRoot(container).render(e(App));
  await ready;
  // React's state is the model: what the helpdesk would send.
  return { text: () => reactValue, data: () => reactValue, instance: null };
};
