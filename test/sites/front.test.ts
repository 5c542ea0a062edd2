// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { frontAdapter } from '../../src/sites/front/adapter';
import { detectAdapter } from '../../src/sites/index';
import { helpdeskCases, rename } from './helpdesk-cases';
import { loadFixture } from './load';

describe('front adapter', () => {
  helpdeskCases({
    adapter: frontAdapter,
    fixture: 'front-conversation.html',
    url: 'https://app.frontapp.com/open/cnv_abc123',
    composers: 1,
    visible: '#reply',
    hidden: null,
    draft: 'Hi Kim,\nSorry for the crash.',
    customerMessage: 'Version 4.2. Please hurry, my team is blocked.',
    customerFirstName: 'Kim',
    agentFirstName: 'Omar',
    redesign: (doc) => rename(doc, ['data-testid']),
  });

  it('is detected by its composer on test hosts', () => {
    expect(detectAdapter(loadFixture('front-conversation.html').doc).id).toBe('front');
  });
});
