// The built-in helpdesks, in one table: the options page lists its switches from it, vite.config.ts writes the
// manifest's content-script matches from it, and test/shared/helpdesks.test.ts holds each site adapter's `matches`
// (src/sites) equal to it. Adding a helpdesk starts here. Pure: no extension APIs, so the build reads it too.

interface BuiltInHelpdesk {
  /** The id settings store in `disabledSites`, and the adapter's name. */
  id: string;
  /** Its product name (the options page's label comes from _locales, this is for people reading code and logs). */
  name: string;
  /** Manifest match patterns of the pages the content script runs on. */
  matches: readonly string[];
  /**
   * Whether it is on for a new user (the user can switch it off: settings.disabledSites). One that is not gets its
   * hosts only in the manifest's optional_host_permissions: its switch asks the browser for them, so the install
   * prompt does not grow (src/options/sites-section.tsx, src/background/sites.ts).
   */
  onByDefault: boolean;
}

export const BUILT_IN_HELPDESKS = [
  { id: 'zendesk', name: 'Zendesk', matches: ['https://*.zendesk.com/*'], onByDefault: true },
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'], onByDefault: true },
  {
    id: 'outlook',
    name: 'Outlook on the web',
    // Work or school accounts (office.com, and office365.com where tenants still land), personal accounts (live.com).
    matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
    onByDefault: false,
  },
  { id: 'freshdesk', name: 'Freshdesk', matches: ['https://*.freshdesk.com/*'], onByDefault: false },
  {
    id: 'intercom',
    name: 'Intercom',
    // The US workspace host, its older .io name, and the EU and Australian data-hosting regions.
    matches: ['https://app.intercom.com/*', 'https://app.intercom.io/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
    onByDefault: false,
  },
  { id: 'helpscout', name: 'Help Scout', matches: ['https://secure.helpscout.net/*'], onByDefault: false },
  { id: 'front', name: 'Front', matches: ['https://app.frontapp.com/*'], onByDefault: false },
] as const satisfies readonly BuiltInHelpdesk[];

export type BuiltInSite = (typeof BUILT_IN_HELPDESKS)[number]['id'];

/** The ids, in the table's order: the values `disabledSites` may hold. */
export const BUILT_IN_SITES: readonly BuiltInSite[] = BUILT_IN_HELPDESKS.map((helpdesk) => helpdesk.id);

/** The match patterns of the helpdesks on by default: the manifest's content script and its required host access. */
export const BUILT_IN_MATCHES: readonly string[] = BUILT_IN_HELPDESKS.filter((helpdesk) => helpdesk.onByDefault).flatMap(
  (helpdesk) => [...helpdesk.matches],
);

/** The match patterns of the helpdesks behind a switch: only in the manifest's optional_host_permissions. */
export const SWITCHED_MATCHES: readonly string[] = BUILT_IN_HELPDESKS.filter((helpdesk) => !helpdesk.onByDefault).flatMap(
  (helpdesk) => [...helpdesk.matches],
);

/** A built-in helpdesk's row of the table. */
export function helpdeskOf(id: BuiltInSite): BuiltInHelpdesk {
  return BUILT_IN_HELPDESKS.find((helpdesk) => helpdesk.id === id)!;
}

/** Whether a match pattern's host part ('*.zendesk.com', 'mail.google.com') covers `hostname`. */
function hostPatternCovers(pattern: string, hostname: string): boolean {
  const host = /^[^:]+:\/\/([^/:]+)/.exec(pattern)?.[1] ?? '';
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/**
 * The built-in helpdesk whose pages live at `origin`'s host, whatever its scheme (its switch covers it, so the
 * options page does not add it as another site), or null.
 */
export function builtInSiteOf(origin: string): BuiltInSite | null {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return null;
  }
  return BUILT_IN_HELPDESKS.find((helpdesk) => helpdesk.matches.some((pattern) => hostPatternCovers(pattern, hostname)))?.id ?? null;
}
