// The Vega-Lite specs of report.html's charts, from one row's figures. Data goes in inline as `values`; text from
// the data (agent names) only ever travels as data values, never inside a Vega expression or a label formula, so a
// name cannot change what a chart does. No titles here: the page's headings name each chart.
import type { TopLevelSpec } from 'vega-lite';
import type { AgentFigure, RowFigures, Tally, WeekFigure } from './html-figures.js';
import { formatPercent, metRate } from './html-figures.js';

/** Okabe-Ito blue and vermillion: told apart with any colour vision, and 5.1:1 and 4.0:1 on white (WCAG AA, 3:1). */
export const CHART_COLOURS = { agent: '#0072B2', team: '#B04A00', text: '#1f1f1f', axis: '#595959', grid: '#dedede' };

/** Shown per agent per week only with this many agents or fewer: more panels than that are a wall, not a view. */
export const MAX_AGENT_PANELS = 8;

/** The widest the plot areas get, so that with their labels every chart fits an A4 or Letter page (~680px). */
const BAR_WIDTH = 280;
const LINE_WIDTH = 520;
const PANEL_WIDTH = 120;
const PANEL_COLUMNS = 4;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const CONFIG = {
  // No ARIA inside the SVG: the page gives each chart role="img", a title and a table beside it.
  aria: false,
  background: 'white',
  font: FONT,
  view: { stroke: null },
  axis: {
    labelColor: CHART_COLOURS.text,
    titleColor: CHART_COLOURS.text,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal' as const,
    domainColor: CHART_COLOURS.axis,
    tickColor: CHART_COLOURS.axis,
    gridColor: CHART_COLOURS.grid,
  },
  header: { labelColor: CHART_COLOURS.text, labelFontSize: 12, labelFont: FONT },
  text: { color: CHART_COLOURS.text, fontSize: 12 },
};

const RATE_AXIS = { format: '.0%', values: [0, 0.25, 0.5, 0.75, 1], title: 'Met when needed' };
const RATE_SCALE = { domain: [0, 1], nice: false };

/** "12 of 20 met (60%)", or "never needed": the counts a static page cannot show in a tooltip. */
export function tallyLabel(tally: Tally): string {
  return tally.needed === 0 ? 'never needed' : `${tally.met} of ${tally.needed} met (${formatPercent(metRate(tally))})`;
}

/** Bars of the met rate, the whole team first, then each agent; each bar labelled with its counts. */
export function agentBarSpec(figures: RowFigures): TopLevelSpec {
  const bar = (name: string, tally: Tally, order: number, team: boolean) => ({
    // Zero-padded, so that sorting the keys as text keeps the order: the team, then the agents as listed.
    key: String(order).padStart(6, '0'),
    name,
    team,
    rate: metRate(tally),
    label: tallyLabel(tally),
  });
  const values = [
    bar('All agents', figures.team, 0, true),
    ...figures.agents.map((agent: AgentFigure, i) => bar(agent.name, agent, i + 1, false)),
  ];
  return {
    config: CONFIG,
    width: BAR_WIDTH,
    height: { step: 22 },
    data: { values },
    // Bars are keyed, not named: two agents can never merge into one bar, nor an agent called "All agents" into the team.
    encoding: { y: { field: 'key', type: 'nominal', sort: 'ascending', axis: null } },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          x: { field: 'rate', type: 'quantitative', scale: RATE_SCALE, axis: { ...RATE_AXIS, grid: true } },
          color: { condition: { test: 'datum.team', value: CHART_COLOURS.team }, value: CHART_COLOURS.agent },
        },
      },
      // The names, left of the bars (drawn as text marks, not axis labels, so the bars can stay keyed): the team's bold.
      ...[true, false].map((team) => ({
        transform: [{ filter: team ? 'datum.team' : '!datum.team' }],
        mark: { type: 'text' as const, align: 'right' as const, dx: -8, limit: 170, fontWeight: team ? ('bold' as const) : ('normal' as const) },
        encoding: { x: { datum: 0, type: 'quantitative' as const }, text: { field: 'name' } },
      })),
      {
        mark: { type: 'text', align: 'left', dx: 8 },
        encoding: { x: { datum: 1, type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}

const weekValues = (weeks: readonly WeekFigure[]) =>
  weeks.map((week) => ({ week: week.week, rate: metRate(week), percent: week.needed > 0 ? formatPercent(metRate(week)) : '' }));

/** Week labels slant once there are more than fit side by side. */
const weekAxis = (weeks: number, width: number) => ({
  title: 'Week starting (Monday)',
  labelAngle: weeks * 70 > width ? -45 : 0,
  // A year of weeks does not fit either: every other label (or fewer) rather than a smudge.
  labelOverlap: 'parity' as const,
});

/** The team's met rate per week: a line with its points, labelled with the rate while the labels fit. */
export function teamWeekSpec(figures: RowFigures): TopLevelSpec {
  const weeks = figures.weeks.length;
  const labelled = weeks * 38 <= LINE_WIDTH;
  return {
    config: CONFIG,
    width: LINE_WIDTH,
    height: 150,
    data: { values: weekValues(figures.weeks) },
    encoding: {
      x: { field: 'week', type: 'ordinal', axis: weekAxis(weeks, LINE_WIDTH) },
      y: { field: 'rate', type: 'quantitative', scale: RATE_SCALE, axis: RATE_AXIS },
    },
    layer: [
      // A week when the row was never needed has no rate: the line breaks there instead of dropping to 0.
      { mark: { type: 'line', color: CHART_COLOURS.team, strokeWidth: 2, invalid: 'break-paths-filter-domains' } },
      { mark: { type: 'point', filled: true, size: 45, color: CHART_COLOURS.team, opacity: 1 } },
      ...(labelled ? [{ mark: { type: 'text' as const, dy: -10 }, encoding: { text: { field: 'percent' } } }] : []),
    ],
  };
}

/** One small panel per agent, same scales, in the order of the agent table: the shape of each agent's weeks. */
export function agentWeekSpec(figures: RowFigures): TopLevelSpec {
  const weekNames = figures.weeks.map((week) => week.week);
  const values = figures.agentWeeks.flatMap(({ name, weeks }, order) =>
    weekValues(weeks).map((week) => ({ ...week, agent: name, order })),
  );
  // Every week label would not fit a panel: the first and the last say the span, the table gives the rest.
  const shownWeeks = weekNames.length <= 2 ? weekNames : [weekNames[0] ?? '', weekNames[weekNames.length - 1] ?? ''];
  return {
    config: CONFIG,
    data: { values },
    columns: Math.min(PANEL_COLUMNS, figures.agentWeeks.length),
    facet: { field: 'agent', type: 'nominal', sort: { field: 'order' }, header: { title: null, labelLimit: PANEL_WIDTH + 30 } },
    spec: {
      width: PANEL_WIDTH,
      height: 70,
      encoding: {
        x: { field: 'week', type: 'ordinal', axis: { title: null, values: shownWeeks, labelAngle: 0, labelFontSize: 10 } },
        y: { field: 'rate', type: 'quantitative', scale: RATE_SCALE, axis: { ...RATE_AXIS, values: [0, 0.5, 1], title: null } },
      },
      layer: [
        { mark: { type: 'line', color: CHART_COLOURS.agent, strokeWidth: 2, invalid: 'break-paths-filter-domains' } },
        { mark: { type: 'point', filled: true, size: 25, color: CHART_COLOURS.agent, opacity: 1 } },
      ],
    },
  };
}
