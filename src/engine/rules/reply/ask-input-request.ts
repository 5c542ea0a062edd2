import { defineRule } from '../rule.js';

// A request in the imperative: the agent tells the customer to do a step ("DM us your order number", "Send us a note
// here", "Check out this link", "Try restarting the app", "Let us know the results", "Let's check Settings"). The verb
// counts only where an imperative stands: at the start of its sentence or clause, or after "please", "and", "then"...
// ("We'll check your account" and "you can always contact us" are not requests). Sign-offs stay out: "let us know if
// you need anything else", "let us know if we can help".
/**
 * After "let us know": the sign-offs and optional offers that ask for nothing ("let us know if you need anything else",
 * "let us know if we can help", "let us know anytime"). Shared with ask-input.
 */
const NOT_SIGN_OFF = String.raw`(?!\s+(?:if|should|whenever|when|in\s+case)\s+(?:you\s+(?:need|have|want|require|run|think|ever|would\s+like|'d\s+like)|we\s+can|i\s+can|we\s+may|there(?:'s|\s+is|\s+are)|anything)\b|\s+(?:any\s*time|at\s+any\s+time|whenever)\b)`;
const LEAD = '(?:please|pls|plz|kindly|just|simply|then|and|also|now|so|first|next|or|again|otherwise|alternatively|here|sure|ok|okay|yes|great|thanks|hi|hey|hello|meanwhile|instead|but|absolutely|definitely|certainly|quickly|finally|lastly)';
export default defineRule({
  id: 'ask-input-request',
  description: 'Credits a clear request to the customer: "DM us your order number", "Try restarting the app".',
  target: 'reply',
  signal: 'askInput',
  kind: 'phrase',
  patterns: [
    // Messaging us: "DM us", "Pls follow/DM your confirmation number", "Send a DM my way", "Shoot me a DM".
    String.raw`\b(?:dm|direct\s+message|inbox)\b(?!\s+(?:sent|received|has|is|was|me\s+back|conversation|chat)\b)`,
    String.raw`\b(?:message|pm|tweet|text|email|e-mail|ping)\s+(?:us|me)\b`,
    String.raw`\bfollow\s*(?:/|&|\+|and|\s)\s*(?:dm|message|direct)\b`,
    String.raw`\bfollow\s+(?:us|me|the\s+(?:steps|link|instructions|prompts|guide)|these|this\s+link|our\s+(?:guide|steps)|up\s+(?:here|with\s+us|via|at|through|on))\b`,
    String.raw`\b(?:send|shoot|drop|fire)\s+(?:(?:a|an)\s+(?:dm|direct|message|note|pm|line|private|quick)|(?:us|me)\s+(?:a|an|the|your|more|over|some|any|details|info|through|via|it|this|that|screenshots?|photos?|pictures?)|over\s+(?:a|the|your)|your)\b`,
    // The same in everyday words: "Pop us a DM", "Hop into our DMs", "Pass us your order number", "Grab us a screenshot",
    // "Send the receipt to returns@", "Email your receipt to", "Attach a photo", "Include your postcode".
    String.raw`\b(?:pop\s+(?:us|me|your|it|them|the|a|an|over|that|this)|hop\s+(?:into|in|over|on)|slide\s+into|(?:pass|grab)\s+(?:us|me)|send\s+(?:the|a|an|it|them|this|that|photos?|pictures?|screenshots?|proof|copies)|email\s+(?:your|the|a|an|it|them|this|that|over)|forward(?<!-forward)\s+(?:us|me|your|the|it|them|this|that|a|an|over|on)|attach\s+(?:a|an|the|your|any|some|it|them|photos?|screenshots?|pictures?)|include\s+(?:your|the|a|an|any|some|all|as\s+much)|screenshot\s+(?:the|your|it|this|that|what|and)|text\s+[a-z]+\s+to\s+\d+)\b`,
    // Contacting someone: "Reach out here", "Contact our Aftersales team", "Meet us in DM", "Return my call".
    String.raw`\b(?:reach\s+(?:out|us|me)|contact\s+(?:us|me|our|the|your)|call\s+(?:us|me|our|the)|give\s+(?:us|me)\s+a\s+(?:call|ring|shout|follow|bell|buzz|dm|message|tweet|line|email)|give\s+(?:our|the)\s+(?:[a-z]+\s+){0,2}(?:team|store|branch|office|line|department|desk|helpline|guys|folks|friends|colleagues)\s+a\s+(?:call|ring|shout|bell|buzz)|call\s+(?:on\s+|at\s+)?\+?\(?\d+|get\s+in\s+touch|speak\s+(?:to|with)|talk\s+(?:to|with)\s+(?:us|me|our|the|your)|chat\s+with\s+(?:us|me|our)|connect\s+with\s+(?:us|me|our)|ring\s+(?:us|our)|meet\s+(?:us|me)|join\s+(?:us|our|the)|return\s+(?:my|our)\s+call|visit\s+(?:us|our|the|your|a|this|any)|(?:pop|swing|stop|drop)\s+(?:by|into|in)|head\s+(?:to|over|into|on\s+over)|go\s+(?:to|ahead|into|back\s+to|through))\b`,
    // A step: "Check out this link", "Click here", "Try again", "Power cycle your router", "Fill us in".
    String.raw`\b(?:check\s+(?:out|your|the|this|that|our|for|if|whether|here|in\s+with|back)|click|tap|select\s+(?:the|your|a|an)|choose|open\s+(?:the|your|a|up)|search\s+for|look\s+(?:for|out\s+for|at\s+(?:the|this|our))|refer\s+to|use\s+(?:the|this|our)|fill\s+(?:us\s+in|out|in\s+(?:the|our|this))|complete\s+(?:the|this|our)|submit\s+(?:a|an|the|your)|enter\s+(?:the|your))\b`,
    String.raw`\b(?:try\s+(?:again|the|this|these|that|a|an|to|it|[a-z]+ing)|give\s+(?:it|this|that)\s+a\s+(?:try|go|shot)|restart|reboot|reset\s+(?:your|the)|power\s+(?:cycle|off|down)|unplug|turn\s+(?:off|on|it)|toggle|clear\s+(?:your|the)|update\s+(?:your|the|to)|reinstall|uninstall|install\s+(?:the|a)|download\s+(?:the|a|our)|delete\s+(?:the|your)|remove\s+(?:the|your)|erase\s+(?:the|your)|(?:log|sign)\s+(?:in|out|into|back)|make\s+sure|double[- ]?check|verify\s+(?:the|your|that)|confirm\s+(?:the|your|that|if|whether)|provide\s+(?:the|your|us|me|some|more|a|an|any)|share\s+(?:your|the|with|more|some|any|a)|back\s*up\s+(?:your|the)|disable|enable\s+(?:the|your)|change\s+(?:your|the)|navigate\s+to|request\s+(?:a|an|the)|file\s+(?:a|an|the)|get\s+(?:help|support)\s+(?:here|at|via|from|in|with))\b`,
    // More steps on the device and in the world: "Hold down the power button", "Force close the app", "Switch off
    // wifi", "Run a speed test", "Take it to any Apple Store", "Book an appointment", "Raise a claim in the app".
    String.raw`\b(?:hold\s+(?:down|the\s+(?:power|home|side|volume|sleep)|both)|press\s+(?:and\s+hold|the|down)|force\s+(?:close|quit|stop|restart)|pull\s+down|plug\s+(?:the|it|your|in)|switch\s+(?:off|on|to|over|the|your|it|back)|swap\s+(?:the|your|it|out|over)|run\s+(?:a|an|the|through)|(?:take|bring)\s+(?:it|them|the\s+[a-z]+|your\s+[a-z]+|this|that)\s+(?:in|into|to|back|along)\s+(?:to\s+)?(?:any|a|an|the|your|our|one|us|store|branch)\b|book\s+(?:a|an|in|yourself)|raise\s+(?:a|an)\s+(?:claim|ticket|case|complaint|dispute|request|query|return)|start\s+(?:a|an)\s+(?:chat|claim|return|live|conversation|refund|request|new))\b`,
    // Reading or trying something: "Have a look at this article", "Take a look at the steps here", "Give this article a
    // read", "Give the app a force close". Not "see here": the labellers read "Please see here for the times" as a
    // pointer, not a request.
    String.raw`\b(?:(?:have|take)\s+a\s+(?:quick\s+)?(?:look|peek|read|glance)\s+(?:at|through|over|here)|give\s+(?:this|it|that|these|the\s+[a-z]+|your\s+[a-z]+|our\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?a\s+(?:read|look|try|go|shot|whirl|restart|reboot|force|quick|refresh|power|reset|hard|soft|full))\b`,
    // Asking in the imperative: "Mind sharing your tracking number", "Let me have your booking ref".
    String.raw`\b(?:mind\s+(?:send|shar|dm|dm'|provid|confirm|check|try|giv|popp|dropp|lett|tell|email|messag|follow|forward|attach|tak|grabb|reach|contact|call|clear|restart|updat|resend|includ|fill)ing|let\s+(?:me|us)\s+(?:have|get|grab|take)\s+(?:your|the)\s+(?:[a-z]+\s+)?(?:number|reference|ref|postcode|zip|email|address|details|name|info|information))\b`,
    // Telling us: "Tell us more", "Let us know the results", "Keep us posted", "Reply with your order number".
    String.raw`\b(?:tell\s+(?:us|me)|let\s+(?:us|me)\s+know${NOT_SIGN_OFF}|keep\s+(?:us|me)\s+(?:posted|updated|informed|in\s+the\s+loop)|keep\s+an\s+eye\s+(?:out|on)|reply\s+(?:to|with|here|back)|respond\s+(?:to|with|here)|suggest\s+(?:it|this|that))\b`,
    // Doing it together: "Let's check Settings", "Let's start troubleshooting", "Let's carry on chatting there".
    String.raw`\blet's\s+(?!see\b|hope\b|not\b|be\b|just\s+say\b)[a-z]{3,}`,
  ],
  unlessBefore: [
    // Not where an imperative stands: "we'll check the", "you can always contact us", "happy to send your".
    String.raw`\b(?!${LEAD}\b)[a-z']+\s*$`,
    // "I'll look into it and send the form": "and" joins the agent's own clause.
    String.raw`\b(?:i|we|i'll|we'll|i've|we've|i'm|we're|i'd|we'd|they|our\s+team|you|you're|you'll|you've|you'd|he|she|it)\b[^,;:]*\band\s+$`,
    // An option for any time, not a request, though a lead word stands before the verb: "You can always just call us".
    // ("You can also request a call back here" is labelled a request, so only "always" is read so.)
    String.raw`\byou\s+(?:can|could|may|are\s+welcome\s+to)\s+always\s+(?:(?:just|simply|then|now|also)\s+)*$`,
  ],
  unlessAfter: [
    // The request is a sign-off: "Give us a shout if you need anything else", "Pop us a DM if you have any questions".
    String.raw`^\s*(?:[a-z']+\s+){0,4}?(?:if|should|whenever|in\s+case)\s+(?:you\s+(?:need|have|require|want|ever|would\s+like|'d\s+like)\s+(?:anything|any|more|further|help|assistance|support|something|us)|anything|there(?:'s|\s+is|\s+are)\s+anything)\b`,
  ],
  unlessSentence: [
    // "If you have questions or concerns, please let us know." offers, it asks for nothing.
    String.raw`\bif\s+you\b[^.!?]*\blet\s+(?:us|me)\s+know\W*$`,
    // For another time: "If you ever need us again, just give us a shout", "Feel free to reach out in the future".
    String.raw`\bif\s+you\s+ever\b|\b(?:in\s+the\s+future|next\s+time|any\s*time|down\s+the\s+road)\b`,
  ],
  examples: {
    flag: [
      'DM us your order number and the postcode.',
      'Please follow and DM us the booking reference.',
      'Sorry about that! Send us a note here and include the tracking number.',
      'Shoot me a DM with the account email.',
      'Hi Sam, kindly reach out to our billing team on the number below.',
      'Check out this guide for the steps.',
      'Try clearing the cache and restarting the app.',
      'Power cycle the router, then let us know the results.',
      'Fill us in on what happened at the store.',
      "Let's check your settings first.",
      'Tell us more about the error you saw.',
      'Keep us posted on the delivery!',
      'Pop us your booking reference in a DM.',
      'Hop into our DMs with the postcode.',
      'Grab us a photo of the label.',
      'Send the photos to claims@example.com.',
      'Attach the receipt to your reply.',
      'Include the order number in the message.',
      'Give our care team a call on 0800 111 222.',
      'Call 0345 600 700 and pick option 3.',
      'Text BAL to 80000.',
      'Hold down the home button for 10 seconds.',
      'Switch off the router for a minute, then turn it back on.',
      'Run a quick speed test and tell us the figures.',
      'Take it to any branch with your ID.',
      'Book an appointment with our tech team here.',
      'Raise a claim in the app and send us the number.',
      'Have a look at this guide for the settings.',
      'Give this help page a read.',
      'Give the console a hard reset.',
      'Mind sending the email address on the account?',
      'Let me have the booking number and the date.',
    ],
    pass: [
      'Let us know if you need anything else.',
      'Please let us know if we can help.',
      "We'll check the account and contact you today.",
      "I'll look into it and send the form by email.",
      'You can always contact us here.',
      "We're happy to send your replacement today.",
      'Our team will reach out soon.',
      "Let's hope it arrives tomorrow.",
      "Don't hesitate to reach out.",
      'DM sent!',
      "You're welcome to leave your bags with us and use the lounge.",
      'If you ever need us again, just give us a shout.',
      'Give us a shout if you need anything else.',
      'Pop us a DM if you have any other questions.',
      'You can always just call us.',
      "We'll send the refund today.",
      'Take care and enjoy the trip!',
      'Bring on the weekend!',
      "We'll have a look at your account.",
      'Never mind, glad it is sorted.',
      'We have sent the tracking link to your email.',
    ],
  },
});
