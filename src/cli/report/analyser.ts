// Runs the engine over batches of replies: on worker threads when the built command line runs (one per core), or in
// this thread when the sources run under tests, where there is no built worker file. Batches come back in the order
// they were sent, whichever worker finishes first.
import { Worker } from 'node:worker_threads';
import type { JsonlRecord } from '../jsonl.js';
import { analyseRecord, type AnalyseRequest } from './analyse-record.js';
import type { WorkerBatch } from './report-worker.js';

export interface Analyser {
  readonly threads: number;
  analyse(requests: AnalyseRequest[]): Promise<JsonlRecord[]>;
  close(): Promise<void>;
}

export function inThreadAnalyser(): Analyser {
  return {
    threads: 0,
    analyse: (requests) => Promise.resolve(requests.map(analyseRecord)),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve: (records: JsonlRecord[]) => void;
  reject: (error: Error) => void;
}

export function workerAnalyser(workerFile: URL, threads: number): Analyser {
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(workerFile);
    load.set(worker, 0);
    worker.on('message', ({ seq: done, records }: { seq: number; records: JsonlRecord[] }) => {
      load.set(worker, load.get(worker)! - 1);
      pending.get(done)?.resolve(records);
      pending.delete(done);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && pending.size > 0) fail(new Error(`a report worker stopped (exit code ${code})`));
    });
    return worker;
  });
  return {
    threads,
    analyse(requests) {
      if (failure) return Promise.reject(failure);
      // The least busy worker: batches cost about the same, so this keeps every worker's queue short.
      const worker = workers.reduce((best, candidate) => (load.get(candidate)! < load.get(best)! ? candidate : best));
      load.set(worker, load.get(worker)! + 1);
      const batch: WorkerBatch = { seq: seq++, requests };
      return new Promise((resolve, reject) => {
        pending.set(batch.seq, { resolve, reject });
        worker.postMessage(batch);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
