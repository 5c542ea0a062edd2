// Settings validate rule ids against a plain list (src/shared/settings/rule-ids.ts) so that reading settings does not
// pull the rule set into every bundle. This holds the list equal to the engine's rules.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/index.js';
import { RULE_IDS } from '../../src/shared/settings/rule-ids.js';

describe('RULE_IDS', () => {
  it("is the engine's rule ids, each once (add a new rule's id there)", () => {
    expect([...RULE_IDS].sort()).toEqual(RULES.map((rule) => rule.id).sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
