import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../engine/types.js';
import type { PageState } from '../../shared/protocol.js';
import { t } from '../../shared/i18n.js';
import { ChecklistView } from '../../ui/checklist-view.js';

interface PanelProps {
  state: PageState;
  /** A one-line message after an action (e.g. "Copied to the clipboard: the editor refused the text"). */
  notice: string | null;
  onInsert: (phraseId: string) => void;
  onReplace: (finding: Finding, replacement: string) => void;
}

const NO_VERDICT: NonNullable<PageState['verdict']> = { met: 0, needed: 0, checked: false, harmful: false, tone: 'neutral' };

/** The badge beside the composer and the panel it opens. */
export function Panel({ state, notice, onInsert, onReplace }: PanelProps) {
  const [open, setOpen] = useState(false);
  // The engine's verdict, as the popup renders it; a state without one (not 'ready') shows no badge anyway.
  const { met, needed, harmful, tone, checked } = state.verdict ?? NO_VERDICT;
  const notChecked = !checked;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);

  const label = notChecked
    ? t('badgeLabelNotChecked')
    : harmful
      ? t('badgeLabelFindings', met, needed)
      : t('badgeLabel', met, needed);
  return (
    <div class="rc-root">
      {open && (
        <section class="rc-panel" role="dialog" aria-label={t('panelLabel')}>
          <h2>{t('extName')}</h2>
          {!state.customerProvided && <p class="rc-note">{t('noteNoCustomer')}</p>}
          {state.truncated?.reply && (
            <p class="rc-note">{t('noteTruncated', state.truncated.reply.analyzedChars, state.truncated.reply.totalChars)}</p>
          )}
          <ChecklistView
            checklist={state.checklist}
            findings={state.findings}
            filledPhrases={state.filledPhrases}
            onInsert={onInsert}
            onReplace={onReplace}
          />
          {notice && (
            <p class="rc-toast" role="status">
              {notice}
            </p>
          )}
        </section>
      )}
      <button
        type="button"
        class="rc-badge"
        data-tone={tone}
        data-met={met}
        data-needed={needed}
        aria-expanded={open}
        aria-label={label}
        title={label}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        {notChecked ? '—' : t('badgeText', met, needed)}
      </button>
    </div>
  );
}
