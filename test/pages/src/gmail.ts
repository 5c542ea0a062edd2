// Gmail's body is a plain contenteditable: the DOM is the model, so the model text is the rendered text.
import { byId, expose, exposeData, serialize } from './common';

const text = (el: HTMLElement) => el.innerText.replace(/\u00a0/g, ' ');
exposeData((name) => serialize(name === 'compose' ? byId(':s9') : byId(':r1')));
expose((name) => text(name === 'compose' ? byId(':s9') : byId(':r1')));
