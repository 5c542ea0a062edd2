// The organisation's policy, in Node: checked key by key (a broken key ignored whole, reported), laid over the agent's
// settings, and a change to what applies taken back to the agent's own part, which never holds the policy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../src/engine/phrases/index.js';
import { managedLocks, mergeManaged, ownSettingsAfter, setsAnything } from '../../src/shared/settings/managed-merge.js';
import { checkManagedPolicy, MANAGED_KEYS, type ManagedPolicy } from '../../src/shared/settings/managed-policy.js';
import { applyChange, builtInPhrases, defaultSettings, effectivePhrases, type ReplyCoachSettings } from '../../src/shared/settings.js';

const team: Phrase[] = [
  { id: 'team.apology', row: 'apology', register: 'formal', text: 'Our team apologises.', abbreviation: ';sorry' },
  { id: 'team.empathy', row: 'empathy', register: 'warm', text: 'We understand, {{customer.firstName}}.' },
];
const mine: Phrase = { id: 'custom.apology.mine', row: 'apology', register: 'warm', text: 'That is on me.', abbreviation: ';mine' };
const agent = (): ReplyCoachSettings => ({
  ...defaultSettings(),
  agentFirstName: 'Sam',
  disabledRules: ['calm-down'],
  policy: { empathy: 'never' },
  phrases: [...builtInPhrases(), mine],
});

