// The phrase picker: opened at the caret by a keyboard command, it filters every phrase as the agent types; arrows move,
// Enter inserts, Esc closes, and focus goes back to the editor. A combobox with a listbox, as screen readers expect.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.js';

export interface PickerItem {
  id: string;
  /** The phrase as it would be inserted (placeholders filled). */
  text: string;
  rowLabel: string;
  abbreviation?: string;
}

interface PickerProps {
  items: readonly PickerItem[];
  onChoose: (id: string) => void;
  onClose: () => void;
}

const MAX_SHOWN = 8;

/** Every word of the query must appear in the phrase, its row or its abbreviation. */
function filterItems(items: readonly PickerItem[], query: string): PickerItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = `${item.text} ${item.rowLabel} ${item.abbreviation ?? ''}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export function Picker({ items, onChoose, onClose }: PickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterItems(items, query).slice(0, MAX_SHOWN), [items, query]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = (event: KeyboardEvent) => {
    // The helpdesk must not see these keys (Gmail and Zendesk have their own shortcuts).
    event.stopPropagation();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = shown[active];
      if (item) onChoose(item.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const activeId = shown[active] ? `rc-pick-${shown[active].id}` : undefined;
  return (
    <div class="rc-root rc-picker" role="dialog" aria-label={t('pickerLabel')}>
      <input
        ref={input}
        class="rc-picker-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="rc-picker-list"
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-label={t('pickerSearchLabel')}
        placeholder={t('pickerPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        onKeyUp={(e) => e.stopPropagation()}
        onKeyPress={(e) => e.stopPropagation()}
        onBlur={() => setTimeout(onClose, 0)}
      />
      <ul id="rc-picker-list" class="rc-picker-list" role="listbox" aria-label={t('pickerListLabel')}>
        {shown.map((item, i) => (
          <li
            key={item.id}
            id={`rc-pick-${item.id}`}
            role="option"
            aria-selected={i === active}
            data-phrase={item.id}
            class={i === active ? 'rc-pick rc-pick-active' : 'rc-pick'}
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(item.id);
            }}
          >
            <span class="rc-pick-row" dir="auto">
              {item.rowLabel}
            </span>
            <span class="rc-pick-text" dir="auto">
              {item.text}
            </span>
          </li>
        ))}
        {shown.length === 0 && (
          <li class="rc-pick-empty" role="option" aria-disabled="true" aria-selected="false">
            {t('pickerNoMatch', query)}
          </li>
        )}
      </ul>
    </div>
  );
}
