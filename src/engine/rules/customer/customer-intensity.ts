import { defineRule } from '../rule.js';

// Punctuation that carries anger: "!!!", "?!", "seriously?". Excitement and eager questions use the same marks ("so
// happy!!!", "is it out yet??"), so the marks count only in a sentence that also says something is wrong (a "why", a
// "still", a "not working", a "wtf"), and never in one with a positive word. Angry faces are customer-emoji.ts.
export default defineRule({
  id: 'customer-intensity',
  description: 'Detects angry punctuation in the customer\'s message: "!!!", "?!" where something is wrong.',
  target: 'customer',
  signal: 'negativeEmotion',
  kind: 'phrase',
  patterns: [
    String.raw`!{2,}|\?{2,}|\?+!+\??|!+\?+`,
    // "Seriously?" on its own, not "did you really?": the lookbehind sits after the word, so the check starts on it.
    String.raw`\b(?:seriously|really)(?<![\w\s,]\s?(?:seriously|really))\s*\?`,
  ],
  onlyInSentence: [
    // Something is wrong in the same sentence: a why, a still, a failure, a curse, a call for help.
    String.raw`\b(?:why|how\s+(?:come|is|can|could|do|does|dare)|wh?tf|wth|tf|still|again|help|hello|anyone|anybody|seriously|really|not\s+(?:working|work|happy|ok|okay|cool|fair)|(?:doesn't|don't|didn't|won't|can't|cannot|haven't|hasn't|never|no\s+one|nobody|nothing)|worst|worse|sucks?|charged|overcharged|lost|stolen|broken|broke|wrong|fail\w*|deleted|wiped|cancell?ed|down|missing|late|delayed|declined|rejected|refused|blocked|locked|crash\w*|stuck|ruined|damaged|where(?:'s|\s+is|\s+are)|what\s+the|ridiculous|unacceptable|frig\w*|damn|hell|fuck\w*|shit\w*|smh|ugh+|stop|enough|waiting|(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|umpteenth|nth)\s+time)\b|\b(?:\d+|two|three|four|five|six|several|many)\s*(?:hrs?|mins?|minutes|hours?|days?|weeks?|months?|times)\b`,
  ],
  unlessSentence: [
    String.raw`\b(?:great|love|loved|thanks?|thank\s+you|awesome|happy|amazing|best|wonderful|cute|glad|excited|exciting|fun|congrat\w*|yay|woo+|excellent|fantastic|perfect|brilliant|cool|nice|beautiful|delicious|well\s+done)\b`,
  ],
  examples: {
    flag: ['Hello?? Is anyone there??', 'It still deleted half of our contacts!!', 'Where is my refund???!!!', 'Seriously? Again?', 'This is the third time this month!!!', 'Delivered (really?) to the wrong house.', 'Why would you cancel my booking?!'],
    pass: ['Thank you so much!!!', 'Is it available in blue?', 'I love it!!!', 'Wow, really? That was quick, thanks.', 'Did you really?', 'When does the sale start??', 'Found it!! Can you check the balance?', 'Do you do group bookings ?!'],
  },
});
