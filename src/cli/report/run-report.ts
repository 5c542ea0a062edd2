// `reply-coach report INPUT... --out DIR`: reads helpdesk exports, analyses every agent reply as `check --jsonl` does,
// and writes report.html, summary.json and results.jsonl in DIR. Nothing is sent anywhere: the page is self-contained.
// Every input is detected and checked before any work, and the outputs are written beside DIR and moved in only when
// all is done, so a bad input or a crash never leaves a half-written report.
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createWriteStream } from 'node:fs';
import { ExitCode } from '../exit-codes.js';
import { write, type CliIO } from '../io.js';
import { InputError } from '../read-input.js';
import type { Analyser } from './analyser.js';
import { detectFormat, type DetectedFormat } from './detect-format.js';
import { createProgress } from './progress.js';
import { readCsv } from './read-csv.js';
import { readJsonl } from './read-jsonl.js';
import { readZendeskDocument, readZendeskLines } from './read-zendesk.js';
import { renderReportHtml } from './render-html.js';
import type { ReadEvent, ReplyItem } from './reply-item.js';
import type { InputFormatName } from './report-data.js';
import { ReportTally } from './tally.js';

export interface ReportOptions {
  inputs: readonly string[];
  out: string;
  redact: boolean;
}

/** Replies per batch sent to a worker: large enough that messaging costs little, small enough to keep workers even. */
const BATCH = 128;

type Readable = { kind: 'ok'; path: string; format: Exclude<DetectedFormat, { kind: 'empty' | 'foreign' }>; bytes: number };

async function checkInput(path: string): Promise<Readable> {
  let bytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`cannot read ${path}: it is a directory`, ExitCode.unreadableInput);
    bytes = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error)}`, ExitCode.unreadableInput);
  }
  const format = await detectFormat(path);
  if (format.kind === 'empty') throw new InputError(`${path} is empty: nothing to report (no report written)`, ExitCode.emptyInput);
  if (format.kind === 'foreign') throw new InputError(`${path}: ${format.reason} (no report written)`, ExitCode.emptyInput);
  return { kind: 'ok', path, format, bytes };
}

function events(input: Readable, onBytes: (n: number) => void): AsyncGenerator<ReadEvent> {
  const { format, path } = input;
  if (format.kind === 'zendesk-json' && format.form === 'document') return readZendeskDocument(path, onBytes);
  const stream = createReadStream(path);
  stream.on('data', (chunk) => onBytes(chunk.length));
  if (format.kind === 'csv') return readCsv(stream);
  if (format.kind === 'jsonl') return readJsonl(stream);
  return readZendeskLines(stream);
}

const formatName = (format: Readable['format']): InputFormatName => format.kind;

async function closeStream(stream: ReturnType<typeof createWriteStream>): Promise<void> {
  await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done())));
}

export async function runReport(options: ReportOptions, io: CliIO, analyser: Analyser): Promise<number> {
  const started = performance.now();
  const inputs: Readable[] = [];
  for (const path of options.inputs) inputs.push(await checkInput(path));
  for (const input of inputs) await write(io.stderr, `reply-coach: ${input.path}: ${input.format.description}\n`);

  const out = resolve(options.out);
  const staging = await mkdtemp(join(dirname(out), `.${basename(out)}.partial-`));
  try {
    const results = createWriteStream(join(staging, 'results.jsonl'));
    const tally = new ReportTally(options.redact);
    const progress = createProgress(io.stderr, inputs.reduce((sum, input) => sum + input.bytes, 0));
    let skipped = 0;
    let batch: ReplyItem[] = [];
    const inFlight: { items: ReplyItem[]; records: ReturnType<Analyser['analyse']> }[] = [];
    const maxInFlight = Math.max(2, analyser.threads * 3);

    const settleOldest = async () => {
      const { items, records } = inFlight.shift()!;
      const done = await records;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        const record = done[i]!;
        tally.add(item, record);
        await write(results, `${JSON.stringify({ ...record, ticket: item.ticket, agent: item.agent, created_at: item.createdAt })}\n`);
      }
      progress.replies(tally.replyCount);
    };
    const send = async () => {
      if (batch.length === 0) return;
      const items = batch;
      batch = [];
      inFlight.push({ items, records: analyser.analyse(items.map(({ id, reply, customer }) => ({ id, reply, customer }))) });
      if (inFlight.length >= maxInFlight) await settleOldest();
    };

    for (const input of inputs) {
      tally.startInput(input.path, formatName(input.format));
      for await (const event of events(input, progress.bytes)) {
        if (event.kind === 'problem') {
          skipped++;
          tally.skip();
          const place = event.problem.line > 0 ? `${input.path}:${event.problem.line}` : input.path;
          progress.interrupt(() => write(io.stderr, `reply-coach: ${place}: ${event.problem.message} (skipped)\n`));
          continue;
        }
        batch.push(event.item);
        if (batch.length === BATCH) await send();
      }
    }
    await send();
    while (inFlight.length > 0) await settleOldest();
    await closeStream(results);
    progress.stop();

    if (tally.replyCount === 0) {
      await write(io.stderr, `reply-coach: no agent replies in ${inputs.map((i) => i.path).join(', ')}: nothing to report (no report written)\n`);
      return skipped > 0 ? ExitCode.malformedLines : ExitCode.emptyInput;
    }
    const data = tally.reportData(skipped, new Date());
    await writeFile(join(staging, 'summary.json'), `${JSON.stringify(data.summary, null, 2)}\n`);
    await writeFile(join(staging, 'report.html'), await renderReportHtml(data));
    await mkdir(out, { recursive: true });
    for (const name of ['results.jsonl', 'summary.json', 'report.html']) await rename(join(staging, name), join(out, name));

    const seconds = (performance.now() - started) / 1000;
    const perSecond = Math.round(tally.replyCount / Math.max(seconds, 1e-3));
    await write(
      io.stderr,
      `reply-coach: ${tally.replyCount} replies by ${data.summary.agents.length} agent${data.summary.agents.length === 1 ? '' : 's'}` +
        `${skipped > 0 ? `, ${skipped} skipped` : ''} in ${seconds.toFixed(1)} s (${perSecond} replies/s` +
        `${analyser.threads > 0 ? ` on ${analyser.threads} threads` : ''}): ${join(options.out, 'report.html')}\n`,
    );
    return skipped > 0 ? ExitCode.malformedLines : ExitCode.ok;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
