// The content script's core: finds the composer the agent is using, re-analyses the draft as they type, draws the
// badge, panel and highlights, and inserts phrases. Typing never waits for us: input handlers only (re)arm a timer;
// the work runs after a short pause, well inside the 150 ms the agent may wait to see the result.
import { h, type VNode } from 'preact';
import { ROW_LABELS } from '../engine/checklist.js';
import { BUILT_IN_PHRASES, fillPhrase, phraseById, type Phrase, type PhraseContext } from '../engine/phrases/index.js';
import type { Finding } from '../engine/types.js';
import { t } from '../shared/i18n.js';
import type { CommandName, InsertOutcome, PageState } from '../shared/protocol.js';
import type { ReplyCoachSettings } from '../shared/settings.js';
import { deepActiveElement } from '../sites/common.js';
import { adapterFor } from '../sites/index.js';
import type { Composer, ConversationContext, SiteAdapter } from '../sites/types.js';
import { isVisible } from '../sites/visibility.js';
import { contained, containedAsync, isStopped, onStop } from './contain.js';
import { abbreviationAtCaret, isExpansionTrigger } from './expansion.js';
import { clearHighlights, showHighlights } from './highlights.js';
import { insertText, waitBeforeInsertMs, type InsertResult } from './insert/index.js';
import { emptyState, sessionStep } from './session.js';
import { selectionForSpan } from './text-ranges.js';
import { BadgeHost } from './ui/host.js';
import { Panel } from './ui/panel.js';
import { Picker, type PickerItem } from './ui/picker.js';
import { PickerHost } from './ui/picker-host.js';

/** Pause after the last keystroke before re-analysing: short enough to feel live, long enough to skip bursts. */
const ANALYSE_DELAY_MS = 60;
/** How often the page-wide observer may trigger a rescan for composers that appear or vanish. */
const RESCAN_THROTTLE_MS = 300;
/** The customer's message changes rarely while the agent types; re-read it at most this often. */
const CONTEXT_TTL_MS = 1500;

export interface ControllerHooks {
  /** Called with every new state, e.g. to tell an open popup. */
  onState?: (state: PageState) => void;
}

export class Controller {
  private adapter: SiteAdapter | null = null;
  private settings: ReplyCoachSettings;
  private lastFocused: Element | null = null;
  private active: Composer | null = null;
  private draft = '';
  /**
   * What the current result was made from: a refresh with the same inputs (an editor re-render or a caret move that
   * leaves the text alone) has nothing new to analyse or show.
   */
  private analysed: {
    composer: HTMLElement;
    draft: string;
    context: ConversationContext;
    settings: ReplyCoachSettings;
    notice: string | null;
  } | null = null;
  private context: { key: string; at: number; value: ConversationContext } | null = null;
  private savedSelection: Range | { start: number; end: number } | null = null;
  /** performance.now() of the last input event in the page (the agent's typing, or an insertion). */
  private lastEditAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the armed timer fires, and when the analysis is due (the latest schedule() decides). */
  private timerAt = 0;
  private dueAt = 0;
  /** Filled phrase texts by id, for one library and one set of names: filling is regex work, names rarely change. */
  private filled: { library: readonly Phrase[]; names: string; texts: Map<string, string> } | null = null;
  /** What the badge and panel last rendered, so an unchanged result re-renders nothing. */
  private rendered: string | null = null;
  private lastRescan = 0;
  private composerObserver: MutationObserver | null = null;
  private pageObserver: MutationObserver | null = null;
  private notice: string | null = null;
  private badge: BadgeHost;
  private picker: PickerHost;
  private state: PageState;

  constructor(
    private readonly doc: Document,
    settings: ReplyCoachSettings,
    private readonly hooks: ControllerHooks = {},
  ) {
    this.settings = settings;
    this.badge = new BadgeHost(doc);
    this.picker = new PickerHost(doc);
    this.state = this.emptyState('no-composer');
    this.chooseAdapter();
    this.listen();
    this.schedule(0);
  }

  // --- public surface (the message handler calls these) ---

  getState(): PageState {
    return this.state;
  }

  updateSettings(settings: ReplyCoachSettings): void {
    this.settings = settings;
    this.context = null;
    this.chooseAdapter();
    this.schedule(0);
  }

  async insertPhrase(phraseId: string): Promise<InsertOutcome> {
    return this.insertPhraseAt(phraseId, null);
  }

  private async insertPhraseAt(phraseId: string, selection: Range | { start: number; end: number } | null): Promise<InsertOutcome> {
    const phrase = phraseById(phraseId, this.library());
    if (!phrase) return { ok: false, reason: `unknown phrase ${phraseId}`, copiedToClipboard: false };
    return this.insert(fillPhrase(phrase.text, this.phraseContext()), selection ? { selection, force: true } : {});
  }

