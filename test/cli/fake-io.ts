import { Readable } from 'node:stream';
import { main, type CliIO } from '../../src/cli/main.js';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeRunOptions {
  /** Bytes or text on stdin; a string is sent as UTF-8. Absent: an empty stdin. */
  stdin?: string | Uint8Array | readonly (string | Uint8Array)[];
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

function collector(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (chunk: string) => (chunks.push(chunk), true) } };
}

/** main() in-process with fake standard streams: fast, and no build needed. */
export async function runMain(argv: string[], options: FakeRunOptions = {}): Promise<FakeRun> {
  const input = options.stdin ?? '';
  const parts = typeof input === 'string' || input instanceof Uint8Array ? [input] : input;
  // Buffers, so a test can cut a multi-byte character across two chunks as a pipe may.
  const chunks = parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)));
  const stdin = Object.assign(Readable.from(chunks), { isTTY: options.stdinIsTTY ?? false });
  const stdout = collector(options.stdoutIsTTY ?? false);
  const stderr = collector(false);
  const io: CliIO = { stdin, stdout: stdout.stream, stderr: stderr.stream, env: options.env ?? {} };
  const code = await main(argv, io);
  return { code, stdout: stdout.chunks.join(''), stderr: stderr.chunks.join('') };
}
