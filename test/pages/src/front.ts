// Front's composer, modelled as a plain contenteditable: the DOM is the model.
import { byId, expose, exposeData, serialize } from './common';

exposeData(() => serialize(byId('editor')));
expose(() => byId('editor').innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, ''));
