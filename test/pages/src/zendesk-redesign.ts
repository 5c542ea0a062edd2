// Zendesk's page with another editor family as its reply box (the redesign case): which one comes from ?editor=.
// Each family is mounted by the same module its own test page uses; only the chosen one is loaded.
import { byId, exposeMounted } from './common';
import type { Mount } from './mounts/types';

const FAMILIES: Record<string, () => Promise<Mount>> = {
  textarea: () => import('./mounts/textarea').then((m) => m.mountTextarea),
  'react-textarea': () => import('./mounts/textarea').then((m) => m.mountReactTextarea),
  trix: () => import('./mounts/trix').then((m) => m.mountTrix),
  roosterjs: () => import('./mounts/roosterjs').then((m) => m.mountRoosterjs),
  tinymce: () => import('./mounts/tinymce').then((m) => m.mountTinymce),
  quill: () => import('./mounts/quill').then((m) => m.mountQuill),
  lexical: () => import('./mounts/lexical').then((m) => m.mountLexical),
  slate: () => import('./mounts/slate').then((m) => m.mountSlate),
  draftjs: () => import('./mounts/draftjs').then((m) => m.mountDraftjs),
};

const family = new URLSearchParams(location.search).get('editor') ?? 'textarea';
const load = FAMILIES[family];
if (!load) throw new Error(`zendesk-redesign: unknown editor ${family}`);
exposeMounted(load().then((mount) => mount(byId('composer-4217'))));
