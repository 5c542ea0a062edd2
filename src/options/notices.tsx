// Notices about the stored settings, at the top of the page: damaged data repaired, kept locally because too big to
// sync, saved by a newer version, kept on another computer.
import type { SettingsNotice } from '../shared/settings-store.js';
import { STRINGS } from './strings.js';

function text(notice: SettingsNotice): string {
  switch (notice.kind) {
    case 'repaired':
      return STRINGS.repaired;
    case 'stored-locally':
      return STRINGS.storedLocally((notice.bytes / 1024).toFixed(1));
    case 'newer-version':
      return STRINGS.newerVersion(notice.version);
    case 'kept-elsewhere':
      return STRINGS.keptElsewhere;
  }
}

export function Notices({ notices, onDismiss }: { notices: SettingsNotice[]; onDismiss: (index: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <section aria-label={STRINGS.noticesLabel} class="notices">
      {notices.map((notice, index) => (
        <div class="notice" data-notice={notice.kind} key={`${notice.kind}-${index}`}>
          <p>{text(notice)}</p>
          {notice.kind === 'repaired' && (
            <details>
              <summary>{STRINGS.repairedDetails}</summary>
              <ul>
                {notice.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
          {notice.kind !== 'stored-locally' && (
            <button type="button" class="secondary" aria-label={STRINGS.dismissLabel(text(notice))} onClick={() => onDismiss(index)}>
              {STRINGS.dismiss}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
