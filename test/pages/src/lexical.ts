// The lexical family's test page: the real library, mounted as mounts/lexical.ts does for every page that uses it.
import { byId, exposeMounted } from './common';
import { mountLexical } from './mounts/lexical';

exposeMounted(mountLexical(byId('composer')));
