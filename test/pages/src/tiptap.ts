// Tiptap 3 with StarterKit (ProseMirror underneath, its own undo/redo).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { byId, expose, exposeData, keep } from './common';

const editor = new Editor({ element: byId('composer'), extensions: [StarterKit], content: '<p>Hello</p>' });
keep('editor', editor);
exposeData(() => editor.getHTML());
expose(() => editor.getText({ blockSeparator: '\n' }));
