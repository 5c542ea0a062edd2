// Types for eval/sets.mjs (plain JavaScript so `npm run eval` runs in Node without a build step), for the floor test.
import type { Analysis, AnalyzeOptions } from '../src/engine/types.js';

export type Analyze = (reply: string, options?: AnalyzeOptions) => Analysis;

export interface Bounds {
  precision?: number;
  recall?: number;
  maxFlagged?: number;
}
export interface Floor extends Bounds {
  /** What the floor test holds while the floor is not reached yet. */
  held?: Bounds;
}

export declare class Tally {
  set: string;
  signal: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  errors: string[];
  readonly precision: number | null;
  readonly recall: number | null;
  readonly flaggedShare: number | null;
}

export interface TwcsItem {
  n: number;
  fold: string;
  lang: string;
  reply: string;
  customer: string;
  [label: string]: unknown;
}

export interface OlidRow {
  id: string;
  tweet: string;
  a: string;
  b: string;
}

export declare const DATA_DIR: URL;
export declare const TWCS_REPLY_LABELS: Record<string, string>;
export declare const TWCS_CUSTOMER_LABELS: Record<string, string>;
export declare function loadTwcs(): TwcsItem[];
export declare function loadOlid(): OlidRow[];
export declare function olidPart(rows: OlidRow[], part: 'study' | 'check'): OlidRow[];
export declare function scoreTwcs(analyze: Analyze, items?: TwcsItem[]): Map<string, Tally[]>;
export declare function scoreOlid(analyze: Analyze, rows?: OlidRow[], set?: string): Tally[];
export declare function scoreSupportPhrases(analyze: Analyze): Tally[];
export declare function scoreGoEmotions(analyze: Analyze): Tally[];
export declare function scoreLabelled(analyze: Analyze): Tally[];
export declare function floorFailures(tallies: Tally[], floors: Record<string, Floor>, level?: 'floor' | 'held'): string[];
export declare function pooled(set: string, signal: string, tallies: Tally[]): Tally;
export declare function wilson(successes: number, n: number, z?: number): { low: number; high: number } | null;
export declare function fmt(x: number | null | undefined): string;

export interface ChecklistTally {
  missing: number;
  falseMissing: number;
  met: number;
  falseMet: number;
}
export declare function scoreChecklist(analyze: Analyze, items?: TwcsItem[]): Map<string, Map<string, ChecklistTally>>;
