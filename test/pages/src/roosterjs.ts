// The roosterjs family's test page: the real library, mounted as mounts/roosterjs.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountRoosterjs } from './mounts/roosterjs';

exposeMounted(mountRoosterjs(byId('composer')));
