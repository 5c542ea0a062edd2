// The ckeditor4 family's test page: the real library, mounted as mounts/ckeditor4.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountCkeditor4 } from './mounts/ckeditor4';

exposeMounted(mountCkeditor4(byId('composer')));
