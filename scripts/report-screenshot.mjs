// `npm run screenshots` (second part): the README's picture of the QA report. Builds a CSV export from the real
// support pairs in eval/data (four agents over four weeks), runs the built `reply-coach report` on it, and shows the
// page's top (the header and the first checklist row's charts) in Debian's Chromium from file://.
//
//   node scripts/report-screenshot.mjs [DIR]     (default docs/screenshots; needs `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { bundledFontEnvironment, STABLE_RENDERING_ARGS } from './lib/screenshot-fonts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs', 'screenshots'));
if (!existsSync(join(ROOT, 'dist-cli', 'reply-coach.js'))) {
  console.error('report-screenshot: dist-cli is missing: run `npm run build` first.');
  process.exit(1);
}

const AGENTS = ['Alex', 'Dana', 'Robin', 'Sam'];
const cell = (text) => `"${String(text).replace(/"/g, '""')}"`;
const pairs = readFileSync(join(ROOT, 'eval', 'data', 'twcs-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((pair) => pair.lang === 'en')
  .slice(0, 240);
const rows = pairs.flatMap((pair, i) => {
  const day = new Date(Date.UTC(2026, 10, 2) + (i % 28) * 86_400_000).toISOString().slice(0, 10);
  return [
    [`T${pair.n}`, `${day}T09:00:00Z`, 'customer', `Customer ${pair.n}`, pair.customer],
    [`T${pair.n}`, `${day}T09:20:00Z`, 'agent', AGENTS[i % AGENTS.length], pair.reply],
  ];
});

const work = mkdtempSync(join(tmpdir(), 'reply-coach-report-shot-'));
try {
  const input = join(work, 'tickets.csv');
  writeFileSync(input, ['ticket_id,created_at,author_role,author_name,body', ...rows.map((r) => r.map(cell).join(','))].join('\n'));
  // Relative paths from the work folder, so the page names the file as a team lead would see it: tickets.csv.
  const report = spawnSync(process.execPath, [join(ROOT, 'bin', 'reply-coach.js'), 'report', 'tickets.csv', '--out', 'out', '--redact'], {
    cwd: work,
    encoding: 'utf8',
  });
  if (report.status !== 0) throw new Error(`reply-coach report failed (${report.status}): ${report.stderr}`);

  // The bundled font and machine-independent rendering: the same PNG on every machine (scripts/lib/screenshot-fonts.mjs).
  const fonts = bundledFontEnvironment();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...STABLE_RENDERING_ARGS], env: fonts.env });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1500 }, deviceScaleFactor: 1, colorScheme: 'light' });
    await page.goto(pathToFileURL(join(work, 'out', 'report.html')).href);
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, 'report.png');
    await page.screenshot({ path, clip: { x: 0, y: 0, width: 900, height: 1500 } });
    console.log(`report-screenshot: ${path}`);
  } finally {
    await browser.close();
    fonts.cleanUp();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
