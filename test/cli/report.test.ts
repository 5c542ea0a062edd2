// `reply-coach report` from the sources, in this thread (the worker-thread path runs from the built bundle in
// report-bin.test.ts). Each export format is written here by hand, in the shape its helpdesk writes it.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { analyseRecord } from '../../src/cli/report/analyse-record.js';
import type { Summary } from '../../src/cli/report/report-data.js';
import { runMain } from './fake-io.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reply-coach-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

interface ResultLine {
  id: string;
  ticket: string;
  agent: string;
  created_at: string | null;
  checklist: { id: string; status: string }[];
  signals: Record<string, boolean>;
  customer: Record<string, boolean>;
}

async function outputs(out: string) {
  const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')) as Summary;
  const results = (await readFile(join(out, 'results.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ResultLine);
  const html = await readFile(join(out, 'report.html'), 'utf8');
  return { summary, results, html };
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csv = (rows: string[][]) =>
  ['ticket_id,created_at,author_role,author_name,body', ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n');

const ANGRY = 'My order #123456 never arrived and nobody answers. This is ridiculous!';
const GOOD = "I'm so sorry your order went missing, Anna. I'll chase the courier today and write back by 5 pm.";
const POOR = 'Please calm down. As I said, you should have read the delivery terms.';

describe('reply-coach report: CSV', { timeout: 60_000 }, () => {
  it('pairs each agent row with the latest earlier customer row of its ticket, by time, and counts rows as check --jsonl does', async () => {
    const input = await file(
      'tickets.csv',
      csv([
        // Export order is not time order inside a ticket: the reply at 10:05 answers the 10:00 message, not 10:30's.
        ['T1', '2026-11-02T10:30:00Z', 'customer', 'Anna Smith', 'Thanks, that worked!'],
        ['T1', '2026-11-02T10:00:00Z', 'customer', 'Anna Smith', ANGRY],
        ['T1', '2026-11-02T10:05:00Z', 'agent', 'Sam', GOOD],
        ['T1', '2026-11-02T10:35:00Z', 'agent', 'Sam', 'Glad to hear it. Thank you for your patience!'],
        ['T2', '2026-11-10T09:00:00Z', 'customer', 'Bo', ANGRY],
        ['T2', '2026-11-10T09:01:00Z', 'agent', 'Kim', POOR],
        // An agent row before any customer message: no customer message to pair with.
        ['T3', '2026-11-11T09:00:00Z', 'agent', 'Kim', 'Hi, following up on your request: is it working now?'],
      ]),
    );
    const out = join(dir, 'out');
    const { code, stderr } = await runMain(['report', input, '--out', out]);
    expect(stderr).toContain(`${input}: CSV`);
    expect(code).toBe(ExitCode.ok);
    const { summary, results } = await outputs(out);

    const pairs = [
      { ticket: 'T1', agent: 'Sam', reply: GOOD, customer: ANGRY },
      { ticket: 'T1', agent: 'Sam', reply: 'Glad to hear it. Thank you for your patience!', customer: 'Thanks, that worked!' },
      { ticket: 'T2', agent: 'Kim', reply: POOR, customer: ANGRY },
      { ticket: 'T3', agent: 'Kim', reply: 'Hi, following up on your request: is it working now?', customer: undefined },
    ];
    expect(results.map((r) => [r.ticket, r.agent])).toEqual(pairs.map((p) => [p.ticket, p.agent]));
    results.forEach((result, index) => {
      const expected = analyseRecord({ id: result.id, ...pairs[index]! });
      expect(result.checklist).toEqual(JSON.parse(JSON.stringify(expected.checklist)));
      expect(result.customer).toEqual(expected.customer);
    });
    expect(results[0]!.created_at).toBe('2026-11-02T10:05:00Z');

    // The summary's figures from the results themselves: needed = met, missing or weak; met = met.
    expect(summary.replies).toBe(4);
    for (const agent of summary.agents) {
      const mine = results.filter((r) => r.agent === agent.name);
      expect(agent.replies).toBe(mine.length);
      for (const [row, tally] of Object.entries(agent.rows)) {
        const statuses = mine.map((r) => r.checklist.find((c) => c.id === row)!.status);
        expect(tally.needed).toBe(statuses.filter((s) => s === 'met' || s === 'missing' || s === 'weak').length);
        expect(tally.met).toBe(statuses.filter((s) => s === 'met').length);
      }
    }
    expect(summary.findings['calm-down']).toEqual({ replies: 1, count: 1 });
    expect(summary.skipped).toBe(0);
  });

  it('reports a malformed row with its file and line, skips it, counts it, and exits 5', async () => {
    const input = await file(
      'tickets.csv',
      [
        'ticket_id,created_at,author_role,author_name,body',
        `T1,2026-11-02T10:00:00Z,customer,Anna,${csvCell(ANGRY)}`,
        'T1,2026-11-02T10:01:00Z,robot,Beep,hello',
        'T1,2026-11-02T10:01:30Z,customer,Anna,"A body\nover three\nlines"',
        '',
        'T1,2026-11-02T10:01:40Z,robot,Beep,"another\nbad one"',
        'T1,2026-11-02T10:02:00Z,agent',
        'T1,2026-11-02T10:02:30Z,robot,Beep,after the skipped row',
        `T1,2026-11-02T10:05:00Z,agent,Sam,${csvCell(GOOD)}`,
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const { code, stderr } = await runMain(['report', input, '--out', out]);
    expect(code).toBe(ExitCode.malformedLines);
    expect(stderr).toContain(`${input}:3: author_role must be "customer" or "agent", got "robot" (skipped)`);
    // A record is named by the line it starts on, even when a body before it spans lines and a blank line follows.
    expect(stderr).toContain(`${input}:8: author_role must be "customer" or "agent", got "robot" (skipped)`);
    expect(stderr).toMatch(new RegExp(`${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:10: .* \\(skipped\\)`));
    expect(stderr).toContain(`${input}:11: author_role must be "customer" or "agent", got "robot" (skipped)`);
    // In the file's order, although the parser reads ahead of the rows it hands over.
    const places = [...stderr.matchAll(/tickets\.csv:(\d+):/g)].map((m) => Number(m[1]));
    expect(places).toEqual([3, 8, 10, 11]);
    const { summary, results } = await outputs(out);
    expect(summary.skipped).toBe(4);
    expect(summary.inputs).toEqual([{ file: input, format: 'csv', replies: 1, skipped: 4 }]);
    expect(results).toHaveLength(1);
  });

  it('reads HTML in a cell as text and never lets it into the page as markup', async () => {
    const hostile = '<p>Calm down.</p><script>alert(1)</script><img src=x onerror=alert(2)> As I said, &lt;b&gt; is not bold.';
    const input = await file(
      'tickets.csv',
      csv([
        ['T1', '2026-11-02T10:00:00Z', 'customer', 'Anna', ANGRY],
        ['T1', '2026-11-02T10:05:00Z', 'agent', 'Sam <b>', hostile],
      ]),
    );
    const out = join(dir, 'out');
    expect((await runMain(['report', input, '--out', out])).code).toBe(ExitCode.ok);
    const { results, html } = await outputs(out);
    expect(results[0]!.signals).toBeDefined();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('Sam &lt;b&gt;');
    expect(html).toContain('&lt;b&gt; is not bold');
  });
});

describe('reply-coach report: Zendesk JSON', { timeout: 60_000 }, () => {
  const users = [
    { id: 11, name: 'Anna Smith', role: 'end-user' },
    { id: 21, name: 'Sam Agent', role: 'agent' },
    { id: 22, name: 'Kim Admin', role: 'admin' },
  ];
  const ticket = {
    id: 501,
    requester_id: 11,
    subject: 'Lost parcel',
    comments: [
      { id: 1, author_id: 11, public: true, body: ANGRY, created_at: '2026-11-02T10:00:00Z' },
      // An internal note: never a reply, never shown.
      { id: 2, author_id: 22, public: false, body: 'Customer is a pain, ignore.', created_at: '2026-11-02T10:01:00Z' },
      { id: 3, author_id: 21, public: true, html_body: `<p>${GOOD}</p>`, created_at: '2026-11-02T10:05:00Z' },
    ],
  };

  it('reads a pretty-printed export with users after the tickets: public agent comments are replies, notes are skipped', async () => {
    const input = await file('export.json', JSON.stringify({ tickets: [ticket], users, count: 1 }, null, 2));
    const out = join(dir, 'out');
    const { code, stderr } = await runMain(['report', input, '--out', out]);
    expect(stderr).toContain('Zendesk JSON export');
    expect(code).toBe(ExitCode.ok);
    const { summary, results, html } = await outputs(out);
    expect(results.map((r) => [r.ticket, r.agent, r.created_at])).toEqual([['501', 'Sam Agent', '2026-11-02T10:05:00Z']]);
    expect(results[0]!.checklist).toEqual(
      JSON.parse(JSON.stringify(analyseRecord({ id: 'x', reply: GOOD, customer: ANGRY }).checklist)),
    );
    expect(summary.agents.map((a) => a.name)).toEqual(['Sam Agent']);
    expect(html).not.toContain('ignore.');
  });

  it('keeps the tickets before a syntax error in a document, reports the error, and skips the rest', async () => {
    const whole = JSON.stringify({ tickets: [ticket, { ...ticket, id: 502 }], users });
    // Cut inside the second ticket: the first is complete, the second never closes.
    const input = await file('broken.json', whole.slice(0, whole.indexOf('"id":502') + 20));
    const out = join(dir, 'out');
    const { code, stderr } = await runMain(['report', input, '--out', out]);
    expect(code).toBe(ExitCode.malformedLines);
    expect(stderr).toMatch(/not valid JSON after ticket 1 .*the rest of the file is skipped/);
    const { summary, results } = await outputs(out);
    expect(results.map((r) => r.ticket)).toEqual(['501']);
    expect(summary.skipped).toBe(1);
  });

  it('reads one ticket a line, and reports a broken line by its number', async () => {
    const input = await file('export.jsonl', [JSON.stringify(ticket), '{"id": 7, "comments": [', JSON.stringify({ id: 8 })].join('\n'));
    const out = join(dir, 'out');
    const { code, stderr } = await runMain(['report', input, '--out', out]);
    expect(stderr).toContain('one ticket a line');
    expect(stderr).toContain(`${input}:2: not valid JSON`);
    expect(stderr).toContain(`${input}:3: ticket 8 has no "comments" array`);
    expect(code).toBe(ExitCode.malformedLines);
    const { results } = await outputs(out);
    // No users in this form: the agent is named by id.
    expect(results.map((r) => r.agent)).toEqual(['user 21']);
  });
});

describe('reply-coach report: JSON Lines and the outputs', { timeout: 60_000 }, () => {
  it('takes the check --jsonl input with ticket, agent and created_at, and weeks start on Monday', async () => {
    const input = await file(
      'replies.jsonl',
      [
        { id: 'a', ticket: 'T1', agent: 'Sam', created_at: '2026-11-04T12:00:00Z', reply: GOOD, customer: ANGRY },
        { id: 'b', ticket: 'T2', agent: 'Sam', created_at: '2026-11-09T12:00:00Z', reply: POOR, customer: ANGRY },
        { id: 'c', reply: 'Thanks for reaching out!' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const out = join(dir, 'out');
    expect((await runMain(['report', input, '--out', out])).code).toBe(ExitCode.ok);
    const { summary, results, html } = await outputs(out);
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(summary.agents.map((a) => [a.name, a.replies])).toEqual([
      ['Sam', 2],
      ['(no agent)', 1],
    ]);
    // 2026-11-04 is a Wednesday (week of Monday 11-02); 11-09 is a Monday.
    expect(html).toContain('2026-11-02');
    expect(html).toContain('2026-11-09');
  });

  it('--redact hides e-mail addresses, phone numbers, order numbers and the customer’s name in the examples', async () => {
    const reply = 'Calm down, Anna. As I said, write to anna.smith@example.com or call +44 20 7946 0958 about order #123456.';
    const input = await file('t.csv', csv([
      ['T1', '2026-11-02T10:00:00Z', 'customer', 'Anna Smith', ANGRY],
      ['T1', '2026-11-02T10:05:00Z', 'agent', 'Sam', reply],
    ]));
    const plain = join(dir, 'plain');
    const redacted = join(dir, 'redacted');
    await runMain(['report', input, '--out', plain]);
    await runMain(['report', input, '--out', redacted, '--redact']);
    const before = (await outputs(plain)).html;
    const after = (await outputs(redacted)).html;
    expect(before).toContain('anna.smith@example.com');
    for (const secret of ['anna.smith@example.com', '7946', '123456', 'Anna'])
      expect(after, secret).not.toContain(secret);
    expect(after).toContain('[email]');
    expect(after).toContain('[phone]');
    expect(after).toContain('[number]');
    expect(after).toContain('[name]');
    // The finding's words are still marked.
    expect(after).toMatch(/<mark[^>]*>Calm down<\/mark>/);
  });

  it('an empty or foreign file gets a clear message and no report at all', async () => {
    const out = join(dir, 'out');
    const empty = await file('empty.csv', '\n\n');
    const foreign = await file('notes.txt', 'Meeting notes, Tuesday\n- ship it');
    const headerOnly = await file('header.csv', 'ticket_id,created_at,author_role,author_name,body\n');
    const good = await file('good.jsonl', JSON.stringify({ reply: GOOD }));

    const onEmpty = await runMain(['report', good, empty, '--out', out]);
    expect(onEmpty.code).toBe(ExitCode.emptyInput);
    expect(onEmpty.stderr).toContain(`${empty} is empty: nothing to report (no report written)`);

    const onForeign = await runMain(['report', foreign, '--out', out]);
    expect(onForeign.code).toBe(ExitCode.emptyInput);
    expect(onForeign.stderr).toContain(`${foreign}: not an export the report reads`);
    expect(onForeign.stderr).toContain('"Meeting notes, Tuesday"');

    const onHeaderOnly = await runMain(['report', headerOnly, '--out', out]);
    expect(onHeaderOnly.code).toBe(ExitCode.emptyInput);
    expect(onHeaderOnly.stderr).toContain('no agent replies');

    const onMissing = await runMain(['report', join(dir, 'gone.csv'), '--out', out]);
    expect(onMissing.code).toBe(ExitCode.unreadableInput);
    expect(onMissing.stderr).toContain('gone.csv: no such file');

    expect(existsSync(out)).toBe(false);
    // Nor any staging folder left beside it.
    expect((await import('node:fs')).readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('says what is wrong with the command line', async () => {
    expect((await runMain(['report', '--out', join(dir, 'o')])).stderr).toContain('no input given');
    expect((await runMain(['report', 'a.csv'])).stderr).toContain('--out DIR is required');
    expect((await runMain(['report', 'a.csv', '--out', 'o', '--json'])).stderr).toContain("--json is an option of 'check'");
    expect((await runMain(['report', 'a.csv', '--out', 'o', '--jobs', 'lots'])).stderr).toContain('--jobs takes a whole number');
    expect((await runMain(['check', '--out', 'o', 'a.txt'])).stderr).toContain("--out is an option of 'report'");
    const help = await runMain(['report', '--help']);
    expect(help.code).toBe(ExitCode.ok);
    expect(help.stdout).toContain('Usage: reply-coach report FILE... --out DIR');
  });
});
