// The phrase types are part of the engine's public contract (settings store phrases, analysis takes a library), so
// they are declared in ../types.ts; this module names them for the phrase code. One direction only: ../types.ts
// imports nothing.
export type { Phrase, PhraseContext, Register, Situation } from '../types.js';
