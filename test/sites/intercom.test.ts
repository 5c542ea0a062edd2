// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectAdapter } from '../../src/sites/index';
import { intercomAdapter } from '../../src/sites/intercom/adapter';
import { helpdeskCases, rename } from './helpdesk-cases';
import { loadFixture } from './load';

describe('intercom adapter', () => {
  helpdeskCases({
    adapter: intercomAdapter,
    fixture: 'intercom-inbox.html',
    url: 'https://app.intercom.com/a/inbox/x/inbox/admin/1/conversation/9001',
    composers: 2,
    visible: '#reply',
    hidden: '#other-reply',
    draft: 'Hi Chris,\nI see the wrong invoice.',
    customerMessage: "It's been an hour. Unacceptable.",
    customerFirstName: 'Chris',
    agentFirstName: 'Lena',
    redesign: (doc) => rename(doc, ['data-intercom-target', 'data-conversation-part-id'], ['inbox__conversation-composer']),
  });

  it('is detected by its composer box on test hosts', () => {
    expect(detectAdapter(loadFixture('intercom-inbox.html').doc).id).toBe('intercom');
  });
});
