import { analyze } from '../../engine/index.js';
import { toJsonlRecord, type JsonlRecord } from '../jsonl.js';

/** What a worker is sent: the texts only, so the structured clone is small. */
export interface AnalyseRequest {
  id: string;
  reply: string;
  customer: string | undefined;
}

/** One reply's `check --jsonl` record, exactly as that command computes it. */
export function analyseRecord(request: AnalyseRequest): JsonlRecord {
  return toJsonlRecord(request.id, analyze(request.reply, request.customer === undefined ? {} : { customer: request.customer }));
}
