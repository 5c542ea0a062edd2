// Adds up the analysed replies into what the report shows. Memory grows with agents, weeks and finding kinds, never
// with replies: each reply is counted and let go, and only the first few replies per finding are kept as examples.
import { ROW_LABELS } from '../../engine/checklist.js';
import { ROW_IDS, type RowId } from '../../engine/types.js';
import type { JsonlRecord } from '../jsonl.js';
import { redactMarked, type Marked } from './redact.js';
import type { ReplyItem } from './reply-item.js';
import type { AgentSummary, ExampleReply, FindingDetail, InputFormatName, ReportData, RowTallies, Summary, WeekTally } from './report-data.js';

const EXAMPLES_PER_FINDING = 3;
/** A quoted reply is cut to about this many characters around its first mark. */
const EXAMPLE_CHARS = 480;

const emptyRows = (): RowTallies => Object.fromEntries(ROW_IDS.map((id) => [id, { needed: 0, met: 0 }])) as RowTallies;

/** "Needed" and "met" exactly as `check --jsonl` decides them: needed when met, missing or weak; met when met. */
function addRows(rows: RowTallies, record: JsonlRecord): void {
  for (const row of record.checklist) {
    if (!(ROW_IDS as readonly string[]).includes(row.id)) continue;
    const tally = rows[row.id as RowId];
    if (row.status === 'met' || row.status === 'missing' || row.status === 'weak') tally.needed++;
    if (row.status === 'met') tally.met++;
  }
}

/** The Monday (UTC) of the ISO week a time falls in, as YYYY-MM-DD; null when the time does not parse. */
function weekOf(createdAt: string | null): string | null {
  if (createdAt === null) return null;
  const time = Date.parse(createdAt);
  if (!Number.isFinite(time)) return null;
  const day = new Date(time);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - sinceMonday)).toISOString().slice(0, 10);
}

function excerpt(reply: string, marks: Marked['marks']): Marked {
  if (reply.length <= EXAMPLE_CHARS) return { text: reply, marks };
  const first = marks[0]?.start ?? 0;
  const from = Math.max(0, Math.min(first - EXAMPLE_CHARS / 3, reply.length - EXAMPLE_CHARS));
  const to = Math.min(reply.length, from + EXAMPLE_CHARS);
  const lead = from > 0 ? '… ' : '';
  const shifted = marks
    .filter((mark) => mark.start >= from && mark.end <= to)
    .map((mark) => ({ start: mark.start - from + lead.length, end: mark.end - from + lead.length }));
  return { text: `${lead}${reply.slice(from, to)}${to < reply.length ? ' …' : ''}`, marks: shifted };
}

export class ReportTally {
  private replies = 0;
  private notChecked = 0;
  private readonly agents = new Map<string, AgentSummary>();
  private readonly weeks = new Map<string, WeekTally>();
  private readonly findings = new Map<string, FindingDetail>();
  private readonly inputs: Summary['inputs'] = [];
  private first: string | null = null;
  private last: string | null = null;

  constructor(private readonly redact: boolean) {}

  get replyCount(): number {
    return this.replies;
  }

  startInput(file: string, format: InputFormatName): void {
    this.inputs.push({ file, format, replies: 0, skipped: 0 });
  }

  skip(): void {
    const input = this.inputs.at(-1);
    if (input) input.skipped++;
  }

  add(item: ReplyItem, record: JsonlRecord): void {
    this.replies++;
    const input = this.inputs.at(-1);
    if (input) input.replies++;
    if (record.checklist.length > 0 && record.checklist.every((row) => row.status === 'not-checked')) this.notChecked++;

    let agent = this.agents.get(item.agent);
    if (!agent) this.agents.set(item.agent, (agent = { name: item.agent, replies: 0, rows: emptyRows() }));
    agent.replies++;
    addRows(agent.rows, record);

    const week = weekOf(item.createdAt);
    if (week !== null) {
      const key = `${week}\u0000${item.agent}`;
      let tally = this.weeks.get(key);
      if (!tally) this.weeks.set(key, (tally = { week, agent: item.agent, replies: 0, rows: emptyRows() }));
      tally.replies++;
      addRows(tally.rows, record);
      const time = new Date(Date.parse(item.createdAt!)).toISOString();
      if (this.first === null || time < this.first) this.first = time;
      if (this.last === null || time > this.last) this.last = time;
    }

    const byRule = new Map<string, JsonlRecord['findings']>();
    for (const finding of record.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    for (const [ruleId, found] of byRule) {
      let detail = this.findings.get(ruleId);
      if (!detail) this.findings.set(ruleId, (detail = { ruleId, message: found[0]!.message, replies: 0, count: 0, examples: [] }));
      detail.replies++;
      detail.count += found.length;
      if (detail.examples.length < EXAMPLES_PER_FINDING) detail.examples.push(this.example(item, found));
    }
  }

  private example(item: ReplyItem, found: JsonlRecord['findings']): ExampleReply {
    const marks = found
      .map((finding) => ({ start: finding.start, end: finding.end }))
      .sort((a, b) => a.start - b.start)
      .filter((mark, index, all) => index === 0 || mark.start >= all[index - 1]!.end);
    let quoted = excerpt(item.reply, marks);
    if (this.redact) quoted = redactMarked(quoted, item.customerNames);
    return { ticket: item.ticket, agent: item.agent, createdAt: item.createdAt, ...quoted };
  }

  summary(skipped: number): Summary {
    const findings: Summary['findings'] = {};
    for (const detail of this.sortedFindings()) findings[detail.ruleId] = { replies: detail.replies, count: detail.count };
    return {
      replies: this.replies,
      agents: [...this.agents.values()].sort((a, b) => b.replies - a.replies || a.name.localeCompare(b.name)),
      findings,
      notChecked: this.notChecked,
      skipped,
      inputs: this.inputs,
    };
  }

  private sortedFindings(): FindingDetail[] {
    return [...this.findings.values()].sort((a, b) => b.replies - a.replies || a.ruleId.localeCompare(b.ruleId));
  }

  reportData(skipped: number, generatedAt: Date): ReportData {
    return {
      summary: this.summary(skipped),
      weeks: [...this.weeks.values()].sort((a, b) => a.week.localeCompare(b.week) || a.agent.localeCompare(b.agent)),
      findings: this.sortedFindings(),
      rowLabels: { ...ROW_LABELS },
      period: this.first !== null && this.last !== null ? { first: this.first, last: this.last } : null,
      generatedAt: generatedAt.toISOString(),
      redacted: this.redact,
    };
  }
}
