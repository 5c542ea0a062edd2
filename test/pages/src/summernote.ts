// The summernote family's test page: the real library, mounted as mounts/summernote.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountSummernote } from './mounts/summernote';

exposeMounted(mountSummernote(byId('composer')));
