import { render } from 'preact';

function Popup() {
  return <main><h1>Reply Coach</h1><p>Open a reply in Zendesk or Gmail to see its checklist.</p></main>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
