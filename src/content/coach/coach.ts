// The coach: what happens once the agent works in a composer. One way only: the tracker says something may have
// changed → after a pause the coach reads the draft and context from it → the pure session step makes an immutable
// snapshot → the views draw it (badge and panel, highlights, the popup's broadcast). Features act on the snapshot
// and write through the editor; their effects come back as input events, like the agent's typing.
import type { Finding } from '../../engine/types.js';
import type {
  CommandName,
  ContentAnswer,
  ContentRequest,
  ContentRequestKind,
  ContentRequestOf,
  InsertOutcome,
  PageState,
} from '../../shared/protocol.js';
import type { ReplyCoachSettings } from '../../shared/settings.js';
import type { Composer } from '../../sites/types.js';
import type { CoachApi } from '../coach-handoff.js';
import { contained, isStopped, onStop } from '../contain.js';
import { expansionFor } from '../features/expand-abbreviation.js';
import { insertIntoComposer, type InsertDone, type InsertRequest } from '../features/insert-into-composer.js';
import { phraseText, suggestedPhraseId } from '../features/insert-phrase.js';
import { openPhrasePicker, pickerItems } from '../features/phrase-picker.js';
import { FilledPhrases, libraryOf, phraseContext } from '../features/phrases.js';
import { replaceFinding, type FindingSpan } from '../features/replace-finding.js';
import { emptyState, sessionStep, type Snapshot } from '../session.js';
import type { ComposerTracker, Reading, SavedSelection, TrackerListener } from '../tracker.js';
import { PickerHost } from '../ui/picker-host.js';
import { BadgeView } from '../views/badge-view.js';
import { clearHighlights, showHighlights } from '../views/highlights.js';
import { PopupChannel } from '../views/popup-channel.js';
import { Debounce, ANALYSE_DELAY_MS } from './debounce.js';

/** What the views show now: replaced as a whole on every change, never edited. */
interface Shown {
  readonly state: Readonly<PageState>;
  readonly reading: Reading | null;
  /** The inputs it was made from: a look with the same inputs has nothing new to analyse or draw. */
  readonly inputs: readonly unknown[] | null;
}

export class Coach implements TrackerListener, CoachApi {
  private settings: ReplyCoachSettings;
  private shown: Shown;
  /** A one-line message after an action (e.g. "copied to the clipboard: the editor refused the text"). */
  private notice: string | null = null;
  private readonly debounce = new Debounce(contained('refresh', () => this.refresh()));
  private readonly filled = new FilledPhrases();
  private readonly badge: BadgeView;
  private readonly picker: PickerHost;
  private readonly popup = new PopupChannel();

  constructor(
    private readonly doc: Document,
    private readonly tracker: ComposerTracker,
    settings: ReplyCoachSettings,
  ) {
    this.settings = settings;
    this.tracker.useSiteSettings(settings);
    this.shown = { state: this.empty(), reading: null, inputs: null };
    this.badge = new BadgeView(doc, {
      onInsert: (id: string) => void this.insertPhrase(id, null),
      onReplace: (finding: Finding, replacement: string) => void this.replace(finding, replacement),
    });
    this.picker = new PickerHost(doc);
    onStop(() => {
      this.debounce.cancel();
      this.picker.close();
      clearHighlights();
      this.badge.destroy();
    });
    tracker.setListener(this);
    // The agent has been typing while the coach loaded: read what is there now.
    this.refresh();
  }

  // --- what the tracker tells ---

  changed(delay: number | null): void {
    if (isStopped()) return;
    this.debounce.schedule(delay ?? ANALYSE_DELAY_MS);
  }

  keyDown(event: KeyboardEvent, composer: Composer): void {
    if (!this.settings.expansion) return;
    const expansion = expansionFor(event, composer, this.library(), this.names());
    if (expansion) void this.write(expansion);
  }

  pageChanged(): void {
    this.badge.ensureAttached();
  }

  viewportChanged(): void {
    if (this.shown.state.status === 'ready') this.badge.place(this.shown.reading?.composer.element ?? null);
  }

  updateSettings(settings: ReplyCoachSettings): void {
    this.settings = settings;
    this.tracker.useSiteSettings(settings);
    this.debounce.schedule(0);
  }

  // --- requests (the popup, the service worker) ---

