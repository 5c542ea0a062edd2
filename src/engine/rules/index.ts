import abusiveCurse from './customer/abusive-curse.js';
import abusiveInsult from './customer/abusive-insult.js';
import abusiveInsultThird from './customer/abusive-insult-third.js';
import abusiveProfanity from './customer/abusive-profanity.js';
import abusiveThreat from './customer/abusive-threat.js';
import complaint from './customer/complaint.js';
import complaintModel from './customer/complaint-model.js';
import customerEmoji from './customer/customer-emoji.js';
import customerIntensity from './customer/customer-intensity.js';
import customerShouting from './customer/customer-shouting.js';
import negativeEmotion from './customer/negative-emotion.js';
import negativeEmotionModel from './customer/negative-emotion-model.js';
import apology from './reply/apology.js';
import asISaid from './reply/as-i-said.js';
import askInput from './reply/ask-input.js';
import askInputRequest from './reply/ask-input-request.js';
import blameCustomer from './reply/blame-customer.js';
import boundary from './reply/boundary.js';
import brushOff from './reply/brush-off.js';
import calmDown from './reply/calm-down.js';
import condescension from './reply/condescension.js';
import defensive from './reply/defensive.js';
import dismissive from './reply/dismissive.js';
import empathy from './reply/empathy.js';
import empathyReaction from './reply/empathy-reaction.js';
import empathyReflect from './reply/empathy-reflect.js';
import empathyValidation from './reply/empathy-validation.js';
import gratitude from './reply/gratitude.js';
import gratitudeWarmth from './reply/gratitude-warmth.js';
import nonApologyConditional from './reply/non-apology-conditional.js';
import nonApologyFeelings from './reply/non-apology-feelings.js';
import nonApologyHypothetical from './reply/non-apology-hypothetical.js';
import ownership from './reply/ownership.js';
import ownershipIntent from './reply/ownership-intent.js';
import ownershipModel from './reply/ownership-model.js';
import policyLecture from './reply/policy-lecture.js';
import shouting from './reply/shouting.js';
import sorryBut from './reply/sorry-but.js';
import sorryYouFeel from './reply/sorry-you-feel.js';
import type { Rule } from './rule.js';

/** Every rule, once. A meta-test checks that each file in reply/ and customer/ is listed here under its own id. */
export const RULES: readonly Rule[] = [
  apology,
  nonApologyConditional,
  nonApologyFeelings,
  nonApologyHypothetical,
  sorryBut,
  empathy,
  empathyReaction,
  empathyReflect,
  empathyValidation,
  gratitude,
  gratitudeWarmth,
  boundary,
  ownership,
  ownershipIntent,
  ownershipModel,
  askInput,
  askInputRequest,
  blameCustomer,
  calmDown,
  asISaid,
  dismissive,
  policyLecture,
  sorryYouFeel,
  condescension,
  defensive,
  brushOff,
  shouting,
  complaint,
  negativeEmotion,
  customerShouting,
  customerIntensity,
  customerEmoji,
  complaintModel,
  negativeEmotionModel,
  abusiveInsult,
  abusiveInsultThird,
  abusiveCurse,
  abusiveProfanity,
  abusiveThreat,
];

export type { Replacement, Rule } from './rule.js';
