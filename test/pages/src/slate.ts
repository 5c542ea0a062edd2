// The slate family's test page: the real library, mounted as mounts/slate.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountSlate } from './mounts/slate';

exposeMounted(mountSlate(byId('composer')));
