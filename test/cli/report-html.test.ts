// report.html from a hand-made ReportData: two agents (one with a hostile name), three weeks, a finding whose
// example is hostile text. The page must quote all of it as text, carry no script and load nothing, and its tables
// must give the fixture's figures exactly. The output is parsed with jsdom (scripts off) to read it as a browser would.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ROW_LABELS } from '../../src/engine/index.js';
import { ROW_IDS, type RowId } from '../../src/engine/types.js';
import { agentBarSpec, agentWeekSpec, CHART_COLOURS, teamWeekSpec } from '../../src/cli/report/charts-spec.js';
import { compileChart, renderChartSvg } from '../../src/cli/report/charts-render.js';
import { markedText, MAX_QUOTED_CHARS } from '../../src/cli/report/html-findings.js';
import { rowFigures, weekRange } from '../../src/cli/report/html-figures.js';
import { escapeHtml, html, SafeHtml, trustedSvg } from '../../src/cli/report/html-template.js';
import { renderReportHtml } from '../../src/cli/report/render-html.js';
import type { AgentSummary, ReportData, RowTallies, WeekTally } from '../../src/cli/report/report-data.js';

const HOSTILE_AGENT = '<script>alert(1)</script> & "Bo"';
const HOSTILE_REPLY =
  'Hi, <script>alert(1)</script> calm down please. <img src=x onerror=alert(1)> We & "you" can\'t fix </textarea> this.';
const MARKED_WORDS = ['calm down', "can't fix"];

/** needed/met per row, in ROW_IDS order. */
function tallies(...pairs: [number, number][]): RowTallies {
  return Object.fromEntries(ROW_IDS.map((row, i) => [row, { needed: pairs[i]?.[0] ?? 0, met: pairs[i]?.[1] ?? 0 }])) as RowTallies;
}

const WEEKS: WeekTally[] = [
  { week: '2026-11-02', agent: 'Ann Lee', replies: 10, rows: tallies([6, 3], [4, 4], [10, 7], [1, 0], [5, 5]) },
  { week: '2026-11-09', agent: 'Ann Lee', replies: 8, rows: tallies([5, 4], [2, 1], [8, 8], [0, 0], [3, 1]) },
  { week: '2026-11-16', agent: 'Ann Lee', replies: 12, rows: tallies([7, 7], [6, 2], [12, 9], [2, 2], [4, 4]) },
  { week: '2026-11-02', agent: HOSTILE_AGENT, replies: 5, rows: tallies([3, 1], [3, 0], [5, 2], [0, 0], [2, 1]) },
  // No reply of this agent in the week of 2026-11-09: a gap in its line, a dash in the table.
  { week: '2026-11-16', agent: HOSTILE_AGENT, replies: 7, rows: tallies([4, 2], [5, 5], [7, 3], [1, 1], [0, 0]) },
];

function agentSummary(name: string): AgentSummary {
  const weeks = WEEKS.filter((week) => week.agent === name);
  const rows = tallies();
  for (const week of weeks) {
    for (const row of ROW_IDS) {
      rows[row].needed += week.rows[row].needed;
      rows[row].met += week.rows[row].met;
    }
  }
  return { name, replies: weeks.reduce((sum, week) => sum + week.replies, 0), rows };
}

function fixture(): ReportData {
  const agents = [agentSummary('Ann Lee'), agentSummary(HOSTILE_AGENT)];
  return {
    summary: {
      replies: 42,
      agents,
      findings: { 'calm-down': { replies: 3, count: 4 }, 'blame-customer': { replies: 1, count: 1 } },
      notChecked: 0,
      skipped: 2,
      inputs: [
        { file: 'exports/<tickets> & "more".json', format: 'zendesk-json', replies: 30, skipped: 0 },
        { file: 'chats.csv', format: 'csv', replies: 12, skipped: 2 },
      ],
    },
    weeks: WEEKS,
    findings: [
      {
        ruleId: 'calm-down',
        message: 'Telling a customer to "calm down" <escalates>',
        replies: 3,
        count: 4,
        examples: [
          {
            ticket: 'T-1 <b>bold</b>',
            agent: HOSTILE_AGENT,
            createdAt: '2026-11-03T10:15:00Z',
            text: HOSTILE_REPLY,
            marks: MARKED_WORDS.map((words) => {
              const start = HOSTILE_REPLY.indexOf(words);
              return { start, end: start + words.length };
            }),
          },
        ],
      },
      { ruleId: 'blame-customer', message: 'Blames the customer', replies: 1, count: 1, examples: [] },
    ],
    rowLabels: { ...ROW_LABELS },
    generatedAt: '2026-12-06T21:30:00.000Z',
    redacted: false,
    period: { first: '2026-11-02T08:00:00Z', last: '2026-11-20T17:45:00Z' },
  };
}