  async replaceFinding(span: { start: number; end: number; text: string }, replacement: string): Promise<InsertOutcome> {
    const composer = this.currentComposer();
    if (!composer) return { ok: false, reason: 'composer not found', copiedToClipboard: false };
    const selection = selectionForSpan(composer.element, this.draft, span);
    if (!selection) return { ok: false, reason: 'the phrase is no longer in the draft', copiedToClipboard: false };
    return this.insert(replacement, { selection, spacing: false, force: true });
  }

  async runCommand(command: CommandName): Promise<InsertOutcome> {
    if (command === 'insert-suggestion') {
      this.refresh();
      const row = this.state.checklist.find((r) => (r.status === 'missing' || r.status === 'weak') && r.phraseIds.length > 0);
      if (!row) return { ok: false, reason: 'every move the reply needs is already there', copiedToClipboard: false };
      return this.insertPhrase(row.phraseIds[0]!);
    }
    this.openPicker();
    return { ok: true, method: 'picker-opened' };
  }

  /** Opens the phrase picker at the caret of the active composer. */
  openPicker(): void {
    const composer = this.currentComposer();
    if (!composer) return;
    this.saveSelection();
    const selection = this.savedSelection;
    const at = selection instanceof Range ? caretRect(selection, composer.element) : composer.element.getBoundingClientRect();
    const context = this.phraseContext();
    const items: PickerItem[] = this.library().map((phrase) => ({
      id: phrase.id,
      text: fillPhrase(phrase.text, context),
      rowLabel: ROW_LABELS[phrase.row],
      ...(phrase.abbreviation ? { abbreviation: phrase.abbreviation } : {}),
    }));
    const close = () => {
      if (!this.picker.isOpen) return;
      this.picker.close();
      composer.element.focus();
      if (selection instanceof Range && selection.startContainer.isConnected) {
        const live = this.doc.getSelection();
        live?.removeAllRanges();
        live?.addRange(selection);
      }
    };
    this.picker.open(
      at,
      h(Picker, {
        items,
        onClose: close,
        onChoose: (id: string) => {
          this.picker.close();
          composer.element.focus();
          void this.insertPhraseAt(id, selection);
        },
      }) as VNode,
    );
  }

  // --- wiring ---

