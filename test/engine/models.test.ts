import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainAll } from '../../scripts/lib/train-models.js';
import { compileRule } from '../../src/engine/checks/index.js';
import { linearFeatures } from '../../src/engine/checks/linear.js';
import { RULES } from '../../src/engine/rules/index.js';
import type { LinearCheck } from '../../src/engine/rules/rule.js';
import { prepareText } from '../../src/engine/text/prepared.js';

const linearRules = RULES.filter((r): r is Extract<typeof r, LinearCheck> => r.kind === 'linear');
const prepared = (text: string) => prepareText(text, { quotedSpeech: false });

describe('customer-side linear models', () => {
  it('are what `npm run train` writes from fold A, byte for byte', () => {
    const trained = trainAll();
    expect(trained.length).toBeGreaterThan(0);
    for (const { file, json } of trained) expect(json, `${file} is stale: run npm run train`).toBe(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
  });

  it('stay small enough to ship in the content script', () => {
    for (const rule of linearRules) {
      expect(Object.keys(rule.model.weights).length, rule.id).toBeLessThanOrEqual(400);
      for (const w of Object.values(rule.model.weights)) expect(Math.round(w * 1000) / 1000).toBe(w);
    }
  });

  it('name at least one n-gram of the text for every positive', () => {
    expect(linearRules.length).toBe(2);
    for (const rule of linearRules) {
      const match = compileRule(rule);
      for (const text of rule.examples.flag) {
        const spans = match(prepared(text));
        expect(spans.length, `${rule.id}: ${text}`).toBeGreaterThan(0);
        for (const s of spans) {
          const named = text.slice(s.start, s.end);
          expect(named.trim().length).toBeGreaterThan(0);
          const names = linearFeatures(prepared(text)).filter((f) => f.start === s.start && f.end === s.end).map((f) => f.name);
          expect(names.some((n) => (rule.model.weights[n] ?? 0) > 0), `${rule.id}: ${JSON.stringify(named)} carries no weight`).toBe(true);
        }
      }
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
});
