// The agent's first name, for {{agent.firstName}}: saved after a pause in typing (and when the field loses focus),
// so a synced store is not written on every keystroke.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NAME_CHARS } from '../shared/settings/shape.js';
import type { SectionProps } from './section.js';
import { t } from '../shared/i18n.js';

export const TEXT_SAVE_DELAY_MS = 500;

export function NameSection({ settings, update }: SectionProps) {
  const [value, setValue] = useState(settings.agentFirstName);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editing = useRef(false);
  const latest = useRef(value);

  // A change from elsewhere shows up here, unless the agent is typing.
  useEffect(() => {
    if (!editing.current && timer.current === null) {
      setValue(settings.agentFirstName);
      latest.current = settings.agentFirstName;
    }
  }, [settings.agentFirstName]);

  const flush = () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    const name = latest.current.trim();
    if (name !== settings.agentFirstName) void update({ agentFirstName: name });
  };

  // Leaving the page mid-pause still saves.
  useEffect(() => () => flush(), []);

  return (
    <section id="name" aria-labelledby="name-heading">
      <h2 id="name-heading">{t('optionsNameHeading')}</h2>
      <div class="field">
        <label for="agent-name">{t('optionsNameLabel')}</label>
        <input
          id="agent-name"
          type="text"
          autocomplete="given-name"
          maxLength={MAX_NAME_CHARS}
          value={value}
          aria-describedby="agent-name-help"
          onFocus={() => (editing.current = true)}
          onBlur={() => {
            editing.current = false;
            flush();
          }}
          onInput={(event) => {
            const next = event.currentTarget.value;
            setValue(next);
            latest.current = next;
            if (timer.current !== null) clearTimeout(timer.current);
            timer.current = setTimeout(() => {
              timer.current = null;
              const name = latest.current.trim();
              void update({ agentFirstName: name });
            }, TEXT_SAVE_DELAY_MS);
          }}
        />
        <p id="agent-name-help" class="help">
          {t('optionsNameHelp')}
        </p>
      </div>
    </section>
  );
}
