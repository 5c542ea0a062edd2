// Text that remembers where each of its characters came from, so a span of it (a finding, "calm down" at 41-50) can
// be turned back into exactly that place in the page: a DOM Range in an editable, offsets into a field's value.
// The one DOM-to-text walker (dom-text.ts) builds it; its tidying (normalize, cut) keeps the map in step, so there is
// no second walk and no searching for the nth occurrence of the words.

/**
 * Where one character came from: a Text node and the offset in it, an element whose whole content it stands for (an
 * emoji <img>'s alt text; offset -1), a field (textarea/input) and the offset in its value, or nothing (a line break
 * or space the walker added between blocks).
 */
type Source = Node | null;

/** A span of a field's value, as setSelectionRange takes it. */
interface FieldSpan {
  start: number;
  end: number;
}

/** What the adapters read from a composer: the text, and the way back from any span of it to the DOM. */
export interface DraftText {
  readonly text: string;
  /**
   * Where text[start, end) is now: a Range in an editable, value offsets in a textarea or input. Null when the span
   * holds only added breaks, or the page changed under it since it was read (its nodes gone, or their text no longer
   * the span's): a stale map never points at other words.
   */
  toDom(start: number, end: number): Range | FieldSpan | null;
}

/** Whether a place is a DOM Range (not `instanceof`: TinyMCE's editable lives in an iframe, with its own Range). */
export function isRange(place: Range | FieldSpan | null): place is Range {
  return place !== null && 'startContainer' in place;
}

export const EMPTY_DRAFT: DraftText = Object.freeze({ text: '', toDom: () => null });

/** Builder and carrier of mapped text: characters with a source and an offset each. */
export class MappedText {
  private chars: string[] = [];
  private sources: Source[] = [];
  private offsets: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  charAt(index: number): string {
    return this.chars[index] ?? '';
  }

  last(): string {
    return this.chars[this.chars.length - 1] ?? '';
  }

  push(char: string, source: Source, offset: number): void {
    this.chars.push(char);
    this.sources.push(source);
    this.offsets.push(offset);
  }

  /**
   * A whole string from one source, by UTF-16 unit like the text itself (an emoji is two): offsets count from `from`
   * for a Text node, -1 for an element standing for its text (an emoji image's alt) or text from no page.
   */
  pushString(text: string, source: Source, from = 0): void {
    const counted = source?.nodeType === 3;
    for (let i = 0; i < text.length; i++) this.push(text[i]!, source, counted ? from + i : -1);
  }

  text(): string {
    return this.chars.join('');
  }

  /** Keeps the characters for which `keep(char, index)` holds, with their sources. */
  filter(keep: (char: string, index: number, chars: readonly string[]) => boolean): MappedText {
    const out = new MappedText();
    for (let i = 0; i < this.chars.length; i++)
      if (keep(this.chars[i]!, i, this.chars)) out.push(this.chars[i]!, this.sources[i]!, this.offsets[i]!);
    return out;
  }

  map(change: (char: string) => string): MappedText {
    const out = new MappedText();
    for (let i = 0; i < this.chars.length; i++) out.push(change(this.chars[i]!), this.sources[i]!, this.offsets[i]!);
    return out;
  }

  slice(start: number, end = this.chars.length): MappedText {
    const out = new MappedText();
    out.chars = this.chars.slice(start, end);
    out.sources = this.sources.slice(start, end);
    out.offsets = this.offsets.slice(start, end);
    return out;
  }

  /** The finished text with its map back to the DOM. */
  toDraft(): DraftText {
    const text = this.text();
    const { sources, offsets } = this;
    return Object.freeze({ text, toDom: (start: number, end: number) => toDom(text, sources, offsets, start, end) });
  }
}

// C0 controls other than tab and newline, and DEL: not rendered, and no use to the engine.
// eslint-disable-next-line no-control-regex
const CONTROL_CHAR = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const WHITESPACE = /\s/;

// What the tidying has to act on; a draft with none of it (most keystrokes) skips the pass, and its copies.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F\u00a0]/;
const SPACE_AT_BREAK = /[ \t]\n|\n[ \t]/;

/** Tidy text: no control characters, no spaces at line edges, no blank lines at the ends (the map follows). */
export function normalizeMapped(input: MappedText): MappedText {
  const text = input.text();
  // Each pass copies the three arrays: run it only when its test says there is something to change.
  const plain = NEEDS_CLEANING.test(text)
    ? input.filter((c) => !CONTROL_CHAR.test(c)).map((c) => (c === '\u00a0' ? ' ' : c))
    : input;
  // Spaces and tabs touching a line break go, as do the runs of them between two breaks.
  const tidy = SPACE_AT_BREAK.test(plain === input ? text : plain.text())
    ? plain.filter((c, i, chars) => {
        if (c !== ' ' && c !== '\t') return true;
        return !(touchesBreak(chars, i, -1) || touchesBreak(chars, i, 1));
      })
    : plain;
  let start = 0;
  let end = tidy.length;
  while (start < end && WHITESPACE.test(tidy.charAt(start))) start++;
  while (end > start && WHITESPACE.test(tidy.charAt(end - 1))) end--;
  return start === 0 && end === tidy.length ? tidy : tidy.slice(start, end);
}

function touchesBreak(chars: readonly string[], at: number, dir: -1 | 1): boolean {
  for (let i = at + dir; i >= 0 && i < chars.length; i += dir) {
    const c = chars[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return false;
}

/** Letters and marks only: added breaks and collapsed spaces may differ between the text and the DOM's own text. */
const squeeze = (text: string) => text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

function isField(node: Node): node is HTMLTextAreaElement | HTMLInputElement {
  return node.nodeType === 1 && ((node as Element).tagName === 'TEXTAREA' || (node as Element).tagName === 'INPUT');
}

function toDom(
  text: string,
  sources: readonly Source[],
  offsets: readonly number[],
  start: number,
  end: number,
): Range | FieldSpan | null {
  let first = -1;
  let last = -1;
  for (let i = Math.max(0, start); i < Math.min(end, sources.length); i++) {
    if (!sources[i]) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const from = sources[first]!;
  const to = sources[last]!;
  if (!from.isConnected || !to.isConnected) return null;
  const want = squeeze(text.slice(start, end));
  if (isField(from)) {
    if (from !== to) return null;
    const span = { start: offsets[first]!, end: offsets[last]! + 1 };
    return squeeze(from.value.slice(span.start, span.end)) === want ? span : null;
  }
  const range = from.ownerDocument!.createRange();
  if (from.nodeType === 3) range.setStart(from, offsets[first]!);
  else range.setStartBefore(from);
  if (to.nodeType === 3) range.setEnd(to, offsets[last]! + 1);
  else range.setEndAfter(to);
  return squeeze(rangeText(range)) === want ? range : null;
}

/** A range's text with an emoji <img> read as its alt, as the walker reads it. */
function rangeText(range: Range): string {
  const fragment = range.cloneContents();
  for (const img of Array.from(fragment.querySelectorAll('img[data-emoji]'))) img.replaceWith(img.getAttribute('alt') ?? '');
  return fragment.textContent ?? '';
}
