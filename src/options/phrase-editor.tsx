// The form for one phrase (new or edited): its text with a live preview, the move it makes, its tone and its
// abbreviation. Problems show next to the fields when the agent tries to save; nothing invalid is saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fillPhrase, isKnownPlaceholder, placeholdersIn, PLACEHOLDER_NAMES, type Phrase, type Register } from '../engine/phrases/index.js';
import { ROW_IDS, type RowId } from '../engine/types.js';
import { ABBREVIATION, MAX_PHRASE_CHARS, REGISTERS } from '../shared/settings/shape.js';
import { phraseProblems } from '../shared/settings/validate-phrases.js';
import { t } from '../shared/i18n.js';
import { registerLabel, rowLabel } from './labels.js';

const SAMPLE_CUSTOMER = 'Dana';
const KNOWN = PLACEHOLDER_NAMES.map((name) => `{{${name}}}`).join(', ');

/** ';Sorry ' and 'sorry' both mean ';sorry'; empty means none. */
function normalizeAbbreviation(input: string): string {
  const value = input.trim().toLowerCase();
  if (value === '') return '';
  return value.startsWith(';') ? value : `;${value}`;
}

export const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

interface FieldErrors {
  text: string[];
  abbreviation: string[];
}

function editorErrors(
  draft: { text: string; abbreviation: string },
  library: readonly Phrase[],
  selfId: string,
): FieldErrors {
  const errors: FieldErrors = { text: [], abbreviation: [] };
  const text = draft.text.trim();
  if (text === '') errors.text.push(t('optionsErrTextEmpty'));
  else if (text.length > MAX_PHRASE_CHARS) errors.text.push(t('optionsErrTextTooLong', text.length, MAX_PHRASE_CHARS));
  for (const name of new Set(placeholdersIn(text))) if (!isKnownPlaceholder(name)) errors.text.push(t('optionsErrPlaceholder', name, KNOWN));
  const abbreviation = normalizeAbbreviation(draft.abbreviation);
  if (abbreviation !== '') {
    if (!ABBREVIATION.test(abbreviation)) errors.abbreviation.push(t('optionsErrAbbreviationForm', draft.abbreviation.trim()));
    else {
      const owner = library.find((phrase) => phrase.id !== selfId && phrase.abbreviation === abbreviation);
      if (owner) errors.abbreviation.push(t('optionsErrAbbreviationTaken', abbreviation, excerpt(owner.text)));
    }
  }
  return errors;
}

interface PhraseEditorProps {
  /** The phrase being edited, or the starting point of a new one (id already chosen). */
  initial: Phrase;
  isNew: boolean;
  library: readonly Phrase[];
  agentName: string;
  onSave: (phrase: Phrase) => void;
  onCancel: () => void;
}

export function PhraseEditor({ initial, isNew, library, agentName, onSave, onCancel }: PhraseEditorProps) {
  const [text, setText] = useState(initial.text);
  const [row, setRow] = useState<RowId>(initial.row);
  const [register, setRegister] = useState<Register>(initial.register);
  const [abbreviation, setAbbreviation] = useState(initial.abbreviation ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const abbreviationRef = useRef<HTMLInputElement>(null);
  const base = `phrase-editor-${initial.id}`;

  useEffect(() => textRef.current?.focus(), []);

  const errors = editorErrors({ text, abbreviation }, library, initial.id);
  const invalid = errors.text.length + errors.abbreviation.length > 0;
  const preview = text.trim() === '' ? '' : fillPhrase(text.trim(), { customer: { firstName: SAMPLE_CUSTOMER }, agent: { firstName: agentName || null } });

  const submit = (event: Event) => {
    event.preventDefault();
    if (invalid) {
      setShowErrors(true);
      (errors.text.length > 0 ? textRef.current : abbreviationRef.current)?.focus();
      return;
    }
    const normalized = normalizeAbbreviation(abbreviation);
    const phrase: Phrase = { ...initial, text: text.trim(), row, register };
    if (normalized) phrase.abbreviation = normalized;
    else delete phrase.abbreviation;
    // The form's checks mirror the store's; this is the last guard before anything is saved.
    if (phraseProblems(phrase, 'phrase').length > 0) {
      setShowErrors(true);
      return;
    }
    onSave(phrase);
  };

  const describedBy = (field: 'text' | 'abbreviation') =>
    [`${base}-${field}-help`, showErrors && errors[field].length > 0 ? `${base}-${field}-error` : ''].filter(Boolean).join(' ');

  return (
    <form
      class="phrase-editor"
      aria-labelledby={`${base}-heading`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      noValidate
    >
      <h4 id={`${base}-heading`}>{isNew ? t('optionsEditorAddHeading', rowLabel(initial.row)) : t('optionsEditorEditHeading')}</h4>
      <div class="field">
        <label for={`${base}-text`}>{t('optionsPhraseText')}</label>
        <textarea
          id={`${base}-text`}
          ref={textRef}
          rows={3}
          value={text}
          aria-invalid={showErrors && errors.text.length > 0}
          aria-describedby={describedBy('text')}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id={`${base}-text-help`} class="help">
          {t('optionsPhraseTextHelp', KNOWN)}
        </p>
        {showErrors && errors.text.length > 0 && (
          <div id={`${base}-text-error`} role="alert">
            <ul class="field-error">
              {errors.text.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div class="preview">
        <p class="preview-label" id={`${base}-preview-label`}>
          {t('optionsPreview')}
        </p>
        <p class="preview-text" aria-labelledby={`${base}-preview-label`} aria-describedby={`${base}-preview-help`} data-testid="preview">
          {preview || t('optionsPreviewEmpty')}
        </p>
        <p id={`${base}-preview-help`} class="help">
          {t('optionsPreviewHelp', agentName.trim() || t('optionsPreviewAgentFallback'))}
        </p>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${base}-row`}>{t('optionsRow')}</label>
          <select id={`${base}-row`} value={row} onChange={(event) => setRow(event.currentTarget.value as RowId)}>
            {ROW_IDS.map((id) => (
              <option key={id} value={id}>
                {rowLabel(id)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${base}-register`}>{t('optionsRegisterLabel')}</label>
          <select id={`${base}-register`} value={register} onChange={(event) => setRegister(event.currentTarget.value as Register)}>
            {REGISTERS.map((id) => (
              <option key={id} value={id}>
                {registerLabel(id)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${base}-abbreviation`}>{t('optionsAbbreviation')}</label>
          <input
            id={`${base}-abbreviation`}
            ref={abbreviationRef}
            type="text"
            value={abbreviation}
            spellcheck={false}
            autocomplete="off"
            aria-invalid={showErrors && errors.abbreviation.length > 0}
            aria-describedby={describedBy('abbreviation')}
            onInput={(event) => setAbbreviation(event.currentTarget.value)}
          />
          <p id={`${base}-abbreviation-help`} class="help">
            {t('optionsAbbreviationHelp')}
          </p>
          {showErrors && errors.abbreviation.length > 0 && (
            <div id={`${base}-abbreviation-error`} role="alert">
              <ul class="field-error">
                {errors.abbreviation.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
      <div class="actions">
        <button type="submit">{t('optionsSave')}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