const EMPTY: ReportData = {
  summary: { replies: 0, agents: [], findings: {}, notChecked: 0, skipped: 0, inputs: [{ file: 'empty.jsonl', format: 'jsonl', replies: 0, skipped: 0 }] },
  weeks: [],
  findings: [],
  rowLabels: { ...ROW_LABELS },
  generatedAt: '2026-12-06T21:30:00.000Z',
  redacted: true,
};

const parse = (page: string) => new JSDOM(page).window.document;

/** The fixture's page, rendered once: the tests only read it (each render draws fifteen charts). */
let fixturePage: Promise<string> | undefined;
const renderedFixture = () => (fixturePage ??= renderReportHtml(fixture()));

/** A table's body as text cells, row by row (the row header first). */
function cells(table: Element | null): string[][] {
  if (!table) throw new Error('table missing');
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? ''));
}

/** A page is fifteen vega charts: quick alone, slow on a loaded machine (and the first one loads vega). */
const RENDERS = { timeout: 60_000 };

const percent = (met: number, needed: number) => (needed === 0 ? '—' : `${Math.round((met / needed) * 100)}%`);

describe('renderReportHtml', RENDERS, () => {
  it('carries no script and quotes the hostile text literally, escaped', async () => {
    const page = await renderedFixture();
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<\/textarea/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;/textarea&gt;');
    expect(page).toContain('We &amp; &quot;you&quot; <mark>can&#39;t fix</mark>');
    expect(page).toContain('exports/&lt;tickets&gt; &amp; &quot;more&quot;.json');

    // Read back as a browser would, the page shows exactly the text the data held.
    const doc = parse(page);
    expect(doc.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    expect(handlers).toEqual([]);
    const example = doc.querySelector('[data-finding="calm-down"] .example .text');
    expect(example?.textContent).toBe(HOSTILE_REPLY);
    expect(doc.querySelector('[data-finding="calm-down"] .example .meta')?.textContent).toContain('T-1 <b>bold</b>');
    expect(doc.querySelector('[data-finding="calm-down"] h3')?.textContent).toBe('Telling a customer to "calm down" <escalates>');
    expect(doc.querySelector('#inputs tbody td code')?.textContent).toBe('exports/<tickets> & "more".json');
  });

  it('wraps exactly the marked words in <mark>', async () => {
    const doc = parse(await renderedFixture());
    const marks = [...doc.querySelectorAll('[data-finding="calm-down"] mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(MARKED_WORDS);
  });

  it('gives every row its charts and tables, with the fixture\'s figures', async () => {
    const data = fixture();
    const doc = parse(await renderedFixture());
    const [ann, bo] = data.summary.agents as [AgentSummary, AgentSummary];
    for (const row of ROW_IDS) {
      const section = doc.querySelector(`section[data-row="${row}"]`);
      expect(section?.querySelector('h2')?.textContent).toBe(ROW_LABELS[row]);
      // Per agent, per week for the team, and per week per agent (two agents: panels are drawn).
      for (const chart of ['agents', 'weeks', 'agent-weeks']) {
        const svg = section?.querySelector(`#chart-${row}-${chart} svg`);
        expect(svg, `${row} ${chart} chart`).not.toBeNull();
        expect(svg?.getAttribute('role')).toBe('img');
        expect(svg?.getAttribute('aria-label')).toMatch(/chart/);
        expect(svg?.querySelector('title')?.textContent).toBe(svg?.getAttribute('aria-label'));
      }

      const team = { replies: ann.replies + bo.replies, needed: ann.rows[row].needed + bo.rows[row].needed, met: ann.rows[row].met + bo.rows[row].met };
      const line = (name: string, t: { replies: number; needed: number; met: number }) => [
        name,
        String(t.replies),
        String(t.needed),
        percent(t.needed, t.replies),
        String(t.met),
        percent(t.met, t.needed),
      ];
      expect(cells(section?.querySelector(`#table-${row}-agents`) ?? null)).toEqual([
        line('All agents', team),
        line(ann.name, { replies: ann.replies, ...ann.rows[row] }),
        line(bo.name, { replies: bo.replies, ...bo.rows[row] }),
      ]);

      const weeks = ['2026-11-02', '2026-11-09', '2026-11-16'];
      const inWeek = (week: string, agent?: string) => {
        const entries = WEEKS.filter((entry) => entry.week === week && (agent === undefined || entry.agent === agent));
        return {
          replies: entries.reduce((sum, entry) => sum + entry.replies, 0),
          needed: entries.reduce((sum, entry) => sum + entry.rows[row].needed, 0),
          met: entries.reduce((sum, entry) => sum + entry.rows[row].met, 0),
        };
      };
      expect(cells(section?.querySelector(`#table-${row}-weeks`) ?? null)).toEqual(weeks.map((week) => line(week, inWeek(week))));
      const pair = (t: { needed: number; met: number }) => (t.needed === 0 ? '—' : `${t.met} / ${t.needed}`);
      expect(cells(section?.querySelector(`#table-${row}-agent-weeks`) ?? null)).toEqual(
        weeks.map((week) => [week, pair(inWeek(week, ann.name)), pair(inWeek(week, bo.name))]),
      );
    }
  });

  it('shows the header facts: replies, agents, dates, inputs with their formats, skipped, redaction, time', async () => {
    const doc = parse(await renderedFixture());
    const facts = Object.fromEntries(
      [...doc.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.trim()]),
    );
    expect(facts).toMatchObject({
      Replies: '42',
      Agents: '2',
      Dates: '2026-11-02 to 2026-11-20',
      Skipped: '2 lines or rows of the input could not be read',
      Generated: '2026-12-06 21:30 UTC',
    });
    expect(facts.Examples).toMatch(/^not redacted/);
    expect(facts['Not checked']).toBe('0 replies not in English (counted in no row)');
    expect(cells(doc.querySelector('#inputs'))).toEqual([
      ['exports/<tickets> & "more".json', 'Zendesk JSON export', '30', '0'],
      ['chats.csv', 'CSV', '12', '2'],
    ]);
    expect(cells(doc.querySelector('#table-findings'))).toEqual([
      ['Telling a customer to "calm down" <escalates>', 'calm-down', '3', '4'],
      ['Blames the customer', 'blame-customer', '1', '1'],
    ]);
  });

  it('loads nothing: no remote src or href, a CSP that allows no load, and only in-page links', async () => {
    const page = await renderedFixture();
    // xmlns="http://www.w3.org/2000/svg" names a namespace and loads nothing; every other URL is suspect.
    const urls = page.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
    expect([...page.matchAll(/\s(?:xmlns(?::\w+)?)="(https?:[^"]+)"/g)]).toHaveLength(urls.length);
    const doc = parse(page);
    const loaders = [...doc.querySelectorAll('[src], [srcset], [data], [poster], link, [style*="url("]')].map((element) => element.tagName);
    expect(loaders).toEqual([]);
    for (const link of doc.querySelectorAll('[href]')) expect(link.getAttribute('href')).toMatch(/^#[\w-]+$/);
    expect(page).not.toMatch(/url\(/);
    expect(page).not.toMatch(/@import/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none';/);
  });

  it('renders a valid page that says there was nothing to report when there are no replies', async () => {
    const page = await renderReportHtml(EMPTY);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    const doc = parse(page);
    expect(doc.querySelector('main h2')?.textContent).toBe('Nothing to report');
    expect(doc.querySelectorAll('svg')).toHaveLength(0);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe('Reply Coach report: 0 replies');
    expect(doc.querySelector('dl.facts')?.textContent).toContain('redacted: e-mail addresses');
    expect(doc.querySelector('#inputs')?.textContent).toContain('empty.jsonl');
  });
});

/** A big team over a year: 40 agents, 52 weeks, figures that vary. */
function bigTeam(): ReportData {
  const names = Array.from({ length: 40 }, (_, i) => `Agent ${String(i + 1).padStart(2, '0')} with a rather long name`);
  const weeks: WeekTally[] = [];
  names.forEach((agent, a) => {
    for (let w = 0; w < 52; w++) {
      const week = new Date(Date.UTC(2025, 11, 1) + w * 7 * 86_400_000).toISOString().slice(0, 10);
      weeks.push({ week, agent, replies: 10, rows: tallies(...ROW_IDS.map((_, r): [number, number] => [6, (a + w + r) % 7])) });
    }
  });
  const agents = names.map((name) => {
    const rows = tallies();
    for (const entry of weeks.filter((e) => e.agent === name)) {
      for (const row of ROW_IDS) {
        rows[row].needed += entry.rows[row].needed;
        rows[row].met += entry.rows[row].met;
      }
    }
    return { name, replies: 520, rows };
  });
  return { ...fixture(), summary: { ...fixture().summary, replies: 40 * 520, agents }, weeks, period: null };
}

describe('a big team over a year', RENDERS, () => {
  it('renders every row with charts that still fit the page, and leaves out the per-agent weekly panels', async () => {
    const data = bigTeam();
    const doc = parse(await renderReportHtml(data));
    for (const row of ROW_IDS) {
      const section = doc.querySelector(`section[data-row="${row}"]`);
      for (const chart of ['agents', 'weeks']) {
        const svg = section?.querySelector(`#chart-${row}-${chart} svg`);
        // Wider than ~700px the browser would scale the chart down to the page, text and all.
        expect(Number(svg?.getAttribute('width')), `${row} ${chart}`).toBeLessThanOrEqual(700);
      }
      expect(section?.querySelector(`#chart-${row}-agent-weeks`)).toBeNull();
      expect(section?.textContent).toContain('With more than 8 agents there is no chart per agent per week');
      expect(cells(section?.querySelector(`#table-${row}-weeks`) ?? null)).toHaveLength(52);
      expect(cells(section?.querySelector(`#table-${row}-agents`) ?? null)).toHaveLength(41);
    }
    expect(doc.querySelector('dl.facts dd:nth-of-type(3)')?.textContent).toBe('the weeks of 2025-12-01 to 2026-11-23');
    for (const spec of [agentBarSpec(rowFigures(data, 'empathy')), teamWeekSpec(rowFigures(data, 'empathy'))]) {
      expect(compileChart(spec).warnings).toEqual([]);
    }
  });
});

describe('the charts', RENDERS, () => {
  it('escape an agent name in the chart data: vega writes it as text, and a <script> name stays text', async () => {
    const figures = rowFigures(fixture(), 'apology');
    const svg = (await renderChartSvg(agentBarSpec(figures), 'summary <with> "markup"')).toString();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toMatch(/&lt;script&gt;alert\(1\)/);
    expect(svg).toContain('aria-label="summary &lt;with&gt; &quot;markup&quot;"');
    const doc = new JSDOM(`<body>${svg}</body>`).window.document;
    const texts = [...doc.querySelectorAll('svg text')].map((text) => text.textContent ?? '');
    // The name is cut to fit (with an ellipsis), but what is shown is the name's own characters.
    expect(texts.some((text) => text.startsWith('<script>alert(1)'))).toBe(true);
    expect(texts).toContain('All agents');
    expect(texts).toContain(`${figures.team.met} of ${figures.team.needed} met (${percent(figures.team.met, figures.team.needed)})`);
  });

  it('compile without a Vega-Lite warning (a warning means the spec was bent into something else)', () => {
    for (const row of ROW_IDS) {
      const figures = rowFigures(fixture(), row);
      for (const spec of [agentBarSpec(figures), teamWeekSpec(figures), agentWeekSpec(figures)]) {
        expect(compileChart(spec).warnings).toEqual([]);
      }
    }
  });

  it('use colours with WCAG AA contrast on white: 3:1 for bars and lines, 4.5:1 for text', () => {
    // WCAG 2 relative luminance and contrast ratio.
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);
    expect(onWhite(CHART_COLOURS.agent)).toBeGreaterThanOrEqual(3);
    expect(onWhite(CHART_COLOURS.team)).toBeGreaterThanOrEqual(3);
    expect(onWhite(CHART_COLOURS.axis)).toBeGreaterThanOrEqual(3);
    expect(onWhite(CHART_COLOURS.text)).toBeGreaterThanOrEqual(4.5);
    // The check itself: Okabe-Ito orange, a colour-blind-safe classic, is too light for a line on white.
    expect(onWhite('#E69F00')).toBeLessThan(3);
  });

  it('draws with a loader that refuses every load, so a spec asking for a URL fails instead of fetching', async () => {
    const spec = { data: { url: 'https://example.com/data.json' }, mark: 'bar' as const, encoding: { x: { field: 'a', type: 'quantitative' as const } } };
    await expect(renderChartSvg(spec, 'remote')).rejects.toThrow(/load https:\/\/example\.com\/data\.json/);
  });
});

describe('building blocks', () => {
  it('escapeHtml escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('html`` escapes every interpolation but SafeHtml, and lists item by item', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${'<x>'}${inner}${['<', inner]}${null}${false}${3}</p>`.toString()).toBe(
      '<p>&lt;x&gt;<b>&lt;i&gt;</b>&lt;<b>&lt;i&gt;</b>3</p>',
    );
    expect(() => new SafeHtml('<script>', Symbol('trusted markup') as never)).toThrow();
  });

  it('trustedSvg takes a plain vega SVG and refuses one with script, handlers or links', () => {
    expect(() => trustedSvg('<svg><text>x onload=1</text><g aria-label="a onclick=b"></g></svg>')).not.toThrow();
    expect(() => trustedSvg('<svg><script>alert(1)</script></svg>')).toThrow();
    expect(() => trustedSvg('<svg><g onload="alert(1)"></g></svg>')).toThrow();
    expect(() => trustedSvg('<svg><image href="https://x"/></svg>')).toThrow();
    expect(() => trustedSvg('<div></div>')).toThrow();
  });

  it('markedText marks within the text, drops marks that do not fit, and cuts a long reply around its marks', () => {
    const marked = (text: string, marks: { start: number; end: number }[]) => markedText(text, marks).toString();
    expect(marked('a <b> c', [{ start: 2, end: 5 }])).toBe('a <mark>&lt;b&gt;</mark> c');
    expect(marked('abc', [{ start: 1, end: 9 }, { start: 2, end: 2 }])).toBe('abc');
    const long = `${'x'.repeat(MAX_QUOTED_CHARS)} calm down ${'y'.repeat(MAX_QUOTED_CHARS)}`;
    const start = long.indexOf('calm down');
    const excerpt = marked(long, [{ start, end: start + 9 }]);
    expect(excerpt).toMatch(/^…x+ <mark>calm down<\/mark> y+…$/);
    expect(excerpt.length).toBeLessThan(MAX_QUOTED_CHARS);
  });

  it('weekRange fills the weeks between the first and the last', () => {
    expect(weekRange(['2026-11-16', '2026-11-02'])).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(weekRange([])).toEqual([]);
  });

  it('rowFigures sums the agents into the team and leaves a week with no replies at zero', () => {
    const figures = rowFigures(fixture(), 'ownership' satisfies RowId);
    expect(figures.team).toEqual({ replies: 42, needed: 42, met: 29 });
    expect(figures.agentWeeks[1]?.weeks[1]).toEqual({ week: '2026-11-09', replies: 0, needed: 0, met: 0 });
  });
});
