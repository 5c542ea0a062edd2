// Import and export: the settings as a JSON file (a Blob and a download link: no network), and back from one, merged
// into the current settings or replacing them. A file with any problem changes nothing and lists every problem.
import { useState } from 'preact/hooks';
import { exportFileName, exportSettings, importSettings, MAX_IMPORT_BYTES, type ImportMode } from '../shared/settings-io.js';
import type { SectionProps } from './section.js';
import type { SettingsBackend } from './backend.js';
import { t } from '../shared/i18n.js';

type Outcome = { kind: 'ok'; text: string } | { kind: 'errors'; errors: string[] } | { kind: 'error'; text: string } | null;

export function ImportExportSection({ settings, update, backend }: SectionProps & { backend: SettingsBackend }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportNow = () => {
    const name = exportFileName();
    backend.saveFile(name, exportSettings(settings));
    setOutcome({ kind: 'ok', text: t('optionsExported', name) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Choosing the same file again must fire another change.
    const reset = () => (input.value = '');
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'error', text: t('optionsImportTooBig') });
      reset();
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ kind: 'error', text: t('optionsImportUnreadable') });
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
        text: mode === 'merge' ? t('optionsImported', result.summary.added, result.summary.replaced) : t('optionsImportedReplace', result.summary.phrases),
      });
  };

  return (
    <section id="import-export" aria-labelledby="io-heading">
      <h2 id="io-heading">{t('optionsIoHeading')}</h2>
      <p>{t('optionsIoIntro')}</p>
      <button type="button" onClick={exportNow}>
        {t('optionsExport')}
      </button>
      <fieldset class="import-mode">
        <legend>{t('optionsImportMode')}</legend>
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
            <label for={`import-${option}`}>{option === 'merge' ? t('optionsMerge') : t('optionsReplace')}</label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="import-file">{t('optionsImportFile')}</label>
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
              <p class="field-error">{t('optionsImportFailed')}</p>
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
