// A worker thread of `reply-coach report`: analyses the batches the main thread sends, in order, and sends back their
// records. The engine is pure and synchronous, so one worker per core keeps every core busy.
import { parentPort } from 'node:worker_threads';
import { analyseRecord, type AnalyseRequest } from './analyse-record.js';

export interface WorkerBatch {
  seq: number;
  requests: AnalyseRequest[];
}

parentPort?.on('message', ({ seq, requests }: WorkerBatch) => {
  parentPort!.postMessage({ seq, records: requests.map(analyseRecord) });
});
