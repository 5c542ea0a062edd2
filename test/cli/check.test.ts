import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { analyze } from '../../src/engine/index.js';
import packageJson from '../../package.json' with { type: 'json' };
import { ANGRY_CUSTOMER, GOOD_REPLY, POOR_REPLY, SPANISH_REPLY } from './drafts.js';
import { runMain } from './fake-io.js';

const ANSI_ESCAPE = '\x1b[';
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reply-coach-cli-'));
  await writeFile(file('good.txt'), GOOD_REPLY);
  await writeFile(file('poor.txt'), POOR_REPLY);
  await writeFile(file('customer.txt'), ANGRY_CUSTOMER);
  await writeFile(file('empty.txt'), '  \n\t\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('check: human-readable output', () => {
  it('shows every row of a good reply as met, with no findings and no assumption note', async () => {
    const { code, stdout, stderr } = await runMain(['check', '--customer', file('customer.txt'), file('good.txt')]);
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/✓ Acknowledge how they feel +met +The reply acknowledges/);
    expect(stdout).toMatch(/✓ Apologize for the problem +met /);
    expect(stdout).toMatch(/✓ Own it and give a next step +met /);
    expect(stdout).toMatch(/· Set a respectful boundary +not needed +Not needed: the customer is upset/);
    expect(stdout).toMatch(/✓ Thank them +met /);
    expect(stdout).toContain('Findings (0)');
    expect(stdout).toContain('4 of 4 needed moves made; 0 warnings, 0 suggestions.');
    expect(stdout).not.toContain('assumed a customer');
  });

  it('aligns the rows: status words start in one column', async () => {
    const { stdout } = await runMain(['check', file('poor.txt')]);
    const rows = stdout.split('\n').filter((line) => /^ {2}[✓✗!·?] /.test(line));
    expect(rows).toHaveLength(5);
    const statusColumns = rows.map((row) => row.search(/ (met|missing|weak|not needed|not checked) /));
    expect(new Set(statusColumns).size).toBe(1);
  });

  it('gives line:column, quote, message and replacement for findings, and filled-in phrases for unmet rows', async () => {
    const { code, stdout } = await runMain(['check', '--customer', file('customer.txt'), file('poor.txt')]);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/✗ Apologize for the problem +missing +The customer is upset about a problem\. Apologize/);
    // "Calm down" opens line 2; "as I already said" follows "Calm down, " on the same line.
    expect(stdout).toMatch(/^ {2}2:1 {3}warning {2}“Calm down”$/m);
    expect(stdout).toMatch(/^ {2}2:12 {2}warning {2}“as I already said”$/m);
    expect(stdout).toContain('Telling a customer to calm down');
    expect(stdout).toMatch(/instead: “.+”/);
    const suggestions = stdout.split('\n').filter((line) => /^ {6}(try:|or: ) /.test(line));
    // Four unmet rows (empathy, apology, ownership, gratitude), one or two phrases each.
    expect(suggestions.length).toBeGreaterThanOrEqual(4);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    for (const line of suggestions) {
      expect(line).not.toMatch(/\{\{|\}\}/);
      expect(line).toMatch(/[.!?]$/);
    }
    expect(stdout).toContain('0 of 4 needed moves made; 2 warnings, 0 suggestions.');
  });

  it('says when there was no customer message', async () => {
    const { stdout } = await runMain(['check', file('good.txt')]);
    expect(stdout.split('\n')[0]).toContain('assumed a customer with a problem');
  });

  it('says when the reply was not checked', async () => {
    const { code, stdout } = await runMain(['check', '-'], { stdin: SPANISH_REPLY });
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain('Not checked: the reply does not read as English');
    expect(stdout).toMatch(/\? Apologize for the problem +not checked/);
  });

  it('colours only for a terminal, and never with NO_COLOR', async () => {
    const args = ['check', file('poor.txt')];
    expect((await runMain(args, { stdoutIsTTY: true })).stdout).toContain(ANSI_ESCAPE);
    expect((await runMain(args, { stdoutIsTTY: false })).stdout).not.toContain(ANSI_ESCAPE);
    expect((await runMain(args, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ANSI_ESCAPE);
    // no-color.org: an empty NO_COLOR does not count.
    expect((await runMain(args, { stdoutIsTTY: true, env: { NO_COLOR: '' } })).stdout).toContain(ANSI_ESCAPE);
  });
});

describe('check --json', () => {
  it('prints the full Analysis, equal to the engine’s', async () => {
    const { code, stdout } = await runMain(['check', '--json', '--customer', file('customer.txt'), file('poor.txt')]);
    expect(code).toBe(ExitCode.ok);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['signals', 'customer', 'checklist', 'findings', 'language', 'truncated', 'verdict']);
    expect(printed).toEqual(JSON.parse(JSON.stringify(analyze(POOR_REPLY, { customer: ANGRY_CUSTOMER }))));
  });
});

