// A single-page app that mounts its composer 1.5 s after load (content scripts must watch for it).
import { byId, expose, exposeData, h, serialize } from './common';

const mounted = new Promise<HTMLElement>((resolve) => {
  setTimeout(() => {
    const editor = h('div', { id: 'editor', class: 'editable', contenteditable: 'true', role: 'textbox' }, h('div', {}, 'Hello'));
    byId('slot').replaceChildren(editor);
    resolve(editor);
  }, 1500);
});
exposeData(() => {
  const editor = document.getElementById('editor');
  return editor ? serialize(editor) : '';
});
expose(() => document.getElementById('editor')?.innerText.replace(/\u00a0/g, ' ') ?? '', mounted);
