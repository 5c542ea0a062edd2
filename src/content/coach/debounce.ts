// When the coach looks at the draft again: after a pause in typing, or at once when focus moved. Typing never waits
// for us: a keystroke only moves the due time; the work runs after a short pause, well inside the 150 ms the agent
// may wait to see the result. The clock and timers are passed in, so test/content/debounce.test.ts runs it in Node.

/** Pause after the last keystroke before re-analysing: short enough to feel live, long enough to skip bursts. */
export const ANALYSE_DELAY_MS = 60;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `run` once `delay` after the latest `schedule(delay)`, as clearTimeout + setTimeout would; but an armed timer
 * that fires earlier is kept and re-armed for the rest when it fires: one timer per pause in typing instead of two
 * per keystroke (the input event and the editor's mutations).
 */
export class Debounce {
  private timer: unknown = null;
  /** When the armed timer fires, and when the run is due (the latest schedule() decides). */
  private timerAt = 0;
  private dueAt = 0;

  constructor(
    private readonly run: () => void,
    private readonly clock: Clock = realClock,
  ) {}

  get pending(): boolean {
    return this.timer !== null;
  }

  schedule(delay = ANALYSE_DELAY_MS): void {
    const now = this.clock.now();
    this.dueAt = now + delay;
    if (this.timer !== null && this.timerAt <= this.dueAt) return;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.arm(delay, now);
  }

  /** Runs now what was due later (a request needs the current state), or nothing when nothing is pending. */
  flush(): void {
    if (this.timer === null) return;
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(delay: number, now: number): void {
    this.timerAt = now + delay;
    this.timer = this.clock.setTimeout(this.onTimer, delay);
  }

  private readonly onTimer = () => {
    this.timer = null;
    const now = this.clock.now();
    // Timers may fire a little early; a millisecond is not worth another task.
    if (this.dueAt - now > 1) {
      this.arm(this.dueAt - now, now);
      return;
    }
    this.run();
  };
}
