// The froala family's test page: the real library, mounted as mounts/froala.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountFroala } from './mounts/froala';

exposeMounted(mountFroala(byId('composer')));
