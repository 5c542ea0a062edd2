// The draftjs family's test page: the real library, mounted as mounts/draftjs.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountDraftjs } from './mounts/draftjs';

exposeMounted(mountDraftjs(byId('composer')));