describe('checking the policy', () => {
  it('nothing set is no policy and no problem', () => {
    expect(checkManagedPolicy({})).toEqual({ policy: {}, problems: [] });
    expect(checkManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });

  it('takes every key that is sound', () => {
    const raw = { phrases: team, allowAgentPhrases: false, disabledRules: ['as-i-said'], disabledSites: ['gmail'], policy: { apology: 'always' } };
    expect(checkManagedPolicy(raw)).toEqual({ policy: raw, problems: [] });
  });

  it('ignores a broken key whole and reports it; the sound keys still apply', () => {
    const checked = checkManagedPolicy({
      phrases: [team[0], { ...team[1], row: 'apologies' }],
      disabledRules: ['as-i-said', 'no-such-rule'],
      disabledSites: 'gmail',
      allowAgentPhrases: 'yes',
      policy: { apology: 'always' },
      colour: 'blue',
    });
    expect(checked.policy).toEqual({ policy: { apology: 'always' } });
    expect(checked.problems).toEqual([
      "phrases[1].row: 'apologies' is not one of empathy, apology, ownership, boundary, gratitude",
      "disabledRules[1]: 'no-such-rule' is not a rule id",
      'disabledSites: expected a list, got a string',
      'allowAgentPhrases: expected true or false, got a string',
      'colour: unknown field',
    ]);
  });

  it('a team library must hold together: unknown placeholders, repeated ids and abbreviations are problems', () => {
    const checked = checkManagedPolicy({
      phrases: [team[0], { ...team[1], text: 'Hi {{customer.shoeSize}}' }, { ...team[0], abbreviation: ';other' }, { ...mine, abbreviation: ';sorry' }],
    });
    expect(checked.policy).toEqual({});
    expect(checked.problems).toHaveLength(3);
    expect(checked.problems.join('\n')).toMatch(/unknown placeholder \{\{customer\.shoeSize\}\}/);
    expect(checked.problems.join('\n')).toMatch(/phrases\[2\]\.id: 'team\.apology' is already used/);
    expect(checked.problems.join('\n')).toMatch(/phrases\[3\]\.abbreviation: ';sorry' is already used/);
  });

  it('a policy that is not an object is one problem', () => {
    expect(checkManagedPolicy(['phrases'])).toEqual({ policy: {}, problems: ['policy: expected an object, got a list'] });
  });
});

describe('merging the policy over the agent’s settings', () => {
  it('no policy: the agent’s settings as they are, nothing locked', () => {
    expect(mergeManaged(agent(), {})).toEqual(agent());
    expect(setsAnything(managedLocks({}))).toBe(false);
  });

  it('the team’s library takes the built-ins’ place, the agent’s own phrases follow; an abbreviation the team uses is the team’s', () => {
    const merged = mergeManaged({ ...agent(), phrases: [...builtInPhrases(), { ...mine, abbreviation: ';sorry' }] }, { phrases: team });
    expect(effectivePhrases(merged).map((phrase) => phrase.id)).toEqual(['team.apology', 'team.empathy', 'custom.apology.mine']);
    expect(effectivePhrases(merged)[2]!.abbreviation).toBeUndefined();
    expect(effectivePhrases(merged)[0]!.abbreviation).toBe(';sorry');
  });

  it('an agent’s phrase with a team phrase’s id gives way to it', () => {
    const merged = mergeManaged({ ...agent(), phrases: [{ ...mine, id: 'team.apology' }] }, { phrases: team });
    expect(effectivePhrases(merged).map((phrase) => phrase.text)).toEqual(['Our team apologises.', team[1]!.text]);
  });

  it('allowAgentPhrases false: the team’s phrases only, or the built-ins when the policy sets none', () => {
    expect(effectivePhrases(mergeManaged(agent(), { phrases: team, allowAgentPhrases: false })).map((p) => p.id)).toEqual(['team.apology', 'team.empathy']);
    const builtIns = effectivePhrases(mergeManaged(agent(), { allowAgentPhrases: false }));
    expect(builtIns.map((p) => p.id)).toEqual(builtInPhrases().map((p) => p.id));
    expect(managedLocks({ allowAgentPhrases: false })).toMatchObject({ agentPhrases: false, teamPhraseIds: builtInPhrases().map((p) => p.id) });
  });

  it('rules and helpdesks: the policy’s lists; what a reply needs: per move', () => {
    const policy: ManagedPolicy = { disabledRules: ['as-i-said'], disabledSites: ['gmail'], policy: { apology: 'always' } };
    const merged = mergeManaged(agent(), policy);
    expect(merged).toMatchObject({ disabledRules: ['as-i-said'], disabledSites: ['gmail'], policy: { empathy: 'never', apology: 'always' } });
    expect(managedLocks(policy)).toEqual({ teamPhraseIds: null, agentPhrases: true, disabledRules: true, disabledSites: true, policyRows: ['apology'] });
  });
});

describe('a change taken back to the agent’s own settings', () => {
  const policy: ManagedPolicy = { phrases: team, disabledRules: ['as-i-said'], disabledSites: ['gmail'], policy: { apology: 'always', empathy: 'auto' } };

  it('an unrelated change keeps the agent’s settings as they were, the policy out of them', () => {
    const own = agent();
    const next = applyChange(mergeManaged(own, policy), { agentFirstName: 'Samira' });
    expect(ownSettingsAfter(next, own, policy)).toEqual({ ...own, agentFirstName: 'Samira' });
  });

  it('a phrase the agent adds beside the team’s is theirs; their built-ins and shadowed abbreviations come back when the policy goes', () => {
    const own = { ...agent(), phrases: [...builtInPhrases(), { ...mine, abbreviation: ';sorry' }] };
    const merged = mergeManaged(own, policy);
    const added: Phrase = { id: 'custom.ownership.new', row: 'ownership', register: 'brief', text: 'I will fix it.' };
    const after = ownSettingsAfter(applyChange(merged, { phrases: [...effectivePhrases(merged), added] }), own, policy);
    expect(effectivePhrases(after).map((p) => p.id)).toEqual([...builtInPhrases().map((p) => p.id), 'custom.apology.mine', 'custom.ownership.new']);
    expect(effectivePhrases(after).find((p) => p.id === 'custom.apology.mine')!.abbreviation).toBe(';sorry');
    expect(effectivePhrases(after).some((p) => p.id.startsWith('team.'))).toBe(false);
  });

  it('deleting the agent’s own phrase deletes it; the team’s cannot be deleted from the agent’s settings', () => {
    const own = agent();
    const merged = mergeManaged(own, policy);
    const after = ownSettingsAfter(applyChange(merged, { phrases: [] }), own, policy);
    expect(effectivePhrases(after).map((p) => p.id)).toEqual(builtInPhrases().map((p) => p.id));
  });

  it('locked fields keep the agent’s own values whatever the change says', () => {
    const own = agent();
    const next = applyChange(mergeManaged(own, policy), { disabledRules: [], disabledSites: [], policy: { apology: 'never', empathy: 'always', gratitude: 'never' } });
    const after = ownSettingsAfter(next, own, policy);
    expect(after.disabledRules).toEqual(['calm-down']);
    expect(after.disabledSites).toEqual(own.disabledSites);
    expect(after.policy).toEqual({ empathy: 'never', gratitude: 'never' });
  });
});

describe('managed-schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../managed-schema.json', import.meta.url), 'utf8')) as {
    type: string;
    properties: Record<string, { type: string; items?: { properties?: Record<string, unknown> } }>;
    additionalProperties?: unknown;
  };

  it('declares exactly the keys the policy check knows, as Chrome wants a top level (an object, no additionalProperties)', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
  });

  it('its phrase has the fields of a phrase', () => {
    expect(Object.keys(schema.properties.phrases!.items!.properties!).sort()).toEqual(Object.keys({ ...team[0], situations: [], builtIn: true }).sort());
  });

  it('the manifest names it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { storage: { managed_schema: string } };
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
  });
});
