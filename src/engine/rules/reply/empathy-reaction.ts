import { NEGATIVE_FEELING, UNDERSTOOD_NOT_FELT } from '../feelings-lexicon.js';
import { defineRule } from '../rule.js';

// Everyday acknowledgements (the labelling rubric's convention): a short reaction to the customer's situation counts as
// empathy even without "I understand". Each pattern is a family of such reactions: interjections of concern ("Yikes",
// "Bummer"), "that doesn't sound good", "not what we like to hear", "we hear you", "that's never fun", "that shouldn't be
// happening", "we're concerned to hear this", asking what made the customer feel so, "we take this seriously".
// "Oh no" alone is left out on purpose: labelled replies that open on it and go straight to an apology or a fix were
// not judged empathy, so it would cost precision; "oh my" and "oh man" as often greet good news.
export default defineRule({
  id: 'empathy-reaction',
  description: 'Credits everyday acknowledgements of the customer\'s situation: "That doesn\'t sound good", "We hear you".',
  target: 'reply',
  signal: 'empathy',
  kind: 'phrase',
  // Patterns that open on the same word share it ("i|we", "that|this|it", "not|never|no"): the rule runs at every word
  // of every reply, and one shared opening is tried once per word instead of once per phrase.
  patterns: [
    // Interjections of concern.
    String.raw`\b(?:yikes|bummer|uh[\s-]?oh|oh\s+dear|ouch|eek|oof+|ah+\s+no|aw+\s+no|oh\s+noes|sad\s+day|(?:what|that's|that\s+is|such)\s+a\s+(?:bummer|shame|pity)|what\s+an?\s+(?:pain|hassle|headache|nightmare|drag|letdown|ordeal|mess|inconvenience))\b`,
    // First person.
    String.raw`\b(?:i|we)(?:` +
      // "We're concerned to hear this", "I'm saddened by what happened".
      String.raw`(?:'re|\s+are|'m|\s+am|\s+were|\s+was)\s+(?:(?:so|very|really|truly|deeply|quite|extremely|genuinely)\s+)*(?:concerned|disappointed|saddened|sad|troubled|upset|bummed|gutted|heartbroken|alarmed|dismayed|distressed|worried)\s+(?:to\s+(?:hear|see(?!\s+you\s+(?:go|leave))|learn|read)|by\s+(?:this|that|what|your)|about\s+(?:this|that|what))\b` +
      // "We hate to hear that", "I never like hearing this".
      // ... and "we hate that this happened", "I hate when that happens", "we'd hate for you to miss your flight".
      String.raw`|(?:'d|\s+would)?\s+(?:(?:really|truly|absolutely|just|always)\s+)?(?:hated?|don't\s+like|do\s+not\s+like|never\s+like|dislike)\s+(?:to\s+hear|hearing|to\s+see\s+(?:this|that|you\s+${NEGATIVE_FEELING})|seeing\s+(?:this|that|you\s+${NEGATIVE_FEELING})|that\s+(?:this|you|your|it|that|the)|(?:it\s+)?when\s+(?:this|that|it)|(?:this|that)\s+(?:happened|happens|is\s+happening)|for\s+(?:you|your|anyone))\b` +
      // "We never want you to feel this way", "we don't want our guests to be disappointed", "we never want to disappoint".
      String.raw`|\s+(?:(?:definitely|certainly|really|truly|absolutely)\s+)?(?:never|don't|do\s+not|would\s+never)\s+(?:ever\s+)?(?:want|like)\s+(?:(?:you|our\s+(?:customers|guests|members|fans|flyers|riders|passengers|players))\s+(?:waiting\s+(?:this|that|so)\s+long|to\s+wait\s+(?:this|that|so)\s+long|to\s+(?:feel\s+(?:this|that|like|${NEGATIVE_FEELING})|be\s+${NEGATIVE_FEELING}|be\s+(?:inconvenienced|left|without|stuck|stranded)|have\s+(?:a\s+)?(?:bad|poor|negative|frustrating)|go\s+through|worry))|to\s+(?:disappoint|upset|frustrate|inconvenience|let\s+(?:you|anyone)\s+down))\b` +
      // "I hear the frustration", "we feel your pain".
      String.raw`|\s+(?:can\s+|do\s+)?(?:hear|sense|feel|see)\s+(?:the|your)\s+(?:frustration|disappointment|concerns?|annoyance|pain|anger|upset|worry|worries|stress)\b` +
      // "We take this very seriously", "we take reports like yours seriously".
      String.raw`|\s+(?:(?:always|do|really|truly)\s+)?take\s+(?:this|that|these|it|your\s+(?:\w+\s+)?(?:concerns?|feedback|report|complaint|experience|comments?)|(?:all\s+)?(?:such\s+)?(?:matters|reports|complaints|concerns|issues|feedback)(?:\s+like\s+(?:this|these|yours))?|(?:this|these|such)\s+(?:matters?|reports?|complaints?|concerns?|issues?|situations?|claims?|incidents?))\s+(?:(?:very|extremely|really|incredibly|so|quite|most)\s+)?seriously\b` +
      // "Rest assured we care about your concerns".
      String.raw`|\s+(?:(?:really|truly|genuinely|do|deeply|definitely|absolutely)\s+)*care\s+(?:about|for)\s+your\s+(?:concerns?|experience|feedback|frustration|situation|well-?being)\b` +
      // "Know how" also introduces know-how ("we know how this works"): only before a feeling or its weight.
      String.raw`|\s+(?:(?:completely|totally|fully|really|truly|absolutely|definitely|all|both)\s+)*know\s+how\s+(?:(?:very|really|incredibly|super|so)\s+)?(?:frustrating|annoying|stressful|upsetting|disappointing|inconvenient|confusing|worrying|exhausting|tough|hard|difficult|bad|awful|terrible|long|much|important|you\s+(?:feel|must\s+feel)|(?:it|this|that)\s+(?:feels|can|must|is))\b` +
      // "I get it", "we totally get it" (not "we get it fixed").
      String.raw`|\s+(?:totally|completely|definitely|absolutely|fully)\s+get\s+that(?=\s*(?:[.!]|$))|\s+(?:(?:totally|completely|definitely|really|absolutely|fully)\s+)?get\s+it\b(?!\s+(?:fixed|sorted|done|back|to|working|resolved|replaced|shipped|sent|delivered|checked|looked|changed|right|now|for|from|in|on|out|up))` +
      // "I understand" acknowledges the customer's situation wherever it stands (the rubric's own first example is
      // "I understand (how frustrating ...)"): "I understand.", "We understand, and we'll sort it", "we understand you
      // were charged twice". Not when it is about something other than the customer's lot: a condition ("understand if
      // ..."), a rule or a task ("understand the terms", "understand how to reset it"), what they meant ("understand what
      // you mean"), a cause ("understand why the payment failed"); "I understand, but ..." is cancelled below.
      String.raw`|\s+(?:(?:completely|totally|fully|really|truly|absolutely|definitely|certainly|can|do)\s+)*understand(?:\s+(?:completely|totally|entirely|fully))?\b(?!\s+(?:(?:that\s+)?you(?:'d|\s+would)\s+(?:like|prefer|rather)|if|whether|which|when|where|who|${UNDERSTOOD_NOT_FELT}|(?:the|our|these|those|its|their)\s+(?:terms|policy|policies|process|rules|steps|need|needs|requirements?|reasons?|conditions|instructions|settings|system)|\w+ing\s+(?:the|our|your)\s+(?:terms|policy|process|rules)))` +
      // The first-person-plural forms: "we hear you", "we'd be upset too", "we understand how stressful this is",
      // "we can only imagine".
      String.raw`|(?<=\bwe)(?:\s+(?:(?:totally|completely|definitely|really|absolutely)\s+)?hear\s+you\b(?!')` +
      String.raw`|(?:'d|\s+would)\s+(?:be|feel)\s+(?:\w+\s+)?(?:frustrated|upset|annoyed|the\s+same|disappointed|angry|confused|worried|concerned)\b` +
      String.raw`|\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely)\s+)*(?:understand|get|appreciate|recogni[sz]e|reali[sz]e)\s+(?:how|why)\b(?!\s+to\b)` +
      String.raw`|\s+(?:can\s+(?:only\s+)?|could\s+|can't\s+|cannot\s+)imagine\b))`,
    // "That ..." reactions.
    String.raw`\b(?:that|this|it)(?:` +
      // "That doesn't sound good", "this doesn't look right".
      String.raw`\s+(?:doesn't|does\s+not)\s+(?:sound|look|seem)\s+(?:good|right|great|fun|ideal|pleasant|like\s+fun)\b` +
      // "That shouldn't be happening".
      String.raw`|\s+(?:shouldn't|should\s+not|should\s+never)\s+(?:be\s+happening|happen|have\s+happened|be\s+the\s+case)\b` +
      // "That's the worst".
      String.raw`|(?:'s|\s+is)\s+the\s+worst\b` +
      // "That's not supposed to happen", "that's understandable", "that's no way to start your trip".
      String.raw`|(?:'s|\s+is)\s+(?:not\s+(?:supposed|meant)\s+to\s+(?:happen|be\s+(?:happening|the\s+case))|(?:(?:completely|totally|perfectly|entirely|very)\s+)?understandable|(?:definitely\s+|certainly\s+)?no\s+way\s+to\s+(?:start|spend|end|begin|treat))\b` +
      // "That's unfortunate", "that is troubling to hear", "that's not good", "that's just not right!", "not cool".
      String.raw`|(?<=\b(?:that|this))(?:(?:'s|\s+is|\s+sounds|\s+seems|\s+was)\s+(?:(?:so|very|really|truly|most|quite|definitely|certainly|deeply|pretty)\s+)*(?:unfortunate|troubling|saddening|sad|disheartening|heartbreaking|not\s+good|no\s+good|a\s+(?:shame|pity))\b` +
      String.raw`|(?:'s|\s+is)\s+(?:(?:definitely|certainly|just|so)\s+)?not\s+(?:right(?=\s*[.!]|\s*$)|cool\b)` +
      String.raw`|\s+(?:(?:definitely|certainly|just|so)\s+)?(?:isn't|wasn't)\s+(?:right(?=\s*[.!]|\s*$)|cool\b|ok(?:ay)?\b)` +
      String.raw`|(?:'s|\s+is)\s+(?:(?:just|so|really)\s+)?too\s+bad(?=\s*(?:[.!]|$))` +
      // Disbelief on the customer's behalf: "that's unbelievable!", "this is crazy." (ending the sentence, not "crazy good").
      String.raw`|(?:'s|\s+is|\s+sounds|\s+seems)\s+(?:(?:definitely|so|really|just|absolutely|pretty|totally)\s+)?(?:unbelievable|crazy|insane|wild|outrageous|unreal)(?=\s*(?:[.!]|$)))` +
      // "That's a long time to wait".
      String.raw`|(?<=\bthat)(?:'s|\s+is|\s+sounds\s+like)\s+(?:way\s+)?(?:a\s+(?:(?:really|very|super)\s+)?long\s+(?:time(?!\s+ago)|wait)|too\s+long)\b)`,
    // "Not ..." and "never ..." reactions.
    String.raw`\b(?:not|never|no|isn't|wasn't)(?:` +
      String.raw`\s+(?:very\s+|much\s+)?fun\b` +
      // "Not good to hear", "we're not happy to see this", "never nice to read".
      String.raw`|\s+(?:(?:so|very|too|at\s+all)\s+)?(?:happy|pleased|glad|good|great|nice|pleasant)\s+to\s+(?:hear|see|read|learn)\b` +
      // "That's not what we want!", said on its own.
      String.raw`|\s+what\s+(?:we|i)\s+(?:want|wanted|like|hoped\s+for|expected)(?=\s*(?:[!.]|$))` +
      // "Not what we like to hear", "not how we want you to spend your morning", "not how it should be".
      String.raw`|\s+what\s+(?:we|i)\s+(?:like|want|love|hope|expect|wanted|liked|hoped|expected|'d\s+like|would\s+like)\s+(?:to\s+(?:hear|see|read)|for\s+(?:you|our)|you\s+to\s+(?:experience|go\s+through|deal\s+with))\b` +
      String.raw`|(?<=\bnot)(?:\s+(?:the\s+way|how)\s+(?:we|you)\s+(?:want|wanted|would\s+want|'d\s+want|should)\b` +
      String.raw`|\s+how\s+(?:it|this|things|that)\s+(?:should|is\s+supposed\s+to|'s\s+supposed\s+to|is\s+meant\s+to|ought\s+to)\b` +
      String.raw`|\s+a\s+(?:fun|great|good|nice|pleasant)\s+(?:experience|way\s+to|start|situation|feeling|surprise)\b` +
      String.raw`|\s+the\s+(?:impression|kind\s+of\s+(?:experience|service))\s+(?:we|i)\b)` +
      String.raw`|(?<=\bno)(?:\s+one\s+(?:likes|enjoys|wants|should\s+have\s+to)\b|\s+bueno\b))`,
    String.raw`\bnobody\s+(?:likes|enjoys|wants|should\s+have\s+to)\b`,
    // The standard someone fell short of, said after a bad encounter: "we expect our team to treat every customer with
    // respect", "we expect all of our flyers to be courteous".
    String.raw`\bexpect\s+(?:all\s+(?:of\s+)?|each\s+of\s+|every\s+one\s+of\s+)?our\s+(?:\w+\s+)?(?:team|teams|staff|crew|crews|employees|flyers|agents|members|drivers|customers|guests|passengers|riders|people|representatives|reps)\s+(?:members\s+)?to\s+(?:be|treat|act|behave|show)\b(?<=\b(?:we|i)\s+(?:(?:always|certainly|do|fully|absolutely)\s+)?expect\s+.{3,60})`,
    String.raw`\bugh+\b`,
    // Short of the standard: "that falls short of our standards", "not up to your expectations".
    String.raw`\b(?:falls?|fell|falling)\s+(?:well\s+|far\s+)?short\s+of\s+(?:our|your|the)\s+(?:usual\s+|high\s+)?(?:standards?|expectations?)\b`,
    String.raw`\b(?:not|isn't|wasn't)\s+up\s+to\s+(?:our|your|the\s+usual)\s+(?:usual\s+)?(?:standards?|expectations?|par)\b`,
    // "That sounds like a real hassle", "looks like a tough one".
    String.raw`\b(?:sounds|looks|seems)\s+like\s+(?:a|such\s+a|quite\s+a)\s+(?:(?:real|total|huge|big|really)\s+)?(?:pain|hassle|headache|nightmare|ordeal|bummer|rough|frustrating|stressful|tough|difficult|bad)\b`,
    String.raw`\b(?:is|are)\s+the\s+worst\b`,
    // "Billing can be confusing", "that must get frustrating".
    String.raw`\b(?:can|could|must)\s+(?:be|get)\s+(?:(?:so|really|very|quite|a\s+bit|pretty|incredibly)\s+)*(?:frustrating|annoying|stressful|upsetting|confusing|inconvenient|disappointing|worrying|exhausting|a\s+(?:pain|hassle|headache|nightmare))\b`,
    // "You've had a rough day", "you've been through a lot", "you shouldn't have to wait this long", "you deserve better".
    String.raw`\byou(?:\s+(?:(?:definitely|absolutely|certainly|truly)\s+)?deserve\s+(?:better|more\s+than\s+that|a\s+(?:better|proper|quick|quicker|speedy|real)\b|an?\s+(?:answer|explanation|apology|update)\b)|(?:'ve|\s+have)\s+(?:had|been\s+through)\s+(?:a\s+|quite\s+a\s+|such\s+a\s+)?(?:(?:really|very|pretty|rough|tough|hard|bad|difficult|frustrating|stressful|long|terrible|awful)\s+)+(?:time|day|week|journey|trip|morning|night)\b|(?:'ve|\s+have)\s+been\s+through\s+(?:a\s+lot|so\s+much|quite\s+a\s+bit)\b|\s+(?:shouldn't|should\s+not|should\s+never)\s+have\s+to\b)`,
    String.raw`\bcustomers\s+(?:shouldn't|should\s+not|should\s+never)\s+have\s+to\b`,
    // Asking what caused the feeling: "What did we do to make you feel this way?", "What made you upset?",
    // "what happened to cause your frustration?".
    String.raw`\b(?:make|made|makes|making|cause|caused|causes|causing)\s+(?:you\s+(?:to\s+)?(?:feel\s+(?:this|that)\s+way\b|feel\s+like\s+(?:this|that)\b|feel\s+(?:so\s+)?${NEGATIVE_FEELING}|(?:so\s+)?${NEGATIVE_FEELING})|(?<=\bcaus\w+\s+)(?:your|the)\s+(?:frustration|disappointment|upset|concern|distress|anger|unhappiness)\b)`,
    // "That's definitely a crazy situation", "what a stressful experience".
    String.raw`\ba\s+(?:(?:really|very|truly|definitely)\s+)?(?:crazy|scary|sticky|rough|unfortunate|frustrating|annoying|inconvenient|tricky|nightmare|tough|difficult|hard|awkward|stressful)\s+(?:situation|experience|ordeal|predicament|position|spot|day)\b(?<!\bhard\s+day)`,
    // Concern for their wellbeing: "hope you feel better soon", "get well soon", "hope you're OK".
    String.raw`\b(?:hope\s+you(?:'re|\s+are)?\s+(?:feel(?:ing)?\s+better|ok|okay|alright|all\s+right|safe|doing\s+(?:ok|okay|better))|get\s+well\s+soon|feel\s+better\s+soon)\b`,
    // Putting ourselves in their place: "if this were happening to me".
    String.raw`\bif\s+(?:this|that|it)\s+(?:were|was)\s+(?:happening\s+)?(?:to\s+)?(?:me|us|my)\b`,
    // Short of ideal: "that's not ideal", "this is less than ideal", "that sounds far from great".
    String.raw`\b(?:not|less\s+than|far\s+from|hardly)\s+(?:ideal|great)\b(?<=\b(?:that's|that\s+is|this\s+is|it's|that\s+sounds|this\s+sounds|that\s+was|this\s+was|definitely|certainly)\s+(?:\w+\s+)?(?:not|less\s+than|far\s+from|hardly)\s+(?:ideal|great))(?!\s+(?:for|if|to)\b)`,
    // "Sorry your stay was less than stellar", "an experience that was anything but smooth".
    String.raw`\b(?:less\s+than|anything\s+but|far\s+from)\s+(?:stellar|perfect|pleasant|satisfactory|smooth|enjoyable|acceptable|ideal|great|good)\b(?<=\b(?:was|is|were|been|be|being|sounds|seems|'s)\s+(?:\w+\s+)?(?:less\s+than|anything\s+but|far\s+from)\s+\w+)(?!\s+(?:for|if|to)\b)`,
    // Relief and concern for the person: "glad you're safe", "our thoughts are with you", "hang in there", "stay safe".
    String.raw`\b(?:glad|relieved)\s+(?:to\s+(?:hear|know)\s+)?(?:that\s+)?(?:you(?:'re|\s+are|\s+were)|you\s+and\s+\w+\s+(?:are|were)|everyone(?:'s|\s+is|\s+was))\s+(?:all\s+)?(?:ok|okay|safe|alright|all\s+right|unharmed|not\s+hurt|fine)\b`,
    // Some patterns below start on their rarest word and read the words before it in a lookbehind: "our" or "the"
    // would be tried at every word. (A rule's patterns are one regular expression, so only one may name a `lead`.)
    String.raw`\b(?:thoughts|hearts|prayers)(?<=\b(?:our|my)\s+(?:thoughts|hearts|prayers))\s+(?:are|go\s+out)\s+(?:with|to)\b`,
    String.raw`\bhang\s+in\s+there\b`,
    String.raw`\bstay\s+safe\b`,
    // "That's the last thing we want".
    String.raw`\blast(?<=\bthe\s+last)\s+thing\s+(?:we|i)\s+(?:want|wanted|would\s+want|'d\s+want)\b`,
    // What matters to them: "having access to your account is important", "getting home on time is so important".
    String.raw`\bimportant\b(?<=\b(?<lead>(?:having|getting|keeping|being\s+able\s+to)\s+(?:[^.!?]{0,30}?\s)?(?:your|you)\b[^.!?]{0,40}?\b(?:is|are)\s+(?:so\s+|very\s+|really\s+|super\s+|incredibly\s+|extremely\s+)?)important)(?=\s*(?:[.!,;]|$)|\s+to\s+you\b|\s+and\b)`,
    // What they had to bear: "sorry you've had to deal with this", "you shouldn't have had to go through that".
    String.raw`\bhad\s+to\s+(?:deal\s+with|go\s+through|put\s+up\s+with|endure|sit\s+through|experience)\s+(?:this|that|all|such|so)\b`,
    // "Sorry you're going through this", "you've gone through a lot".
    String.raw`\b(?:going|gone|been\s+going)\s+through\s+(?:this|that|all\s+(?:this|that)|so\s+much|a\s+lot|such\s+a|a\s+(?:tough|rough|hard|difficult|stressful))\b(?<=\byou(?:'re|\s+are|'ve|\s+have|\s+were)\s+(?:\w+\s+)?(?:going|gone|been\s+going)\s+through\s+\w+(?:\s+\w+)?)`,
    // Concern for the person: "sorry to hear you're not feeling well", "so sorry to hear about your grandmother".
    String.raw`\bsorry\s+(?:to\s+hear\s+|to\s+learn\s+)?(?:that\s+)?you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:not\s+feeling\s+(?:well|good|great|100%)|(?:feeling\s+)?(?:sick|ill|unwell|poorly|hurt|injured|in\s+pain|in\s+hospital|in\s+the\s+hospital))\b`,
    String.raw`\bsorry\s+(?:to\s+hear\s+|to\s+learn\s+)?(?:about|of)\s+(?:your|the)\s+(?:loss|passing|bereavement|accident|injury|(?:grand)?(?:mother|father|mom|mum|dad|ma|pa|parents?)|grandma|grandpa|wife|husband|partner|son|daughter|brother|sister|friend|pet|dog|cat)\b(?!')`,
    // "Not cool at all." opening a sentence; "hate to hear that!" without a subject; "a rough start to your trip".
    String.raw`\bnot\s+cool\b(?<=(?:^|[.!?(]\s*|\s\s)not\s+cool)`,
    String.raw`\bhate\s+(?:to\s+hear|hearing|to\s+see|seeing)\s+(?:that|this|about)\b`,
    String.raw`\b(?:bad|rough|rocky|poor|terrible|frustrating)\s+start\b(?<=\ba\s+\w+\s+start)(?<!\bnot\s+a\s+\w+\s+start)`,
    // "We're sorry you're dealing with this".
    String.raw`\bdeal(?:ing)?\s+with\s+(?:this|that|all|such|so)\b(?<=\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been)\s+(?:having\s+to\s+)?deal(?:ing)?\s+with\s+\w+)`,
  ],
  // A conditional is not an acknowledgement: "if this made you feel ...".
  unlessBefore: [String.raw`\b(?:if|unless|whether)\s+(?:\w+\s+){0,2}$`, String.raw`\b(?:don't|do\s+not|didn't|not|isn't|wasn't)\s+$`],
  unlessAfter: [String.raw`^\s*,?\s*but\b`],
  examples: {
    flag: [
      'We understand, and we will get this sorted today.',
      'I understand, and I have escalated the claim.',
      'I understand you were charged twice for one order.',
      'We totally understand!',
      'We always expect our team members to treat guests with respect.',
      'We expect all of our drivers to be courteous.',
      "We're not happy to hear this, Sam.",
      'Never nice to read, sorry.',
      'I understand why this is frustrating.',
      'Yikes, that is a long time to wait for a refund.',
      'Bummer! Which store was it?',
      "Uh oh, let's get that fixed.",
      "Hmm, that doesn't sound right. Can you send a screenshot?",
      "That's unfortunate. Which size did you order?",
      'This is troubling to hear, please DM us.',
      'That sounds like a real hassle.',
      'This should not be happening. Send us the order number.',
      "That's not supposed to happen after an update.",
      'We are concerned to hear about the driver.',
      "I'm saddened by what happened at the gate.",
      'We hate to hear that. Where did you pick it up?',
      'Never what we want to see!',
      'We never want our guests to feel unwelcome.',
      'We hear you, and the team has the feedback.',
      'I can sense the frustration here.',
      'We feel your pain.',
      'Long lines are never fun.',
      'Nobody likes a surprise fee.',
      'What did we do to make you feel like that?',
      'What did we do to make you feel this way?',
      'What happened that made you so upset?',
      'Can you tell us what caused the frustration?',
      'We take reports like this extremely seriously.',
      'We truly care about your experience on board.',
      "That's quite a sticky situation.",
      'If this was happening to me I would be confused too.',
      "We'd be frustrated as well.",
      'We understand how stressful moving can be.',
      'We can only imagine how that felt.',
      "That's no way to start a holiday.",
      'This is not how we want you to travel.',
      'Roaming charges can be really confusing.',
      "It sounds like you've had a really long day.",
      "You've been through a lot this week.",
      "That's not what we want for our guests.",
      "You shouldn't have to chase us for a refund.",
      "That's a really long time to wait.",
      "That's completely understandable.",
      'This falls well short of our usual standards.',
      'The meal was not up to our standards.',
      'Hope you feel better soon!',
      'I know how annoying a dropped call can be.',
      'We know how much you were looking forward to it.',
      'I totally get it.',
      'I completely understand. Let me look at the order.',
      'Ugh, that is not cool at all.',
      'That is not how it should work.',
      "That's just not right!",
      'Oof, a week without hot water.',
      'Aww no, which station was it?',
      "That's definitely not ideal. Can you DM us?",
      'This is less than ideal, so we have flagged it.',
      "That's unbelievable! Please send us the details.",
      'That is crazy.',
      'You deserve a proper answer on this.',
      "Glad to hear you're safe. We'll sort the car out.",
      'Our thoughts are with you and your family.',
      'Hang in there, the crew is on the way.',
      'We hate that this happened on your birthday.',
      "That's the last thing we want for our riders.",
      'Having your heating working in winter is so important.',
      "That's no way to treat a loyal guest.",
      "That's a tough spot to be in.",
      'We hear your concerns about the new layout.',
      "We don't want you to worry about the charge.",
      "I'm sorry you've had to deal with all this.",
      "Sorry to hear you're not feeling well.",
      "We're so sorry to hear about your grandfather.",
      "We'd hate for you to miss your connection.",
      "Oh no, that's not what we want! Can you DM us?",
      'Not cool at all. We will look into it.',
      "That definitely isn't right.",
      "We're really sorry you're dealing with this.",
      'We never want our guests waiting this long.',
      "That's too bad!",
      'We totally get that.',
      "This definitely isn't what we want for you.",
      "We definitely don't want you to be without heating.",
      'We understand completely.',
      'Hate to hear that!',
      "Sorry your trip got off to a rough start.",
      'What a pain! Send us the order number.',
      'Sorry your stay was less than stellar.',
      "We're so sorry you're going through this.",
    ],
    pass: [
      'We expect the parcel to arrive on Monday.',
      'You can expect our agents to call you back.',
      'We understand if you would rather cancel.',
      'I understand the terms are long, so here is the short version.',
      'I understand why the payment failed: the card expired.',
      'I understand what you mean now.',
      'We understand how to fix it.',
      'Oh no, please restart the app.',
      'Oh my, thank you for the lovely photo!',
      'Oh man, that burrito looks amazing!',
      'We want to make you feel so welcome.',
      'We care about you!',
      "We're sad to see you go.",
      'You should have to enter the code only once.',
      'That is a long time ago now.',
      'I hope you are ready for the launch.',
      'Sorry you had a bad time.',
      'We would hate to see you go!',
      "That's great to hear!",
      'We hear your order has arrived.',
      'We know how to fix this: restart the router.',
      'We know how this works: tap Settings.',
      "We'll get it fixed today.",
      'I get it done for you by Friday.',
      "I understand that you'd like the invoice.",
      'I understand, but the fare rules apply.',
      "That's not right, your order shipped on Monday.",
      'If that doesn\'t sound right, let us know.',
      'This is not a fun fact, it is a policy.',
      'We only want the best for you!',
      'Unfortunately, the store is closed on Sundays.',
      'Please make sure you are logged in.',
      'We take your privacy seriously and never share data.',
      'We understand, but the fare rules apply.',
      'The code can be found under Settings.',
      "You've had a great time with us, we hope!",
      'There is no way to start the app offline.',
      'That shouldn\'t take more than five minutes.',
      'The blue one is not ideal for running.',
      "That's crazy good, thanks for sharing!",
      'This is wild and we love it.',
      'Stay tuned for more news.',
      'We hate to say goodbye to the old menu!',
      'Having the app open is important for the update.',
      'Sorry to hear about your order, can you DM us?',
      "Sorry to hear about your dad's order, we'll check it.",
      "It's been a hard day's work for the team!",
      "Too bad we're closed on Sundays, see you Monday!",
      "That's not a bad start at all!",
      "We get that question a lot!",
      'The water is not cool enough yet.',
      'Not what we want? Tap Change.',
      'Having your app updated is important for the new features.',
      'Keeping your data safe is very important to us.',
      'What a nice surprise!',
      'The update is going through a final review.',
      'Delivery in less than perfect weather is slower.',
    ],
  },
});
