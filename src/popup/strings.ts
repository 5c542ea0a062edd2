// Every string the popup shows, in one place: a later issue moves them to _locales/ (chrome.i18n). Functions take the
// values they interpolate, so a translation can reorder them.
import type { ChecklistStrings } from '../ui/checklist-view.js';

export const STRINGS = {
  title: 'Reply Coach',
  loading: 'Reading the page…',

  // Where the checklist cannot be shown.
  notActiveHeading: 'Not active on this page',
  notActiveGeneric: 'Reply Coach is not active on this page. Open a reply in Zendesk or Gmail, or switch a site on in the settings.',
  notSwitchedOn: (origin: string) => `Reply Coach is not switched on for ${origin}.`,
  switchedOff: (origin: string) => `Reply Coach is switched off for ${origin}.`,
  switchOn: (origin: string) => `Switch on for ${origin}`,
  switchedOnReload: (origin: string) => `Switched on for ${origin}. Reload that page to start coaching.`,
  switchedOn: (origin: string) => `Switched on for ${origin}.`,
  switchOnRefused: 'Not switched on: the browser did not grant access to the site.',
  openSettings: 'Open settings',
  settingsUnavailable: 'The settings page could not be opened.',

  noComposerHeading: 'No reply open',
  noComposer: 'Click into the reply box of a ticket or an email to see its checklist.',

  // Notes above the checklist.
  emptyDraft: 'Start writing your reply: the checklist shows the moves it needs.',
  notChecked: 'Not checked: the reply does not look like English, so Reply Coach gives no advice rather than wrong advice.',
  noCustomer: 'No customer message found: assuming they raised a problem.',
  truncated: (analyzed: number, total: number) => `Checked the first ${analyzed} of ${total} characters.`,

  // The live summary (announced politely to screen readers when it changes).
  summary: (met: number, needed: number) => `${met} of ${needed} moves made`,
  summaryFindings: (count: number) => (count === 1 ? '1 phrase to fix' : `${count} phrases to fix`),
  summaryNotChecked: 'Not checked (not English)',

  // After Insert / Replace.
  inserted: 'Inserted into the reply.',
  replaced: (from: string, to: string) => `Replaced “${from}” with “${to}”.`,
  refusedCopied: 'The editor refused it; the phrase is on your clipboard: paste it with Ctrl+V.',
  refused: (reason: string) => `The editor refused it (${reason}).`,
  unreachable: 'The page did not answer: reload it and try again.',
} as const;

export const CHECKLIST_STRINGS: ChecklistStrings = {
  checklistHeading: 'Checklist',
  checklistLabel: 'Reply checklist',
  findingsHeading: 'Phrases that hurt',
  findingsLabel: 'Phrases that hurt',
  status: {
    met: 'Done',
    missing: 'Missing',
    weak: 'Weak',
    'not-needed': 'Not needed',
    'not-checked': 'Not checked',
  },
  suggestionsLabel: (row: string) => `Suggestions: ${row}`,
  insert: 'Insert',
  insertLabel: (phrase: string) => `Insert: ${phrase}`,
  replace: (replacement: string) => `Replace with “${replacement}”`,
  replaceLabel: (text: string, replacement: string) => `Replace with “${replacement}”, instead of “${text}”`,
};
