// The composer tracker: the one place the page's events come in. It knows which composer the agent is using, reads
// its draft (text plus the map back to the DOM) and the conversation around it, and tells its listener that
// something may have changed; it decides nothing about what to show. It is part of the small content script every
// helpdesk tab loads, so it holds no engine and no UI: the coach (loaded at the first focus) listens to it.
import type { ReplyCoachSettings } from '../shared/settings.js';
import { deepActiveElement } from '../sites/common.js';
import { editableOf } from '../sites/editors/fallback.js';
import { adapterFor } from '../sites/index.js';
import type { Composer, ConversationContext, DraftText, SiteAdapter } from '../sites/types.js';
import { isVisible } from '../sites/visibility.js';
import { contained, onStop } from './contain.js';
import { contextIsFresh, isOwnUi, mutationsInside, rescanAllowed, RESCAN_THROTTLE_MS } from './tracker-rules.js';

/** Where a composer can be at all: cheap to test before asking the adapter. */
const EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea, input';

/**
 * Node tests that hold across realms: an iframe editor's nodes (TinyMCE, CKEditor 4) belong to the frame's window, so
 * they are not instances of this window's Element or Node.
 */
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).nodeType === 'number';
const isElement = (value: unknown): value is Element => isNode(value) && value.nodeType === 1;

/** Whether `node` is in the composer: in its element, or in an iframe editor's editable body. */
function holds(composer: Composer, node: Node): boolean {
  return composer.element.contains(node) || editableOf(composer.element).contains(node);
}

/** What the tracker read from the page at one moment: the input of the session step. */
export interface Reading {
  readonly composer: Composer;
  readonly draft: DraftText;
  readonly context: ConversationContext;
}

/** A saved caret: a DOM range in an editable, offsets in a text field. */
export type SavedSelection = Range | { start: number; end: number };

export interface TrackerListener {
  /** Something may have changed; `delay` is how soon it is worth looking (0: now, e.g. focus moved; null: after a pause). */
  changed(delay: 0 | null | number): void;
  /** A key went down in the active composer (abbreviation expansion may take it). */
  keyDown?(event: KeyboardEvent, composer: Composer): void;
  /** The page's structure changed around a composer still there (the views check they are still attached). */
  pageChanged?(): void;
  /** The page scrolled or resized: views placed beside the composer follow it. */
  viewportChanged?(): void;
}

export class ComposerTracker {
  private adapter: SiteAdapter | null;
  private listener: TrackerListener | null = null;
  private lastFocused: Element | null = null;
  private active: Composer | null = null;
  private context: { key: string; at: number; value: ConversationContext } | null = null;
  private saved: SavedSelection | null = null;
  private lastRescan = Number.NEGATIVE_INFINITY;
  private composerObserver: MutationObserver | null = null;
  /** Iframe editors' documents already listened to (a WeakSet forgets the ones an editor replaced). */
  private readonly watchedFrames = new WeakSet<Document>();
  /** performance.now() of the last input event in the page (the agent's typing, or an insertion). */
  lastEditAt = Number.NEGATIVE_INFINITY;

  /**
   * Before the settings are read (the coach reads them), the page is taken to be switched on: this script only runs
   * on a built-in helpdesk or on an origin the user switched on (src/background/sites.ts registers it there).
   */
  constructor(private readonly doc: Document) {
    this.adapter = adapterFor(new URL(doc.location.href), [doc.location.origin], doc);
    this.listen();
  }

  /** Whether `element` is inside one of the page's composers (the pointer over it: the agent is about to click in). */
  isInComposer(element: Element): boolean {
    if (!this.adapter || !element.closest(EDITABLE)) return false;
    return this.adapter.findComposers(this.doc).some((composer) => composer.element.contains(element));
  }

  /** Whether the agent is in a composer now (focus inside it): the moment the coach is needed. */
  agentInComposer(): boolean {
    const composer = this.current();
    const focused = deepActiveElement(this.doc);
    return composer !== null && focused !== null && composer.element.contains(focused);
  }

  /** Who hears about changes: the coach once it has loaded, the loader before. */
  setListener(listener: TrackerListener | null): void {
    this.listener = listener;
  }

  get siteId(): SiteAdapter['id'] | null {
    return this.adapter?.id ?? null;
  }

