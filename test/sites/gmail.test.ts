// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmailAdapter as gm } from '../../src/sites/gmail/adapter';
import type { Composer } from '../../src/sites/types';
import { byId, loadFixture, one } from './load';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZ';

function composerFor(composers: Composer[], el: HTMLElement): Composer {
  const c = composers.find((x) => x.element === el);
  if (!c) throw new Error('composer not found');
  return c;
}

describe('gmail adapter: thread with inline reply and a new-message window', () => {
  it('matches mail.google.com only', () => {
    expect(gm.matches(new URL(GMAIL))).toBe(true);
    expect(gm.matches(new URL('https://google.com/mail'))).toBe(false);
  });

  it('finds both composers, keyed by draft id', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    expect(gm.findComposers(doc).map((c) => c.key)).toEqual(['gmail:draft:#msg-a:r-7301', 'gmail:draft:#msg-a:r-7302']);
  });

  it('picks the focused one, else the last focused; with two visible and no focus history, none', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    expect(gm.activeComposer(doc, null)).toBeNull();
    byId(doc, ':r9').focus();
    expect(gm.activeComposer(doc, null)?.element.id).toBe(':r9');
    byId(doc, ':r9').blur();
    expect(gm.activeComposer(doc, byId(doc, ':r1'))?.element.id).toBe(':r1');
    // A node inside the body counts as the body.
    const inner = byId(doc, ':r1').firstElementChild;
    expect(gm.activeComposer(doc, inner)?.element.id).toBe(':r1');
  });

  it('reads the reply draft without signature, quoted history or extension UI', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    const reply = composerFor(gm.findComposers(doc), byId(doc, ':r1'));
    expect(gm.readDraft(reply).text).toBe(
      "Hi María,\n\nI'm really sorry you had to send the photo twice.\nI've issued a full refund today.",
    );
  });

  it('gives the latest message not sent by the agent, without quote or signature', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    const reply = composerFor(gm.findComposers(doc), byId(doc, ':r1'));
    expect(gm.readContext(reply, doc)).toEqual({
      customerMessage: 'I sent the photo TWICE already. Nobody reads anything here?!😤\nI want my money back.',
      customerFirstName: 'María',
      agentFirstName: 'Sam',
    });
  });

  it('skips the agent\'s own later message', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    const list = one(doc, '[role="list"]');
    const agentMsg = list.children[1];
    if (!agentMsg) throw new Error('fixture changed');
    list.append(agentMsg.cloneNode(true));
    const reply = composerFor(gm.findComposers(doc), byId(doc, ':r1'));
    expect(gm.readContext(reply, doc).customerMessage).toMatch(/^I sent the photo TWICE/);
  });

  it('without any sign of the agent\'s address, falls back to the latest message', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    doc.title = 'Acme Mail';
    one(doc, 'a[href*="SignOutOptions"]').remove();
    doc.querySelectorAll('input[name="from"]').forEach((el) => el.remove());
    const list = one(doc, '[role="list"]');
    const agentMsg = list.children[1];
    if (!agentMsg) throw new Error('fixture changed');
    list.append(agentMsg.cloneNode(true));
    const reply = composerFor(gm.findComposers(doc), byId(doc, ':r1'));
    const ctx = gm.readContext(reply, doc);
    expect(ctx.customerMessage).toBe('Hi María, sorry about that. Could you send a photo of the jug?');
    expect(ctx.agentFirstName).toBeNull();
  });

  it('a new message to someone outside the thread has no customer message', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    const compose = composerFor(gm.findComposers(doc), byId(doc, ':r9'));
    expect(gm.readDraft(compose).text).toBe('Hi Priya, quick question about the March invoice.');
    expect(gm.readContext(compose, doc)).toEqual({
      customerMessage: null,
      customerFirstName: 'Priya',
      agentFirstName: 'Sam',
    });
  });

  it('a popped-out reply to the thread\'s customer gets their message', () => {
    const { doc } = loadFixture('gmail-thread.html', GMAIL);
    const chip = one(doc, '.AD [role="option"]');
    chip.setAttribute('data-hovercard-id', 'maria.gonzalez@example.net');
    chip.setAttribute('data-name', 'María González');
    const compose = composerFor(gm.findComposers(doc), byId(doc, ':r9'));
    expect(gm.readContext(compose, doc).customerMessage).toMatch(/^I sent the photo TWICE/);
  });
});

describe('gmail adapter: compose only', () => {
  it('finds both windows, picks the one not minimized', () => {
    const { doc } = loadFixture('gmail-compose-only.html', GMAIL);
    const composers = gm.findComposers(doc);
    expect(composers.map((c) => c.element.id)).toEqual([':q1', ':q7']);
    expect(gm.activeComposer(doc, null)?.element.id).toBe(':q1');
    // The minimized one is never chosen, even as the last focused.
    expect(gm.activeComposer(doc, byId(doc, ':q7'))?.element.id).toBe(':q1');
  });

  it('reads the draft without the signature, and names from recipient chip and account', () => {
    const { doc } = loadFixture('gmail-compose-only.html', GMAIL);
    const c = gm.activeComposer(doc, null);
    if (!c) throw new Error('no composer');
    expect(gm.readDraft(c).text).toBe('Hi Alex,\nYour refund was sent on Monday; banks take 3–5 days.\n\nJordan');
    expect(gm.readContext(c, doc)).toEqual({ customerMessage: null, customerFirstName: 'Alex', agentFirstName: 'Jordan' });
  });
});

describe('gmail adapter: changed DOM', () => {
  it('finds no composer until one is focused, and never throws', () => {
    const { doc } = loadFixture('changed-dom.html', GMAIL);
    expect(gm.findComposers(doc)).toEqual([]);
    expect(gm.activeComposer(doc, doc.body)).toBeNull();
    const stray: Composer = { element: one(doc, '[data-qa="reply-editor"]'), site: 'gmail', key: 'x' };
    // The log's selectors are renamed too: the customer's message comes from the nearest message list above the
    // composer, skipping the entry its markup marks as staff (editors/customer-fallback.ts).
    expect(gm.readContext(stray, doc)).toEqual({ customerMessage: 'Where is my order?', customerFirstName: null, agentFirstName: null });
    // No engine marker on this editable: it becomes the composer once the agent focuses it (the last fallback).
    stray.element.focus();
    expect(gm.findComposers(doc).map((c) => c.element)).toEqual([stray.element]);
    const detached: Composer = { element: doc.createElement('div'), site: 'gmail', key: 'y' };
    expect(gm.readDraft(detached).text).toBe('');
    expect(gm.readContext(detached, doc).customerMessage).toBeNull();
  });
});
