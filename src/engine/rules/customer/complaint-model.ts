import model from '../../models/complaint.json';
import { defineRule } from '../rule.js';

// The learned part of the complaint signal (scripts/train.mjs, from fold A of eval/data/twcs-dev.jsonl): the many
// ways of reporting a problem that complaint.ts's phrasings do not reach. The signal is present when either matches.
// The threshold was chosen inside the training data by cross-validation, for precision (see the model's header).
export default defineRule({
  id: 'complaint-model',
  description: 'Detects a complaint in the customer\'s message from learned word weights (a strict threshold).',
  target: 'customer',
  signal: 'complaint',
  kind: 'linear',
  model,
  threshold: model.threshold,
  examples: {
    flag: ['My internet has been down all day and no one is helping.', 'Been charged twice and still no refund, this is a joke.'],
    pass: ['Thank you so much, the new plan is great!', 'Do you ship to Canada?'],
  },
});
