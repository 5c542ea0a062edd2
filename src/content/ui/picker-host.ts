// The picker's home: a Shadow DOM host placed at the caret, outside the editable, removed when the picker closes.
import { render, type VNode } from 'preact';
import { speakExtensionLanguage } from './host.js';
import { PICKER_CSS } from './styles.js';

export class PickerHost {
  private readonly element: HTMLElement;
  private readonly mount: HTMLElement;

  constructor(doc: Document) {
    this.element = doc.createElement('reply-coach-picker');
    this.element.setAttribute('data-reply-coach', '');
    this.element.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;';
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PICKER_CSS;
    this.mount = doc.createElement('div');
    speakExtensionLanguage(this.element, this.mount);
    shadow.append(style, this.mount);
  }

  /** Opens below the caret, or above it when the caret is near the bottom of the window. */
  open(at: DOMRect, content: VNode): void {
    const doc = this.element.ownerDocument;
    const view = doc.defaultView;
    const height = view?.innerHeight ?? 800;
    const width = view?.innerWidth ?? 1200;
    const top = at.bottom + 330 < height ? at.bottom + 4 : Math.max(4, at.top - 334);
    this.element.style.top = `${Math.round(top)}px`;
    this.element.style.left = `${Math.round(Math.min(Math.max(4, at.left), Math.max(4, width - 430)))}px`;
    if (!this.element.isConnected) doc.documentElement.append(this.element);
    render(content, this.mount);
  }

  get isOpen(): boolean {
    return this.element.isConnected;
  }

  close(): void {
    render(null, this.mount);
    this.element.remove();
  }
}
