import type { Analysis } from '../engine/index.js';

/** `check --json`: the engine's whole Analysis, unchanged, so the output is the engine's documented contract. */
export function formatJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