  /**
   * The settings decide the adapter: none for a built-in site switched off, generic only on the origins switched on.
   * The conversation is read afresh.
   */
  useSiteSettings(settings: Pick<ReplyCoachSettings, 'enabledOrigins' | 'disabledSites'>): void {
    const adapter = adapterFor(new URL(this.doc.location.href), settings.enabledOrigins, this.doc);
    this.useAdapter(adapter && !settings.disabledSites.includes(adapter.id) ? adapter : null);
  }

  private useAdapter(adapter: SiteAdapter | null): void {
    this.adapter = adapter;
    this.context = null;
    if (!adapter) this.setActive(null);
  }

  /** The composer the agent is using now, or null (also when the site is off). */
  current(): Composer | null {
    if (!this.adapter) return null;
    const composer = this.focusedActive() ?? this.adapter.activeComposer(this.doc, this.lastFocused);
    if (composer?.element !== this.active?.element) this.setActive(composer);
    return composer;
  }

  /** The active composer if still in the page, else whichever is active now. */
  connected(): Composer | null {
    return this.active?.element.isConnected ? this.active : this.current();
  }

  /** The draft and conversation of the active composer, read now; null when there is none. */
  read(): Reading | null {
    const composer = this.current();
    if (!composer || !this.adapter) return null;
    return { composer, draft: this.adapter.readDraft(composer), context: this.conversation(composer) };
  }

  /** The conversation last read for the active composer (phrases are filled with its names). */
  lastContext(): ConversationContext | null {
    return this.context?.value ?? null;
  }

  /** The caret saved when it last left the composer, or the live one while it is inside. */
  selection(): SavedSelection | null {
    this.saveSelection();
    return this.saved;
  }

  forgetSelection(): void {
    this.saved = null;
  }

  // --- events ---

  private listen(): void {
    const doc = this.doc;
    const opts = { capture: true, passive: true } as const;
    const detach = this.attach(doc);
    const onViewport = contained('viewport', () => this.listener?.viewportChanged?.());
    // Focus entering an iframe editor reaches this document only as the window's blur (no focusin here): the frame's
    // events are followed from then on, and the move counts as a focus change. A task later: during the blur the
    // iframe may not be the active element yet.
    const followFrame = contained('frame-focus', () => this.followFocusedFrame());
    const onWindowBlur = () => setTimeout(followFrame, 0);
    const view = doc.defaultView;
    view?.addEventListener('scroll', onViewport, opts);
    view?.addEventListener('resize', onViewport, opts);
    view?.addEventListener('blur', onWindowBlur, opts);

    // Single-page apps mount and unmount composers as the agent navigates: one page-wide observer of structure only
    // (not text), throttled, asks for a fresh look.
    const pageObserver = new MutationObserver(
      contained('page-observer', (records: MutationRecord[]) => {
        // Typing changes the composer's own subtree, which the composer observer handles.
        const composer = this.active?.element;
        if (composer?.isConnected && mutationsInside(composer, records)) return;
        const now = performance.now();
        if (!rescanAllowed(this.lastRescan, now)) {
          this.listener?.changed(RESCAN_THROTTLE_MS);
          return;
        }
        this.lastRescan = now;
        // A composer gone from the page: look again now. Otherwise the page may have removed what the views drew.
        if (!this.active?.element.isConnected) this.listener?.changed(0);
        else this.listener?.pageChanged?.();
      }),
    );
    pageObserver.observe(doc.documentElement, { childList: true, subtree: true });

    onStop(() => {
      detach();
      view?.removeEventListener('scroll', onViewport, opts);
      view?.removeEventListener('resize', onViewport, opts);
      view?.removeEventListener('blur', onWindowBlur, opts);
      pageObserver.disconnect();
      this.composerObserver?.disconnect();
      this.listener = null;
    });
  }

