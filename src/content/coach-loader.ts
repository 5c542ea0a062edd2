// Loads the coach (engine, views, features: most of the extension's weight) the first time the agent works in a
// composer, not with every helpdesk tab. The service worker injects it into this frame's isolated world
// (src/background/coach-inject.ts); until it has loaded, the agent's typing goes to the editor untouched, and the
// coach reads the draft as it is when it arrives.
import { requestCoach } from '../shared/browser-api.js';
import { leaveHandoff, type CoachApi } from './coach-handoff.js';
import { contained, onStop, report, stop } from './contain.js';
import type { ComposerTracker } from './tracker.js';

/** A coach that has not answered by then is not coming (injection refused): requests get no answer instead of hanging. */
const LOAD_TIMEOUT_MS = 10_000;
/** After a failed load, the next try waits this long: a refusal is not asked again on every keystroke. */
const RETRY_AFTER_MS = 5_000;

export class CoachLoader {
  private loading: Promise<CoachApi> | null = null;
  private failedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly tracker: ComposerTracker) {}

  /** The coach, loading it the first time. */
  load(): Promise<CoachApi> {
    if (this.loading) return this.loading;
    if (performance.now() - this.failedAt < RETRY_AFTER_MS) return Promise.reject(new Error('the coach did not load'));
    const loading = new Promise<CoachApi>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('the coach did not load')), LOAD_TIMEOUT_MS);
      leaveHandoff({
        tracker: this.tracker,
        stop,
        onStop,
        ready: (coach) => {
          clearTimeout(timeout);
          resolve(coach);
        },
      });
      requestCoach().catch((error: unknown) => {
        clearTimeout(timeout);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
    this.loading = loading;
    loading.catch((error: unknown) => {
      report(error, 'load-coach');
      this.loading = null;
      this.failedAt = performance.now();
    });
    return loading;
  }

  /**
   * Until the coach is here, the tracker's news only matters as the sign that the agent started working: focus or
   * typing in a composer. The pointer moving over a composer starts the load too, a moment before the click: the
   * coach's first analysis (a cold engine) then overlaps the agent's reach for the composer.
   */
  watch(doc: Document): void {
    const startIfWorking = () => {
      if (this.tracker.agentInComposer()) void this.load();
    };
    this.tracker.setListener({ changed: startIfWorking });
    const opts = { capture: true, passive: true } as const;
    const onPointerOver = contained('pointerover', (event: PointerEvent) => {
      const target = event.composedPath()[0];
      if (this.loading || !(target instanceof Element) || !this.tracker.isInComposer(target)) return;
      doc.removeEventListener('pointerover', onPointerOver, opts);
      void this.load();
    });
    doc.addEventListener('pointerover', onPointerOver, opts);
    onStop(() => {
      this.tracker.setListener(null);
      doc.removeEventListener('pointerover', onPointerOver, opts);
    });
    startIfWorking();
  }
}
