// The quill family's test page: the real library, mounted as mounts/quill.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountQuill } from './mounts/quill';

exposeMounted(mountQuill(byId('composer')));
