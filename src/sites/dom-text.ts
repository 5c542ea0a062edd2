// Plain text out of page DOM, roughly as the agent sees it: block boundaries and <br> become '\n',
// runs of whitespace collapse, and the extension's own UI, scripts, styles and hidden parts are skipped.
// Never builds or parses HTML: it only reads nodes.

import { isDisplayNone } from './visibility';

/** The extension's own UI, wherever it ends up in the page: never part of the text. */
export const OWN_UI_SELECTOR = '[data-reply-coach]';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never rendered text (or is controls, not prose). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT', 'EMBED', 'SVG',
  'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'MATH',
]);

// C0 controls other than tab and newline, and DEL: not rendered, and no use to the engine.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export interface ExtractOptions {
  /** Selector for subtrees to leave out (quoted history, signatures, editor UI). [data-reply-coach] is always left out. */
  exclude?: string;
  /** Stop collecting after this many characters (long threads). */
  maxChars?: number;
}

function isPreformatted(el: Element): boolean {
  return el.tagName === 'PRE' || el.tagName === 'TEXTAREA';
}

/**
 * Text of `root` with '\n' at <br> and at block boundaries. The root itself is read even when it
 * matches `exclude`; its descendants that match are skipped.
 */
export function extractText(root: Node, options: ExtractOptions = {}): string {
  const exclude = options.exclude ? `${OWN_UI_SELECTOR}, ${options.exclude}` : OWN_UI_SELECTOR;
  const maxChars = options.maxChars ?? 200_000;
  let out = '';

  const atLineStart = (): boolean => out === '' || out.endsWith('\n');
  const breakLine = (): void => {
    if (!atLineStart()) out += '\n';
  };

  const walk = (node: Node, pre: boolean): void => {
    if (out.length >= maxChars) return;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const raw = (node.nodeValue ?? '').replace(/\r\n?/g, '\n');
      if (pre) {
        out += raw;
        return;
      }
      const collapsed = raw.replace(/[ \t\n\f\u00a0]+/g, ' ');
      if (collapsed === ' ' || collapsed === '') {
        if (collapsed === ' ' && !atLineStart() && !out.endsWith(' ')) out += ' ';
        return;
      }
      out += atLineStart() || out.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */ && node.nodeType !== 11 /* DOCUMENT_FRAGMENT_NODE */) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (node !== root) {
        if (SKIP_TAGS.has(tag)) return;
        // Markup checks before the computed style: an excluded subtree (quote, signature) costs no style lookup.
        if (el.hasAttribute('hidden') || safeMatches(el, exclude)) return;
        if (isDisplayNone(el)) return;
      }
      if (tag === 'BR') {
        out += '\n';
        return;
      }
      if (tag === 'IMG') {
        // Gmail draws emoji as <img data-emoji alt="😀">; other images carry no prose.
        if (el.hasAttribute('data-emoji')) out += el.getAttribute('alt') ?? '';
        return;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) breakLine();
      const childPre = pre || isPreformatted(el);
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, childPre);
      if (block) breakLine();
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre);
  };

  walk(root, false);
  return normalizeText(out.slice(0, maxChars));
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Tidy extracted text: no control characters, no spaces at line edges, no blank lines at the ends. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/^\s+|\s+$/g, '');
}

/** Text of a textarea/input, or of a contenteditable root via extractText. */
export function readEditable(el: HTMLElement, options: ExtractOptions = {}): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    const value = (el as HTMLTextAreaElement | HTMLInputElement).value;
    return normalizeText(typeof value === 'string' ? value : '');
  }
  return extractText(el, options);
}

/** Drop everything from an RFC 3676 signature delimiter line ('-- ') on. */
export function cutAtSignatureDelimiter(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trimEnd() === '--');
  return at < 0 ? text : normalizeText(lines.slice(0, at).join('\n'));
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);

/** First name out of a display name: 'Jane Doe' → 'Jane', 'Doe, Jane' → 'Jane'; null for an address or nothing. */
export function firstNameOf(name: string | null | undefined): string | null {
  if (!name) return null;
  let n = name
    .replace(CONTROL_CHARS, '')
    .replace(/<[^>]*>/g, ' ') // 'Jane Doe <jane@example.com>' (text, not markup)
    .replace(/\([^)]*@[^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (n.includes(',')) {
    const [last, rest] = n.split(',', 2);
    n = (rest ?? '').trim() || (last ?? '').trim();
  }
  const tokens = n.split(' ').map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter(Boolean);
  const first = tokens.find((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')));
  if (!first || first.includes('@') || !/\p{L}/u.test(first)) return null;
  return first;
}

/** The first e-mail address in a string, lower-cased. */
export function emailIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u.exec(text);
  return m ? m[0].toLowerCase() : null;
}
