import { byId, expose, exposeData, serialize } from './common';

exposeData(() => serialize(byId('editor')));

expose(() => byId('editor').innerText.replace(/\u00a0/g, ' '));
