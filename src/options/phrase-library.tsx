// The phrase library: the phrases of each checklist move in the order they are offered, with add, edit, delete and
// move up/down (buttons, so the keyboard does it all), abbreviation expansion on or off, and "Restore built-ins".
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Phrase } from '../engine/phrases/index.js';
import { ROW_IDS, type RowId } from '../engine/types.js';
import { t } from '../shared/i18n.js';
import { effectivePhrases, isPristineBuiltIn, newPhraseId, restoreBuiltIns } from '../shared/settings/phrase-library.js';
import type { SectionProps } from './section.js';
import { registerLabel, rowLabel } from './labels.js';
import { excerpt, PhraseEditor } from './phrase-editor.js';
import { SetByOrganisation, TeamPhrasesNote, useLocks } from './managed.js';

type Editing = { mode: 'add'; row: RowId; id: string } | { mode: 'edit'; id: string } | null;

const buttonId = (action: string, id: string) => `phrase-${action}-${id}`;

/** Stands for a value that is shown as markup (a <code>), so a translation can still put it where its grammar wants. */
const VALUE_MARK = '\u{E000}';

function AroundValue({ message, children }: { message: string; children: ComponentChildren }) {
  const [before = '', after = ''] = message.split(VALUE_MARK);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}

export function PhraseLibrary({ settings, update, announce }: SectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const focusNext = useRef<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const library = effectivePhrases(settings);
  // The team's phrases, when the organisation sets them, are shown but not edited, moved or deleted; the agent's own
  // move among themselves.
  const locks = useLocks();
  const teamIds = new Set(locks.teamPhraseIds ?? []);
  const isTeam = (phrase: Phrase) => teamIds.has(phrase.id);
  const ownInRow = (row: RowId) => library.filter((p) => p.row === row && !isTeam(p));

  // After a change re-renders the list, put focus where the agent expects it (moved buttons lose it in the DOM move).
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    section.current?.ownerDocument.getElementById(id)?.focus();
  });

  const save = (phrases: Phrase[]) => update({ phrases });

  const move = (phrase: Phrase, direction: -1 | 1) => {
    const sameRow = ownInRow(phrase.row);
    const at = sameRow.findIndex((p) => p.id === phrase.id);
    const other = sameRow[at + direction];
    if (!other) return;
    const next = [...library];
    const i = next.findIndex((p) => p.id === phrase.id);
    const j = next.findIndex((p) => p.id === other.id);
    [next[i], next[j]] = [next[j]!, next[i]!];
    const position = at + direction;
    const atEdge = position === 0 || position === sameRow.length - 1;
    // Keep focus on the same button unless it just became disabled at the end of the list.
    focusNext.current = buttonId(atEdge ? (direction === -1 ? 'down' : 'up') : direction === -1 ? 'up' : 'down', phrase.id);
    void save(next);
    announce(t('optionsMoved', excerpt(phrase.text), position + 1, sameRow.length));
  };

  const remove = (phrase: Phrase) => {
    const sameRow = ownInRow(phrase.row);
    const at = sameRow.findIndex((p) => p.id === phrase.id);
    const neighbour = sameRow[at + 1] ?? sameRow[at - 1];
    focusNext.current = neighbour ? buttonId('edit', neighbour.id) : buttonId('add', phrase.row);
    void save(library.filter((p) => p.id !== phrase.id));
    announce(t('optionsDeleted', excerpt(phrase.text)));
  };

  const finishEditing = (phrase: Phrase | null) => {
    const current = editing;
    setEditing(null);
    if (!current) return;
    if (phrase) {
      const exists = library.some((p) => p.id === phrase.id);
      void save(exists ? library.map((p) => (p.id === phrase.id ? phrase : p)) : [...library, phrase]);
      announce(t('optionsPhraseSaved'));
      focusNext.current = buttonId('edit', phrase.id);
    } else focusNext.current = current.mode === 'add' ? buttonId('add', current.row) : buttonId('edit', current.id);
  };

  const tag = (phrase: Phrase) =>
    phrase.builtIn ? (isPristineBuiltIn(phrase) ? t('optionsBuiltIn') : t('optionsBuiltInEdited')) : t('optionsYours');

  return (
    <section id="phrases" aria-labelledby="phrases-heading" ref={section}>
      <h2 id="phrases-heading">{t('optionsPhrasesHeading')}</h2>
      <p>{t('optionsPhrasesIntro')}</p>
      <TeamPhrasesNote />
      <div class="check">
        <input
          type="checkbox"
          id="expansion"
          checked={settings.expansion}
          onChange={(event) => void update({ expansion: event.currentTarget.checked })}
        />
        <label for="expansion">{t('optionsExpansion')}</label>
      </div>
      {ROW_IDS.map((row) => {
        const phrases = library.filter((p) => p.row === row);
        const own = ownInRow(row);
        const rowName = rowLabel(row);
        return (
          <div class="phrase-row" key={row} data-row={row}>
            <h3 id={`phrases-${row}`}>{rowName}</h3>
            {phrases.length === 0 ? (
              <p class="help">{t('optionsNoPhrases')}</p>
            ) : (
              <ul class="phrases" aria-labelledby={`phrases-${row}`}>
                {phrases.map((phrase) =>
                  editing?.mode === 'edit' && editing.id === phrase.id ? (
                    <li key={phrase.id} data-phrase-id={phrase.id}>
                      <PhraseEditor
                        initial={phrase}
                        isNew={false}
                        library={library}
                        agentName={settings.agentFirstName}
                        onSave={finishEditing}
                        onCancel={() => finishEditing(null)}
                      />
                    </li>
                  ) : (
                    <li key={phrase.id} class="phrase" data-phrase-id={phrase.id}>
                      <p class="phrase-text" dir="auto">
                        {phrase.text}
                      </p>
                      <p class="phrase-meta">
                        {isTeam(phrase) ? <SetByOrganisation /> : <span class="tag">{tag(phrase)}</span>}
                        <span>{t('optionsPhraseTone', registerLabel(phrase.register))}</span>
                        <span>
                          {phrase.abbreviation ? (
                            <AroundValue message={t('optionsPhraseAbbreviation', VALUE_MARK)}>
                              <code>{phrase.abbreviation}</code>
                            </AroundValue>
                          ) : (
                            t('optionsPhraseNoAbbreviation')
                          )}
                        </span>
                      </p>
                      {!isTeam(phrase) && (
                      <div class="actions">
                        <button
                          type="button"
                          id={buttonId('edit', phrase.id)}
                          aria-label={t('optionsEditLabel', excerpt(phrase.text))}
                          onClick={() => setEditing({ mode: 'edit', id: phrase.id })}
                        >
                          {t('optionsEdit')}
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          id={buttonId('up', phrase.id)}
                          aria-label={t('optionsMoveUpLabel', excerpt(phrase.text))}
                          disabled={own.indexOf(phrase) === 0}
                          onClick={() => move(phrase, -1)}
                        >
                          {t('optionsMoveUp')}
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          id={buttonId('down', phrase.id)}
                          aria-label={t('optionsMoveDownLabel', excerpt(phrase.text))}
                          disabled={own.indexOf(phrase) === own.length - 1}
                          onClick={() => move(phrase, 1)}
                        >
                          {t('optionsMoveDown')}
                        </button>
                        <button
                          type="button"
                          class="danger"
                          id={buttonId('delete', phrase.id)}
                          aria-label={t('optionsDeleteLabel', excerpt(phrase.text))}
                          onClick={() => remove(phrase)}
                        >
                          {t('optionsDelete')}
                        </button>
                      </div>
                      )}
                    </li>
                  ),
                )}
              </ul>
            )}
            {editing?.mode === 'add' && editing.row === row ? (
              <PhraseEditor
                initial={{ id: editing.id, row, register: 'warm', text: '' }}
                isNew
                library={library}
                agentName={settings.agentFirstName}
                onSave={finishEditing}
                onCancel={() => finishEditing(null)}
              />
            ) : (
              locks.agentPhrases && (
              <button
                type="button"
                id={buttonId('add', row)}
                aria-label={t('optionsAddPhraseLabel', rowName)}
                onClick={() => setEditing({ mode: 'add', row, id: newPhraseId(row, library) })}
              >
                {t('optionsAddPhrase')}
              </button>
              )
            )}
          </div>
        );
      })}
      {locks.teamPhraseIds === null && (
      <div class="restore">
        <button
          type="button"
          class="secondary"
          aria-describedby="restore-help"
          onClick={() => {
            void update({ phrases: restoreBuiltIns(settings.phrases) });
            announce(t('optionsRestored'));
          }}
        >
          {t('optionsRestoreBuiltIns')}
        </button>
        <p id="restore-help" class="help">
          {t('optionsRestoreBuiltInsHelp')}
        </p>
      </div>
      )}
    </section>
  );
}
