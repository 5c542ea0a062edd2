// Freshdesk's reply editor is Froala (4): the real editor, with its undo stack, on the reply box.
import FroalaEditor from 'froala-editor';
import 'froala-editor/css/froala_editor.pkgd.min.css';
import { byId, expose, exposeData, keep } from './common';

const ready = new Promise<void>((resolve) => {
  const editor = new FroalaEditor('#reply', {
    toolbarButtons: ['bold', 'italic', 'undo', 'redo'],
    placeholderText: '',
    events: { initialized: () => resolve() },
  });
  keep('editor', editor);
  exposeData(() => editor.html.get());
});
// Froala's model is its DOM: the editable's text as the agent sees it.
const element = () => byId('reply').querySelector<HTMLElement>('.fr-element')!;
expose(() => element().innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, ''), ready);
