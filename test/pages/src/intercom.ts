// Intercom's composer is ProseMirror: prosemirror-view with the basic schema, history and keymaps.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMSerializer } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { byId, expose, exposeData, keep, serialize } from './common';

const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Hello there')])]);
const view = new EditorView(byId('composer'), {
  state: EditorState.create({
    doc,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  }),
});
keep('view', view);
exposeData(() => serialize(DOMSerializer.fromSchema(schema).serializeFragment(view.state.doc.content)));
expose(() => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'));
