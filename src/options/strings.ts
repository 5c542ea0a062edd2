// Every string the settings page shows, in one place: a later issue moves them to _locales/ (chrome.i18n). Functions
// take the values they interpolate, so a translation can reorder them. (Rule descriptions come with the rules, and the
// path-precise validation messages of an import with src/shared/settings.ts and settings-io.ts.)
import type { RowId, RowPolicy } from '../engine/types.js';
import type { Register } from '../engine/phrases/index.js';
import type { BuiltInSite, OriginCheck } from '../shared/settings.js';

export const STRINGS = {
  title: 'Reply Coach settings',
  loading: 'Loading your settings…',
  loadFailed: 'Your settings could not be read. Reload the page to try again.',
  sectionsNav: 'Sections',
  saving: 'Saving…',
  saved: 'All changes saved.',
  saveFailed: (error: string) => `Your last change could not be saved (${error}). Try again.`,

  // Notices about the stored settings.
  noticesLabel: 'Notices',
  repaired: 'Some of your saved settings were damaged. Reply Coach reset those to their defaults and kept the rest.',
  repairedDetails: 'What was reset',
  storedLocally: (kb: string) =>
    `Your settings (${kb} KB) are too big to sync between your browsers, which allows 8 KB, so they are kept in this browser only. Remove some phrases to sync them again.`,
  newerVersion: (version: number) =>
    `Your settings were saved by a newer version of Reply Coach (settings version ${version}). Changing them here may drop what this version does not know.`,
  keptElsewhere:
    'Your settings are kept on another computer, because they are too big to sync. This browser uses the defaults until you change something here.',
  dismiss: 'Dismiss',
  dismissLabel: (text: string) => `Dismiss: ${text}`,

  // Phrase library.
  phrasesHeading: 'Phrase library',
  phrasesIntro:
    'The phrases the checklist suggests for each move, in the order they are offered. Type a phrase’s abbreviation in a reply, then Space, to insert it.',
  expansion: 'Expand abbreviations as you type (for example ;sorry then Space)',
  rowPhrasesLabel: (row: string) => `Phrases: ${row}`,
  noPhrases: 'No phrases for this move yet.',
  builtIn: 'Built-in',
  builtInEdited: 'Built-in, edited',
  yours: 'Yours',
  registerLabel: 'Tone',
  registers: { warm: 'Warm', formal: 'Formal', brief: 'Brief' } satisfies Record<Register, string>,
  abbreviationShort: 'Abbreviation',
  noAbbreviation: 'no abbreviation',
  edit: 'Edit',
  editLabel: (phrase: string) => `Edit: ${phrase}`,
  moveUp: 'Move up',
  moveUpLabel: (phrase: string) => `Move up: ${phrase}`,
  moveDown: 'Move down',
  moveDownLabel: (phrase: string) => `Move down: ${phrase}`,
  delete: 'Delete',
  deleteLabel: (phrase: string) => `Delete: ${phrase}`,
  addPhrase: 'Add a phrase',
  addPhraseLabel: (row: string) => `Add a phrase: ${row}`,
  restoreBuiltIns: 'Restore built-in phrases',
  restoreBuiltInsHelp: 'Brings back every built-in phrase as shipped, in its place. Your own phrases stay, after them.',
  restored: 'Built-in phrases restored.',
  deleted: (phrase: string) => `Deleted: ${phrase}`,
  moved: (phrase: string, position: number, count: number) => `${phrase}: now ${position} of ${count}.`,
  phraseSaved: 'Phrase saved.',

  // The phrase editor.
  editorAddHeading: (row: string) => `New phrase: ${row}`,
  editorEditHeading: 'Edit phrase',
  phraseText: 'Phrase',
  phraseTextHelp: (placeholders: string) =>
    `One sentence, up to 500 characters. Placeholders: ${placeholders}. A missing value is left out gracefully.`,
  row: 'Move it makes',
  abbreviation: 'Abbreviation (optional)',
  abbreviationHelp: 'A semicolon, then lower-case letters, digits or hyphens, such as ;sorry.',
  preview: 'Preview',
  previewHelp: (agent: string) => `As it would read to a customer called Dana, written by ${agent}.`,
  previewAgentFallback: 'you',
  previewEmpty: 'Type a phrase to see it here.',
  save: 'Save phrase',
  cancel: 'Cancel',
  errorsHeading: 'Please fix:',
  errTextEmpty: 'Write the phrase.',
  errTextTooLong: (length: number, max: number) => `The phrase is ${length} characters long; the limit is ${max}.`,
  errPlaceholder: (name: string, known: string) => `{{${name}}} is not a placeholder Reply Coach knows. Use ${known}.`,
  errAbbreviationForm: (value: string) => `“${value}” is not an abbreviation: use a semicolon, then lower-case letters, digits or hyphens.`,
  errAbbreviationTaken: (value: string, phrase: string) => `${value} is already the abbreviation of “${phrase}”.`,

  // Rules.
  rulesHeading: 'Rules',
  rulesIntro: 'Switch off a check you do not want. Checks on the customer’s message decide which moves a reply needs.',
  replyRules: 'Checks on your reply',
  customerRules: 'Checks on the customer’s message',
  rowsHeading: 'Checklist moves',
  rowsIntro: 'Whether each move is asked for.',
  policies: {
    auto: 'Automatic',
    always: 'Always',
    never: 'Never',
  } satisfies Record<RowPolicy, string>,
  policyHelp: {
    auto: 'Asked for when the customer’s message calls for it.',
    always: 'Always asked for, whatever the customer wrote.',
    never: 'Never asked for: the checklist shows it as not needed.',
  } satisfies Record<RowPolicy, string>,
  rowLabels: {
    empathy: 'Acknowledge how they feel',
    apology: 'Apologize for the problem',
    ownership: 'Own it and give a next step',
    boundary: 'Set a respectful boundary',
    gratitude: 'Thank them',
  } satisfies Record<RowId, string>,

  // Sites.
  sitesHeading: 'Sites',
  sitesIntro: 'Where Reply Coach coaches your replies. Nothing you write leaves your browser.',
  builtInSites: {
    zendesk: 'Zendesk (every *.zendesk.com helpdesk)',
    gmail: 'Gmail (mail.google.com)',
  } satisfies Record<BuiltInSite, string>,
  otherSites: 'Other helpdesks',
  noOtherSites: 'None yet.',
  originLabel: 'Helpdesk address',
  originHelp: 'Its address, such as https://support.example.com. The browser asks you to allow access to it.',
  addSite: 'Switch on',
  removeSite: 'Remove',
  removeSiteLabel: (origin: string) => `Remove ${origin}`,
  grantAccess: 'Allow access',
  grantAccessLabel: (origin: string) => `Allow access to ${origin}`,
  noAccess: 'Access not allowed: Reply Coach does not run there.',
  originErrors: {
    empty: 'Enter the helpdesk’s address.',
    scheme: 'Start the address with https:// (or http://), such as https://support.example.com.',
    invalid: 'That is not a web address.',
    credentials: 'Leave out the user name and password.',
    wildcard: 'Enter one helpdesk’s address; wildcards (*) are not allowed.',
  } satisfies Record<Extract<OriginCheck, { ok: false }>['reason'], string>,
  originBuiltIn: (site: string) => `${site} is built in: use its switch above.`,
  originAlready: (origin: string) => `${origin} is already switched on.`,
  originAdded: (origin: string) => `Switched on for ${origin}. Reload its open tabs to start coaching there.`,
  originRefused: (origin: string) => `The browser did not allow access to ${origin}, so Reply Coach stays off there.`,
  originRemoved: (origin: string) => `Removed ${origin}.`,

  // Name.
  nameHeading: 'Your first name',
  nameLabel: 'First name',
  nameHelp: 'Fills {{agent.firstName}} in phrases. Leave it empty to use the name your helpdesk shows, if any.',

  // Shortcuts.
  shortcutsHeading: 'Keyboard shortcuts',
  shortcutsIntro: 'Your browser decides the keys; change them on its shortcuts page.',
  shortcutsLoading: 'Reading your shortcuts…',
  shortcutsUnavailable: 'Your shortcuts could not be read.',
  notAssigned: 'not assigned',
  commandNames: {
    _execute_action: 'Open the Reply Coach checklist',
  } as Record<string, string>,
  commandHeader: 'Action',
  keyHeader: 'Key',
  changeShortcuts: 'Change shortcuts',
  shortcutsPageFailed: 'Open chrome://extensions/shortcuts in a new tab to change the keys.',

  // Import and export.
  ioHeading: 'Import and export',
  ioIntro: 'Save your settings and phrases to a file, or bring them in from one (for example, your team’s phrases).',
  export: 'Export settings',
  exported: (file: string) => `Saved ${file} to your downloads.`,
  importMode: 'When importing',
  merge: 'Merge: add the file’s phrases and settings to yours',
  replace: 'Replace: use the file’s settings instead of yours',
  importFile: 'Import a settings file',
  importTooBig: 'The file is bigger than 1 MB; a Reply Coach settings file is much smaller. Is it the right file?',
  importUnreadable: 'The file could not be read.',
  importFailed: 'Nothing was imported, because the file has problems:',
  imported: (added: number, replaced: number) =>
    `Imported. Phrases: ${added} added, ${replaced} replaced.`,
  importedReplace: (phrases: number) => `Imported. Your settings are now the file’s (${phrases} phrases).`,
} as const;
