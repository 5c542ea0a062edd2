// Popup entry. As the toolbar popup it coaches the active tab; opened as a page (tests, keyboard users who pin it)
// `?tabId=N` names the tab. The first render waits for nothing but the tab's get-state answer (at most 300 ms).
import { render } from 'preact';
import { activeTabId } from '../shared/browser-api.js';
import { localizeDocument, t } from '../shared/i18n.js';
import { browserBackend } from './browser-backend.js';
import { firstView, Popup, type PopupView } from './popup.js';

const scriptStart = performance.now();
/** When the tab's answer arrived: the render budget (100 ms) counts from here, after the message round trip. */
let answeredAt = Number.NaN;

/** Time from this script's start to the first answer on screen, for the browser test (and curious developers). */
function recordFirstRender(view: PopupView): void {
  const now = performance.now();
  document.documentElement.dataset.firstRenderMs = (now - scriptStart).toFixed(1);
  document.documentElement.dataset.firstRenderSinceNavigationMs = now.toFixed(1);
  document.documentElement.dataset.firstRenderAfterAnswerMs = (now - answeredAt).toFixed(1);
  document.documentElement.dataset.firstRenderView = view.kind === 'page' ? view.state.status : view.kind;
}

async function main(): Promise<void> {
  localizeDocument(document, t('extName'));
  const root = document.getElementById('app');
  if (!root) return;
  const param = new URLSearchParams(location.search).get('tabId');
  const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : await activeTabId();
  if (tabId === null) {
    root.textContent = t('popupNotActiveGeneric');
    return;
  }
  const backend = browserBackend(tabId);
  performance.mark('reply-coach:asking');
  // Ask the tab before rendering anything: the first paint is the checklist, not a loading step.
  const initial = await firstView(backend);
  performance.mark('reply-coach:answered');
  answeredAt = performance.now();
  render(<Popup backend={backend} initial={initial} onFirstRender={recordFirstRender} />, root);
}

void main();
