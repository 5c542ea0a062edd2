// Import and export: the settings as a JSON file (a Blob and a download link: no network), and back from one, merged
// into the current settings or replacing them. A file with any problem changes nothing and lists every problem.
import { useState } from 'preact/hooks';
import { exportFileName, exportSettings, importSettings, MAX_IMPORT_BYTES, type ImportMode } from '../shared/settings-io.js';
import type { SectionProps } from './app.js';
import type { SettingsBackend } from './backend.js';
import { STRINGS } from './strings.js';

type Outcome = { kind: 'ok'; text: string } | { kind: 'errors'; errors: string[] } | { kind: 'error'; text: string } | null;

export function ImportExportSection({ settings, update, backend }: SectionProps & { backend: SettingsBackend }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportNow = () => {
    const name = exportFileName();
    backend.saveFile(name, exportSettings(settings));
    setOutcome({ kind: 'ok', text: STRINGS.exported(name) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Choosing the same file again must fire another change.
    const reset = () => (input.value = '');
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'error', text: STRINGS.importTooBig });
      reset();
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: 'error', text: STRINGS.importUnreadable });
      reset();
      return;
    }
    reset();
    const result = importSettings(text, settings, mode);
    if (!result.ok) {
      setOutcome({ kind: 'errors', errors: result.errors });
      return;
    }
    const saved = await update(() => result.settings);
    if (saved)
      setOutcome({
        kind: 'ok',
        text: mode === 'merge' ? STRINGS.imported(result.summary.added, result.summary.replaced) : STRINGS.importedReplace(result.summary.phrases),
      });
  };

  return (
    <section id="import-export" aria-labelledby="io-heading">
      <h2 id="io-heading">{STRINGS.ioHeading}</h2>
      <p>{STRINGS.ioIntro}</p>
      <button type="button" onClick={exportNow}>
        {STRINGS.export}
      </button>
      <fieldset class="import-mode">
        <legend>{STRINGS.importMode}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <div class="check" key={option}>
            <input
              type="radio"
              name="import-mode"
              id={`import-${option}`}
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            <label for={`import-${option}`}>{option === 'merge' ? STRINGS.merge : STRINGS.replace}</label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="import-file">{STRINGS.importFile}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-outcome"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <div id="import-outcome" data-testid="import-outcome">
        <div role="status">{outcome?.kind === 'ok' && <p class="ok">{outcome.text}</p>}</div>
        <div role="alert">
          {outcome?.kind === 'error' && <p class="field-error">{outcome.text}</p>}
          {outcome?.kind === 'errors' && (
            <>
              <p class="field-error">{STRINGS.importFailed}</p>
              <ul class="field-error import-errors">
                {outcome.errors.map((error, index) => (
                  <li key={index}>{error}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
