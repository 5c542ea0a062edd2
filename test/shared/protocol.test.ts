// The message protocol, typed both ways from one map (ContentProtocol): each request kind's answer type reaches the
// sender, and the guard knows every kind. The type assertions are checked by `npm run typecheck` (tsc reads tests).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { onRequest, sendToTab } from '../../src/shared/browser-api.js';
import {
  isContentRequest,
  type ContentAnswer,
  type ContentProtocol,
  type ContentRequest,
  type InsertOutcome,
  type PageState,
} from '../../src/shared/protocol.js';

type Send = typeof sendToTab;
declare const send: Send;

describe('the content-script protocol', () => {
  it('gives each request kind its own answer type', () => {
    expectTypeOf<ContentAnswer<'get-state'>>().toEqualTypeOf<PageState>();
    expectTypeOf<ContentAnswer<'insert-phrase'>>().toEqualTypeOf<InsertOutcome>();
    expectTypeOf<ContentAnswer<'replace-finding'>>().toEqualTypeOf<InsertOutcome>();
    expectTypeOf<ContentAnswer<'run-command'>>().toEqualTypeOf<InsertOutcome | { ok: true; method: 'picker-opened' }>();
    expectTypeOf<ContentRequest['kind']>().toEqualTypeOf<keyof ContentProtocol>();
  });

  it('types what a sender sends and gets back', () => {
    const typesOnly = () => {
      expectTypeOf(send(1, { kind: 'get-state' })).toEqualTypeOf<Promise<PageState>>();
      expectTypeOf(send(1, { kind: 'insert-phrase', phraseId: 'x' })).toEqualTypeOf<Promise<InsertOutcome>>();
      // @ts-expect-error an insert-phrase request carries its phrase id
      void send(1, { kind: 'insert-phrase' });
      // @ts-expect-error a command must be one of COMMAND_NAMES
      void send(1, { kind: 'run-command', command: 'format-disk' });
      // @ts-expect-error no such kind
      void send(1, { kind: 'get-everything' });
    };
    expect(typesOnly).toBeTypeOf('function');
  });

  it("types what the listener gets and may answer", () => {
    type Handler = Parameters<typeof onRequest>[0];
    expectTypeOf<Parameters<Handler>[0]>().toEqualTypeOf<ContentRequest>();
    expectTypeOf<Promise<PageState>>().toExtend<NonNullable<ReturnType<Handler>>>();
    expectTypeOf<Promise<string>>().not.toExtend<NonNullable<ReturnType<Handler>>>();
  });

  it('accepts every kind of the map and nothing else', () => {
    const kinds = { 'get-state': 0, 'insert-phrase': 0, 'replace-finding': 0, 'run-command': 0 } satisfies Record<keyof ContentProtocol, 0>;
    for (const kind of Object.keys(kinds)) expect(isContentRequest({ kind })).toBe(true);
    for (const message of [null, 'get-state', {}, { kind: 'state-changed' }, { kind: 'toString' }, { kind: 'constructor' }])
      expect(isContentRequest(message)).toBe(false);
  });
});
