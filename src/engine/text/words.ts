// The words of a text as the engine's regular expressions see them (`\w` runs without the `i` flag: [A-Za-z0-9_]),
// read once per text and shared by every rule: each rule's index looks its words up here instead of scanning.

export interface Words {
  /** Where each word starts, in reading order. */
  starts: readonly number[];
  /** Each word's text (the lower-cased text's, so rules' lower-case words compare as they are). */
  texts: readonly string[];
}

const isWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;

/** Every `\w` run of the text, by character code (a regular expression costs more than the loop). */
export function readWords(text: string): Words {
  const starts: number[] = [];
  const texts: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
    starts.push(start);
    texts.push(text.slice(start, i));
  }
  return { starts, texts };
}
