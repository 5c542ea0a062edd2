// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { adapterFor, detectAdapter } from '../../src/sites';
import { loadFixture } from './load';

describe('adapterFor', () => {
  it('chooses by host name', () => {
    expect(adapterFor(new URL('https://acme.zendesk.com/agent/tickets/1'))?.id).toBe('zendesk');
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'))?.id).toBe('gmail');
    expect(adapterFor(new URL('https://desk.example.com/t/1'))).toBeNull();
    expect(adapterFor(new URL('https://desk.example.com/t/1'), ['https://desk.example.com'])?.id).toBe('generic');
    expect(adapterFor(new URL('https://desk.example.com/t/1'), ['desk.example.com'])?.id).toBe('generic');
    expect(adapterFor(new URL('https://other.example.com/'), ['https://desk.example.com'])).toBeNull();
    expect(adapterFor(new URL('file:///tmp/x.html'), ['file://'])).toBeNull();
  });

  it('detects by DOM on test hosts', () => {
    const cases: Array<[string, string]> = [
      ['zendesk-workspace.html', 'zendesk'],
      ['gmail-thread.html', 'gmail'],
      ['gmail-compose-only.html', 'gmail'],
      ['generic-pages.html', 'generic'],
      ['changed-dom.html', 'generic'],
    ];
    for (const [fixture, id] of cases) {
      const { doc } = loadFixture(fixture, 'http://127.0.0.1:4173/');
      expect(detectAdapter(doc).id, fixture).toBe(id);
      expect(adapterFor(new URL('http://127.0.0.1:4173/x'), [], doc)?.id, fixture).toBe(id);
      expect(adapterFor(new URL('http://localhost:4173/x'), [], doc)?.id, fixture).toBe(id);
    }
    expect(adapterFor(new URL('http://127.0.0.1:4173/x'))?.id).toBe('generic');
  });
});
