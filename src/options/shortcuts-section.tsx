// Keyboard shortcuts: every command of the extension with its current key, and the way to the browser's page that
// changes them (extensions cannot set keys themselves).
import { useEffect, useState } from 'preact/hooks';
import type { SettingsBackend, ShortcutInfo } from './backend.js';
import { STRINGS } from './strings.js';

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
    const onVisible = () => document.visibilityState === 'visible' && void read();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [backend]);

  return (
    <section id="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{STRINGS.shortcutsHeading}</h2>
      <p>{STRINGS.shortcutsIntro}</p>
      {commands === null ? (
        <p role="status">{STRINGS.shortcutsLoading}</p>
      ) : commands === 'failed' ? (
        <p>{STRINGS.shortcutsUnavailable}</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{STRINGS.commandHeader}</th>
              <th scope="col">{STRINGS.keyHeader}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.name} data-command={command.name}>
                <td>{command.description || STRINGS.commandNames[command.name] || command.name}</td>
                <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">{STRINGS.notAssigned}</span>}</td>
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
        {STRINGS.changeShortcuts}
      </button>
      {openFailed && <p role="alert">{STRINGS.shortcutsPageFailed}</p>}
    </section>
  );
}
