// Where an abbreviation typed in the composer (";sorry") ends at the caret, and which keys may expand it. The
// expansion replaces the abbreviation through the editor's own model (insertText), so one Ctrl+Z brings it back.
import { editableOf } from '../../sites/editors/fallback.js';

const ABBREVIATION_BEFORE_CARET = /(?:^|[\s(])(;[a-z0-9-]{1,30})$/i;

interface AbbreviationAtCaret {
  abbreviation: string;
  /** What to replace: a DOM range for editables, offsets for text fields. */
  selection: Range | { start: number; end: number };
}

/**
 * The abbreviation that ends right at the caret of composer `composer`, if any. An iframe editor's composer is the
 * iframe: its text and caret are in the frame's body and the frame's own selection, not the page's.
 */
export function abbreviationAtCaret(composer: HTMLElement): AbbreviationAtCaret | null {
  const element = editableOf(composer);
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const caret = element.selectionStart;
    if (caret === null || caret !== element.selectionEnd) return null;
    const match = ABBREVIATION_BEFORE_CARET.exec(element.value.slice(Math.max(0, caret - 40), caret));
    if (!match?.[1]) return null;
    return { abbreviation: match[1], selection: { start: caret - match[1].length, end: caret } };
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const { anchorNode, anchorOffset } = selection;
  if (!anchorNode || anchorNode.nodeType !== Node.TEXT_NODE || !element.contains(anchorNode)) return null;
  const before = (anchorNode as Text).data.slice(Math.max(0, anchorOffset - 40), anchorOffset).replace(/\u00a0/g, ' ');
  const match = ABBREVIATION_BEFORE_CARET.exec(before);
  if (!match?.[1]) return null;
  const range = element.ownerDocument.createRange();
  range.setStart(anchorNode, anchorOffset - match[1].length);
  range.setEnd(anchorNode, anchorOffset);
  return { abbreviation: match[1], selection: range };
}

/** Whether a keydown may trigger an expansion: Space or Tab, no modifiers, not while an IME composes. */
export function isExpansionTrigger(event: KeyboardEvent): boolean {
  return (
    (event.key === ' ' || event.key === 'Tab') &&
    !event.isComposing &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.shiftKey
  );
}
