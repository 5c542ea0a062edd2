// The saved-page checks every helpdesk behind a switch gets (Outlook, Freshdesk, Intercom, Help Scout, Front): its
// composer found, the visible one picked (never a hidden one), the draft read without quote or signature, the
// customer's latest message and both names; and on a page whose markup changed, nothing found and nothing thrown.
import { expect, it } from 'vitest';
import type { SiteAdapter } from '../../src/sites/types';
import { loadFixture, one } from './load';

export interface HelpdeskCase {
  adapter: SiteAdapter;
  fixture: string;
  url: string;
  /** How many composers the page has, hidden ones included. */
  composers: number;
  /** The visible composer, and a hidden one (or null when the page has none). */
  visible: string;
  hidden: string | null;
  draft: string;
  customerMessage: string;
  customerFirstName: string;
  agentFirstName: string;
  /** Markup the page's redesign renamed: removing these attributes/classes leaves a page the adapter cannot read. */
  redesign: (doc: Document) => void;
}

export function helpdeskCases(c: HelpdeskCase): void {
  const load = () => loadFixture(c.fixture, c.url).doc;

  it('finds every composer, keyed and marked as its site', () => {
    const composers = c.adapter.findComposers(load());
    expect(composers).toHaveLength(c.composers);
    expect(composers.every((composer) => composer.site === c.adapter.id)).toBe(true);
    expect(new Set(composers.map((composer) => composer.key)).size).toBe(c.composers);
  });

  it('picks the visible composer, focused or not, and never a hidden one', () => {
    const doc = load();
    expect(c.adapter.activeComposer(doc, null)?.element).toBe(one(doc, c.visible));
    if (c.hidden) expect(c.adapter.activeComposer(doc, one(doc, c.hidden))?.element).toBe(one(doc, c.visible));
    one(doc, c.visible).focus();
    expect(c.adapter.activeComposer(doc, null)?.element).toBe(one(doc, c.visible));
  });

  it("reads the agent's draft without the quoted history or the signature", () => {
    const doc = load();
    const composer = c.adapter.activeComposer(doc, null);
    if (!composer) throw new Error('no composer');
    expect(c.adapter.readDraft(composer).text).toBe(c.draft);
  });

  it("reads the customer's latest message (not an agent's reply or note) and the names", () => {
    const doc = load();
    const composer = c.adapter.activeComposer(doc, null);
    if (!composer) throw new Error('no composer');
    expect(c.adapter.readContext(composer, doc)).toEqual({
      customerMessage: c.customerMessage,
      customerFirstName: c.customerFirstName,
      agentFirstName: c.agentFirstName,
    });
  });

  it('a page whose markup changed: no composer, no message, no exception', () => {
    const doc = load();
    const old = one(doc, c.visible);
    c.redesign(doc);
    expect(c.adapter.findComposers(doc)).toEqual([]);
    expect(c.adapter.activeComposer(doc, null)).toBeNull();
    // The old composer handed back by a stale cache reads as no conversation rather than the wrong text.
    const stale = { element: old, site: c.adapter.id, key: 'stale' };
    expect(c.adapter.readContext(stale, doc).customerMessage).toBeNull();
    const changed = loadFixture('changed-dom.html', c.url).doc;
    expect(c.adapter.findComposers(changed)).toEqual([]);
  });
}

/** Strip these attributes and class names from every element: what a redesign does to a page's hooks. */
export function rename(doc: Document, attributes: readonly string[], classes: readonly string[] = []): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const a of attributes) el.removeAttribute(a);
    for (const cls of classes) el.classList.remove(cls);
  }
}
