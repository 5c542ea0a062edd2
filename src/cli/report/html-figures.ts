// The figures report.html shows for one checklist row, derived from ReportData once so that the charts and the tables
// beside them are drawn from the very same numbers.
import type { RowId } from '../../engine/types.js';
import type { ReportData, RowTally } from './report-data.js';

export interface Tally extends RowTally {
  replies: number;
}

export interface AgentFigure extends Tally {
  name: string;
}

export interface WeekFigure extends Tally {
  week: string;
}

export interface RowFigures {
  row: RowId;
  label: string;
  team: Tally;
  agents: AgentFigure[];
  /** Every week from the first to the last, including weeks with no replies, so gaps show as gaps. */
  weeks: WeekFigure[];
  /** Per agent (in the order of `agents`), the same weeks. */
  agentWeeks: { name: string; weeks: WeekFigure[] }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Past this many weeks between the first and the last, empty weeks are not filled in (a stray date, say 1970). */
const MAX_FILLED_WEEKS = 260;

/** The weeks from the earliest to the latest named, a Monday apart; the names as given when they are not dates. */
export function weekRange(named: readonly string[]): string[] {
  const unique = [...new Set(named)].sort();
  const first = unique[0];
  const last = unique[unique.length - 1];
  if (first === undefined || last === undefined) return [];
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  const allDates = unique.every((week) => /^\d{4}-\d{2}-\d{2}$/.test(week) && !Number.isNaN(Date.parse(`${week}T00:00:00Z`)));
  if (!allDates || (end - start) / (7 * DAY_MS) > MAX_FILLED_WEEKS) return unique;
  const weeks: string[] = [];
  for (let time = start; time <= end; time += 7 * DAY_MS) weeks.push(new Date(time).toISOString().slice(0, 10));
  // Weeks not a whole number of weeks from the first (not Mondays) would be lost by stepping: keep them too.
  return [...new Set([...weeks, ...unique])].sort();
}

/** Met as a share of needed, or null when the row was never needed (no rate, rather than a misleading 0%). */
export function metRate(tally: RowTally): number | null {
  return tally.needed > 0 ? tally.met / tally.needed : null;
}

export function formatPercent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

function add(into: Tally, replies: number, tally: RowTally): void {
  into.replies += replies;
  into.needed += tally.needed;
  into.met += tally.met;
}

const emptyTally = (): Tally => ({ replies: 0, needed: 0, met: 0 });

export function rowFigures(data: ReportData, row: RowId): RowFigures {
  const agents = data.summary.agents.map((agent) => ({ name: agent.name, replies: agent.replies, ...agent.rows[row] }));
  const team = emptyTally();
  for (const agent of data.summary.agents) add(team, agent.replies, agent.rows[row]);

  const weekNames = weekRange(data.weeks.map((entry) => entry.week));
  const teamByWeek = new Map(weekNames.map((week) => [week, emptyTally()]));
  const byAgentWeek = new Map<string, Map<string, Tally>>();
  for (const entry of data.weeks) {
    const teamWeek = teamByWeek.get(entry.week);
    if (teamWeek) add(teamWeek, entry.replies, entry.rows[row]);
    const agentWeeks = byAgentWeek.get(entry.agent) ?? new Map<string, Tally>();
    byAgentWeek.set(entry.agent, agentWeeks);
    const agentWeek = agentWeeks.get(entry.week) ?? emptyTally();
    agentWeeks.set(entry.week, agentWeek);
    add(agentWeek, entry.replies, entry.rows[row]);
  }

  return {
    row,
    label: data.rowLabels[row],
    team,
    agents,
    weeks: weekNames.map((week) => ({ week, ...(teamByWeek.get(week) ?? emptyTally()) })),
    agentWeeks: agents.map(({ name }) => ({
      name,
      weeks: weekNames.map((week) => ({ week, ...(byAgentWeek.get(name)?.get(week) ?? emptyTally()) })),
    })),
  };
}
