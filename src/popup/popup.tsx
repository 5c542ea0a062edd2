// The toolbar popup: the live checklist of the composer in one tab. It asks the tab's content script for its state
// once, renders as soon as the answer is there, then follows the content script's broadcasts, with a poll as the
// fallback (a broadcast can be missed while the service worker or the page restarts).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine/types.js';
import type { InsertOutcome, PageState } from '../shared/protocol.js';
import { ChecklistView } from '../ui/checklist-view.js';
import type { PopupBackend } from './backend.js';
import { plural, t } from '../shared/i18n.js';

export type PopupView =
  | { kind: 'loading' }
  /** No content script answered: the site is not switched on, or the tab is not a web page. */
  | { kind: 'unreachable'; origin: string | null }
  | { kind: 'page'; state: PageState };

interface PopupProps {
  backend: PopupBackend;
  /** Fallback poll interval; 0 switches polling off (tests). */
  pollMs?: number;
  /** Called once, right after the first answer from the tab is on screen. */
  onFirstRender?: (view: PopupView) => void;
  /** What to show first, when the caller already asked the tab (see firstView): no loading step then. */
  initial?: PopupView;
}

/**
 * The tab's answer as a view, asked before anything renders, so the first paint already shows it. Gives 'loading'
 * after `timeoutMs` so a slow page never leaves the popup blank (the popup keeps asking).
 */
