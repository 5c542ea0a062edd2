// The checklist and findings of one draft, shared by the in-page panel and the toolbar popup so both say the same
// thing the same way. Stable test hooks: rows carry data-item and data-status, Insert buttons data-phrase.
// Status is always written out (never colour alone); buttons are native, so Enter and Space work and focus follows
// document order. Its own words come from _locales; row labels, reasons and finding messages are the engine's (English),
// and phrases and quoted text may be in any language: those take their direction from their own text (dir=auto), so
// English punctuation stays at the end of an English sentence inside a right-to-left UI.
import type { ChecklistRow, Finding, RowStatus } from '../engine/types.js';
import { t, type MessageKey } from '../shared/i18n.js';

interface ChecklistViewProps {
  checklist: readonly ChecklistRow[];
  findings: readonly Finding[];
  /** Filled phrase texts by id (placeholders already replaced for this conversation). */
  filledPhrases: Readonly<Record<string, string>>;
  /** How many suggestions to show per unmet row. */
  suggestionsPerRow?: number;
  onInsert: (phraseId: string) => void;
  onReplace?: (finding: Finding, replacement: string) => void;
  /** When set, the checklist and the findings get visible headings of this level (the popup); none by default. */
  headingLevel?: 2 | 3 | 4;
}

const STATUS_TEXT = {
  met: 'statusMet',
  missing: 'statusMissing',
  weak: 'statusWeak',
  'not-needed': 'statusNotNeeded',
  'not-checked': 'statusNotChecked',
} as const satisfies Record<RowStatus, MessageKey>;

const STATUS_ICON: Record<RowStatus, string> = {
  met: '✓',
  missing: '○',
  weak: '!',
  'not-needed': '–',
  'not-checked': '?',
};

/** Keeps the editor's focus and caret when a button is clicked with the mouse; keyboard use is unaffected. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

function Heading({ level, text }: { level: 2 | 3 | 4 | undefined; text: string }) {
  if (!level) return null;
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
  return <Tag class="rc-heading">{text}</Tag>;
}

export function ChecklistView({
  checklist,
  findings,
  filledPhrases,
  suggestionsPerRow = 2,
  onInsert,
  onReplace,
  headingLevel,
}: ChecklistViewProps) {
  return (
    <div class="rc-checklist">
      <Heading level={headingLevel} text={t('checklistHeading')} />
      <ul class="rc-rows" aria-label={t('checklistLabel')}>
        {checklist.map((row) => (
          <li key={row.id} class={`rc-row rc-${row.status}`} data-item={row.id} data-status={row.status}>
            <div class="rc-row-head">
              <span class="rc-icon" aria-hidden="true">
                {STATUS_ICON[row.status]}
              </span>
              <span class="rc-label" dir="auto">
                {row.label}
              </span>
              <span class="rc-status">{t(STATUS_TEXT[row.status])}</span>
            </div>
            <p class="rc-reason" dir="auto">
              {row.reason}
            </p>
            {(row.status === 'missing' || row.status === 'weak') && row.phraseIds.length > 0 && (
              <ul class="rc-phrases" aria-label={t('suggestionsLabel', row.label)}>
                {row.phraseIds.slice(0, suggestionsPerRow).map((id) => (
                  <li key={id} class="rc-phrase">
                    <span class="rc-phrase-text" dir="auto">
                      {filledPhrases[id] ?? id}
                    </span>
                    <button
                      type="button"
                      class="rc-insert"
                      data-phrase={id}
                      onMouseDown={keepEditorFocus}
                      onClick={() => onInsert(id)}
                      aria-label={t('insertLabel', filledPhrases[id] ?? id)}
                    >
                      {t('insert')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {findings.length > 0 && (
        <>
          <Heading level={headingLevel} text={t('findingsHeading')} />
          <ul class="rc-findings" aria-label={t('findingsHeading')}>
            {findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}`} class={`rc-finding rc-${f.severity}`} data-rule={f.ruleId}>
                <q class="rc-finding-text" dir="auto">
                  {f.text}
                </q>
                <p class="rc-finding-message" dir="auto">
                  {f.message}
                </p>
                {onReplace &&
                  f.replacements.slice(0, 1).map((r) => (
                    <button
                      key={r}
                      type="button"
                      class="rc-replace"
                      data-replacement={r}
                      onMouseDown={keepEditorFocus}
                      onClick={() => onReplace(f, r)}
                      aria-label={t('replaceLabel', f.text, r)}
                    >
                      {t('replace', r)}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
