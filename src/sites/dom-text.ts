// Plain text out of page DOM, roughly as the agent sees it: block boundaries and <br> become '\n',
// runs of whitespace collapse, and the extension's own UI, scripts, styles and hidden parts are skipped.
// Never builds or parses HTML: it only reads nodes.

import { MappedText, normalizeMapped, type DraftText } from './mapped-text';
import { isDisplayNone } from './visibility';

export { EMPTY_DRAFT, type DraftText } from './mapped-text';

/** The extension's own UI, wherever it ends up in the page: never part of the text. */
const OWN_UI_SELECTOR = '[data-reply-coach]';

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

// C0 controls other than tab and newline, and DEL (names are tidied of them too).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

interface ExtractOptions {
  /** Selector for subtrees to leave out (quoted history, signatures, editor UI). [data-reply-coach] is always left out. */
  exclude?: string;
  /** Stop collecting after this many characters (long threads). */
  maxChars?: number;
  /** Drop everything from an RFC 3676 signature delimiter line ('-- ') on (Gmail keeps the signature in the composer). */
  cutAtSignature?: boolean;
}

function isPreformatted(el: Element): boolean {
  return el.tagName === 'PRE' || el.tagName === 'TEXTAREA';
}

/** Whitespace that HTML collapses: space, tab, line feed, form feed, and the no-break space editors type for runs. */
const isCollapsible = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 0xa0;

/**
 * The walker: text of `root` with '\n' at <br> and at block boundaries, each character mapped back to its node. The
 * root itself is read even when it matches `exclude`; its descendants that match are skipped.
 */
export function readText(root: Node, options: ExtractOptions = {}): DraftText {
  const exclude = options.exclude ? `${OWN_UI_SELECTOR}, ${options.exclude}` : OWN_UI_SELECTOR;
  const maxChars = options.maxChars ?? 200_000;
  const out = new MappedText();

  const atLineStart = (): boolean => out.length === 0 || out.last() === '\n';
  const breakLine = (): void => {
    if (!atLineStart()) out.push('\n', null, -1);
  };

  const walk = (node: Node, pre: boolean): void => {
    if (out.length >= maxChars) return;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const raw = node.nodeValue ?? '';
      for (let i = 0; i < raw.length; i++) {
        let c = raw[i]!;
        if (c === '\r') {
          if (raw[i + 1] === '\n') continue;
          c = '\n';
        }
        if (pre) out.push(c, node, i);
        // Runs of whitespace are one space, none at a line's start.
        else if (!isCollapsible(c.charCodeAt(0))) out.push(c, node, i);
        else if (!atLineStart() && out.last() !== ' ') out.push(' ', node, i);
      }
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
        out.push('\n', null, -1);
        return;
      }
      if (tag === 'IMG') {
        // Gmail draws emoji as <img data-emoji alt="😀">; other images carry no prose.
        if (el.hasAttribute('data-emoji')) out.pushString(el.getAttribute('alt') ?? '', el);
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
  return finish(out.slice(0, maxChars), options);
}

function finish(mapped: MappedText, options: ExtractOptions): DraftText {
  const tidy = normalizeMapped(mapped);
  return (options.cutAtSignature ? cutAtSignature(tidy) : tidy).toDraft();
}

/** The walker's text alone (a customer's message, a name): nothing maps it back. */
export function extractText(root: Node, options: ExtractOptions = {}): string {
  return readText(root, options).text;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** A textarea's or input's value, or a contenteditable root's text, with the map back to it. */
export function readEditable(el: HTMLElement, options: ExtractOptions = {}): DraftText {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    const value = (el as HTMLTextAreaElement | HTMLInputElement).value;
    const mapped = new MappedText();
    if (typeof value === 'string')
      for (let i = 0; i < value.length; i++) {
        if (value[i] === '\r' && value[i + 1] === '\n') continue;
        mapped.push(value[i] === '\r' ? '\n' : value[i]!, el, i);
      }
    return finish(mapped, options);
  }
  return readText(el, options);
}

/** Drop everything from an RFC 3676 signature delimiter line ('-- ') on. */
export function cutAtSignatureDelimiter(text: string): string {
  const mapped = new MappedText();
  mapped.pushString(text, null);
  return cutAtSignature(mapped).text();
}

function cutAtSignature(mapped: MappedText): MappedText {
  const lines = mapped.text().split('\n');
  const at = lines.findIndex((line) => line.trimEnd() === '--');
  return at < 0 ? mapped : normalizeMapped(mapped.slice(0, lines.slice(0, at).join('\n').length));
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