  /**
   * One handler per request kind, typed by the protocol's map: each must return its own kind's answer, which a
   * switch over the union could not check.
   */
  private readonly handlers: { [K in ContentRequestKind]: (request: ContentRequestOf<K>) => Promise<ContentAnswer<K>> } = {
    'get-state': () => {
      this.popup.popupAsked();
      this.debounce.flush();
      return Promise.resolve(this.shown.state);
    },
    'insert-phrase': (request) => this.insertPhrase(request.phraseId, null),
    'replace-finding': (request) => this.replace(request, request.replacement),
    'run-command': (request) => this.runCommand(request.command),
  };

  answer(request: ContentRequest): Promise<ContentAnswer> {
    const handler = this.handlers[request.kind] as (request: ContentRequest) => Promise<ContentAnswer>;
    return handler(request);
  }

  private async runCommand(command: CommandName): Promise<InsertOutcome | { ok: true; method: 'picker-opened' }> {
    if (command === 'insert-suggestion') {
      this.refresh();
      const suggestion = suggestedPhraseId(this.shown.state);
      if (!suggestion.ok) return { ok: false, reason: suggestion.reason, copiedToClipboard: false };
      return this.insertPhrase(suggestion.phraseId, null);
    }
    const composer = this.tracker.connected();
    if (composer)
      openPhrasePicker({
        host: this.picker,
        composer,
        selection: this.tracker.selection(),
        items: pickerItems(this.library(), this.names()),
        choose: (id, selection) => void this.insertPhrase(id, selection),
      });
    return { ok: true, method: 'picker-opened' };
  }

  // --- features ---

  private insertPhrase(phraseId: string, selection: SavedSelection | null): Promise<InsertOutcome> {
    const choice = phraseText(phraseId, this.library(), this.names());
    if (!choice.ok) return Promise.resolve({ ok: false, reason: choice.reason, copiedToClipboard: false });
    return this.write(selection ? { text: choice.text, selection, force: true } : { text: choice.text });
  }

  private async replace(span: FindingSpan, replacement: string): Promise<InsertOutcome> {
    return this.settle(await replaceFinding(this.tracker, this.doc, span, replacement));
  }

  private async write(request: InsertRequest): Promise<InsertOutcome> {
    return this.settle(await insertIntoComposer(this.tracker, this.doc, request));
  }

  /** An action's notice becomes part of what the views show; the editor's change comes back as input. */
  private settle({ outcome, notice }: InsertDone): InsertOutcome {
    if (outcome.ok) this.notice = null;
    else if (notice !== null) this.notice = notice;
    else return outcome;
    this.debounce.schedule(0);
    return outcome;
  }

  // --- the one-way step ---

  private refresh(): void {
    if (isStopped()) return;
    this.debounce.cancel();
    const reading = this.tracker.read();
    if (!reading) {
      this.show({ state: this.empty(), reading: null, inputs: null }, null);
      return;
    }
    const inputs = [reading.composer.element, reading.composer.key, reading.draft.text, reading.context, this.settings, this.notice];
    const same = this.shown.inputs?.every((input, i) => input === inputs[i]);
    if (same) {
      this.badge.place(reading.composer.element);
      return;
    }
    const snapshot = sessionStep({
      site: reading.composer.site,
      origin: this.doc.location.origin,
      composerKey: reading.composer.key,
      draft: reading.draft.text,
      context: reading.context,
      settings: { disabledRules: this.settings.disabledRules, policy: this.settings.policy, library: this.library() },
      fill: (id) => this.filled.fill(id, this.library(), this.names()),
    });
    this.show({ state: snapshot.state, reading, inputs }, snapshot);
  }

  /** Hands the new snapshot to every view. */
  private show(shown: Shown, snapshot: Snapshot | null): void {
    this.shown = shown;
    const composer = shown.reading?.composer.element ?? null;
    this.badge.show(shown.state, this.notice, composer);
    if (snapshot && shown.reading) showHighlights(shown.reading.composer.element, shown.reading.draft, snapshot.analysis.findings);
    else clearHighlights();
    this.popup.publish(shown.state);
  }

  private empty(): Readonly<PageState> {
    const site = this.tracker.siteId;
    return emptyState(site === null ? 'off' : 'no-composer', site, this.doc.location.origin);
  }

  private library() {
    return libraryOf(this.settings);
  }

  private names() {
    return phraseContext(this.settings, this.tracker.lastContext());
  }
}
