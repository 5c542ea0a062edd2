// The phrase picker (keyboard command "open phrase picker"): a searchable list at the caret; choosing a phrase
// inserts it where the caret was when the picker opened, closing puts the caret back.
import { h, type VNode } from 'preact';
import { ROW_LABELS } from '../../engine/checklist.js';
import { fillPhrase, type Phrase, type PhraseContext } from '../../engine/phrases/index.js';
import { isRange } from '../../sites/mapped-text.js';
import type { Composer } from '../../sites/types.js';
import type { SavedSelection } from '../tracker.js';
import { Picker, type PickerItem } from '../ui/picker.js';
import type { PickerHost } from '../ui/picker-host.js';

/** The picker's rows: every phrase of the library, filled, with its row's label and its abbreviation. */
export function pickerItems(library: readonly Phrase[], context: PhraseContext): PickerItem[] {
  return library.map((phrase) => ({
    id: phrase.id,
    text: fillPhrase(phrase.text, context),
    rowLabel: ROW_LABELS[phrase.row],
    ...(phrase.abbreviation ? { abbreviation: phrase.abbreviation } : {}),
  }));
}

interface PickerRequest {
  host: PickerHost;
  composer: Composer;
  /** The caret when the picker opened: where the chosen phrase goes, and where closing puts it back. */
  selection: SavedSelection | null;
  items: PickerItem[];
  choose: (phraseId: string, selection: SavedSelection | null) => void;
}

export function openPhrasePicker({ host, composer, selection, items, choose }: PickerRequest): void {
  const element = composer.element;
  const at = isRange(selection) ? caretRect(selection, element) : element.getBoundingClientRect();
  const close = () => {
    if (!host.isOpen) return;
    host.close();
    element.focus();
    if (isRange(selection) && selection.startContainer.isConnected) {
      const live = element.ownerDocument.getSelection();
      live?.removeAllRanges();
      live?.addRange(selection);
    }
  };
  host.open(
    at,
    h(Picker, {
      items,
      onClose: close,
      onChoose: (id: string) => {
        host.close();
        element.focus();
        choose(id, selection);
      },
    }) as VNode,
  );
}

/** Where the caret is on screen; a collapsed range in an empty line has no rect, so fall back to the composer's. */
function caretRect(range: Range, composer: HTMLElement): DOMRect {
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 && rect.top === 0 ? composer.getBoundingClientRect() : rect;
}
