// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { helpscoutAdapter } from '../../src/sites/helpscout/adapter';
import { detectAdapter } from '../../src/sites/index';
import { helpdeskCases, rename } from './helpdesk-cases';
import { loadFixture } from './load';

describe('help scout adapter', () => {
  helpdeskCases({
    adapter: helpscoutAdapter,
    fixture: 'helpscout-conversation.html',
    url: 'https://secure.helpscout.net/conversation/32585101/2434',
    composers: 1,
    visible: '#reply',
    hidden: null,
    draft: 'Hi Ana,\nThanks for waiting.',
    // Help Scout lists the newest thread first: the latest is by thread id, not by place in the page.
    customerMessage: "Still no refund. I'm furious.",
    customerFirstName: 'Ana',
    agentFirstName: 'Jo',
    redesign: (doc) => rename(doc, ['data-cy', 'data-testid', 'aria-label', 'id']),
  });

  it('reads in page order when the threads carry no ids', () => {
    const { doc } = loadFixture('helpscout-conversation.html', 'https://secure.helpscout.net/conversation/1/2');
    // The older markup: articles, oldest first.
    const list = doc.querySelector('ol')!;
    list.replaceChildren();
    for (const [cls, text] of [['customer', 'First.'], ['user', 'Reply.'], ['customer', 'Latest from the customer.']] as const) {
      const article = doc.createElement('article');
      article.className = `thread ${cls}`;
      const body = doc.createElement('section');
      body.className = 'messageBody';
      body.append(Object.assign(doc.createElement('p'), { textContent: text }));
      article.append(body);
      list.append(article);
    }
    const composer = helpscoutAdapter.activeComposer(doc, null)!;
    expect(helpscoutAdapter.readContext(composer, doc).customerMessage).toBe('Latest from the customer.');
  });

  it('is detected by its thread list on test hosts', () => {
    expect(detectAdapter(loadFixture('helpscout-conversation.html').doc).id).toBe('helpscout');
  });
});
