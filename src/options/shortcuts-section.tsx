// Keyboard shortcuts: every command of the extension with its current key, and the way to the browser's page that
// changes them (extensions cannot set keys themselves).
import { useEffect, useState } from 'preact/hooks';
import type { SettingsBackend, ShortcutInfo } from './backend.js';
import { t } from '../shared/i18n.js';

/** The popup's command, whose description a browser may leave out of commands.getAll(). */
const OPEN_POPUP = '_execute_action';

export function ShortcutsSection({ backend }: { backend: SettingsBackend }) {
  const [commands, setCommands] = useState<ShortcutInfo[] | null | 'failed'>(null);
  const [openFailed, setOpenFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    const read = () =>
      backend.shortcuts().then(
        (list) => alive && setCommands(list),
        () => alive && setCommands('failed'),
      );
    void read();
    // Coming back from the shortcuts page: show the new keys.
    // The document is held here: Preact may run this cleanup on a timer after the page (or a test's window) is gone.
    const doc = document;
    const onVisible = () => doc.visibilityState === 'visible' && void read();
    doc.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      doc.removeEventListener('visibilitychange', onVisible);
    };
  }, [backend]);

  return (
    <section id="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <p>{t('optionsShortcutsIntro')}</p>
      {commands === null ? (
        <p role="status">{t('optionsShortcutsLoading')}</p>
      ) : commands === 'failed' ? (
        <p>{t('optionsShortcutsUnavailable')}</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('optionsCommandHeader')}</th>
              <th scope="col">{t('optionsKeyHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.name} data-command={command.name}>
                <td>{command.description || (command.name === OPEN_POPUP ? t('commandOpenChecklist') : command.name)}</td>
                <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">{t('optionsNotAssigned')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        onClick={() => {
          setOpenFailed(false);
          backend.openShortcutSettings().catch(() => setOpenFailed(true));
        }}
      >
        {t('optionsChangeShortcuts')}
      </button>
      {openFailed && <p role="alert">{t('optionsShortcutsPageFailed')}</p>}
    </section>
  );
}
