// One section of report.html per checklist row: how often it was needed and met, per agent and per week, each chart
// followed by a table of the same figures (the table is the chart's accessible equivalent, and what prints exactly).
import { agentBarSpec, agentWeekSpec, MAX_AGENT_PANELS, tallyLabel, teamWeekSpec } from './charts-spec.js';
import { renderChartSvg } from './charts-render.js';
import { formatPercent, metRate, type RowFigures, type Tally, type WeekFigure } from './html-figures.js';
import { html, type SafeHtml } from './html-template.js';

const count = (n: number) => n.toLocaleString('en');
const neededShare = (tally: Tally) => formatPercent(tally.replies > 0 ? tally.needed / tally.replies : null);

/** Screen readers hear a chart's summary; past this many bars it says where the rest are instead of reading them all. */
const MAX_SPOKEN_BARS = 10;

function tallyCells(tally: Tally): SafeHtml {
  return html`<td>${count(tally.replies)}</td><td>${count(tally.needed)}</td><td>${neededShare(tally)}</td><td>${count(tally.met)}</td><td>${formatPercent(metRate(tally))}</td>`;
}

const TALLY_HEADINGS = html`<th scope="col">Replies</th><th scope="col">Needed</th><th scope="col">Needed in</th><th scope="col">Met</th><th scope="col">Met when needed</th>`;

function agentTable(figures: RowFigures): SafeHtml {
  return html`<div class="table-scroll"><table id="table-${figures.row}-agents" data-table="agents">
    <caption>${figures.label}: per agent</caption>
    <thead><tr><th scope="col">Agent</th>${TALLY_HEADINGS}</tr></thead>
    <tbody>
      <tr class="team"><th scope="row">All agents</th>${tallyCells(figures.team)}</tr>
      ${figures.agents.map((agent) => html`<tr><th scope="row" class="name">${agent.name}</th>${tallyCells(agent)}</tr>`)}
    </tbody>
  </table></div>`;
}

function weekTable(figures: RowFigures): SafeHtml {
  return html`<div class="table-scroll"><table id="table-${figures.row}-weeks" data-table="weeks">
    <caption>${figures.label}: per week, all agents</caption>
    <thead><tr><th scope="col">Week starting</th>${TALLY_HEADINGS}</tr></thead>
    <tbody>${figures.weeks.map((week) => html`<tr><th scope="row">${week.week}</th>${tallyCells(week)}</tr>`)}</tbody>
  </table></div>`;
}

/** Weeks down, agents across; each cell "met / needed". */
function agentWeekTable(figures: RowFigures): SafeHtml {
  const cell = (week: WeekFigure) => (week.needed === 0 ? html`<td>—</td>` : html`<td>${count(week.met)} / ${count(week.needed)}</td>`);
  return html`<div class="table-scroll"><table id="table-${figures.row}-agent-weeks" data-table="agent-weeks">
    <caption>${figures.label}: per week and agent, met / needed</caption>
    <thead><tr><th scope="col">Week starting</th>${figures.agentWeeks.map(({ name }) => html`<th scope="col" class="name">${name}</th>`)}</tr></thead>
    <tbody>${figures.weeks.map(
      (week, i) => html`<tr><th scope="row">${week.week}</th>${figures.agentWeeks.map(({ weeks }) => (weeks[i] ? cell(weeks[i]) : html`<td>—</td>`))}</tr>`,
    )}</tbody>
  </table></div>`;
}

function barSummary(figures: RowFigures): string {
  const bars = [`All agents ${tallyLabel(figures.team)}`, ...figures.agents.map((agent) => `${agent.name} ${tallyLabel(agent)}`)];
  const spoken = bars.slice(0, MAX_SPOKEN_BARS).join('; ');
  const rest = bars.length > MAX_SPOKEN_BARS ? `; and ${bars.length - MAX_SPOKEN_BARS} more agents in the table below` : '';
  return `Bar chart: ${figures.label}, met when needed, per agent. ${spoken}${rest}.`;
}

/** "over 3 weeks from X to Y: lowest 40% (week of X), highest 80% (week of Y)": a line chart in words. */
function weekTrend(weeks: readonly WeekFigure[]): string {
  const rated = weeks.flatMap((week) => {
    const rate = metRate(week);
    return rate === null ? [] : [{ week: week.week, rate }];
  });
  const span = `over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'} from ${weeks[0]?.week} to ${weeks[weeks.length - 1]?.week}`;
  if (rated.length === 0) return `${span}: never needed`;
  const low = rated.reduce((a, b) => (b.rate < a.rate ? b : a));
  const high = rated.reduce((a, b) => (b.rate > a.rate ? b : a));
  return `${span}: lowest ${formatPercent(low.rate)} (week of ${low.week}), highest ${formatPercent(high.rate)} (week of ${high.week})`;
}

async function figure(chart: Promise<SafeHtml>, caption: string, id: string): Promise<SafeHtml> {
  return html`<figure id="${id}" data-chart>${await chart}<figcaption>${caption}</figcaption></figure>`;
}

async function weeklyPart(figures: RowFigures): Promise<SafeHtml> {
  if (figures.weeks.length === 0) return html`<p>No reply had a time, so there is no weekly view.</p>`;
  const team = await figure(
    renderChartSvg(
      teamWeekSpec(figures),
      `Line chart: ${figures.label}, met when needed per week, all agents, ${weekTrend(figures.weeks)}. The table below gives every week.`,
    ),
    'Met when needed, all agents, per week. A gap is a week when it was never needed.',
    `chart-${figures.row}-weeks`,
  );
  const agents = figures.agentWeeks.length;
  let perAgent: SafeHtml | string = '';
  if (agents >= 2 && agents <= MAX_AGENT_PANELS) {
    const trends = figures.agentWeeks.map(({ name, weeks }) => `${name}, ${weekTrend(weeks)}.`).join(' ');
    const summary = `Small line charts, one per agent: ${figures.label}, met when needed per week. ${trends}`;
    perAgent = html`<h3>Per week, per agent</h3>
      ${await figure(renderChartSvg(agentWeekSpec(figures), summary), 'Met when needed per week, one panel per agent, same scales.', `chart-${figures.row}-agent-weeks`)}
      ${agentWeekTable(figures)}`;
  } else if (agents > MAX_AGENT_PANELS) {
    perAgent = html`<p class="muted">With more than ${MAX_AGENT_PANELS} agents there is no chart per agent per week: the per-agent table above covers the whole period.</p>`;
  }
  return html`<h3>Per week, all agents</h3>${team}${weekTable(figures)}${perAgent}`;
}

export async function rowSection(figures: RowFigures): Promise<SafeHtml> {
  const bars = await figure(
    renderChartSvg(agentBarSpec(figures), barSummary(figures)),
    'Of the replies that needed it, the share that met it. The team first, then each agent.',
    `chart-${figures.row}-agents`,
  );
  return html`<section id="row-${figures.row}" aria-labelledby="row-${figures.row}-heading" data-row="${figures.row}">
    <h2 id="row-${figures.row}-heading">${figures.label}</h2>
    <p>Needed in ${count(figures.team.needed)} of ${count(figures.team.replies)} replies (${neededShare(figures.team)}); met in ${count(figures.team.met)} of them (${formatPercent(metRate(figures.team))}).</p>
    <h3>Per agent</h3>
    ${bars}
    ${agentTable(figures)}
    ${await weeklyPart(figures)}
  </section>`;
}
