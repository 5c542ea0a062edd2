import { defineRule } from '../rule.js';

// Faces and marks of anger, sadness or exasperation in the customer's message: 😡 🤬 😤 😭 😞 🙄 🤦, and the typed
// ones, ":(" and ":'(". A sentence that also laughs or loves (😂 😅 ❤️, "love", "thanks") is not counted: "I need
// this in my life 😩😅" is longing, not distress.
// An angry or sad face at the company is also a complaint (alsoShows).
export default defineRule({
  id: 'customer-emoji',
  description: 'Detects angry, sad or exasperated faces in the customer\'s message: 😡 😤 😭 🙄, ":(".',
  target: 'customer',
  signal: 'negativeEmotion',
  alsoShows: ['complaint'],
  kind: 'phrase',
  patterns: [
    // Anger: 😡 🤬 😠 😤 💢 👎 ; sadness and distress: 😞 😢 😭 😩 😫 😔 😟 😕 🙁 ☹ 😣 😖 😓 😪 😥 😰 ;
    // exasperation: 😒 🙄 😑 🤦 🤨 🙃 (the upside-down face of "thanks a lot 🙃"); 🙍 🙎 (a person frowning, pouting).
    String.raw`(?:\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F624}|\u{1F4A2}|\u{1F44E}|\u{1F61E}|\u{1F622}|\u{1F62D}|\u{1F629}|\u{1F62B}|\u{1F614}|\u{1F61F}|\u{1F615}|\u{1F641}|\u{2639}|\u{1F623}|\u{1F616}|\u{1F613}|\u{1F62A}|\u{1F625}|\u{1F630}|\u{1F612}|\u{1F644}|\u{1F611}|\u{1F926}|\u{1F928}|\u{1F643}|\u{1F64D}|\u{1F64E})`,
    // Typed faces: ":(", ":-(", ":'(", ">:(", "=(" (not "(:" or a list item such as "a:(1)").
    String.raw`[:=](?<![\w:=][:=])'?-?\((?!\w)`,
  ],
  unlessSentence: [
    String.raw`(?:\u{1F602}|\u{1F923}|\u{1F605}|\u{1F60D}|\u{2764}|\u{1F495}|\u{1F60A}|\u{1F44D}|\u{1F389}|\u{1F601}|\u{1F604}|\u{1F600}|\u{1F970}|\u{1F618})`,
    String.raw`\b(?:love|loved|thanks?|thank\s+you|awesome|happy|amazing|wonderful|glad|excited|congrat\w*|yay|excellent|fantastic|perfect|brilliant|cute|delicious|lol|haha\w*)\b`,
  ],
  examples: {
    flag: ['Third cancelled train this week 😤', 'My order came without the sauce :(', 'Waiting on hold since noon 🙄', 'The screen cracked on day two 😭😭'],
    pass: ['Cannot wait for the new menu 😂😭', 'Best burrito ever, thank you 😭', 'See section 2:(a) of the terms.', 'I love this so much 😩'],
  },
});