export async function firstView(backend: PopupBackend, timeoutMs = 300): Promise<PopupView> {
  const answer = backend.getState().then(
    (state): PopupView => ({ kind: 'page', state }),
    async (): Promise<PopupView> => ({ kind: 'unreachable', origin: await backend.tabOrigin().catch(() => null) }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<PopupView>((resolve) => (timer = setTimeout(() => resolve({ kind: 'loading' }), timeoutMs)));
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long after an action focus is kept inside the popup when the focused button goes away (its row got met). */
const REFOCUS_WINDOW_MS = 3000;

const isWebOrigin = (origin: string | null): origin is string => origin !== null && /^https?:\/\//.test(origin);

export function Popup({ backend, pollMs = 1000, onFirstRender, initial }: PopupProps) {
  const [view, setView] = useState<PopupView>(initial ?? { kind: 'loading' });
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);
  const seq = useRef({ issued: 0, applied: 0, inFlight: false });
  const lastJson = useRef(initial ? JSON.stringify(initial) : '');
  const firstRendered = useRef(false);
  const refocusUntil = useRef(0);
  const busy = useRef(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  /** Applies a state unless a newer answer was applied already; identical states do not re-render. */
  const apply = useCallback((id: number, next: PopupView) => {
    if (id < seq.current.applied) return;
    seq.current.applied = id;
    const json = JSON.stringify(next);
    if (json === lastJson.current) return;
    lastJson.current = json;
    setView(next);
  }, []);

  const poll = useCallback(async () => {
    const s = seq.current;
    if (s.inFlight) return;
    s.inFlight = true;
    const id = ++s.issued;
    try {
      const state = await backend.getState();
      apply(id, { kind: 'page', state });
    } catch {
      const origin = await backend.tabOrigin().catch(() => null);
      apply(id, { kind: 'unreachable', origin });
    } finally {
      s.inFlight = false;
    }
  }, [backend, apply]);

  useEffect(() => {
    let alive = true;
    const unsubscribe = backend.onState((state) => {
      if (alive) apply(++seq.current.issued, { kind: 'page', state });
    });
    void poll();
    const timer = pollMs > 0 ? setInterval(() => void poll(), pollMs) : null;
    return () => {
      alive = false;
      unsubscribe();
      if (timer) clearInterval(timer);
    };
  }, [backend, poll, pollMs, apply]);

  useLayoutEffect(() => {
    if (!firstRendered.current && view.kind !== 'loading') {
      firstRendered.current = true;
      onFirstRender?.(view);
    }
    // The button the agent just used may be gone (its row is met now): keep keyboard focus in the popup.
    if (performance.now() < refocusUntil.current) {
      const active = document.activeElement;
      if (!active || active === document.body) (notice ? noticeRef.current : titleRef.current)?.focus();
    }
  }, [view, notice, onFirstRender]);

  const say = (text: string) => setNotice((prev) => ({ text, n: (prev?.n ?? 0) + 1 }));

  const act = async (run: () => Promise<InsertOutcome>, okText: string, fallbackText: string) => {
    if (busy.current) return;
    busy.current = true;
    refocusUntil.current = performance.now() + REFOCUS_WINDOW_MS;
    try {
      const outcome = await run();
      if (outcome.ok) say(okText);
      // The page may not reach the clipboard without a click of its own; the popup has the agent's click.
      else if (outcome.copiedToClipboard || (await backend.copyText(fallbackText))) say(t('popupRefusedCopied'));
      else say(t('popupRefused', outcome.reason));
    } catch {
      say(t('popupUnreachable'));
    } finally {
      busy.current = false;
    }
    void poll();
  };

  const onInsert = (phraseId: string) => {
    const text = view.kind === 'page' ? (view.state.filledPhrases[phraseId] ?? '') : '';
    void act(() => backend.insertPhrase(phraseId), t('popupInserted'), text);
  };

  const onReplace = (finding: Finding, replacement: string) => {
    const span = { start: finding.start, end: finding.end, text: finding.text };
    void act(() => backend.replaceFinding(span, replacement), t('popupReplaced', finding.text, replacement), replacement);
  };

  const switchOn = (origin: string, needsReload: boolean) => {
    // backend.switchOn starts the permission request synchronously, inside this click.
    backend
      .switchOn(origin)
      .then((granted) => {
        say(granted ? (needsReload ? t('popupSwitchedOnReload', origin) : t('popupSwitchedOn', origin)) : t('popupSwitchOnRefused'));
        void poll();
      })
      .catch(() => say(t('popupSwitchOnRefused')));
  };

  const openSettings = () => {
    backend.openSettings().catch(() => say(t('popupSettingsUnavailable')));
  };

  const settingsButton = (
    <button type="button" class="rc-secondary" onClick={openSettings}>
      {t('popupOpenSettings')}
    </button>
  );

  let summary: string;
  let tone: 'neutral' | 'done' | 'todo' | 'harm' = 'neutral';
  let body;
  let showFooter = true;
  if (view.kind === 'loading') {
    summary = t('popupLoading');
    body = null;
  } else if (view.kind === 'unreachable') {
    summary = t('popupNotActiveHeading');
    if (isWebOrigin(view.origin)) {
      const origin = view.origin;
      body = (
        <section class="rc-state" data-state="not-active">
          <p>{t('popupNotSwitchedOn', origin)}</p>
          <button type="button" class="rc-primary" data-action="switch-on" onClick={() => switchOn(origin, true)}>
            {t('popupSwitchOn', origin)}
          </button>
        </section>
      );
    } else {
      showFooter = false;
      body = (
        <section class="rc-state" data-state="not-active">
          <p>{t('popupNotActiveGeneric')}</p>
          {settingsButton}
        </section>
      );
    }
  } else {
    const { state } = view;
    if (state.status === 'off') {
      summary = t('popupNotActiveHeading');
      body = (
        <section class="rc-state" data-state="off">
          <p>{t('popupSwitchedOff', state.origin)}</p>
          <button type="button" class="rc-primary" data-action="switch-on" onClick={() => switchOn(state.origin, false)}>
            {t('popupSwitchOn', state.origin)}
          </button>
        </section>
      );
    } else if (state.status === 'no-composer') {
      summary = t('popupNoComposerHeading');
      body = (
        <section class="rc-state" data-state="no-composer">
          <p>{t('popupNoComposer')}</p>
        </section>
      );
    } else {
      // The engine's verdict, as the badge renders it.
      const verdict = state.verdict ?? { met: 0, needed: 0, checked: false, harmful: false, tone: 'neutral' as const };
      const notChecked = !verdict.checked;
      const { met, needed } = verdict;
      const harmful = state.findings.length > 0;
      const moves = t('popupSummary', met, needed);
      const findings = plural(state.findings.length, { one: 'popupFindingsOne', other: 'popupFindingsOther' });
      summary = notChecked ? t('popupSummaryNotChecked') : harmful ? t('popupSummaryWithFindings', moves, findings) : moves;
      tone = verdict.tone;
      body = (
        <section class="rc-state" data-state="ready">
          {state.draftLength === 0 && <p class="rc-note" data-note="empty">{t('popupEmptyDraft')}</p>}
          {notChecked && <p class="rc-note" data-note="not-checked">{t('popupNotChecked')}</p>}
          {!state.customerProvided && state.draftLength > 0 && <p class="rc-note" data-note="no-customer">{t('noteNoCustomer')}</p>}
          {state.truncated?.reply && (
            <p class="rc-note" data-note="truncated">
              {t('noteTruncated', state.truncated.reply.analyzedChars, state.truncated.reply.totalChars)}
            </p>
          )}
          <ChecklistView
            checklist={state.checklist}
            findings={state.findings}
            filledPhrases={state.filledPhrases}
            onInsert={onInsert}
            onReplace={onReplace}
            headingLevel={2}
          />
        </section>
      );
    }
  }

  return (
    <main class="rc-popup" data-view={view.kind === 'page' ? view.state.status : view.kind}>
      <header class="rc-header">
        <h1 ref={titleRef} tabIndex={-1}>
          {t('extName')}
        </h1>
        <p class="rc-summary" data-tone={tone} role="status">
          {summary}
        </p>
      </header>
      {body}
      <p class="rc-notice" ref={noticeRef} tabIndex={-1} role="status">
        {notice && <span key={notice.n}>{notice.text}</span>}
      </p>
      {showFooter && <footer class="rc-footer">{settingsButton}</footer>}
    </main>
  );
}
