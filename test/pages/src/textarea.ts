// A plain textarea, and a React controlled textarea whose value lives in React state (shown in #react-state).
import { byId, expose, exposeData } from './common';
import { mountReactTextarea, mountTextarea } from './mounts/textarea';

const ready = Promise.all([mountTextarea(byId('plain-root')), mountReactTextarea(byId('react-root'))]).then(([plain, react]) => {
  const pick = (name?: string) => (name === 'plain' ? plain : react);
  exposeData((name) => pick(name).data());
  expose((name) => pick(name).text(), true);
});
expose(() => '', ready);
