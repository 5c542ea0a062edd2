// Generic adapter for any site the user switched on: visible textareas and contenteditable roots,
// minus opt-outs and tiny single-line fields. Knows no conversation unless the page marks one.

import { EMPTY_CONTEXT, closest, pickActive, queryAll, queryOne, safely } from '../common';
import { EMPTY_DRAFT, extractText, firstNameOf, readEditable, type DraftText } from '../dom-text';
import { editableOf, frameEditors } from '../editors/fallback';
import type { Composer, ConversationContext, SiteAdapter } from '../types';
import { isVisible, layoutSize } from '../visibility';
import * as S from './selectors';

function isOutermostEditable(el: HTMLElement): boolean {
  const parent = el.parentElement;
  return !parent || closest(parent, S.CONTENTEDITABLE) === null;
}

function isUsableTextarea(el: HTMLElement): boolean {
  const t = el as HTMLTextAreaElement;
  return !t.disabled && !t.readOnly;
}

/** Search boxes and other single-line or tiny fields are not where replies are written. */
function isSmallField(el: HTMLElement): boolean {
  if (el.matches(S.SINGLE_LINE) || closest(el, S.SEARCH_REGION)) return true;
  const size = isVisible(el) ? layoutSize(el) : null;
  return size !== null && (size.width < S.MIN_WIDTH || size.height < S.MIN_HEIGHT);
}

function isCandidate(el: HTMLElement): boolean {
  return closest(el, S.OPT_OUT) === null && closest(el, S.OWN_UI) === null && !isSmallField(el);
}

function keyFor(el: HTMLElement, index: number): string {
  if (el.id) return `generic:id:${el.id}`;
  const name = el.getAttribute('name');
  return name ? `generic:name:${name}` : `generic:${index}`;
}

function findComposers(doc: Document): Composer[] {
  const fields = [
    ...queryAll(doc, S.TEXTAREA).filter(isUsableTextarea),
    ...queryAll(doc, S.CONTENTEDITABLE).filter(isOutermostEditable),
    // TinyMCE and CKEditor 4 edit in an iframe's body: the iframe is the composer (editors/fallback.ts).
    ...frameEditors(doc),
  ]
    .filter(isCandidate)
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  const used = new Set<string>();
  return fields.map((element, i) => {
    let key = keyFor(element, i);
    if (used.has(key)) key = `generic:${i}`;
    used.add(key);
    return { element, site: 'generic', key };
  });
}

function readDraft(composer: Composer): DraftText {
  return readEditable(editableOf(composer.element), { exclude: S.DRAFT_EXCLUDE });
}

function readContext(_composer: Composer, doc: Document): ConversationContext {
  const marked = queryAll(doc, S.CUSTOMER_MESSAGE).filter((el) => isVisible(el));
  const latest = marked[marked.length - 1];
  const text = latest ? extractText(latest, { exclude: S.DRAFT_EXCLUDE }) : '';
  const agent = queryOne(doc, S.AGENT_NAME);
  return {
    customerMessage: text || null,
    customerFirstName: firstNameOf(latest?.getAttribute(S.CUSTOMER_MESSAGE_ATTR)),
    agentFirstName: firstNameOf(agent?.getAttribute(S.AGENT_NAME_ATTR)),
  };
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  // The user's per-site switch decides where generic runs (see adapterFor); any web page qualifies.
  matches: (url) => safely(() => url.protocol === 'https:' || url.protocol === 'http:', false),
  findComposers: (doc) => safely(() => findComposers(doc), []),
  activeComposer: (doc, lastFocused) => safely(() => pickActive(findComposers(doc), doc, lastFocused), null),
  readDraft: (composer) => safely(() => readDraft(composer), EMPTY_DRAFT),
  readContext: (composer, doc) => safely(() => readContext(composer, doc), { ...EMPTY_CONTEXT }),
};