  /**
   * The agent's events in one document: the page's own, or an iframe editor's (TinyMCE, CKEditor 4), whose events
   * never reach the page's document. Nothing here uses `instanceof`: a frame's nodes are of another realm.
   */
  private attach(doc: Document): () => void {
    const opts = { capture: true, passive: true } as const;
    // In a frame, the composer is the iframe element (sites/editors/fallback.ts): that is what the agent focused.
    const frame = doc === this.doc ? null : doc.defaultView?.frameElement ?? null;
    const onFocus = contained('focusin', (event: FocusEvent) => {
      const target = event.composedPath()[0];
      if (isElement(target) && !isOwnUi(target)) this.lastFocused = frame ?? target;
      this.listener?.changed(0);
    });
    const onInput = contained('input', () => {
      this.lastEditAt = performance.now();
      this.listener?.changed(null);
    });
    const onKeyDown = contained('keydown', (event: KeyboardEvent) => {
      const composer = this.active;
      const target = event.composedPath()[0];
      if (composer && isNode(target) && holds(composer, target)) this.listener?.keyDown?.(event, composer);
    });
    // The caret is remembered when it may be about to leave the composer (a click anywhere, focus moving away), not
    // on every selectionchange: typing moves the caret with each key. At insertion time the live caret is read again.
    const onLeaving = contained('save-selection', () => this.saveSelection());
    doc.addEventListener('focusin', onFocus, opts);
    doc.addEventListener('input', onInput, opts);
    // Not passive: an expansion takes the Space or Tab that triggered it.
    doc.addEventListener('keydown', onKeyDown, { capture: true });
    doc.addEventListener('mousedown', onLeaving, opts);
    doc.addEventListener('focusout', onLeaving, opts);
    return () => {
      doc.removeEventListener('focusin', onFocus, opts);
      doc.removeEventListener('input', onInput, opts);
      doc.removeEventListener('keydown', onKeyDown, { capture: true });
      doc.removeEventListener('mousedown', onLeaving, opts);
      doc.removeEventListener('focusout', onLeaving, opts);
    };
  }

  /**
   * Focus went into an iframe: when it is an editor's (its body editable and readable), listen to its document too,
   * remember it as the last focused composer and say focus moved. Other frames (ads, widgets) are left alone.
   */
  private followFocusedFrame(): void {
    const focused = deepActiveElement(this.doc);
    if (!focused || focused.tagName !== 'IFRAME') return;
    const frame = focused as HTMLIFrameElement;
    if (editableOf(frame) === frame) return;
    this.watchFrameOf(frame);
    this.lastFocused = frame;
    this.listener?.changed(0);
  }

  /** Listen to an iframe editor's document, once per document (an editor may replace it: then the new one too). */
  private watchFrameOf(element: HTMLElement): void {
    const editable = editableOf(element);
    if (editable === element) return;
    const inner = editable.ownerDocument;
    if (this.watchedFrames.has(inner)) return;
    this.watchedFrames.add(inner);
    const detach = this.attach(inner);
    onStop(detach);
  }

  /**
   * The active composer when the agent is still typing in it (focused, connected, visible): what every adapter would
   * pick first, found without querying the page for all its composers.
   */
  private focusedActive(): Composer | null {
    const active = this.active;
    if (!active?.element.isConnected) return null;
    const focused = deepActiveElement(this.doc);
    if (!focused || !active.element.contains(focused)) return null;
    return isVisible(active.element) ? active : null;
  }

  private setActive(composer: Composer | null): void {
    this.active = composer;
    this.saved = null;
    // Editors like CKEditor change the DOM from their model without an input event: watch the active composer.
    this.composerObserver?.disconnect();
    this.composerObserver = null;
    if (!composer) return;
    this.watchFrameOf(composer.element);
    this.composerObserver = new MutationObserver(contained('composer-observer', () => this.listener?.changed(null)));
    // An iframe editor's text is in its body, in the frame's document.
    this.composerObserver.observe(editableOf(composer.element), { childList: true, subtree: true, characterData: true });
  }

  private conversation(composer: Composer): ConversationContext {
    const now = performance.now();
    if (this.context && contextIsFresh(this.context, composer.key, now)) return this.context.value;
    const value = this.adapter!.readContext(composer, this.doc);
    this.context = { key: composer.key, at: now, value };
    return value;
  }

  /**
   * Remember where the caret is if it is in the composer, so an insertion after it left (a click elsewhere, the
   * popup) still goes there; while it is in the composer, the saved caret is the live one.
   */
  private saveSelection(): void {
    const element = this.active?.element;
    if (!element) return;
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      if (this.doc.activeElement === element) this.saved = { start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
      return;
    }
    // An iframe editor's caret is in the frame's own selection.
    const editable = editableOf(element);
    const selection = editable.ownerDocument.getSelection();
    if (selection && selection.rangeCount > 0 && editable.contains(selection.anchorNode)) this.saved = selection.getRangeAt(0).cloneRange();
  }
}
