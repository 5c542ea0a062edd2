// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { genericAdapter as gen } from '../../src/sites/generic/adapter';
import type { Composer } from '../../src/sites/types';
import { byId, loadFixture, one } from './load';

const PAGE = 'https://desk.example.com/tickets/9';

describe('generic adapter', () => {
  it('finds textareas and outermost contenteditables, minus opt-outs, search boxes, disabled and own UI', () => {
    const { doc } = loadFixture('generic-pages.html', PAGE);
    const composers = gen.findComposers(doc);
    expect(composers.map((c) => c.element.id)).toEqual(['reply-plain', 'reply-rich', 'hidden-reply']);
    expect(composers.map((c) => c.key)).toEqual(['generic:id:reply-plain', 'generic:id:reply-rich', 'generic:id:hidden-reply']);
  });

  it('picks focused, else last focused visible, else the single visible one; never the hidden one', () => {
    const { doc } = loadFixture('generic-pages.html', PAGE);
    expect(gen.activeComposer(doc, null)).toBeNull(); // two visible, no focus history
    byId(doc, 'reply-rich').focus();
    expect(gen.activeComposer(doc, null)?.element.id).toBe('reply-rich');
    byId(doc, 'reply-rich').blur();
    expect(gen.activeComposer(doc, byId(doc, 'reply-plain'))?.element.id).toBe('reply-plain');
    expect(gen.activeComposer(doc, byId(doc, 'hidden-reply'))).toBeNull();
    byId(doc, 'reply-rich').remove();
    expect(gen.activeComposer(doc, null)?.element.id).toBe('reply-plain');
    // Last focused but since removed from the page: fall through to the single visible one.
    const gone = byId(doc, 'opt-gramm');
    gone.remove();
    expect(gen.activeComposer(doc, gone)?.element.id).toBe('reply-plain');
  });

  it('reads a textarea\'s value and a contenteditable\'s text without the extension\'s UI', () => {
    const { doc } = loadFixture('generic-pages.html', PAGE);
    const [plain, rich] = gen.findComposers(doc);
    if (!plain || !rich) throw new Error('fixture changed');
    expect(gen.readDraft(plain).text).toBe("Hi Alex,\nI'm sorry for the wait.\n\nJordan");
    (plain.element as HTMLTextAreaElement).value = 'Typed  now\r\nsecond line';
    expect(gen.readDraft(plain).text).toBe('Typed  now\nsecond line');
    expect(gen.readDraft(rich).text).toBe('Hello Alex,\nThanks for your patience.\n@billing nested field');
  });

  it('reads the customer message only from the documented hook', () => {
    const { doc } = loadFixture('generic-pages.html', PAGE);
    const c = gen.findComposers(doc)[0];
    if (!c) throw new Error('fixture changed');
    expect(gen.readContext(c, doc)).toEqual({
      customerMessage: 'It has been TWO WEEKS. Unacceptable.',
      customerFirstName: 'Alex',
      agentFirstName: 'Jordan',
    });
    doc.querySelectorAll('[data-reply-coach-customer]').forEach((el) => el.removeAttribute('data-reply-coach-customer'));
    expect(gen.readContext(c, doc).customerMessage).toBeNull();
  });

  it('on the changed-DOM page finds the editor but knows no conversation', () => {
    const { doc } = loadFixture('changed-dom.html', PAGE);
    const composers = gen.findComposers(doc);
    expect(composers.map((c) => c.element.getAttribute('data-qa'))).toEqual(['reply-editor']);
    const c = composers[0] as Composer;
    expect(gen.readContext(c, doc)).toEqual({ customerMessage: null, customerFirstName: null, agentFirstName: null });
  });

  it('never throws on broken input', () => {
    const { doc } = loadFixture('generic-pages.html', PAGE);
    const broken = { element: null as unknown as HTMLElement, site: 'generic' as const, key: 'x' };
    expect(gen.readDraft(broken).text).toBe('');
    expect(() => gen.readContext(broken, doc)).not.toThrow();
    expect(gen.findComposers(null as unknown as Document)).toEqual([]);
    expect(gen.activeComposer(null as unknown as Document, null)).toBeNull();
    expect(one(doc, '#reply-plain')).toBeTruthy();
  });
});
