// `reply-coach policy`: the example policy files in docs/policy are what the command writes from the example export
// (regenerate them with the commands below when the format changes), the policy it writes is one the extension takes
// whole, and bad input gets a clear message, an exit code and no file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { checkManagedPolicy } from '../../src/shared/settings/managed-policy.js';
import { exportSettings } from '../../src/shared/settings-io.js';
import { defaultSettings } from '../../src/shared/settings.js';
import { runMain } from './fake-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIBRARY = join(ROOT, 'docs/policy/example-library.json');
const EXAMPLE_CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const dir = mkdtempSync(join(tmpdir(), 'reply-coach-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reply-coach policy', () => {
  it.each([
    ['docs/policy/chromium-reply-coach.json', ['--id', EXAMPLE_CHROME_ID, '--with-rules']],
    ['docs/policy/firefox-policies.json', ['--browser', 'firefox', '--with-rules']],
  ])('reproduces %s', async (example, flags) => {
    const out = join(dir, example.replace(/\//g, '_'));
    const run = await runMain(['policy', LIBRARY, ...flags, '--out', out]);
    expect(run.code).toBe(ExitCode.ok);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, example), 'utf8'));
    expect(run.stderr).toMatch(/6 phrases, keys phrases, allowAgentPhrases, disabledRules, policy written to/);
  });

  it('Chrome: 3rdparty > extensions > id; Firefox: policies > 3rdparty > Extensions > the add-on id; the extension takes it whole', async () => {
    const chrome = JSON.parse((await runMain(['policy', LIBRARY, '--id', EXAMPLE_CHROME_ID])).stdout);
    const policy = chrome['3rdparty'].extensions[EXAMPLE_CHROME_ID];
    expect(Object.keys(policy)).toEqual(['phrases', 'allowAgentPhrases']);
    expect(policy.phrases).toHaveLength(6);
    expect(checkManagedPolicy(policy)).toEqual({ policy, problems: [] });
    const firefox = JSON.parse((await runMain(['policy', LIBRARY, '--browser', 'firefox', '--with-sites', '--no-agent-phrases'])).stdout);
    const ff = firefox.policies['3rdparty'].Extensions['reply-coach@reply-coach.app'];
    expect(ff).toMatchObject({ allowAgentPhrases: false, disabledSites: [] });
    expect(checkManagedPolicy(ff).problems).toEqual([]);
  });

  it('an export of the built-ins carries them as the team’s phrases, without builtIn flags', async () => {
    const file = join(dir, 'builtins.json');
    writeFileSync(file, exportSettings(defaultSettings()));
    const run = await runMain(['policy', file, '--browser', 'firefox']);
    const phrases = JSON.parse(run.stdout).policies['3rdparty'].Extensions['reply-coach@reply-coach.app'].phrases as object[];
    expect(phrases.length).toBeGreaterThan(20);
    expect(phrases.some((phrase) => 'builtIn' in phrase)).toBe(false);
  });

  it('a broken export: every problem with its path, exit 6, nothing written', async () => {
    const file = join(dir, 'broken.json');
    const library = JSON.parse(readFileSync(LIBRARY, 'utf8'));
    library.phrases[1].row = 'apologies';
    library.phrases[2].text = 'Sorry {{customer.shoeSize}}';
    library.settings.disabledRules = ['no-such-rule'];
    writeFileSync(file, JSON.stringify(library));
    const out = join(dir, 'never.json');
    const run = await runMain(['policy', file, '--browser', 'firefox', '--out', out]);
    expect(run.code).toBe(ExitCode.invalidInput);
    expect(run.stderr).toContain("phrases[1].row: 'apologies' is not one of");
    expect(run.stderr).toContain('phrases[2].text: unknown placeholder {{customer.shoeSize}}');
    expect(run.stderr).toContain("settings.disabledRules[0]: 'no-such-rule' is not a rule id");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['another file', '{"tickets": []}', /this is not a Reply Coach settings file/],
    ['an export without phrases', JSON.stringify({ format: 'reply-coach-settings', version: 1, settings: {} }), /has no "phrases"/],
  ])('%s: a clear message', async (_, text, message) => {
    const file = join(dir, 'input.json');
    writeFileSync(file, text);
    const run = await runMain(['policy', file, '--browser', 'firefox']);
    expect(run.code).toBe(ExitCode.invalidInput);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it.each([
    [['policy', LIBRARY], /--id ID is required for Chrome/],
    [['policy', LIBRARY, '--id', 'ABC'], /'ABC' is not a Chrome extension id/],
    [['policy', LIBRARY, '--browser', 'safari'], /--browser takes chrome or firefox, got 'safari'/],
    [['policy'], /no input given/],
    [['policy', LIBRARY, LIBRARY, '--browser', 'firefox'], /one settings export at a time/],
    [['report', LIBRARY, '--out', dir, '--browser', 'firefox'], /--browser is an option of 'policy', not of 'report'/],
  ])('usage: %j', async (argv, message) => {
    const run = await runMain(argv);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toMatch(message);
  });

  it('a missing export: exit 3', async () => {
    const run = await runMain(['policy', join(dir, 'nope.json'), '--browser', 'firefox']);
    expect(run.code).toBe(ExitCode.unreadableInput);
    expect(run.stderr).toContain('no such file');
  });

  it('--help says where each browser reads the file', async () => {
    const run = await runMain(['policy', '--help']);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toContain('/etc/chromium/policies/managed/');
    expect(run.stdout).toContain('"3rdparty": {"Extensions"');
  });
});
