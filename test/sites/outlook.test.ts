// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectAdapter } from '../../src/sites/index';
import { outlookAdapter } from '../../src/sites/outlook/adapter';
import { helpdeskCases, rename } from './helpdesk-cases';
import { loadFixture } from './load';

const URL_MAIL = 'https://outlook.office.com/mail/inbox/id/AAQk1';

describe('outlook adapter', () => {
  helpdeskCases({
    adapter: outlookAdapter,
    fixture: 'outlook-reading-pane.html',
    url: URL_MAIL,
    composers: 2,
    visible: '#reply-body',
    hidden: '#popout-body',
    draft: "Hi Maria,\nI'm sorry the mug arrived broken.",
    // The message Outlook quotes under the reply, without its own signature and older quotes.
    customerMessage: 'My mug arrived BROKEN. This is the second time!\nI want a refund today.',
    customerFirstName: 'Maria',
    agentFirstName: 'Sam',
    redesign: (doc) => rename(doc, ['role', 'aria-multiline', 'aria-label', 'id']),
  });

  it('without a quote in the reply, reads the reading pane: the latest message not sent by the agent', () => {
    const { doc } = loadFixture('outlook-reading-pane.html', URL_MAIL);
    for (const el of Array.from(doc.querySelectorAll('#appendonsend, #appendonsend ~ *'))) el.remove();
    const composer = outlookAdapter.activeComposer(doc, null)!;
    expect(outlookAdapter.readContext(composer, doc)).toEqual({
      customerMessage: 'Where is my refund? I was promised it a week ago.',
      customerFirstName: 'Maria',
      agentFirstName: 'Sam',
    });
  });

  it('matches Outlook hosts only, and is detected by its markers on test hosts', () => {
    expect(outlookAdapter.matches(new URL('https://outlook.live.com/mail/0/'))).toBe(true);
    expect(outlookAdapter.matches(new URL('https://outlook.office.com.evil.example/'))).toBe(false);
    expect(detectAdapter(loadFixture('outlook-reading-pane.html').doc).id).toBe('outlook');
  });
});
