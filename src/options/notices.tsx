// Notices about the stored settings, at the top of the page: damaged data repaired, kept locally because too big to
// sync, saved by a newer version, kept on another computer, the organisation's policy ignored in part (it stays
// while the policy is broken: it is not the agent's to dismiss).
import type { SettingsNotice } from '../shared/settings-store.js';
import { t } from '../shared/i18n.js';

function text(notice: SettingsNotice): string {
  switch (notice.kind) {
    case 'repaired':
      return t('optionsRepaired');
    case 'stored-locally':
      return t('optionsStoredLocally', (notice.bytes / 1024).toFixed(1));
    case 'newer-version':
      return t('optionsNewerVersion', notice.version);
    case 'kept-elsewhere':
      return t('optionsKeptElsewhere');
    case 'policy-problems':
      return t('optionsPolicyProblems');
  }
}

export function Notices({ notices, onDismiss }: { notices: SettingsNotice[]; onDismiss: (index: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <section aria-label={t('optionsNoticesLabel')} class="notices">
      {notices.map((notice, index) => (
        <div class="notice" data-notice={notice.kind} key={`${notice.kind}-${index}`}>
          <p>{text(notice)}</p>
          {notice.kind === 'repaired' && (
            <details>
              <summary>{t('optionsRepairedDetails')}</summary>
              <ul>
                {notice.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
          {notice.kind === 'policy-problems' && (
            <details open>
              <summary>{t('optionsPolicyProblemsDetails')}</summary>
              <ul>
                {notice.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
          {notice.kind !== 'stored-locally' && notice.kind !== 'policy-problems' && (
            <button type="button" class="secondary" aria-label={t('optionsDismissLabel', text(notice))} onClick={() => onDismiss(index)}>
              {t('optionsDismiss')}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
