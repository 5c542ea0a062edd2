// When the coach looks again, with a fake clock: after the pause that follows the latest keystroke, once per pause,
// at once for a focus change, and early on request.
import { describe, expect, it } from 'vitest';
import { ANALYSE_DELAY_MS, Debounce, type Clock } from '../../src/content/coach/debounce.js';

function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  let armed = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      armed++;
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.at <= until).sort((x, y) => x.at - y.at)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      now = next.at;
      next.fn();
    }
    now = until;
  };
  return { clock, advance, armed: () => armed };
}

describe('Debounce', () => {
  it('runs once, a pause after the last of a burst of keystrokes, with far fewer timers than keystrokes', () => {
    const { clock, advance, armed } = fakeClock();
    let runs = 0;
    const debounce = new Debounce(() => runs++, clock);
    for (let i = 0; i < 20; i++) {
      debounce.schedule();
      advance(20);
    }
    expect(runs).toBe(0);
    advance(ANALYSE_DELAY_MS - 20 - 1);
    expect(runs).toBe(0);
    advance(2);
    expect(runs).toBe(1);
    // clearTimeout + setTimeout would arm one per keystroke (20); re-arming when one fires takes fewer.
    expect(armed()).toBeLessThan(20);
  });

  it('a focus change (delay 0) runs at once even with a pause pending', () => {
    const { clock, advance } = fakeClock();
    let runs = 0;
    const debounce = new Debounce(() => runs++, clock);
    debounce.schedule();
    debounce.schedule(0);
    advance(0);
    expect(runs).toBe(1);
    advance(ANALYSE_DELAY_MS * 2);
    expect(runs).toBe(1);
  });

  it('flush runs what is pending now, and nothing when nothing is', () => {
    const { clock, advance } = fakeClock();
    let runs = 0;
    const debounce = new Debounce(() => runs++, clock);
    debounce.flush();
    expect(runs).toBe(0);
    debounce.schedule();
    debounce.flush();
    expect(runs).toBe(1);
    advance(ANALYSE_DELAY_MS * 2);
    expect(runs).toBe(1);
  });
});
