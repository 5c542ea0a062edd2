// A React-controlled textarea on its own page: React's state is the model (shown in #react-state).
import { byId, exposeMounted } from './common';
import { mountReactTextarea } from './mounts/textarea';

exposeMounted(mountReactTextarea(byId('composer')));
