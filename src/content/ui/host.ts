// The badge's home: a Shadow DOM host outside the editable, appended to <html> so the helpdesk's own re-renders of
// <body> content do not remove it (and re-attached if something does). Marked [data-reply-coach] so adapters and
// text extraction skip it.
import { render, type VNode } from 'preact';
import { textDirection, uiLanguage } from '../../shared/i18n.js';
import { PANEL_CSS } from './styles.js';

const BADGE_SIZE = { width: 56, height: 26 };
const MARGIN = 6;

export class BadgeHost {
  readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  /** Where the badge was last put: placing it again at the same spot writes nothing, so the page restyles nothing. */
  private placed: string | null = null;

  constructor(doc: Document) {
    this.element = doc.createElement('reply-coach-badge');
    this.element.setAttribute('data-reply-coach', '');
    // Outside the page's stacking contexts, on top of the helpdesk's chrome, never taking pointer events it does
    // not draw.
    this.element.style.cssText =
      'position:fixed;z-index:2147483646;top:0;left:0;width:0;height:0;overflow:visible;display:none;';
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    this.mount = doc.createElement('div');
    this.mount.style.cssText = `position:absolute;right:0;bottom:0;`;
    speakExtensionLanguage(this.element, this.mount);
    shadow.append(style, this.mount);
  }

  /** Re-attach if the page removed us; cheap when attached. */
  ensureAttached(): void {
    if (!this.element.isConnected) this.element.ownerDocument.documentElement.append(this.element);
  }

  render(content: VNode): void {
    this.ensureAttached();
    render(content, this.mount);
  }

  /** Place the badge at the composer's bottom-right corner, outside the text (below it when there is room). */
  placeBeside(composer: Element): void {
    const rect = composer.getBoundingClientRect();
    const view = composer.ownerDocument.defaultView;
    if (rect.width === 0 && rect.height === 0) {
      this.hide();
      return;
    }
    const viewportHeight = view?.innerHeight ?? 0;
    const roomBelow = viewportHeight - rect.bottom > BADGE_SIZE.height + MARGIN;
    const top = roomBelow ? rect.bottom + MARGIN + BADGE_SIZE.height : rect.bottom - MARGIN;
    const left = Math.max(BADGE_SIZE.width, rect.right);
    // The panel opens towards the larger free space, never past the viewport: a panel off screen cannot be used.
    const above = top - BADGE_SIZE.height - 2 * MARGIN;
    const below = viewportHeight - top - 2 * MARGIN;
    const open = above >= below ? 'up' : 'down';
    const panelMax = Math.max(160, Math.round(Math.max(above, below)));
    const placement = `${Math.round(top)} ${Math.round(left)} ${open} ${panelMax}`;
    if (placement === this.placed) return;
    this.placed = placement;
    this.element.style.top = `${Math.round(top)}px`;
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.display = 'block';
    this.element.dataset.open = open;
    this.element.style.setProperty('--rc-panel-max', `${panelMax}px`);
  }

  hide(): void {
    if (this.placed === 'hidden') return;
    this.placed = 'hidden';
    this.element.style.display = 'none';
  }

  destroy(): void {
    render(null, this.mount);
    this.element.remove();
  }
}

/**
 * The badge and panel speak the extension's language, not the page's: an Arabic UI on an English helpdesk reads right
 * to left, and an English UI on a Hebrew one left to right. Set on the host (direction inherits into the shadow tree,
 * and `all: initial` keeps it) and on the mount inside, where no page style can override it.
 */
export function speakExtensionLanguage(host: HTMLElement, mount: HTMLElement): void {
  for (const element of [host, mount]) {
    element.dir = textDirection();
    element.lang = uiLanguage();
  }
}
