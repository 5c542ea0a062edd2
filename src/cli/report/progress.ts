// A progress bar on stderr while the report reads its inputs, only when stderr is a terminal (cli-progress draws it):
// a log file or a CI job gets the plain lines and the final count, not a screenful of redraws.
import cliProgress from 'cli-progress';
import type { OutputStream } from '../io.js';

interface Progress {
  bytes(n: number): void;
  replies(total: number): void;
  /** Prints a line above the bar (a skipped line's report) without tearing it. */
  interrupt(print: () => Promise<void>): void;
  stop(): void;
}

const SILENT: Progress = {
  bytes: () => {},
  replies: () => {},
  interrupt: (print) => void print(),
  stop: () => {},
};

export function createProgress(stderr: OutputStream, totalBytes: number): Progress {
  if (stderr.isTTY !== true || totalBytes === 0) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      // The stream is the process's own stderr whenever it is a terminal.
      stream: stderr as unknown as NodeJS.WriteStream,
      format: 'reply-coach report [{bar}] {percentage}% | {replies} replies | {eta_formatted} left',
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let replies = 0;
  let done = 0;
  bar.start(totalBytes, 0, { replies });
  return {
    bytes: (n) => {
      done += n;
      bar.update(done, { replies });
    },
    replies: (total) => {
      replies = total;
      bar.update(done, { replies });
    },
    interrupt: (print) => {
      stderr.write('\r\u001b[K');
      void print().then(() => bar.update(done, { replies }));
    },
    stop: () => bar.stop(),
  };
}
