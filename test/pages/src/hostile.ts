// Fills hostile.html with hostile text, as text (textContent and text nodes only: the page itself parses none of it).
// The strings are exported on window.__hostile so the test can compare what the extension shows and inserts.
import { byId, expose, exposeData, serialize } from './common';

/** What a payload does if it ever runs: adds its tag to window.__hostileRan. */
const ran = (tag: string) => `(window.__hostileRan=(window.__hostileRan||[]).concat('${tag}'))`;

const MARKUP = [
  `<img src=x onerror="${ran('img-onerror')}">`,
  `<script>${ran('script')}</script>`,
  `<svg onload="${ran('svg-onload')}"><circle r=1 /></svg>`,
  `<iframe srcdoc="<script>parent.${ran('iframe-srcdoc')}</script>"></iframe>`,
  `<a href="javascript:${ran('javascript-link')}">see my order</a>`,
  `"><img src=x onerror=alert('img-alert')>`,
  `<details open ontoggle="${ran('details-ontoggle')}">x</details>`,
  `{{customer.firstName}} \${alert('template')} <% ${ran('ejs')} %>`,
].join(' ');

/** 100 000 characters without a space or punctuation: one word, as far as any tokenizer can tell. */
const LONG_LINE = 'Refund'.repeat(16_667).slice(0, 100_000);

/** C0 and C1 controls (NUL included), an ANSI escape, DEL. */
const CONTROLS = 'ctl:\u0000\u0001\u0007\u0008\u000B\u000C\u001B[31mred\u001B[0m\u007F\u0085\u009B.';

/** Arabic and Hebrew, a right-to-left override that flips "exe.gnp", isolates, and marks. */
const BIDI = 'لم يصل طلبي بعد \u202Egnp.exe\u202C שלום \u2067عربي\u2069 \u200F!\u200E \u202Bembedded\u202C';

/** ZWJ families, a flag, skin tones, a keycap, combining marks, a variation selector. */
const EMOJI = 'family 👩‍👩‍👧‍👦 rainbow 🏳️‍🌈 coder 🧑🏿‍💻 thumbs 👍🏽 flag 🇺🇦 keycap 1️⃣ e\u0301 Z̷̢͓a̴l̶g̸o ❤︎';

export const HOSTILE = {
  /** The requester's name is markup; its first word, once tags are dropped, keeps an entity that HTML would decode. */
  requester: `<b onmouseover="${ran('name')}">Zoë&amp;</b> <img src=x onerror="${ran('name-img')}">`,
  sender: `<img src=x onerror="${ran('sender')}">Zoë`,
  subject: `<script>${ran('subject')}</script> Refund`,
  customerMessage: [
    `I want a refund NOW. ${MARKUP}`,
    LONG_LINE,
    CONTROLS,
    BIDI,
    EMOJI,
    'This is the worst service ever!!!',
  ],
  /**
   * The agent quotes the customer's markup and text back. The draft opens in English, as an agent's reply does: a
   * draft that is mostly markup and a 100 000-letter word is rightly "not checked" (not English), which would leave
   * the checklist path of the flow untested.
   */
  draft: [
    'Hello, thank you for your message. I have read what you sent us, and here is what I can see on my side of it:',
    `You wrote <img src=x onerror="${ran('draft-img')}"> <script>${ran('draft-script')}</script> ` +
      `<a href="javascript:${ran('draft-link')}">link</a>`,
    LONG_LINE,
    `${CONTROLS} ${BIDI} ${EMOJI}`,
    '',
  ],
};

declare global {
  interface Window {
    __hostile: typeof HOSTILE;
    __hostileRan?: string[];
  }
}

byId('subject').textContent = HOSTILE.subject;
byId('requester').textContent = HOSTILE.requester;
byId('sender').textContent = HOSTILE.sender;
byId('customer-message').append(
  ...HOSTILE.customerMessage.map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }),
);
// The draft: one <div> per line, as contenteditable makes them; the last one empty for the agent to type in.
const editor = byId('editor');
editor.append(
  ...HOSTILE.draft.map((line) => {
    const div = document.createElement('div');
    if (line) div.textContent = line;
    else div.append(document.createElement('br'));
    return div;
  }),
);

window.__hostile = HOSTILE;
exposeData(() => serialize(editor));
expose(() => editor.innerText.replace(/\u00a0/g, ' '));
