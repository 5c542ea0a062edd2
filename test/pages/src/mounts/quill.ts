// Quill 2 (snow theme) with its history module.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { child, type Mount } from './types';

export const mountQuill: Mount = async (container) => {
  const quill = new Quill(child(container, 'div', { id: 'quill' }), { theme: 'snow', modules: { history: { delay: 1000, userOnly: true } } });
  quill.setText('Hello\n', 'api');
  (quill.getModule('history') as { clear(): void }).clear();
  return { text: () => quill.getText().replace(/\n$/, ''), data: () => quill.getSemanticHTML(), instance: quill };
};
