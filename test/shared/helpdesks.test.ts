// One table of built-in helpdesks (src/shared/helpdesks.ts) answers "which helpdesk is this page" for the manifest,
// the options page and the site adapters. The adapters (src/sites) keep their own `matches(url)`: this holds each one
// equal to the table's match patterns on pages of every helpdesk and on look-alikes, and the built manifest's matches
// equal to the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patternMatches } from '../../scripts/lib/bundle-sizes.mjs';
import { BUILT_IN_HELPDESKS, BUILT_IN_MATCHES, BUILT_IN_SITES, SWITCHED_MATCHES, builtInSiteOf } from '../../src/shared/helpdesks.js';
import {
  adapterFor,
  freshdeskAdapter,
  frontAdapter,
  gmailAdapter,
  helpscoutAdapter,
  intercomAdapter,
  outlookAdapter,
  zendeskAdapter,
} from '../../src/sites/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADAPTERS = {
  zendesk: zendeskAdapter,
  gmail: gmailAdapter,
  outlook: outlookAdapter,
  freshdesk: freshdeskAdapter,
  intercom: intercomAdapter,
  helpscout: helpscoutAdapter,
  front: frontAdapter,
} as const;

// Pages of each helpdesk and pages that only look like one (https: the table's patterns are https only).
const PAGES = [
  'https://acme.zendesk.com/agent/tickets/42',
  'https://zendesk.com/',
  'https://a.b.zendesk.com/agent',
  'https://evilzendesk.com/agent',
  'https://zendesk.com.example.org/',
  'https://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com/',
  'https://google.com/mail',
  'https://mail.google.co/',
  'https://support.example.com/tickets',
  'https://outlook.office.com/mail/inbox',
  'https://outlook.office365.com/mail/',
  'https://outlook.live.com/mail/0/',
  'https://outlook.office.com.evil.example/mail',
  'https://office.com/outlook',
  'https://acme.freshdesk.com/a/tickets/7',
  'https://freshdesk.com/',
  'https://evilfreshdesk.com/a/tickets/7',
  'https://app.intercom.com/a/inbox/x/inbox/conversation/1',
  'https://app.intercom.io/a/apps/x',
  'https://app.eu.intercom.com/a/inbox/x',
  'https://app.au.intercom.com/a/inbox/x',
  'https://intercom.com/pricing',
  'https://app.intercom.com.example.org/',
  'https://secure.helpscout.net/conversation/1/2',
  'https://helpscout.net/',
  'https://secure.helpscout.net.example.org/',
  'https://app.frontapp.com/open/cnv_abc',
  'https://frontapp.com/',
  'https://app.frontapp.com.example.org/',
];

const tableSays = (id: string, url: URL) =>
  BUILT_IN_HELPDESKS.find((helpdesk) => helpdesk.id === id)!.matches.some((pattern) => patternMatches(pattern, url));

describe('the table of built-in helpdesks', () => {
  it('has an adapter for every helpdesk, and a helpdesk for every site adapter', () => {
    expect([...BUILT_IN_SITES].sort()).toEqual(Object.keys(ADAPTERS).sort());
    for (const helpdesk of BUILT_IN_HELPDESKS) expect(ADAPTERS[helpdesk.id].id).toBe(helpdesk.id);
  });

  it.each(PAGES)("agrees with the adapters' matches on %s", (page) => {
    const url = new URL(page);
    for (const id of BUILT_IN_SITES) expect({ id, matches: ADAPTERS[id].matches(url) }).toEqual({ id, matches: tableSays(id, url) });
    // And the page gets the adapter the table names (or none).
    const expected = BUILT_IN_SITES.find((id) => tableSays(id, url)) ?? null;
    expect(adapterFor(url)?.id ?? null).toBe(expected);
  });

  it('gives the options page the helpdesk of an origin, whatever its scheme', () => {
    expect(builtInSiteOf('https://acme.zendesk.com')).toBe('zendesk');
    expect(builtInSiteOf('http://acme.zendesk.com')).toBe('zendesk');
    expect(builtInSiteOf('https://zendesk.com')).toBe('zendesk');
    expect(builtInSiteOf('https://mail.google.com')).toBe('gmail');
    expect(builtInSiteOf('https://evilzendesk.com')).toBeNull();
    expect(builtInSiteOf('https://google.com')).toBeNull();
    expect(builtInSiteOf('not a url')).toBeNull();
  });

  it('keeps Zendesk and Gmail on by default, and every other helpdesk behind its switch', () => {
    const on = BUILT_IN_HELPDESKS.filter((helpdesk) => helpdesk.onByDefault).map((helpdesk) => helpdesk.id);
    expect(on).toEqual(['zendesk', 'gmail']);
    expect(BUILT_IN_MATCHES).toEqual(['https://*.zendesk.com/*', 'https://mail.google.com/*']);
    expect(SWITCHED_MATCHES.filter((pattern) => BUILT_IN_MATCHES.includes(pattern))).toEqual([]);
    expect(builtInSiteOf('https://outlook.live.com')).toBe('outlook');
    expect(builtInSiteOf('https://acme.freshdesk.com')).toBe('freshdesk');
    expect(builtInSiteOf('https://app.eu.intercom.com')).toBe('intercom');
    expect(builtInSiteOf('https://secure.helpscout.net')).toBe('helpscout');
    expect(builtInSiteOf('https://app.frontapp.com')).toBe('front');
  });

  it.each(['dist', 'dist-firefox'])("is what %s/manifest.json's content scripts match", (dir) => {
    let manifest: { content_scripts: Array<{ matches: string[] }> };
    try {
      manifest = JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8'));
    } catch {
      throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
    }
    for (const script of manifest.content_scripts) expect([...script.matches].sort()).toEqual([...BUILT_IN_MATCHES].sort());
  });

  it.each(['dist', 'dist-firefox'])('%s/manifest.json asks for the switched helpdesks only as optional host access', (dir) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8')) as {
      host_permissions: string[];
      optional_host_permissions: string[];
    };
    for (const pattern of SWITCHED_MATCHES) {
      expect(manifest.optional_host_permissions).toContain(pattern);
      expect(manifest.host_permissions).not.toContain(pattern);
    }
  });
});
