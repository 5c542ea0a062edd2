// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../src/sites/freshdesk/adapter';
import { detectAdapter } from '../../src/sites/index';
import { helpdeskCases, rename } from './helpdesk-cases';
import { loadFixture } from './load';

const URL_TICKET = 'https://acme.freshdesk.com/a/tickets/5512';

describe('freshdesk adapter', () => {
  helpdeskCases({
    adapter: freshdeskAdapter,
    fixture: 'freshdesk-ticket.html',
    url: URL_TICKET,
    composers: 2,
    visible: '#reply',
    hidden: '#note',
    draft: 'Hi Tom,\nSorry about the double charge.',
    customerMessage: 'Still charged twice!! Fix it or I cancel.',
    customerFirstName: 'Tom',
    agentFirstName: 'Priya',
    redesign: (doc) => rename(doc, ['data-album', 'contenteditable'], ['fr-element']),
  });

  it('names the customer and agent from the messages when the sidebar and header are gone', () => {
    const { doc } = loadFixture('freshdesk-ticket.html', URL_TICKET);
    doc.querySelector('.requester-info')?.remove();
    doc.querySelector('header')?.remove();
    const composer = freshdeskAdapter.activeComposer(doc, null)!;
    const context = freshdeskAdapter.readContext(composer, doc);
    expect([context.customerFirstName, context.agentFirstName]).toEqual(['Tom', 'Priya']);
  });

  it('is detected by its conversation markup on test hosts', () => {
    expect(detectAdapter(loadFixture('freshdesk-ticket.html').doc).id).toBe('freshdesk');
  });
});
