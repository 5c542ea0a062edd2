// The settings page's words for the settings' enumerations (policies, tones, moves, sites, address errors): one message
// per value, so `satisfies Record<…>` makes a new value fail to compile until it has its words in _locales.
import type { Register } from '../engine/phrases/index.js';
import type { RowId, RowPolicy } from '../engine/types.js';
import { t, type MessageKey } from '../shared/i18n.js';
import type { BuiltInSite } from '../shared/helpdesks.js';
import type { OriginCheck } from '../shared/settings/origin.js';

const POLICY = { auto: 'optionsPolicyAuto', always: 'optionsPolicyAlways', never: 'optionsPolicyNever' } as const satisfies Record<
  RowPolicy,
  MessageKey
>;

const POLICY_HELP = {
  auto: 'optionsPolicyAutoHelp',
  always: 'optionsPolicyAlwaysHelp',
  never: 'optionsPolicyNeverHelp',
} as const satisfies Record<RowPolicy, MessageKey>;

const REGISTER = { warm: 'optionsRegisterWarm', formal: 'optionsRegisterFormal', brief: 'optionsRegisterBrief' } as const satisfies Record<
  Register,
  MessageKey
>;

// The settings page names the moves as instructions to the agent; the engine's own row labels stay English (src/engine).
const ROW = {
  empathy: 'optionsRowEmpathy',
  apology: 'optionsRowApology',
  ownership: 'optionsRowOwnership',
  boundary: 'optionsRowBoundary',
  gratitude: 'optionsRowGratitude',
} as const satisfies Record<RowId, MessageKey>;

const BUILT_IN_SITE = {
  zendesk: 'optionsSiteZendesk',
  gmail: 'optionsSiteGmail',
  outlook: 'optionsSiteOutlook',
  freshdesk: 'optionsSiteFreshdesk',
  intercom: 'optionsSiteIntercom',
  helpscout: 'optionsSiteHelpScout',
  front: 'optionsSiteFront',
} as const satisfies Record<BuiltInSite, MessageKey>;

const ORIGIN_ERROR = {
  empty: 'optionsOriginEmpty',
  scheme: 'optionsOriginScheme',
  invalid: 'optionsOriginInvalid',
  credentials: 'optionsOriginCredentials',
  wildcard: 'optionsOriginWildcard',
} as const satisfies Record<Extract<OriginCheck, { ok: false }>['reason'], MessageKey>;

export const policyLabel = (policy: RowPolicy) => t(POLICY[policy]);
export const policyHelp = (policy: RowPolicy) => t(POLICY_HELP[policy]);
export const registerLabel = (register: Register) => t(REGISTER[register]);
export const rowLabel = (row: RowId) => t(ROW[row]);
export const builtInSiteLabel = (site: BuiltInSite) => t(BUILT_IN_SITE[site]);
export const originErrorText = (reason: Extract<OriginCheck, { ok: false }>['reason']) => t(ORIGIN_ERROR[reason]);
