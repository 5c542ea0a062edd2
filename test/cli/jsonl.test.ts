import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { analyze } from '../../src/engine/index.js';
import { ANGRY_CUSTOMER, GOOD_REPLY, POOR_REPLY } from './drafts.js';
import { runMain } from './fake-io.js';

// The public contract QA scripts depend on: these keys, in this order (see `reply-coach check --help`).
const RECORD_KEYS = ['id', 'signals', 'customer', 'checklist', 'findings'];
const SIGNAL_KEYS = ['apology', 'nonApology', 'empathy', 'gratitude', 'boundary', 'ownership', 'askInput', 'blame'];
const CUSTOMER_KEYS = ['complaint', 'negativeEmotion', 'abusive'];

const jsonl = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
const parseOutput = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('check --jsonl', () => {
  it('writes one record per input line, in order, with exactly the contract’s keys', async () => {
    const inputs = [
      { id: 'good', reply: GOOD_REPLY, customer: ANGRY_CUSTOMER },
      { id: 'poor', reply: POOR_REPLY, customer: ANGRY_CUSTOMER },
      { id: 'no-customer', reply: 'Thanks for reaching out! Could you send me your order number?' },
      { id: 'abusive', reply: 'I will check your order now.', customer: 'You useless idiots lost my parcel again!!!' },
    ];
    const { code, stdout, stderr } = await runMain(['check', '--jsonl'], { stdin: jsonl(...inputs) });
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.ok);
    const records = parseOutput(stdout);
    expect(records.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    records.forEach((record, index) => {
      const input = inputs[index]!;
      const analysis = analyze(input.reply, input.customer === undefined ? {} : { customer: input.customer });
      expect(Object.keys(record)).toEqual(RECORD_KEYS);
      expect(Object.keys(record.signals as object)).toEqual(SIGNAL_KEYS);
      expect(Object.keys(record.customer as object)).toEqual(CUSTOMER_KEYS);
      expect(record.signals).toEqual(Object.fromEntries(SIGNAL_KEYS.map((k) => [k, analysis.signals[k as 'apology'].present])));
      expect(record.customer).toEqual(Object.fromEntries(CUSTOMER_KEYS.map((k) => [k, analysis.customer[k as 'abusive'].present])));
      expect(record.checklist).toEqual(JSON.parse(JSON.stringify(analysis.checklist)));
      expect(record.findings).toEqual(JSON.parse(JSON.stringify(analysis.findings)));
    });
    // Spot checks that the records are about the right inputs.
    expect(records[0]!.signals).toMatchObject({ apology: true, empathy: true, gratitude: true, ownership: true });
    expect(records[1]!.findings).toHaveLength(2);
    expect(records[3]!.customer).toMatchObject({ abusive: true });
  });

  it('checks a reply that carries hostile markup by its words: the tag neither runs nor makes it "not English"', async () => {
    const { code, stdout, stderr } = await runMain(['check', '--jsonl'], {
      stdin: jsonl({ id: 'x', reply: '<img src=x onerror=alert(1)> Sorry!', customer: 'My parcel is late.' }),
    });
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.ok);
    const [record] = parseOutput(stdout);
    expect(record!.signals).toMatchObject({ apology: true });
    const apologyRow = (record!.checklist as { id: string; status: string }[]).find((row) => row.id === 'apology');
    expect(apologyRow?.status).toBe('met');
    expect((record!.checklist as { status: string }[]).some((row) => row.status === 'not-checked')).toBe(false);
  });

  it('defaults the id to the line number (blank lines counted), and echoes numeric ids as numbers', async () => {
    const stdin = jsonl({ reply: 'Thanks!' }, '', '   ', { id: 7, reply: 'Sorry for the wait.' }, { id: null, reply: 'Thanks!' });
    const { code, stdout } = await runMain(['check', '--jsonl'], { stdin });
    expect(code).toBe(ExitCode.ok);
    expect(parseOutput(stdout).map((r) => r.id)).toEqual(['1', 7, '5']);
  });

  it('reports malformed lines with their number, checks the rest, and exits 5', async () => {
    const stdin = jsonl(
      { id: 'a', reply: 'Thanks for waiting.' },
      '{"id": "broken", "reply": ',
      '["reply"]',
      { id: 'no-reply', text: 'Hello' },
      { id: 'number', reply: 42 },
      { id: 'b', reply: 'I will check.', customer: { text: 'hi' } },
      { id: ['x'], reply: 'Thanks!' },
      '"just a string"',
      { id: 'c', reply: '' },
    );
    const { code, stdout, stderr } = await runMain(['check', '--jsonl'], { stdin });
    expect(code).toBe(ExitCode.malformedLines);
    expect(parseOutput(stdout).map((r) => r.id)).toEqual(['a', 'c']);
    const problems = stderr.trimEnd().split('\n');
    expect(problems).toEqual([
      expect.stringMatching(/^reply-coach: line 2: not valid JSON \(.+\)$/),
      'reply-coach: line 3: expected a JSON object, got an array',
      'reply-coach: line 4: missing "reply"',
      'reply-coach: line 5: "reply" must be a string, got a number',
      'reply-coach: line 6: "customer" must be a string, got an object',
      'reply-coach: line 7: "id" must be a string or a number, got an array',
      'reply-coach: line 8: expected a JSON object, got a string',
      'reply-coach: 7 malformed lines skipped; 2 checked',
    ]);
  });

  it('exits 4 when there are no lines to check', async () => {
    for (const stdin of ['', '\n\n  \n']) {
      const { code, stdout, stderr } = await runMain(['check', '--jsonl'], { stdin });
      expect(code).toBe(ExitCode.emptyInput);
      expect(stdout).toBe('');
      expect(stderr).toContain('nothing to check');
    }
  });

  it('accepts CRLF line ends, a byte-order mark, and lines cut across chunks mid-character', async () => {
    const text = `\uFEFF${JSON.stringify({ id: 'é', reply: 'Désolé — sorry for the wait.' })}\r\n${JSON.stringify({ id: 'two', reply: 'Thanks!' })}\r\n`;
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from('—')) + 1;
    const { code, stdout, stderr } = await runMain(['check', '--jsonl'], { stdin: [bytes.subarray(0, cut), bytes.subarray(cut)] });
    expect(stderr).toBe('');
    expect(code).toBe(ExitCode.ok);
    expect(parseOutput(stdout).map((r) => r.id)).toEqual(['é', 'two']);
  });

  it('handles a huge line and many lines', { timeout: 60_000 }, async () => {
    // 3 MB in one line: the engine analyses its first 200,000 characters; the lines after it still come through.
    const huge = { id: 'huge', reply: `Thanks for your patience ${'and please bear with us '.repeat(120_000)}` };
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, reply: i % 2 ? 'Thanks!' : "I'm sorry, I'll fix it." }));
    const { code, stdout } = await runMain(['check', '--jsonl'], { stdin: jsonl(huge, ...many) });
    expect(code).toBe(ExitCode.ok);
    const records = parseOutput(stdout);
    expect(records).toHaveLength(501);
    expect(records[0]).toMatchObject({ id: 'huge', signals: { gratitude: true } });
    expect(records.at(-1)?.id).toBe('n499');
  });

  it('says on the line and on stderr when a reply or customer message was cut, and only then', async () => {
    const longReply = `Thanks for waiting. ${'We are looking into it. '.repeat(10_000)}`;
    const longCustomer = 'Where is my order? '.repeat(12_000);
    const { code, stdout, stderr } = await runMain(['check', '--jsonl'], {
      stdin: jsonl({ id: 'short', reply: 'Thanks!' }, { id: 'long', reply: longReply, customer: longCustomer }),
    });
    expect(code).toBe(ExitCode.ok);
    const [short, long] = parseOutput(stdout);
    expect(Object.keys(short!)).toEqual(RECORD_KEYS);
    expect(Object.keys(long!)).toEqual([...RECORD_KEYS, 'truncated']);
    expect(long!.truncated).toEqual({
      reply: { analyzedChars: expect.any(Number), totalChars: longReply.length },
      customer: { analyzedChars: expect.any(Number), totalChars: longCustomer.length },
    });
    const cut = long!.truncated as { reply: { analyzedChars: number } };
    expect(cut.reply.analyzedChars).toBeLessThanOrEqual(200_000);
    expect(cut.reply.analyzedChars).toBeGreaterThan(199_000);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `reply-coach: line 2: Long reply: analysed the first ${cut.reply.analyzedChars.toLocaleString('en-US')} of ${longReply.length.toLocaleString('en-US')} characters.`,
      expect.stringMatching(/^reply-coach: line 2: Long customer message: analysed the first [\d,]+ of [\d,]+ characters\.$/),
    ]);
  });

  it('reads JSON Lines from a file, and exits 3 when it is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reply-coach-jsonl-'));
    try {
      await writeFile(join(dir, 'batch.jsonl'), jsonl({ id: 'f', reply: 'Thanks!' }));
      const { code, stdout } = await runMain(['check', '--jsonl', join(dir, 'batch.jsonl')]);
      expect(code).toBe(ExitCode.ok);
      expect(parseOutput(stdout).map((r) => r.id)).toEqual(['f']);
      const missing = await runMain(['check', '--jsonl', join(dir, 'gone.jsonl')]);
      expect(missing.code).toBe(ExitCode.unreadableInput);
      expect(missing.stderr).toContain('gone.jsonl: no such file');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
