import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trainAll } from '../../scripts/lib/train-models.js';
import { analyze } from '../../src/engine/index.js';
import { compileRule } from '../../src/engine/checks/index.js';
import { addCharGramScore, charGramWeights, charGrams } from '../../src/engine/checks/char-grams.js';
import { featureNames, linearFeatures, linearFeaturesWithCharGrams, linearSentimentFeatures, referenceLinearMatcher } from '../../src/engine/checks/linear.js';
import { RULES } from '../../src/engine/rules/index.js';
import type { LinearCheck } from '../../src/engine/rules/rule.js';
import { prepareText } from '../../src/engine/text/prepared.js';

const linearRules = RULES.filter((r): r is Extract<typeof r, LinearCheck> => r.kind === 'linear');
const prepared = (text: string) => prepareText(text, { quotedSpeech: false });
/** As analyze reads each side: quoted speech is masked in a reply only. */
const preparedFor = (target: 'reply' | 'customer', text: string) => prepareText(text, { quotedSpeech: target === 'reply' });

describe('linear models', () => {
  it('are what `npm run train` writes from fold A, byte for byte', () => {
    const trained = trainAll();
    expect(trained.length).toBeGreaterThan(0);
    for (const { file, json } of trained) expect(json, `${file} is stale: run npm run train`).toBe(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    // Training takes seconds: the complaint model is cross-validated in nine arrangements of the folds.
  }, 120_000);

  // They ship in the coach bundle, loaded when the agent first reaches for a composer (test/size/budget.test.ts holds
  // the content script itself): a few KB each.
  it('stay small enough to ship in the coach bundle', () => {
    for (const rule of linearRules) {
      expect(Object.keys(rule.model.weights).length, rule.id).toBeLessThanOrEqual(1000);
      expect(gzipSync(JSON.stringify(rule.model.weights)).length, `${rule.id}: gzipped weights`).toBeLessThanOrEqual(8 * 1024);
      for (const w of Object.values(rule.model.weights)) expect(Math.round(w * 1000) / 1000).toBe(w);
    }
  });

  it('name at least one n-gram of the text for every positive', () => {
    expect(linearRules.map((r) => r.id).sort()).toEqual(['complaint-model', 'negative-emotion-model', 'ownership-model']);
    // checklist.ts tells a learned rule's evidence by this ending: no other rule may have it.
    expect(RULES.filter((r) => r.id.endsWith('-model')).every((r) => r.kind === 'linear')).toBe(true);
    for (const rule of linearRules) {
      const match = compileRule(rule);
      for (const text of rule.examples.flag) {
        const spans = match(preparedFor(rule.target, text));
        expect(spans.length, `${rule.id}: ${text}`).toBeGreaterThan(0);
        for (const s of spans) {
          const named = text.slice(s.start, s.end);
          expect(named.trim().length).toBeGreaterThan(0);
          // A word's character grams and sentiment features span the word (or the negation and its word): they name it too.
          const all = [...linearFeaturesWithCharGrams(preparedFor(rule.target, text)), ...linearSentimentFeatures(preparedFor(rule.target, text))];
          const names = all.filter((f) => f.start === s.start && f.end === s.end).map((f) => f.name);
          expect(names.some((n) => (rule.model.weights[n] ?? 0) > 0), `${rule.id}: ${JSON.stringify(named)} carries no weight`).toBe(true);
        }
      }
    }
  });

  it('read the character 4-grams of words only, each spanning its whole word', () => {
    const text = 'Charged twice, still waiting!';
    const features = linearFeaturesWithCharGrams(prepared(text));
    const grams = features.filter((f) => f.name.startsWith('c:'));
    expect(grams.filter((g) => text.slice(g.start, g.end) === 'Charged').map((g) => g.name)).toEqual(['c: cha', 'c:char', 'c:harg', 'c:arge', 'c:rged', 'c:ged ']);
    // "twice" (5 letters, padded to 7) has 4 grams; bigrams and marks have none.
    expect(grams.filter((g) => text.slice(g.start, g.end) === 'twice')).toHaveLength(4);
    expect(grams.every((g) => !/ /.test(text.slice(g.start, g.end)))).toBe(true);
    // The word features come first, unchanged: a model without character grams reads exactly what it read before.
    expect(features.slice(0, linearFeatures(prepared(text)).length)).toEqual(linearFeatures(prepared(text)));
  });

  // Scoring reads grams as numeric keys, the trainer and the evidence as names: the two readings must be one.
  it('score the same character grams by key as the trainer reads by name, on every fold A message', () => {
    const model = linearRules.find((r) => Object.keys(r.model.weights).some((n) => n.startsWith('c:')))!;
    const byKey = charGramWeights(model.model.weights);
    expect(byKey.size).toBeGreaterThan(0);
    const messages = readFileSync(new URL('../../eval/data/twcs-dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { fold: string; customer: string })
      .filter((item) => item.fold === 'A');
    for (const { customer } of messages) {
      const words = linearFeatures(prepared(customer));
      const named = [...new Set(charGrams(words).map((g) => g.name))].filter((n) => n in model.model.weights);
      const present = new Map<string, number>();
      const sum = addCharGramScore(words, byKey, present);
      expect([...present.keys()].sort(), customer).toEqual(named.sort());
      expect(sum).toBeCloseTo(named.reduce((total, n) => total + model.model.weights[n]!, 0), 9);
    }
  });

  it('read word 1- and 2-grams with their offsets, digits folded', () => {
    const text = '@Acme Still waiting, 3 days!! NOT OK AT ALL 😡';
    const features = linearFeatures(prepared(text));
    const byName = (n: string) => features.find((f) => f.name === n);
    expect(byName('acme')).toBeUndefined();
    expect(text.slice(byName('still waiting')!.start, byName('still waiting')!.end)).toBe('Still waiting');
    expect(byName('waiting 0')).toBeDefined();
    expect(byName('0 days')).toBeDefined();
    expect(byName('days not')).toBeUndefined();
    expect(byName('<!?>')).toBeDefined();
    expect(byName('<caps>')).toBeDefined();
    expect(byName('😡')).toBeDefined();
  });

  it('never match a text without a positive feature, whatever the bias', () => {
    for (const rule of linearRules) {
      const match = compileRule({ ...rule, model: { bias: 10, weights: rule.model.weights } });
      expect(match(prepared(''))).toEqual([]);
    }
  });

  // The matcher reads features by character code and numbers, the reference (what the trainer reads) by name: on
  // real messages, disguised ones and with the bias moved so that nearly every text is a positive (the evidence
  // path), the two give the same spans.
  it('match exactly as the reference matcher over the named features', () => {
    const lines = readFileSync(new URL('../../eval/data/twcs-dev.jsonl', import.meta.url), 'utf8').split('\n').filter((line) => line.trim());
    const pairs = lines.map((line) => JSON.parse(line) as { customer: string; reply: string });
    const olid = readFileSync(new URL('../../eval/data/olid-dev.tsv', import.meta.url), 'utf8').split('\n').slice(1, 1500).map((row) => row.split('\t')[1] ?? '');
    const base = [...pairs.flatMap((p) => [p.customer, p.reply]), ...olid, ...RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass])];
    const texts = [
      ...base,
      ...base.slice(0, 400).map((t, i) => `${t.toUpperCase()} &amp; ${i}th, 12,000 don't'x 'twas rock'n'roll!!?? ${base[(i * 7) % base.length]} 😡🙏`),
      'mamama bananas, banana banana', '', '   ', '&amp;lt; x', "a'b'c 9'x", 'WAIT WHAT IS THIS, NOT OK', 'tab\tgap,\t, here  two',
      'x&amp y &y &amp;amp; z', '?!?! ! ? !! ?? 😡 😡 🙏',
    ];
    // Besides the shipped models, one that weighs every feature these texts have (names hashed to a weight in
    // [-1, 1]), so every kind of feature and every occurrence counts somewhere.
    const hashed = (name: string) => {
      let h = 7;
      for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) % 2003;
      return Math.round((h / 1001.5 - 1) * 1000) / 1000;
    };
    const everything: Record<string, number> = {};
    for (const text of texts.filter((_, i) => i % 5 === 0 || i >= texts.length - 12)) for (const name of featureNames(prepared(text), { charGrams: true })) everything[name] = hashed(name);
    const models = [
      ...linearRules,
      { ...linearRules[0]!, model: { bias: 0, weights: everything }, threshold: 0, evidence: 5 },
      { ...linearRules[0]!, model: { bias: -1, weights: everything }, threshold: 0 },
    ];
    let positives = 0;
    for (const rule of models)
      for (const bias of rule.model.weights === everything ? [rule.model.bias] : [rule.model.bias, rule.model.bias + 1, rule.model.bias + 2.5]) {
        const check = { ...rule, model: { bias, weights: rule.model.weights } };
        const fast = compileRule(check);
        const reference = referenceLinearMatcher(check);
        for (const text of texts) {
          const expected = reference(prepared(text));
          if (expected.length > 0) positives++;
          expect(fast(prepared(text)), `${rule.id} (bias ${bias}): ${text}`).toEqual(expected);
        }
      }
    expect(positives).toBeGreaterThan(texts.length);
  }, 60_000);
});

describe('a learned positive on the checklist', () => {
  it('comes after the phrasings in a row that has both, so the row quotes a phrasing first', () => {
    // No ownership phrasing matches the first sentence, the model does; the second asks for input by a phrasing.
    const reply = "I'd like someone from our billing team to take a look at this for you. Please DM us your account number.";
    const { signals, checklist } = analyze(reply, { customer: 'I was charged twice this month.' });
    expect(signals.ownership.evidence.length).toBeGreaterThan(0);
    expect(signals.ownership.evidence.every((e) => e.ruleId === 'ownership-model')).toBe(true);
    const row = checklist.find((r) => r.id === 'ownership')!;
    expect(row.status).toBe('met');
    // In reading order the model's words come first; the row puts the request first and keeps every span.
    expect(row.evidence[0]!.ruleId).not.toBe('ownership-model');
    expect(row.evidence[0]!.text).toMatch(/DM/i);
    expect(row.evidence).toHaveLength(signals.ownership.evidence.length + signals.askInput.evidence.length);
  });
});
