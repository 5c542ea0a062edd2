// An extension update or reload injects a fresh copy of the content script while the old one still runs, unaware its
// extension context is gone. The DOM is shared between the copies' worlds, so the new copy announces itself with a
// DOM event and the old one stops and removes its views.
import { onStop, stop } from './contain.js';

const TAKEOVER_EVENT = 'reply-coach:takeover';

export function announceTakeover(doc: Document): void {
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const onTakeover = () => stop();
  doc.addEventListener(TAKEOVER_EVENT, onTakeover);
  onStop(() => doc.removeEventListener(TAKEOVER_EVENT, onTakeover));
}
