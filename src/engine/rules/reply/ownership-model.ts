import model from '../../models/ownership.json';
import { defineRule } from '../rule.js';

// The learned part of the ownership signal (scripts/train.mjs, from fold A of eval/data/twcs-dev.jsonl): the many
// ways agents commit to act that ownership.ts's and ownership-intent.ts's families do not reach. The signal is present
// when either matches. The threshold was chosen inside the training data by cross-validation, for precision (see the
// model's header); its evidence is the strongest words present, so the checklist row still names what carried it.
export default defineRule({
  id: 'ownership-model',
  description: 'Credits a commitment to act from learned word weights (a strict threshold).',
  target: 'reply',
  signal: 'ownership',
  kind: 'linear',
  model,
  threshold: model.threshold,
  examples: {
    flag: ['Our engineers are on this now and we will be in contact as soon as the fix is live.', 'Our delivery team would like to take a look at this for you.'],
    pass: ['Thanks for the kind words, have a great weekend!', 'That offer ended last month, sorry.'],
  },
});