describe('check: input', () => {
  it('reads stdin when FILE is "-" or absent', async () => {
    const fromFile = await runMain(['check', '--json', file('poor.txt')]);
    expect((await runMain(['check', '--json', '-'], { stdin: POOR_REPLY })).stdout).toBe(fromFile.stdout);
    expect((await runMain(['check', '--json'], { stdin: POOR_REPLY })).stdout).toBe(fromFile.stdout);
  });

  it('reads the customer message from stdin with --customer - when the reply is a file', async () => {
    const { stdout } = await runMain(['check', '--json', '--customer', '-', file('poor.txt')], { stdin: ANGRY_CUSTOMER });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyze(POOR_REPLY, { customer: ANGRY_CUSTOMER }))));
  });

  it('refuses to wait on a terminal when no input is given', async () => {
    const { code, stderr } = await runMain(['check'], { stdinIsTTY: true });
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain('give a FILE, or pipe the reply on stdin');
  });

  it('drops a UTF-8 byte-order mark, so offsets match the text without it', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POOR_REPLY)]);
    const { stdout } = await runMain(['check', '--json'], { stdin: withBom });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyze(POOR_REPLY))));
  });

  it('reads UTF-16 with a byte-order mark, as Windows editors save it', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POOR_REPLY, 'utf16le')]);
    await writeFile(file('utf16.txt'), utf16);
    const { stdout } = await runMain(['check', '--json', file('utf16.txt')]);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyze(POOR_REPLY))));
  });

  it('decodes a character split across two stdin chunks', async () => {
    const bytes = Buffer.from(`I'm sorry — ${POOR_REPLY}`);
    const cut = bytes.indexOf(Buffer.from('—')) + 1;
    const { stdout } = await runMain(['check', '--json'], { stdin: [bytes.subarray(0, cut), bytes.subarray(cut)] });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyze(`I'm sorry — ${POOR_REPLY}`))));
  });
});

describe('exit codes', () => {
  it('3 when the reply file is missing, naming the file', async () => {
    const missing = file('no-such-draft.txt');
    const { code, stdout, stderr } = await runMain(['check', missing]);
    expect(code).toBe(ExitCode.unreadableInput);
    expect(stdout).toBe('');
    expect(stderr).toBe(`reply-coach: cannot read ${missing}: no such file\n`);
  });

  it('3 when the customer file is missing or is a directory', async () => {
    const missing = await runMain(['check', '--customer', file('nope.txt'), file('good.txt')]);
    expect(missing.code).toBe(ExitCode.unreadableInput);
    expect(missing.stderr).toContain('nope.txt');
    const directory = await runMain(['check', dir]);
    expect(directory.code).toBe(ExitCode.unreadableInput);
    expect(directory.stderr).toContain('is a directory');
  });

  it('4 when there is nothing to check', async () => {
    expect((await runMain(['check', file('empty.txt')])).code).toBe(ExitCode.emptyInput);
    const fromStdin = await runMain(['check'], { stdin: ' \n ' });
    expect(fromStdin.code).toBe(ExitCode.emptyInput);
    expect(fromStdin.stderr).toContain('nothing to check');
  });

  it.each([
    [['check', '--jsn', 'x.txt'], "Unknown option '--jsn'"],
    [['chek', 'x.txt'], "unknown command 'chek'"],
    [[], 'no command given'],
    [['check', 'a.txt', 'b.txt'], 'one input at a time'],
    [['check', '--json', '--jsonl'], 'do not go together'],
    [['check', '--jsonl', '--customer', 'c.txt'], 'give "customer" on each line'],
    [['check', '--customer', '-', '-'], 'cannot both come from stdin'],
    [['check', '--customer'], '--customer <value>\' argument missing'],
  ])('2 for %j', async (argv, message) => {
    const { code, stdout, stderr } = await runMain(argv);
    expect(code).toBe(ExitCode.usage);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('--help');
  });
});

describe('help and version', () => {
  it('documents every exit code in both help texts', async () => {
    for (const argv of [['--help'], ['check', '--help'], ['-h']]) {
      const { code, stdout } = await runMain(argv);
      expect(code).toBe(ExitCode.ok);
      for (const exitCode of Object.values(ExitCode)) expect(stdout).toMatch(new RegExp(`^ {2}${exitCode} {2}\\S`, 'm'));
    }
    expect((await runMain(['check', '--help'])).stdout).toContain('defaults\n                       to the line number');
  });

  it('prints the package version', async () => {
    expect(await runMain(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});
