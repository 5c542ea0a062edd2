// The phrase picker (keyboard command "open phrase picker"): a searchable list at the caret; choosing a phrase
// inserts it where the caret was when the picker opened, closing puts the caret back. In an iframe editor (TinyMCE,
// CKEditor 4) that caret is the frame's own: the picker, in the page, is placed by it on the page's screen, and focus
// goes back into the frame's body.
import { h, type VNode } from 'preact';
import { ROW_LABELS } from '../../engine/checklist.js';
import { fillPhrase, type Phrase, type PhraseContext } from '../../engine/phrases/index.js';
import { editableOf } from '../../sites/editors/fallback.js';
import { isRange } from '../../sites/mapped-text.js';
import type { Composer } from '../../sites/types.js';
import { caretRectInPage, restoreCaret } from '../insert/index.js';
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
  // A collapsed caret on an empty line has no box: then the composer's own (the iframe's, for a frame editor).
  const at = (isRange(selection) ? caretRectInPage(selection) : null) ?? element.getBoundingClientRect();
  const giveBack = () => restoreCaret(editableOf(element), isRange(selection) ? selection : null);
  const close = () => {
    if (!host.isOpen) return;
    host.close();
    giveBack();
  };
  host.open(
    at,
    h(Picker, {
      items,
      onClose: close,
      onChoose: (id: string) => {
        host.close();
        giveBack();
        choose(id, selection);
      },
    }) as VNode,
  );
}
