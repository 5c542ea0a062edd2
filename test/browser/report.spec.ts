// report.html in real Chromium, opened from disk the way a team lead opens it: axe-core finds no violations (on screen
// and in print), the page makes no request but the file:// document itself, runs nothing (no dialog from the hostile
// text, no console error, which a CSP violation would also be), and in print every chart is still shown and fits an
// A4 page. A control proves the request recorder sees a request from such a page, so the zero can fail.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROW_IDS } from '../../src/engine/types.js';
import { ROW_LABELS } from '../../src/engine/checklist.js';
import { renderReportHtml } from '../../src/cli/report/render-html.js';
import type { AgentSummary, ReportData, RowTallies, WeekTally } from '../../src/cli/report/report-data.js';

const HOSTILE_AGENT = '<script>alert(1)</script> "Bo" & co';
const HOSTILE_REPLY = 'Please <script>alert(1)</script> calm down. <img src=x onerror=alert(2)> </textarea> & "quotes" \'too\'';

const AGENTS = ['Ann Lee', HOSTILE_AGENT, 'Chidi Okafor', 'Dana Weiß'];
const WEEKS = ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];

/** Made-up but varied figures: every agent, every week, every row, a week off for one agent. */
function reportData(): ReportData {
  const weeks: WeekTally[] = [];
  AGENTS.forEach((agent, a) => {
    WEEKS.forEach((week, w) => {
      if (a === 2 && w === 3) return; // a week off: a gap in the line
      const replies = 8 + ((a * 7 + w * 3) % 9);
      const rows = Object.fromEntries(
        ROW_IDS.map((row, r) => {
          const needed = r === 3 && w % 2 === 0 ? 0 : Math.max(1, replies - ((r + a + w) % 6));
          return [row, { needed, met: Math.round(needed * (0.35 + ((a + r + w) % 5) * 0.15)) }];
        }),
      ) as RowTallies;
      weeks.push({ week, agent, replies, rows });
    });
  });
  const agents: AgentSummary[] = AGENTS.map((name) => {
    const own = weeks.filter((entry) => entry.agent === name);
    const rows = Object.fromEntries(
      ROW_IDS.map((row) => [
        row,
        { needed: own.reduce((sum, e) => sum + e.rows[row].needed, 0), met: own.reduce((sum, e) => sum + e.rows[row].met, 0) },
      ]),
    ) as RowTallies;
    return { name, replies: own.reduce((sum, e) => sum + e.replies, 0), rows };
  });
  const replies = agents.reduce((sum, agent) => sum + agent.replies, 0);
  const start = HOSTILE_REPLY.indexOf('calm down');
  return {
    summary: {
      replies,
      agents,
      findings: { 'calm-down': { replies: 4, count: 5 } },
      notChecked: 3,
      skipped: 1,
      inputs: [
        { file: 'tickets <export>.json', format: 'zendesk-json', replies: replies - 20, skipped: 0 },
        { file: 'chat & "mail".csv', format: 'csv', replies: 20, skipped: 1 },
      ],
    },
    weeks,
    findings: [
      {
        ruleId: 'calm-down',
        message: 'Telling someone to calm down',
        replies: 4,
        count: 5,
        examples: [
          { ticket: '4711', agent: HOSTILE_AGENT, createdAt: '2026-11-03T09:30:00Z', text: HOSTILE_REPLY, marks: [{ start, end: start + 9 }] },
          { ticket: '4712', agent: 'Ann Lee', createdAt: null, text: 'Calm down,\nplease.', marks: [{ start: 0, end: 9 }] },
        ],
      },
    ],
    rowLabels: { ...ROW_LABELS },
    generatedAt: '2026-12-06T21:30:00Z',
    redacted: false,
    period: { first: '2026-10-12T08:00:00Z', last: '2026-11-21T16:00:00Z' },
  };
}

// axe over fifteen charts' SVG takes its time on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

let dir: string;
let reportUrl: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reply-coach-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, await renderReportHtml(reportData()));
  reportUrl = pathToFileURL(file).href;
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Watched {
  requests: string[];
  problems: string[];
}

/** Every request of the page, and everything that would show something ran or broke, from before it loads. */
function watch(page: Page): Watched {
  const watched: Watched = { requests: [], problems: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watched.problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return watched;
}

test('report.html opened from disk requests nothing but itself, runs nothing, and shows the hostile text as text', async ({ page }) => {
  const watched = watch(page);
  await page.goto(reportUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Reply Coach report' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(watched.requests).toEqual([reportUrl]);
  expect(watched.problems).toEqual([]);
  const example = page.locator('[data-finding="calm-down"] .example .text').first();
  await expect(example).toHaveText(HOSTILE_REPLY);
  await expect(example.locator('mark')).toHaveText('calm down');
  expect(await page.locator('script, img, iframe').count()).toBe(0);
});

test('the request recorder sees a request from a file:// page (control)', async ({ page }) => {
  const file = join(dir, 'control.html');
  writeFileSync(file, '<!doctype html><title>control</title><img src="missing.png" alt="">');
  const watched = watch(page);
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('networkidle');
  expect(watched.requests).toEqual([pathToFileURL(file).href, pathToFileURL(join(dir, 'missing.png')).href]);
});

for (const media of ['screen', 'print'] as const) {
  test(`axe-core finds no violations (${media})`, async ({ page }) => {
    await page.emulateMedia({ media });
    await page.goto(reportUrl);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('in print every chart is shown, whole, and nothing is wider than an A4 page', async ({ page }) => {
  // A4 less 15 mm margins each side: 180 mm, about 680 CSS pixels.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(reportUrl);
  const charts = page.locator('figure[data-chart] svg[role="img"]');
  // Per row: per agent, per week, and per week per agent (four agents get panels).
  await expect(charts).toHaveCount(ROW_IDS.length * 3);
  for (const chart of await charts.all()) {
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(50);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(680);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
  // Figures are not split across pages.
  expect(await page.locator('figure[data-chart]').first().evaluate((figure) => getComputedStyle(figure).breakInside)).toBe('avoid');
  // And the page really prints: Chromium makes a PDF of it.
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
