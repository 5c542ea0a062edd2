import model from '../../models/negative-emotion.json';
import { defineRule } from '../rule.js';

// The learned part of the negativeEmotion signal (scripts/train.mjs, from fold A of eval/data/twcs-dev.jsonl): anger
// and frustration in words negative-emotion.ts's phrasings do not list. The signal is present when either matches.
// The threshold was chosen inside the training data by cross-validation, for precision (see the model's header).
export default defineRule({
  id: 'negative-emotion-model',
  description: 'Detects anger or frustration in the customer\'s message from learned word weights (a strict threshold).',
  target: 'customer',
  signal: 'negativeEmotion',
  kind: 'linear',
  model,
  threshold: model.threshold,
  examples: {
    flag: ['So annoyed right now, my order is late again!! Worst service ever.'],
    pass: ['Thank you so much, the new plan is great!', 'Could you help me reset my password?'],
  },
});
