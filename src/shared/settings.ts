// The user's settings, pure (no extension APIs, no DOM), by concern under src/shared/settings/:
//   shape.ts             the fields, their defaults, the values and limits they allow, a change applied
//   validation.ts        the validators' messages, and the list and choice checks
//   origin.ts            an origin the user types, checked
//   validate-phrases.ts  a phrase and a library, checked
//   validate-fields.ts   one validator per field: loading repairs with them, importing refuses with them
//   phrase-library.ts    the user's library relative to the built-in phrases
//   migrations.ts        older stored shapes brought to the current one
//   stored-form.ts       the stored form (built-ins by id) and decoding whatever storage holds
//   storage-plan.ts      storage.sync while they fit, else storage.local
//   rule-ids.ts          the rule ids disabledRules may hold, without the rules
//   managed-policy.ts    the organisation's policy (storage.managed), checked
//   managed-merge.ts     the policy laid over the agent's settings, and a change taken back to the agent's part
// This module gathers them for the code that reads settings; settings-store.ts is the storage glue around them.
export * from './settings/shape.js';
export * from './settings/validation.js';
export * from './settings/origin.js';
export * from './settings/validate-phrases.js';
export * from './settings/validate-fields.js';
export * from './settings/phrase-library.js';
export * from './settings/migrations.js';
export * from './settings/stored-form.js';
export * from './settings/storage-plan.js';