  private listen(): void {
    const opts = { capture: true, passive: true } as const;
    const onFocus = contained('focusin', (event: FocusEvent) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && !target.closest('[data-reply-coach]')) this.lastFocused = target;
      this.schedule(0);
    });
    const onInput = contained('input', () => {
      this.lastEditAt = performance.now();
      this.schedule();
    });
    const onKeyDown = contained('keydown', (event: KeyboardEvent) => this.maybeExpand(event));
    // The caret is remembered when it may be about to leave the composer (a click anywhere, focus moving away), not
    // on every selectionchange: typing moves the caret with each key. At insertion time the live caret is read again.
    const onLeaving = contained('save-selection', () => this.saveSelection());
    const onViewport = contained('viewport', () => this.place());
    this.doc.addEventListener('focusin', onFocus, opts);
    this.doc.addEventListener('input', onInput, opts);
    // Not passive: an expansion takes the Space or Tab that triggered it.
    this.doc.addEventListener('keydown', onKeyDown, { capture: true });
    this.doc.addEventListener('mousedown', onLeaving, opts);
    this.doc.addEventListener('focusout', onLeaving, opts);
    const view = this.doc.defaultView;
    view?.addEventListener('scroll', onViewport, opts);
    view?.addEventListener('resize', onViewport, opts);

    // Single-page apps mount and unmount composers as the agent navigates: one page-wide observer of structure only
    // (not text), throttled, triggers a rescan.
    this.pageObserver = new MutationObserver(
      contained('page-observer', (records: MutationRecord[]) => {
        // Typing changes the composer's own subtree, which the composer observer handles: no rescan for that.
        const composer = this.active?.element;
        if (composer?.isConnected && records.every((r) => composer.contains(r.target))) return;
        const now = performance.now();
        if (now - this.lastRescan < RESCAN_THROTTLE_MS) {
          this.schedule(RESCAN_THROTTLE_MS);
          return;
        }
        this.lastRescan = now;
        if (!this.active?.element.isConnected) this.schedule(0);
        else this.badge.ensureAttached();
      }),
    );
    this.pageObserver.observe(this.doc.documentElement, { childList: true, subtree: true });

    onStop(() => {
      this.doc.removeEventListener('focusin', onFocus, opts);
      this.doc.removeEventListener('input', onInput, opts);
      this.doc.removeEventListener('keydown', onKeyDown, { capture: true });
      this.picker.close();
      this.doc.removeEventListener('mousedown', onLeaving, opts);
      this.doc.removeEventListener('focusout', onLeaving, opts);
      view?.removeEventListener('scroll', onViewport, opts);
      view?.removeEventListener('resize', onViewport, opts);
      this.pageObserver?.disconnect();
      this.composerObserver?.disconnect();
      if (this.timer !== null) clearTimeout(this.timer);
      clearHighlights();
      this.badge.destroy();
    });
  }

  /** ";sorry" + Space becomes the phrase; anything else passes through untouched. */
  private maybeExpand(event: KeyboardEvent): void {
    if (!this.settings.expansion || !isExpansionTrigger(event)) return;
    const composer = this.active;
    const target = event.composedPath()[0];
    if (!composer || !(target instanceof Node) || !composer.element.contains(target)) return;
    const found = abbreviationAtCaret(composer.element);
    if (!found) return;
    const phrase = this.library().find((p) => p.abbreviation?.toLowerCase() === found.abbreviation.toLowerCase());
    if (!phrase) return;
    event.preventDefault();
    event.stopPropagation();
    const text = fillPhrase(phrase.text, this.phraseContext()) + (event.key === ' ' ? ' ' : '');
    // At once: the phrase replaces what the agent just typed, as part of their typing (its undo step may be theirs).
    void this.insert(text, { selection: found.selection, spacing: false, force: true, immediate: true });
  }

  private chooseAdapter(): void {
    const url = new URL(this.doc.location.href);
    const adapter = adapterFor(url, this.settings.enabledOrigins, this.doc);
    this.adapter = adapter && !this.settings.disabledSites.includes(adapter.id) ? adapter : null;
  }

  /**
   * Push the analysis back to `delay` from now; the only work done on a keystroke. The latest call decides when it
   * runs, as with clearTimeout + setTimeout, but an armed timer that fires earlier is kept and re-armed for the rest
   * when it fires: one timer per pause in typing instead of two per keystroke (input event and editor mutations).
   */
  private schedule(delay = ANALYSE_DELAY_MS): void {
    if (isStopped()) return;
    const now = performance.now();
    this.dueAt = now + delay;
    if (this.timer !== null && this.timerAt <= this.dueAt) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.arm(delay, now);
  }

  private arm(delay: number, now: number): void {
    this.timerAt = now + delay;
    this.timer = setTimeout(this.onTimer, delay);
  }

  private readonly onTimer = contained('refresh', () => {
    this.timer = null;
    const now = performance.now();
    // Timers may fire a little early; a millisecond is not worth another task.
    if (this.dueAt - now > 1) {
      this.arm(this.dueAt - now, now);
      return;
    }
    this.refresh();
  });

  /** Editors like CKEditor change the DOM from their model without an input event; watch the active composer. */
  private watchComposer(composer: Composer | null): void {
    this.composerObserver?.disconnect();
    this.composerObserver = null;
    if (!composer) return;
    this.composerObserver = new MutationObserver(contained('composer-observer', () => this.schedule()));
    this.composerObserver.observe(composer.element, { childList: true, subtree: true, characterData: true });
  }

  private currentComposer(): Composer | null {
    if (this.active?.element.isConnected) return this.active;
    this.refresh();
    return this.active;
  }

  private refresh(): void {
    if (!this.adapter) {
      this.setActive(null);
      this.publish(this.emptyState('off'));
      return;
    }
    const composer = this.focusedActive() ?? this.adapter.activeComposer(this.doc, this.lastFocused);
    if (composer?.element !== this.active?.element) this.setActive(composer);
    if (!composer) {
      this.publish(this.emptyState('no-composer'));
      return;
    }
    this.draft = this.adapter.readDraft(composer);
    const context = this.conversation(composer);
    const analysed = this.analysed;
    if (
      analysed?.composer === composer.element &&
      analysed.draft === this.draft &&
      analysed.context === context &&
      analysed.settings === this.settings &&
      analysed.notice === this.notice &&
      this.state.status === 'ready' &&
      this.state.composerKey === composer.key
    ) {
      this.place();
      return;
    }
    this.analysed = { composer: composer.element, draft: this.draft, context, settings: this.settings, notice: this.notice };
    const snapshot = sessionStep({
      site: this.adapter.id,
      origin: this.doc.location.origin,
      composerKey: composer.key,
      draft: this.draft,
      context,
      settings: { disabledRules: this.settings.disabledRules, policy: this.settings.policy, library: this.library() },
      fill: (id) => this.filledPhrase(id),
    });
    this.publish(snapshot.state);
    showHighlights(composer.element, this.draft, snapshot.analysis.findings);
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

  /** A phrase filled for this conversation's names, or null for an id not in the library. */
  private filledPhrase(id: string): string | null {
    const library = this.library();
    const context = this.phraseContext();
    const names = JSON.stringify(context);
    if (this.filled?.library !== library || this.filled.names !== names) this.filled = { library, names, texts: new Map() };
    const cached = this.filled.texts.get(id);
    if (cached !== undefined) return cached;
    const phrase = phraseById(id, library);
    if (!phrase) return null;
    const text = fillPhrase(phrase.text, context);
    this.filled.texts.set(id, text);
    return text;
  }

  private setActive(composer: Composer | null): void {
    this.active = composer;
    this.savedSelection = null;
    this.watchComposer(composer);
    if (!composer) {
      this.badge.hide();
      clearHighlights();
    }
  }

  private publish(state: PageState): void {
    this.state = state;
    if (state.status === 'ready' && this.active) {
      // The panel shows neither the draft's length nor where it is: typing that changes nothing it shows renders
      // nothing (Preact would diff the same tree again).
      const view = JSON.stringify([{ ...state, draftLength: 0, composerKey: null }, this.notice]);
      if (view !== this.rendered) {
        this.rendered = view;
        this.badge.render(
          h(Panel, {
            state,
            notice: this.notice,
            onInsert: (id: string) => void this.insertPhrase(id),
            onReplace: (finding: Finding, replacement: string) => void this.replaceFinding(finding, replacement),
          }) as VNode,
        );
      } else this.badge.ensureAttached();
      this.place();
    } else this.badge.hide();
    this.hooks.onState?.(state);
  }

  private place(): void {
    if (this.active?.element.isConnected && this.state.status === 'ready') this.badge.placeBeside(this.active.element);
  }

  private conversation(composer: Composer): ConversationContext {
    const now = performance.now();
    if (this.context && this.context.key === composer.key && now - this.context.at < CONTEXT_TTL_MS) return this.context.value;
    const value = this.adapter!.readContext(composer, this.doc);
    this.context = { key: composer.key, at: now, value };
    return value;
  }

  private library(): readonly Phrase[] {
    return this.settings.phrases ?? BUILT_IN_PHRASES;
  }

  private phraseContext(): PhraseContext {
    const context = this.context?.value;
    return {
      customer: { firstName: context?.customerFirstName ?? null },
      agent: { firstName: this.settings.agentFirstName || context?.agentFirstName || null },
    };
  }

  /**
   * Remember where the caret is if it is in the composer, so an insertion after it left (a click elsewhere, the
   * popup) still goes there; while it is in the composer, the saved caret is the live one.
   */
  private saveSelection(): void {
    const element = this.active?.element;
    if (!element) return;
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      if (this.doc.activeElement === element)
        this.savedSelection = { start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
      return;
    }
    const selection = this.doc.getSelection();
    if (selection && selection.rangeCount > 0 && element.contains(selection.anchorNode))
      this.savedSelection = selection.getRangeAt(0).cloneRange();
  }

  private async insert(
    text: string,
    options: {
      selection?: Range | { start: number; end: number } | null;
      spacing?: boolean;
      force?: boolean;
      /** Skip waiting out the editor's undo-grouping window (an abbreviation's expansion). */
      immediate?: boolean;
    } = {},
  ): Promise<InsertOutcome> {
    return containedAsync(
      'insert',
      async () => {
        const composer = this.currentComposer();
        if (!composer) return this.fallBackToClipboard(text, 'composer not found');
        if (!options.selection) this.saveSelection();
        const selection = options.selection ?? this.savedSelection;
        // Some editors fold an edit into the agent's last undo step when it comes right after their typing: wait that
        // out so one Ctrl+Z takes back the phrase alone (see insert/undo-window.ts).
        const wait = options.immediate ? 0 : waitBeforeInsertMs(composer.element, this.lastEditAt, performance.now());
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        const result: InsertResult = await insertText(composer.element, text, {
          ...(selection ? { selection } : {}),
          ...(options.spacing === false ? { spacing: false } : {}),
          ...(options.force ? { force: true } : {}),
        });
        this.savedSelection = null;
        this.schedule(0);
        if (result.ok) {
          this.notice = null;
          return { ok: true, method: result.method };
        }
        return this.fallBackToClipboard(text, result.reason);
      },
      { ok: false, reason: 'insertion failed', copiedToClipboard: false },
    );
  }

  private async fallBackToClipboard(text: string, reason: string): Promise<InsertOutcome> {
    let copied: boolean;
    try {
      await this.doc.defaultView?.navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
    this.notice = copied ? t('panelRefusedCopied', reason) : t('panelRefused', reason);
    this.schedule(0);
    return { ok: false, reason, copiedToClipboard: copied };
  }

  private emptyState(status: 'off' | 'no-composer'): PageState {
    return emptyState(status, this.adapter?.id ?? null, this.doc.location.origin);
  }
}

/** Where the caret is on screen; a collapsed range in an empty line has no rect, so fall back to the composer's. */
function caretRect(range: Range, composer: HTMLElement): DOMRect {
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 && rect.top === 0 ? composer.getBoundingClientRect() : rect;
}
