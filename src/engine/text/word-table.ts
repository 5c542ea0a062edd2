// A set of words, numbered, looked up by a hash of a word's character codes and checked against the text in place: a
// text's words are found without cutting each out of the text as a string (a fresh string must be hashed again, by
// the engine, before a Map can look it up, which is most of the cost of a Map lookup per word).

// FNV-1a over a word's character codes; callers fold a word's codes into a hash as they read it.
export const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
export const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, HASH_PRIME);

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * Whether `text` holds `word` at `start` (the caller checks that the text is long enough there). A loop over codes rather than
 * text.startsWith(word, start): words are a few letters long, and the builtin's call costs more than reading them.
 */
export function sameCodes(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Slots hold a word's hash and number side by side in one typed array (half full at most), so a lookup that misses,
 * the common case, reads one place in memory: the table of the linear models' vocabulary holds thousands of words
 * and is read for every token. A hit is checked against the word's codes, kept with every other word's in one buffer
 * rather than read from the word's string: the tables are read between many other steps of a call, and strings lie
 * wherever the heap put them, so each hit read memory no cache held (measured: the index cost four times as much
 * inside analyze as when timed alone).
 */
export class WordTable {
  private words: string[] = [];
  private hashes: number[] = [];
  /** slots[2s] the hash, slots[2s + 1] the number (-1: empty). */
  private slots = WordTable.emptySlots(64);
  private mask = 63;
  /** Word n's codes are codes[bounds[n], bounds[n + 1]). */
  private codes = new Uint16Array(256);
  private bounds = new Int32Array(64);

  private static emptySlots(count: number): Int32Array {
    const slots = new Int32Array(count * 2);
    for (let s = 1; s < slots.length; s += 2) slots[s] = -1;
    return slots;
  }

  get size(): number {
    return this.words.length;
  }

  /** The word's number, adding it when it is new. */
  add(word: string): number {
    const hash = hashOf(word);
    const found = this.find(word, 0, word.length, hash);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.keepCodes(id, word);
    if (this.words.length * 2 > this.mask + 1) {
      this.slots = WordTable.emptySlots((this.mask + 1) * 4);
      this.mask = (this.mask + 1) * 4 - 1;
      this.words.forEach((_, i) => this.place(i));
    } else this.place(id);
    return id;
  }

  private keepCodes(id: number, word: string): void {
    if (this.bounds.length < id + 2) {
      const bounds = new Int32Array(this.bounds.length * 2);
      bounds.set(this.bounds);
      this.bounds = bounds;
    }
    const from = this.bounds[id] as number;
    if (this.codes.length < from + word.length) {
      const codes = new Uint16Array(Math.max(this.codes.length * 2, from + word.length));
      codes.set(this.codes);
      this.codes = codes;
    }
    for (let i = 0; i < word.length; i++) this.codes[from + i] = word.charCodeAt(i);
    this.bounds[id + 1] = from + word.length;
  }

  wordAt(id: number): string {
    return this.words[id] as string;
  }

  private place(id: number): void {
    const hash = this.hashes[id] as number;
    let slot = hash & this.mask;
    while ((this.slots[slot * 2 + 1] as number) !== -1) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = id;
  }

  /** The number of the word text[start, end) whose hash is `hash`, or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, mask, codes, bounds } = this;
    const size = end - start;
    next: for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2 + 1] as number;
      if (id === -1) return -1;
      if (slots[slot * 2] !== hash) continue;
      const from = bounds[id] as number;
      if ((bounds[id + 1] as number) - from !== size) continue;
      for (let i = 0; i < size; i++) if (codes[from + i] !== text.charCodeAt(start + i)) continue next;
      return id;
    }
  }

  /** The number of a whole word, or -1. */
  findWord(word: string): number {
    return this.find(word, 0, word.length, hashOf(word));
  }
}
