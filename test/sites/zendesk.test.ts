// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { zendeskAdapter as zd } from '../../src/sites/zendesk/adapter';
import { loadFixture, one } from './load';

const URL_202 = 'https://acme.zendesk.com/agent/tickets/202';
const editorIn = (doc: Document, ticket: string): HTMLElement =>
  one(doc, `[data-ticket-id="${ticket}"] [data-test-id="omnicomposer-rich-text-ckeditor"]`);

describe('zendesk adapter', () => {
  it('matches Zendesk hosts only', () => {
    expect(zd.matches(new URL(URL_202))).toBe(true);
    expect(zd.matches(new URL('https://zendesk.com.evil.example/agent'))).toBe(false);
    expect(zd.matches(new URL('https://mail.google.com/'))).toBe(false);
  });

  it('finds both tickets\' composers, keyed by ticket id', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    const composers = zd.findComposers(doc);
    expect(composers.map((c) => c.key)).toEqual(['zendesk:ticket:101', 'zendesk:ticket:202']);
    expect(composers.every((c) => c.site === 'zendesk')).toBe(true);
  });

  it('picks the open ticket\'s composer, never the hidden background one', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    expect(zd.activeComposer(doc, null)?.key).toBe('zendesk:ticket:202');
    // Last focused in the background ticket: hidden now, so not chosen.
    expect(zd.activeComposer(doc, editorIn(doc, '101'))?.key).toBe('zendesk:ticket:202');
    // Focus inside the open editor (on a paragraph's parent, as CKEditor does).
    editorIn(doc, '202').focus();
    expect(zd.activeComposer(doc, null)?.key).toBe('zendesk:ticket:202');
  });

  it('uses the ticket in the URL when a background panel is not hidden', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    one(doc, '[data-ticket-id="101"]').removeAttribute('style');
    expect(zd.activeComposer(doc, null)?.key).toBe('zendesk:ticket:202');
    expect(zd.activeComposer(doc, editorIn(doc, '101'))?.key).toBe('zendesk:ticket:202');
    // Without any ticket id (no URL match, no selected tab), two visible editors: no guess.
    const { doc: doc2 } = loadFixture('zendesk-workspace.html', 'https://acme.zendesk.com/agent/dashboard');
    one(doc2, '[data-ticket-id="101"]').removeAttribute('style');
    one(doc2, '[aria-current="page"]').setAttribute('aria-current', 'false');
    expect(zd.activeComposer(doc2, null)).toBeNull();
  });

  it('falls back to the selected header tab when the URL has no ticket id', () => {
    const { doc } = loadFixture('zendesk-workspace.html', 'https://acme.zendesk.com/agent/dashboard');
    one(doc, '[data-ticket-id="101"]').removeAttribute('style');
    expect(zd.activeComposer(doc, null)?.key).toBe('zendesk:ticket:202');
  });

  it('reads the draft without CKEditor UI or the extension\'s own UI', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    const composer = zd.activeComposer(doc, null);
    expect(composer).not.toBeNull();
    if (!composer) return;
    expect(zd.readDraft(composer).text).toBe(
      "Hi Dana,\nI'm so sorry your order hasn't arrived.\nI've sent a replacement today.\n\nBest, Sam",
    );
  });

  it('reads the latest customer message as inert text, without quoted history', () => {
    const { dom, doc } = loadFixture('zendesk-workspace.html', URL_202);
    const composer = zd.activeComposer(doc, null);
    if (!composer) throw new Error('no composer');
    const ctx = zd.readContext(composer, doc);
    expect(ctx.customerMessage).toBe(
      'This is RIDICULOUS. Three days of "tomorrow" and still nothing! 😡🤬\n' +
        '<img src=x onerror=alert(document.cookie)> is what your tracking page shows.\n' +
        'Bellhere[31m and אני רוצה החזר כספי — refund me NOW.\n' +
        'Dana',
    );
    expect(ctx.customerFirstName).toBe('Dana');
    expect(ctx.agentFirstName).toBe('Sam');
    expect((dom.window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('reads the background ticket\'s own conversation for its composer', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    const bg = zd.findComposers(doc).find((c) => c.key === 'zendesk:ticket:101');
    if (!bg) throw new Error('no background composer');
    const ctx = zd.readContext(bg, doc);
    expect(ctx.customerMessage).toBe('I was charged twice for order 3310.');
    expect(ctx.customerFirstName).toBe('Liam');
    expect(zd.readDraft(bg).text).toBe('Background draft for Liam.');
  });

  it('falls back: not-agent message, then latest message; never an internal note', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    const log = one(doc, '[data-ticket-id="202"] [data-test-id="omni-log-container"]');
    const agentItem = log.querySelectorAll('[data-test-id="omni-log-comment-item"]')[1];
    if (!agentItem) throw new Error('fixture changed');
    log.append(agentItem.cloneNode(true)); // the agent wrote last
    const composer = zd.activeComposer(doc, null);
    if (!composer) throw new Error('no composer');
    expect(zd.readContext(composer, doc).customerMessage).toMatch(/^This is RIDICULOUS/);

    // Role attributes gone: the agent badge still tells agents apart.
    log.querySelectorAll('[type]').forEach((el) => el.removeAttribute('type'));
    expect(zd.readContext(composer, doc).customerMessage).toMatch(/^This is RIDICULOUS/);

    // Badges gone too: nothing tells who wrote what, so the latest (non-note) message.
    log.querySelectorAll('[data-test-id="omni-log-avatar-badge-AgentBadge"]').forEach((el) => el.remove());
    expect(zd.readContext(composer, doc).customerMessage).toBe(
      'Hi Dana, I have asked the carrier and will update you tomorrow.',
    );
  });

  it('takes the requester name from the log when the requester field is gone, and leaves the agent name null', () => {
    const { doc } = loadFixture('zendesk-workspace.html', URL_202);
    doc.querySelectorAll('[data-test-id="ticket-system-field-requester-select"], [data-test-id="header-profile-menu-button"]')
      .forEach((el) => el.remove());
    const composer = zd.activeComposer(doc, null);
    if (!composer) throw new Error('no composer');
    const ctx = zd.readContext(composer, doc);
    expect(ctx.customerFirstName).toBe('Dana');
    expect(ctx.agentFirstName).toBeNull();
  });

  it('finds no composer until one is focused, and never throws, on a changed DOM', () => {
    const { doc } = loadFixture('changed-dom.html', URL_202);
    expect(zd.findComposers(doc)).toEqual([]);
    expect(zd.activeComposer(doc, doc.body)).toBeNull();
    const stray = { element: one(doc, '[data-qa="reply-editor"]'), site: 'zendesk' as const, key: 'x' };
    // The log's selectors are renamed too: the customer's message comes from the nearest message list above the
    // composer, skipping the entry its markup marks as staff (editors/customer-fallback.ts).
    expect(zd.readContext(stray, doc)).toEqual({ customerMessage: 'Where is my order?', customerFirstName: null, agentFirstName: null });
    // No engine marker on this editable: it becomes the composer once the agent focuses it (the last fallback).
    stray.element.focus();
    expect(zd.findComposers(doc).map((c) => c.element)).toEqual([stray.element]);
    expect(zd.readDraft(stray).text).toBe('Hi there,\nSorry for the delay.');
    const broken = { element: null as unknown as HTMLElement, site: 'zendesk' as const, key: 'y' };
    expect(zd.readDraft(broken).text).toBe('');
    expect(zd.readContext(broken, doc).customerMessage).toBeNull();
  });
});
