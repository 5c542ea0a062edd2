// The engine's public surface: pure TypeScript, no DOM, no extension APIs.
export { analyze, DEFAULT_MAX_CHARS } from './analyze.js';
export { ROW_LABELS } from './checklist.js';
export { RULES } from './rules/index.js';
export type { Rule, Replacement } from './rules/index.js';
export * from './types.js';
export * from './phrases/index.js';
