/**
 * Non-negative 31-bit keys to numbers, open addressing in two typed arrays built once: a message has a hundred keys
 * to look up or more (character grams, word pairs) and nearly none is in the table, and a miss here is a multiply and
 * a probe or two, where a Map lookup costs several times that.
 */
export class IntTable {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  constructor(entries: ReadonlyArray<readonly [key: number, value: number]>) {
    let bits = 4;
    while (1 << bits < entries.length * 4) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.size = entries.length;
    const mask = (1 << bits) - 1;
    for (const [key, value] of entries) {
      if (!(key >= 0 && key < 2 ** 31)) throw new Error(`IntTable: key ${key} is not a non-negative 31-bit integer`);
      let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
      this.keys[i] = key;
      this.values[i] = value;
    }
  }
  /** The value of a key, or -1. */
  get(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = keys[i] as number;
      if (k === key) return this.values[i] as number;
      if (k === -1) return -1;
    }
  }
}
