// Quill 2 (snow theme) with its history module.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { byId, expose, exposeData, h, keep } from './common';

const mount = h('div', { id: 'quill' });
byId('composer').append(mount);
const quill = new Quill(mount, { theme: 'snow', modules: { history: { delay: 1000, userOnly: true } } });
quill.setText('Hello\n', 'api');
(quill.getModule('history') as { clear(): void }).clear();
keep('quill', quill);
exposeData(() => quill.getSemanticHTML());
expose(() => quill.getText().replace(/\n$/, ''));
