// The checklist and findings of one draft, shared by the in-page panel and the toolbar popup so both say the same
// thing the same way. Stable test hooks: rows carry data-item and data-status, Insert buttons data-phrase.
import type { ChecklistRow, Finding, RowStatus } from '../engine/types.js';

export interface ChecklistViewProps {
  checklist: readonly ChecklistRow[];
  findings: readonly Finding[];
  /** Filled phrase texts by id (placeholders already replaced for this conversation). */
  filledPhrases: Readonly<Record<string, string>>;
  /** How many suggestions to show per unmet row. */
  suggestionsPerRow?: number;
  onInsert: (phraseId: string) => void;
  onReplace?: (finding: Finding, replacement: string) => void;
}

const STATUS_TEXT: Record<RowStatus, string> = {
  met: 'Done',
  missing: 'Missing',
  weak: 'Weak',
  'not-needed': 'Not needed',
  'not-checked': 'Not checked',
};

const STATUS_ICON: Record<RowStatus, string> = {
  met: '✓',
  missing: '○',
  weak: '!',
  'not-needed': '–',
  'not-checked': '?',
};

/** Keeps the editor's focus and caret when a button is clicked with the mouse; keyboard use is unaffected. */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

export function ChecklistView({ checklist, findings, filledPhrases, suggestionsPerRow = 2, onInsert, onReplace }: ChecklistViewProps) {
  return (
    <div class="rc-checklist">
      <ul class="rc-rows" aria-label="Reply checklist">
        {checklist.map((row) => (
          <li key={row.id} class={`rc-row rc-${row.status}`} data-item={row.id} data-status={row.status}>
            <div class="rc-row-head">
              <span class="rc-icon" aria-hidden="true">
                {STATUS_ICON[row.status]}
              </span>
              <span class="rc-label">{row.label}</span>
              <span class="rc-status">{STATUS_TEXT[row.status]}</span>
            </div>
            <p class="rc-reason">{row.reason}</p>
            {(row.status === 'missing' || row.status === 'weak') && row.phraseIds.length > 0 && (
              <ul class="rc-phrases" aria-label={`Suggestions: ${row.label}`}>
                {row.phraseIds.slice(0, suggestionsPerRow).map((id) => (
                  <li key={id} class="rc-phrase">
                    <span class="rc-phrase-text">{filledPhrases[id] ?? id}</span>
                    <button
                      type="button"
                      class="rc-insert"
                      data-phrase={id}
                      onMouseDown={keepEditorFocus}
                      onClick={() => onInsert(id)}
                      aria-label={`Insert: ${filledPhrases[id] ?? id}`}
                    >
                      Insert
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {findings.length > 0 && (
        <ul class="rc-findings" aria-label="Phrases that hurt">
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`} class={`rc-finding rc-${f.severity}`} data-rule={f.ruleId}>
              <q class="rc-finding-text">{f.text}</q>
              <p class="rc-finding-message">{f.message}</p>
              {onReplace &&
                f.replacements.slice(0, 1).map((r) => (
                  <button
                    key={r}
                    type="button"
                    class="rc-replace"
                    data-replacement={r}
                    onMouseDown={keepEditorFocus}
                    onClick={() => onReplace(f, r)}
                    aria-label={`Replace “${f.text}” with “${r}”`}
                  >
                    Replace with “{r}”
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "3/4": rows met out of rows that apply. */
export function metSummary(checklist: readonly ChecklistRow[]): { met: number; needed: number } {
  const applicable = checklist.filter((r) => r.status !== 'not-needed' && r.status !== 'not-checked');
  return { met: applicable.filter((r) => r.status === 'met').length, needed: applicable.length };
}
