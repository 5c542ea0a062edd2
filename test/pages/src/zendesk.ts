// Zendesk Agent Workspace's composer is CKEditor 5; the foreground and a hidden background ticket both keep theirs.
import { Bold, ClassicEditor, Essentials, Italic, Link, List, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { byId, expose, exposeData, keep } from './common';

async function mount(id: string, initialData: string): Promise<ClassicEditor> {
  const editor = await ClassicEditor.create(byId(id), {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
    toolbar: ['bold', 'italic', 'link', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
    initialData,
  });
  // Zendesk's marker sits on the editable root; set it through CKEditor's view so its renderer keeps it.
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot();
    if (root) writer.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor', root);
  });
  return editor;
}

/** The model's text, blocks separated by a newline (what the agent will send, without markup). */
function modelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  const blocks: string[] = [];
  for (const block of root.getChildren()) {
    let text = '';
    if (block.is('element')) {
      for (const item of editor.model.createRangeIn(block).getItems()) {
        if (item.is('$textProxy')) text += item.data;
        else if (item.is('element', 'softBreak')) text += '\n';
      }
    }
    blocks.push(text);
  }
  return blocks.join('\n');
}

const ready = Promise.all([mount('composer-4217', '<p>Hello</p>'), mount('composer-4188', '<p>Hi Tom, here is a new link.</p>')]).then(
  ([main, background]) => {
    keep('main', main);
    keep('background', background);
    exposeData((name) => (name === 'background' ? background : main).getData());
    expose((name) => modelText(name === 'background' ? background : main), true);
    return undefined;
  },
);
expose(() => '', ready);
