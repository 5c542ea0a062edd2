import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnchorIndex, compileRule } from '../../src/engine/checks/index.js';
import { RULES } from '../../src/engine/rules/index.js';
import type { Rule } from '../../src/engine/rules/rule.js';
import { prepareText } from '../../src/engine/text/prepared.js';
// @ts-expect-error plain ES module shared with the benchmark
import { composeReply, TYPICAL_CUSTOMER, TYPICAL_REPLY } from '../../bench/texts.mjs';

// The fast paths (checks/indexed.ts: a rule's patterns tried only where their words, characters or literals stand,
// through one index per side) must find exactly what a plain scan of the patterns' alternation finds: the promise
// that lets rules be added without hand-written anchors. Held here rule by rule on real texts and on seeded
// mutations of them (capitals, markup, emoji, punctuation runs, long texts), whatever the rules say.

const data = (name: string) => readFileSync(new URL(`../../eval/data/${name}`, import.meta.url), 'utf8');
const pairs = data('twcs-dev.jsonl')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { customer: string; reply: string });
const olid = data('olid-dev.tsv')
  .split('\n')
  .slice(1)
  .filter((_, i) => i % 3 === 0)
  .map((row) => row.split('\t')[1] ?? '');
const examples = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]);
const base = [...pairs.flatMap((p) => [p.customer, p.reply]), ...olid, ...examples, TYPICAL_REPLY, TYPICAL_CUSTOMER];

let state = 20261207;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const MUTATIONS: ReadonlyArray<(t: string) => string> = [
  (t) => t.toUpperCase(),
  (t) => `${t} ${pick(base)}`,
  (t) => `${t}\n\n${pick(base)}\n${pick(base)}`,
  (t) => `<p>${t}</p> ${pick(base)}`,
  (t) => `${t} 😡😡 ${pick(base)} 🙏`,
  (t) => t.replace(/ /g, () => pick([' ', ' ', '  ', '\n', ', ', '. ', '! ', '?? ', '...', ' - '])),
  (t) => t.replace(/[a-z]{2,}/g, (w) => (random() < 0.15 ? w + pick(['s', 'ing', 'ed', '_x', '9']) : w)),
  () => Array.from({ length: 12 }, () => pick(base)).join(pick([' ', '\n', '', '. '])),
  (t) => t.slice(Math.floor(random() * t.length)),
  (t) => `İ ${t} ſ`,
];
const fuzz = Array.from({ length: 1500 }, () => {
  let text = pick(base);
  for (let k = 1 + Math.floor(random() * 3); k > 0; k--) text = pick(MUTATIONS)(text);
  return text;
});
const texts = [...base, ...fuzz, composeReply(3_000, 7), '', ' ', '?', '...', 'any', 'many', 'anyway sorry for any trouble'];

describe('indexed matching', () => {
  for (const target of ['reply', 'customer'] as const) {
    it(`finds exactly what a plain scan finds, rule by rule, with the ${target} side's shared index`, () => {
      const rules = RULES.filter((r): r is Extract<Rule, { kind: 'phrase' }> => r.kind === 'phrase' && r.target === target);
      expect(rules.length).toBeGreaterThan(5);
      const index = new AnchorIndex();
      const indexed = rules.map((rule) => compileRule(rule, index));
      const plain = rules.map((rule) => compileRule(rule, null));
      let matched = 0;
      for (const text of texts) {
        // Both read by every matcher, in the order analyze runs them, so the index's per-text cache is exercised.
        for (const quotedSpeech of target === 'reply' ? [true] : [false]) {
          const prepared = prepareText(text, { quotedSpeech });
          const again = prepareText(text, { quotedSpeech });
          rules.forEach((rule, i) => {
            const expected = plain[i]!(again);
            matched += expected.length;
            expect(indexed[i]!(prepared), `${rule.id}: ${JSON.stringify(text.slice(0, 300))}`).toEqual(expected);
          });
        }
      }
      expect(matched).toBeGreaterThan(100);
    }, 120_000);
  }
});
