// The phrase library: the phrases of each checklist move in the order they are offered, with add, edit, delete and
// move up/down (buttons, so the keyboard does it all), abbreviation expansion on or off, and "Restore built-ins".
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Phrase } from '../engine/phrases/index.js';
import { ROW_IDS, type RowId } from '../engine/types.js';
import { effectivePhrases, isPristineBuiltIn, newPhraseId, restoreBuiltIns } from '../shared/settings.js';
import type { SectionProps } from './app.js';
import { excerpt, PhraseEditor } from './phrase-editor.js';
import { STRINGS } from './strings.js';

type Editing = { mode: 'add'; row: RowId; id: string } | { mode: 'edit'; id: string } | null;

const buttonId = (action: string, id: string) => `phrase-${action}-${id}`;

export function PhraseLibrary({ settings, update, announce }: SectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const focusNext = useRef<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const library = effectivePhrases(settings);

  // After a change re-renders the list, put focus where the agent expects it (moved buttons lose it in the DOM move).
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    section.current?.ownerDocument.getElementById(id)?.focus();
  });

  const save = (phrases: Phrase[]) => update({ phrases });

  const move = (phrase: Phrase, direction: -1 | 1) => {
    const sameRow = library.filter((p) => p.row === phrase.row);
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
    announce(STRINGS.moved(excerpt(phrase.text), position + 1, sameRow.length));
  };

  const remove = (phrase: Phrase) => {
    const sameRow = library.filter((p) => p.row === phrase.row);
    const at = sameRow.findIndex((p) => p.id === phrase.id);
    const neighbour = sameRow[at + 1] ?? sameRow[at - 1];
    focusNext.current = neighbour ? buttonId('edit', neighbour.id) : buttonId('add', phrase.row);
    void save(library.filter((p) => p.id !== phrase.id));
    announce(STRINGS.deleted(excerpt(phrase.text)));
  };

  const finishEditing = (phrase: Phrase | null) => {
    const current = editing;
    setEditing(null);
    if (!current) return;
    if (phrase) {
      const exists = library.some((p) => p.id === phrase.id);
      void save(exists ? library.map((p) => (p.id === phrase.id ? phrase : p)) : [...library, phrase]);
      announce(STRINGS.phraseSaved);
      focusNext.current = buttonId('edit', phrase.id);
    } else focusNext.current = current.mode === 'add' ? buttonId('add', current.row) : buttonId('edit', current.id);
  };

  const tag = (phrase: Phrase) =>
    phrase.builtIn ? (isPristineBuiltIn(phrase) ? STRINGS.builtIn : STRINGS.builtInEdited) : STRINGS.yours;

  return (
    <section id="phrases" aria-labelledby="phrases-heading" ref={section}>
      <h2 id="phrases-heading">{STRINGS.phrasesHeading}</h2>
      <p>{STRINGS.phrasesIntro}</p>
      <div class="check">
        <input
          type="checkbox"
          id="expansion"
          checked={settings.expansion}
          onChange={(event) => void update({ expansion: event.currentTarget.checked })}
        />
        <label for="expansion">{STRINGS.expansion}</label>
      </div>
      {ROW_IDS.map((row) => {
        const phrases = library.filter((p) => p.row === row);
        const rowLabel = STRINGS.rowLabels[row];
        return (
          <div class="phrase-row" key={row} data-row={row}>
            <h3 id={`phrases-${row}`}>{rowLabel}</h3>
            {phrases.length === 0 ? (
              <p class="help">{STRINGS.noPhrases}</p>
            ) : (
              <ul class="phrases" aria-labelledby={`phrases-${row}`}>
                {phrases.map((phrase, index) =>
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
                      <p class="phrase-text">{phrase.text}</p>
                      <p class="phrase-meta">
                        <span class="tag">{tag(phrase)}</span>
                        <span>
                          {STRINGS.registerLabel}: {STRINGS.registers[phrase.register]}
                        </span>
                        <span>
                          {STRINGS.abbreviationShort}: {phrase.abbreviation ? <code>{phrase.abbreviation}</code> : STRINGS.noAbbreviation}
                        </span>
                      </p>
                      <div class="actions">
                        <button
                          type="button"
                          id={buttonId('edit', phrase.id)}
                          aria-label={STRINGS.editLabel(excerpt(phrase.text))}
                          onClick={() => setEditing({ mode: 'edit', id: phrase.id })}
                        >
                          {STRINGS.edit}
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          id={buttonId('up', phrase.id)}
                          aria-label={STRINGS.moveUpLabel(excerpt(phrase.text))}
                          disabled={index === 0}
                          onClick={() => move(phrase, -1)}
                        >
                          {STRINGS.moveUp}
                        </button>
                        <button
                          type="button"
                          class="secondary"
                          id={buttonId('down', phrase.id)}
                          aria-label={STRINGS.moveDownLabel(excerpt(phrase.text))}
                          disabled={index === phrases.length - 1}
                          onClick={() => move(phrase, 1)}
                        >
                          {STRINGS.moveDown}
                        </button>
                        <button
                          type="button"
                          class="danger"
                          id={buttonId('delete', phrase.id)}
                          aria-label={STRINGS.deleteLabel(excerpt(phrase.text))}
                          onClick={() => remove(phrase)}
                        >
                          {STRINGS.delete}
                        </button>
                      </div>
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
              <button
                type="button"
                id={buttonId('add', row)}
                aria-label={STRINGS.addPhraseLabel(rowLabel)}
                onClick={() => setEditing({ mode: 'add', row, id: newPhraseId(row, library) })}
              >
                {STRINGS.addPhrase}
              </button>
            )}
          </div>
        );
      })}
      <div class="restore">
        <button
          type="button"
          class="secondary"
          aria-describedby="restore-help"
          onClick={() => {
            void update({ phrases: restoreBuiltIns(settings.phrases) });
            announce(STRINGS.restored);
          }}
        >
          {STRINGS.restoreBuiltIns}
        </button>
        <p id="restore-help" class="help">
          {STRINGS.restoreBuiltInsHelp}
        </p>
      </div>
    </section>
  );
}
