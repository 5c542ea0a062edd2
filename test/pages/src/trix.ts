// The trix family's test page: the real library, mounted as mounts/trix.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountTrix } from './mounts/trix';

exposeMounted(mountTrix(byId('composer')));
