// The storage glue, against an in-memory stand-in for storage.sync and storage.local (src/shared/browser-api.ts is
// replaced: it is the one module that touches the extension APIs). The stand-in enforces sync's per-item quota.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Phrase } from '../../src/engine/phrases/index.js';

type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

const fake = vi.hoisted(() => {
  const areas: Record<'sync' | 'local', Map<string, unknown>> = { sync: new Map(), local: new Map() };
  const listeners = new Set<Listener>();
  const state = { syncBroken: false, writes: [] as string[], managed: {} as Record<string, unknown> };
  const emit = (area: string, key: string, newValue: unknown, oldValue: unknown) =>
    queueMicrotask(() => listeners.forEach((l) => l({ [key]: { newValue, oldValue } }, area)));
  const set = (area: 'sync' | 'local', key: string, value: unknown) => {
    if (area === 'sync' && state.syncBroken) throw new Error('sync is unavailable');
    if (area === 'sync' && key.length + JSON.stringify(value).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const old = areas[area].get(key);
    const copy = JSON.parse(JSON.stringify(value));
    areas[area].set(key, copy);
    state.writes.push(area);
    emit(area, key, copy, old);
  };
  /** The admin changes the policy: the browser tells every listener, area 'managed', one change per key. */
  const setManaged = (policy: Record<string, unknown>) => {
    state.managed = JSON.parse(JSON.stringify(policy));
    for (const key of Object.keys(policy)) emit('managed', key, policy[key], undefined);
  };
  return { areas, listeners, state, set, setManaged };
});

vi.mock('../../src/shared/browser-api.js', () => ({
  storage: {
    getSync: async (key: string) => {
      if (fake.state.syncBroken) throw new Error('sync is unavailable');
      return fake.areas.sync.get(key);
    },
    getLocal: async (key: string) => fake.areas.local.get(key),
    setSync: async (key: string, value: unknown) => fake.set('sync', key, value),
    setLocal: async (key: string, value: unknown) => fake.set('local', key, value),
    getManaged: async () => fake.state.managed,
  },
  removeLocal: async (key: string) => {
    fake.areas.local.delete(key);
  },
  onStorageChange: (listener: Listener) => {
    fake.listeners.add(listener);
    return () => fake.listeners.delete(listener);
  },
}));

const { loadSettings, onSettingsChanged, readSettings, saveSettings, updateSettings, SETTINGS_KEY } = await import(
  '../../src/shared/settings-store.js'
);
const { builtInPhrases, defaultSettings } = await import('../../src/shared/settings.js');

const bigLibrary = (): Phrase[] =>
  Array.from({ length: 20 }, (_, i) => ({
    id: `custom.apology.${i}`,
    row: 'apology' as const,
    register: 'warm' as const,
    text: `${'We are sorry about the delay. '.repeat(15)}${i}`,
  }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake.areas.sync.clear();
  fake.areas.local.clear();
  fake.listeners.clear();
  fake.state.syncBroken = false;
  fake.state.writes = [];
  fake.state.managed = {};
});

describe('settings store', () => {
  it('nothing stored: defaults from sync, no notices', async () => {
    expect(await readSettings()).toEqual({ settings: defaultSettings(), area: 'sync', notices: [], needsRewrite: false });
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('saves to sync and reads back', async () => {
    const saved = await saveSettings({ ...defaultSettings(), agentFirstName: 'Sam' });
    expect(saved.area).toBe('sync');
    expect(fake.areas.sync.get(SETTINGS_KEY)).toMatchObject({ version: 1, agentFirstName: 'Sam', phrases: null });
    expect((await loadSettings()).agentFirstName).toBe('Sam');
  });

  it('too big for sync: stored locally, marker in sync, a notice, and back to sync when small again', async () => {
    const saved = await saveSettings({ ...defaultSettings(), phrases: bigLibrary() });
    expect(saved.area).toBe('local');
    expect(saved.notices).toEqual([{ kind: 'stored-locally', bytes: expect.any(Number) }]);
    expect(fake.areas.sync.get(SETTINGS_KEY)).toEqual({ version: 1, area: 'local', bytes: expect.any(Number) });
    // Local is written before the marker, so a reader in between still finds whole settings.
    expect(fake.state.writes).toEqual(['local', 'sync']);
    const read = await readSettings();
    expect(read.area).toBe('local');
    expect(read.settings.phrases).toHaveLength(20);
    expect(read.notices[0]).toMatchObject({ kind: 'stored-locally' });

    const small = await updateSettings({ phrases: null });
    expect(small.area).toBe('sync');
    expect(fake.areas.local.has(SETTINGS_KEY)).toBe(false);
    expect((await readSettings()).area).toBe('sync');
  });

  it('sync unavailable: reads and writes this browser’s copy', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    fake.state.syncBroken = true;
    const saved = await saveSettings({ ...defaultSettings(), agentFirstName: 'Lee' });
    expect(saved.area).toBe('local');
    const read = await readSettings();
    expect(read.area).toBe('local');
    expect(read.settings.agentFirstName).toBe('Lee');
  });

  it('corrupt data: repaired, reported, never thrown', async () => {
    fake.areas.sync.set(SETTINGS_KEY, { version: 1, disabledRules: 'all', agentFirstName: 'Ana' });
    const read = await readSettings();
    expect(read.settings.agentFirstName).toBe('Ana');
    expect(read.settings.disabledRules).toEqual([]);
    expect(read.notices).toEqual([{ kind: 'repaired', problems: ['disabledRules: expected a list, got a string'] }]);
    expect(read.needsRewrite).toBe(true);
  });

  it('marker without the local copy (another computer keeps them): defaults, a notice, and no rewrite', async () => {
    fake.areas.sync.set(SETTINGS_KEY, { version: 1, area: 'local', bytes: 9000 });
    const read = await readSettings();
    expect(read).toEqual({ settings: defaultSettings(), area: 'local', notices: [{ kind: 'kept-elsewhere' }], needsRewrite: false });
  });

  it('old data is migrated on read and flagged for rewriting; newer data is never rewritten', async () => {
    fake.areas.sync.set(SETTINGS_KEY, { agentName: 'Robin', sites: { gmail: false } });
    const old = await readSettings();
    expect(old.settings).toMatchObject({ agentFirstName: 'Robin', disabledSites: ['gmail'] });
    expect(old.needsRewrite).toBe(true);
    fake.areas.sync.set(SETTINGS_KEY, { version: 9, agentFirstName: 'Kim' });
    const newer = await readSettings();
    expect(newer.notices).toEqual([{ kind: 'newer-version', version: 9 }]);
    expect(newer.needsRewrite).toBe(false);
  });

  it('a save never writes invalid data', async () => {
    await saveSettings({ ...defaultSettings(), disabledRules: ['calm-down', 'bogus'] });
    expect(fake.areas.sync.get(SETTINGS_KEY)).toMatchObject({ disabledRules: ['calm-down'] });
  });

  it('updates queue: quick successive updates all land', async () => {
    await Promise.all([
      updateSettings({ agentFirstName: 'Sam' }),
      updateSettings((s) => ({ disabledRules: [...s.disabledRules, 'calm-down'] })),
      updateSettings((s) => ({ ...s, disabledRules: [...s.disabledRules, 'shouting'] })),
    ]);
    const { settings } = await readSettings();
    expect(settings.agentFirstName).toBe('Sam');
    expect(settings.disabledRules).toEqual(['calm-down', 'shouting']);
  });

  it('onSettingsChanged fires for changes in sync and in local, once per actual change', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((settings) => seen.push(`${settings.agentFirstName}:${settings.phrases?.length ?? 'built-in'}`));
    await updateSettings({ agentFirstName: 'A' });
    await settle();
    await updateSettings({ phrases: bigLibrary() }); // moves to local: two writes, one change
    await settle();
    await updateSettings({ agentFirstName: 'B' }); // a local-only write
    await settle();
    await updateSettings({ phrases: builtInPhrases() }); // back to sync
    await settle();
    expect(seen).toEqual(['A:built-in', 'A:20', 'B:20', 'B:built-in']);
    stop();
    await updateSettings({ agentFirstName: 'C' });
    await settle();
    expect(seen).toHaveLength(4);
  });
});

describe('settings store under an organisation policy (storage.managed)', () => {
  const team = [{ id: 'team.apology', row: 'apology', register: 'formal', text: 'Our team apologises.' }];

  it('readers get the policy merged in, with the locks; the agent’s stored settings are not touched', async () => {
    await saveSettings({ ...defaultSettings(), agentFirstName: 'Sam', disabledRules: ['calm-down'] });
    const before = JSON.stringify(fake.areas.sync.get(SETTINGS_KEY));
    fake.state.managed = { phrases: team, disabledRules: ['as-i-said'] };
    const read = await readSettings();
    expect(read.settings).toMatchObject({ agentFirstName: 'Sam', disabledRules: ['as-i-said'], phrases: [expect.objectContaining({ id: 'team.apology' })] });
    expect(read.managed).toEqual({
      locks: { teamPhraseIds: ['team.apology'], agentPhrases: true, disabledRules: true, disabledSites: false, policyRows: [] },
      problems: [],
    });
    expect((await loadSettings()).disabledRules).toEqual(['as-i-said']);
    expect(JSON.stringify(fake.areas.sync.get(SETTINGS_KEY))).toBe(before);
  });

  it('an update writes the agent’s own part only', async () => {
    fake.state.managed = { phrases: team, disabledRules: ['as-i-said'] };
    const saved = await updateSettings({ agentFirstName: 'Lee' });
    expect(saved.settings.phrases?.[0]?.id).toBe('team.apology');
    const stored = fake.areas.sync.get(SETTINGS_KEY) as { phrases: unknown; disabledRules: string[]; agentFirstName: string };
    expect(stored).toMatchObject({ agentFirstName: 'Lee', disabledRules: [], phrases: null });
  });

  it('a broken policy: its broken keys ignored, a notice with the problems, the agent’s settings apply', async () => {
    await saveSettings({ ...defaultSettings(), disabledRules: ['calm-down'] });
    fake.state.managed = { disabledRules: ['no-such-rule'], policy: { apology: 'always' } };
    const read = await readSettings();
    expect(read.settings.disabledRules).toEqual(['calm-down']);
    expect(read.settings.policy).toEqual({ apology: 'always' });
    expect(read.notices).toEqual([{ kind: 'policy-problems', problems: ["disabledRules[0]: 'no-such-rule' is not a rule id"] }]);
    expect(read.managed?.problems).toHaveLength(1);
  });

  it('listeners hear of a policy change', async () => {
    const seen: string[][] = [];
    onSettingsChanged((settings) => seen.push(settings.disabledRules));
    fake.setManaged({ disabledRules: ['as-i-said'] });
    await vi.waitFor(() => expect(seen).toEqual([['as-i-said']]));
  });
});
