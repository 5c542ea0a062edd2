// The tinymce family's test page: the real library, mounted as mounts/tinymce.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountTinymce } from './mounts/tinymce';

exposeMounted(mountTinymce(byId('composer')));
