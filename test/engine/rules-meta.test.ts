import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/index.js';

const rulesDir = new URL('../../src/engine/rules/', import.meta.url);
const ruleFiles = (folder: 'reply' | 'customer') =>
  readdirSync(new URL(`${folder}/`, rulesDir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('gives every rule a unique kebab-case id', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('registers every rule file under its own name, in the folder of its target', () => {
    for (const folder of ['reply', 'customer'] as const) {
      const registered = RULES.filter((r) => r.target === folder).map((r) => r.id).sort();
      expect(registered).toEqual(ruleFiles(folder).sort());
    }
  });

  it('gives every rule a description and every finding a message', () => {
    for (const rule of RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      if (rule.target === 'reply' && rule.finding) expect(rule.finding.message.length, rule.id).toBeGreaterThan(10);
      if (rule.target === 'reply') expect(rule.signal ?? rule.finding, `${rule.id} shows nothing`).toBeTruthy();
    }
  });

  it('never lists the same phrase pattern in two rules', () => {
    const seen = new Map<string, string>();
    for (const rule of RULES) {
      if (rule.kind !== 'phrase') continue;
      for (const pattern of rule.patterns) {
        expect(seen.get(pattern), `${rule.id} repeats a pattern of ${seen.get(pattern)}`).toBeUndefined();
        seen.set(pattern, rule.id);
      }
    }
  });

  it('compiles every pattern and guard', () => {
    for (const rule of RULES) {
      if (rule.kind !== 'phrase') continue;
      const all = [...rule.patterns, ...(rule.unlessBefore ?? []), ...(rule.unlessAfter ?? []), ...(rule.unlessSentence ?? []), ...(rule.onlyInSentence ?? [])];
      for (const p of all) expect(() => new RegExp(p, 'iu'), `${rule.id}: ${p}`).not.toThrow();
    }
  });

  it('writes phrase patterns in lower case (they run on lower-cased text without the i flag)', () => {
    for (const rule of RULES) {
      if (rule.kind !== 'phrase') continue;
      const all = [...rule.patterns, ...(rule.unlessBefore ?? []), ...(rule.unlessAfter ?? []), ...(rule.unlessSentence ?? []), ...(rule.onlyInSentence ?? [])];
      for (const p of all) {
        const literal = p.replace(/\\u\{[0-9a-f]+\}/gi, '').replace(/\\[a-z]/gi, '').replace(/a-z|A-Z/g, '');
        expect(literal, `${rule.id}: ${p}`).toBe(literal.toLowerCase());
      }
    }
  });

  it('starts no phrase pattern with a lookbehind (it would run at every position of every text)', () => {
    for (const rule of RULES) {
      if (rule.kind !== 'phrase') continue;
      for (const p of rule.patterns) expect(p.replace(/^(?:\\b|\(\?:)+/, ''), `${rule.id}: ${p}`).not.toMatch(/^\(\?<[=!]/);
    }
  });

  it('never lets a pattern match the empty string', () => {
    for (const rule of RULES) {
      if (rule.kind !== 'phrase') continue;
      for (const p of rule.patterns) expect(new RegExp(`^(?:${p})$`, 'iu').test(''), `${rule.id}: ${p}`).toBe(false);
    }
  });
});
