// Which adapter runs on a page. Known helpdesks by hostname; the extension's own test pages (served
// from 127.0.0.1/localhost) by what their DOM contains; anything else only where the user switched it on.

import { looksLikeGmail, gmailAdapter } from './gmail/adapter';
import { genericAdapter } from './generic/adapter';
import type { SiteAdapter } from './types';
import { looksLikeZendesk, zendeskAdapter } from './zendesk/adapter';

export { gmailAdapter, zendeskAdapter };

const TEST_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

function isTestHost(url: URL): boolean {
  return TEST_HOSTS.includes(url.hostname);
}

/** Zendesk if the DOM has a Zendesk composer or log, else Gmail if it has Gmail's markers, else generic. */
export function detectAdapter(doc: Document): SiteAdapter {
  if (looksLikeZendesk(doc)) return zendeskAdapter;
  if (looksLikeGmail(doc)) return gmailAdapter;
  return genericAdapter;
}

/** Whether `url` is one of the origins the user enabled ('https://example.com', or a bare host name). */
function isEnabled(url: URL, enabledOrigins: readonly string[]): boolean {
  return enabledOrigins.some((entry) => {
    const e = entry.trim().replace(/\/+$/, '');
    return e === url.origin || e === url.host || e === url.hostname;
  });
}

/**
 * The adapter for a page: zendesk on *.zendesk.com, gmail on mail.google.com, detection by DOM on test
 * hosts (generic when no document is given), generic on origins the user enabled, otherwise null.
 */
export function adapterFor(url: URL, enabledOrigins: readonly string[] = [], doc?: Document): SiteAdapter | null {
  try {
    if (zendeskAdapter.matches(url)) return zendeskAdapter;
    if (gmailAdapter.matches(url)) return gmailAdapter;
    if (isTestHost(url)) return doc ? detectAdapter(doc) : genericAdapter;
    if (genericAdapter.matches(url) && isEnabled(url, enabledOrigins)) return genericAdapter;
    return null;
  } catch {
    return null;
  }
}
