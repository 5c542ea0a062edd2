import { defineRule } from '../rule.js';

// "I'm sorry you feel that way" is the classic brush-off: it answers the customer's view, not the problem, and closes
// the topic. The non-apology rule already shows the agent why (its finding); this rule only sets the blame signal, which
// the labelling rubric gives such replies ("minimizes or dismisses the complaint").
export default defineRule({
  id: 'sorry-you-feel',
  description: 'Marks "sorry you feel that way" and "I apologize that you think that" as dismissing the complaint.',
  target: 'reply',
  signal: 'blame',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:that\s+)?you\s+(?:feel|felt|think|thought|see\s+it|view\s+it|believe)\s+(?:that\s+way|this\s+way|like\s+that|so|that|this)\b(?!\s+(?:the|your|our|we|it|you|a|an|there)\b)`,
  ],
  examples: {
    flag: ["I'm sorry you feel that way.", 'I apologize that you think that.', 'We are sorry that you feel this way about our products.'],
    pass: ["I'm sorry you were charged twice.", 'Sorry you feel unwell after the flight.', "I'm sorry you think the refund was late; let me check it."],
  },
});
