// The tracker's decisions that need no page, in plain Node.
import { describe, expect, it } from 'vitest';
import { CONTEXT_TTL_MS, contextIsFresh, mutationsInside, rescanAllowed, RESCAN_THROTTLE_MS } from '../../src/content/tracker-rules.js';

describe('tracker rules', () => {
  it('a conversation read stays good for its composer, for a while', () => {
    const read = { key: 'zendesk:ticket:1', at: 1000 };
    expect(contextIsFresh(read, 'zendesk:ticket:1', 1000 + CONTEXT_TTL_MS - 1)).toBe(true);
    expect(contextIsFresh(read, 'zendesk:ticket:1', 1000 + CONTEXT_TTL_MS)).toBe(false);
    expect(contextIsFresh(read, 'zendesk:ticket:2', 1001)).toBe(false);
  });

  it('page-wide rescans are throttled', () => {
    expect(rescanAllowed(Number.NEGATIVE_INFINITY, 0)).toBe(true);
    expect(rescanAllowed(500, 500 + RESCAN_THROTTLE_MS - 1)).toBe(false);
    expect(rescanAllowed(500, 500 + RESCAN_THROTTLE_MS)).toBe(true);
  });

  it('only mutations all inside the composer are the agent typing', () => {
    const a = {} as Node;
    const b = {} as Node;
    const composer = { contains: (node: Node | null) => node === a };
    expect(mutationsInside(composer, [{ target: a }, { target: a }])).toBe(true);
    expect(mutationsInside(composer, [{ target: a }, { target: b }])).toBe(false);
  });
});
