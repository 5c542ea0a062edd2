// Which adapter runs on a page. Known helpdesks by hostname; the extension's own test pages (served
// from 127.0.0.1/localhost) by what their DOM contains; anything else only where the user switched it on.

import { looksLikeFreshdesk, freshdeskAdapter } from './freshdesk/adapter';
import { looksLikeFront, frontAdapter } from './front/adapter';
import { looksLikeGmail, gmailAdapter } from './gmail/adapter';
import { genericAdapter } from './generic/adapter';
import { looksLikeHelpScout, helpscoutAdapter } from './helpscout/adapter';
import { looksLikeIntercom, intercomAdapter } from './intercom/adapter';
import { looksLikeOutlook, outlookAdapter } from './outlook/adapter';
import type { SiteAdapter } from './types';
import { looksLikeZendesk, zendeskAdapter } from './zendesk/adapter';

export { freshdeskAdapter, frontAdapter, gmailAdapter, helpscoutAdapter, intercomAdapter, outlookAdapter, zendeskAdapter };

/** The built-in helpdesks' adapters, in the order a page's host is tried against them. */
const BUILT_IN_ADAPTERS: readonly SiteAdapter[] = [
  zendeskAdapter,
  gmailAdapter,
  outlookAdapter,
  freshdeskAdapter,
  intercomAdapter,
  helpscoutAdapter,
  frontAdapter,
];

/** On test hosts: each helpdesk's DOM markers, most specific first (none matches another helpdesk's test page). */
const DETECTORS: ReadonlyArray<readonly [(doc: Document) => boolean, SiteAdapter]> = [
  [looksLikeZendesk, zendeskAdapter],
  [looksLikeGmail, gmailAdapter],
  [looksLikeOutlook, outlookAdapter],
  [looksLikeFreshdesk, freshdeskAdapter],
  [looksLikeIntercom, intercomAdapter],
  [looksLikeHelpScout, helpscoutAdapter],
  [looksLikeFront, frontAdapter],
];

const TEST_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

function isTestHost(url: URL): boolean {
  return TEST_HOSTS.includes(url.hostname);
}

/** The first helpdesk whose markers the DOM has (Zendesk's composer or log, Gmail's, …), else generic. */
export function detectAdapter(doc: Document): SiteAdapter {
  return DETECTORS.find(([looksLike]) => looksLike(doc))?.[1] ?? genericAdapter;
}

/** Whether `url` is one of the origins the user enabled ('https://example.com', or a bare host name). */
function isEnabled(url: URL, enabledOrigins: readonly string[]): boolean {
  return enabledOrigins.some((entry) => {
    const e = entry.trim().replace(/\/+$/, '');
    return e === url.origin || e === url.host || e === url.hostname;
  });
}

/**
 * The adapter for a page: a built-in helpdesk's on its hosts (zendesk on *.zendesk.com, gmail on mail.google.com, …;
 * whether it is switched on is the caller's question), detection by DOM on test hosts (generic when no document is
 * given), generic on origins the user enabled, otherwise null.
 */
export function adapterFor(url: URL, enabledOrigins: readonly string[] = [], doc?: Document): SiteAdapter | null {
  try {
    const builtIn = BUILT_IN_ADAPTERS.find((adapter) => adapter.matches(url));
    if (builtIn) return builtIn;
    if (isTestHost(url)) return doc ? detectAdapter(doc) : genericAdapter;
    if (genericAdapter.matches(url) && isEnabled(url, enabledOrigins)) return genericAdapter;
    return null;
  } catch {
    return null;
  }
}
