// Mounts CKEditor 5 on the demo ticket the way Zendesk's Agent Workspace does, so the extension meets a real editor
// model (typing, Insert and Ctrl+Z go through CKEditor, not a bare contenteditable).
import { Bold, ClassicEditor, Essentials, Italic, Link, List, Paragraph } from 'ckeditor5';

async function mount() {
  const editor = await ClassicEditor.create(document.getElementById('composer-4217'), {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
    toolbar: ['bold', 'italic', 'link', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
  });
  // Zendesk's marker sits on the editable root; set it through CKEditor's view so its renderer keeps it.
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot();
    if (root) writer.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor', root);
  });
  window.demoEditor = editor;
}

// scripts/demo.mjs waits on this before it reads the badge.
window.demoReady = mount();
