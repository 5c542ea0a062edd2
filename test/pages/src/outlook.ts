// Outlook on the web's composer is roosterjs (9, content model): the reply starts with the agent's greeting, Outlook's
// signature block and the quoted original under #appendonsend / #divRplyFwdMsg, as Outlook writes a reply.
import { createEditor, createModelFromHtml, exportContent } from 'roosterjs';
import { byId, expose, exposeData, keep } from './common';

const REPLY =
  '<div>Hello there</div>' +
  '<div id="Signature"><div>Sam Rivera</div><div>Contoso Support</div></div>' +
  '<div id="appendonsend"></div><hr>' +
  '<div id="divRplyFwdMsg"><b>From:</b> Maria Ortega &lt;maria@example.com&gt;<br><b>Subject:</b> Broken mug</div>' +
  '<div><div>My mug arrived BROKEN. This is the second time! I want a refund today.</div></div>';

const editor = createEditor(byId('reply-body'), [], createModelFromHtml(REPLY));
keep('editor', editor);
exposeData(() => exportContent(editor, 'HTML'));
// The agent's own words: everything before the signature (the model's text, as roosterjs would send it).
expose(() => exportContent(editor, 'PlainText').replace(/\r\n/g, '\n'));
