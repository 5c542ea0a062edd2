// Helpdesks the user switched on by origin (settings.enabledOrigins) get the content script through dynamic
// registration: one registered script per origin whose host permission is granted, with the same file the manifest's
// content script uses. So do the built-in helpdesks that are off by default (Outlook, Freshdesk, …, see
// src/shared/helpdesks.ts) once the user turned one on: one registered script per helpdesk, on those of its match
// patterns the browser granted. Kept in step with the settings and the permissions on every service-worker start and
// on every change; an origin or helpdesk switched off, or whose permission was taken back, is unregistered.
import { BUILT_IN_HELPDESKS } from '../shared/helpdesks.js';
import {
  contentScriptFiles,
  pageWorldScriptFiles,
  contentScriptMatches,
  hasHostAccess,
  hasOriginAccess,
  onPermissionsChanged,
  registerContentScripts,
  registeredContentScripts,
  unregisterContentScripts,
  type DynamicContentScript,
} from '../shared/browser-api.js';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.js';

export const SCRIPT_ID_PREFIX = 'reply-coach-origin:';
/** The page-world helper's registrations (Firefox build), kept apart from the content script's by their ids. */
export const PAGE_WORLD_ID_PREFIX = 'reply-coach-origin-main:';

/** A switched-on built-in helpdesk's registrations (content script, and the Firefox build's page-world helper). */
export const HELPDESK_ID_PREFIX = 'reply-coach-helpdesk:';
const HELPDESK_PAGE_WORLD_ID_PREFIX = 'reply-coach-helpdesk-main:';

export const scriptIdFor = (origin: string, prefix = SCRIPT_ID_PREFIX) => `${prefix}${origin}`;

/** What one registration is for: a key (an origin, a helpdesk id) and the pages it matches. */
interface Target {
  key: string;
  matches: readonly string[];
}

/**
 * Whether a manifest match pattern ('https://*.zendesk.com/*', 'http://127.0.0.1/*') already covers every page of
 * `origin`, so registering it again would inject the script twice.
 */
export function patternCoversOrigin(pattern: string, origin: string): boolean {
  const match = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!match) return pattern === '<all_urls>';
  const [, scheme = '', hostPattern = '', path = ''] = match;
  if (path !== '*') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const [host = '', port] = hostPattern.split(/:(?=[^\]]*$)/);
  if (port !== undefined && port !== '*' && port !== (url.port || (url.protocol === 'https:' ? '443' : '80'))) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

/**
 * What to register and unregister so that exactly `origins` have a script with `js` (in the page's own world with
 * `world: 'MAIN'`), among the registrations whose ids start with `prefix`.
 */
export function planRegistrations(
  origins: readonly string[],
  existing: readonly DynamicContentScript[],
  js: readonly string[],
  options: { prefix?: string; world?: 'MAIN' } = {},
): { register: DynamicContentScript[]; unregister: string[] } {
  return planTargets(
    origins.map((origin) => ({ key: origin, matches: [`${origin}/*`] })),
    existing,
    js,
    options,
  );
}

/** The same for any targets: exactly these keys registered, each on exactly its match patterns. */
function planTargets(
  targets: readonly Target[],
  existing: readonly DynamicContentScript[],
  js: readonly string[],
  { prefix = SCRIPT_ID_PREFIX, world }: { prefix?: string; world?: 'MAIN' } = {},
): { register: DynamicContentScript[]; unregister: string[] } {
  const wanted = new Map(targets.map((target) => [scriptIdFor(target.key, prefix), target]));
  const ours = existing.filter((script) => script.id.startsWith(prefix));
  const current = new Map(ours.map((script) => [script.id, script]));
  const unregister: string[] = [];
  for (const script of ours) {
    const target = wanted.get(script.id);
    // Gone from the settings, matching other pages (a permission granted or taken back), or registered with another
    // file (an update renamed the script): out.
    const stale =
      target === undefined ||
      script.js.join('\n') !== js.join('\n') ||
      [...script.matches].sort().join('\n') !== [...target.matches].sort().join('\n') ||
      script.world !== world;
    if (stale) {
      unregister.push(script.id);
      current.delete(script.id);
    }
  }
  const register = [...wanted]
    .filter(([id]) => !current.has(id))
    .map(([id, target]) => ({ id, matches: [...target.matches], js: [...js], ...(world ? { world } : {}) }));
  return { register, unregister };
}

/** The built-in helpdesks behind a switch that the user turned on, each on the match patterns the browser granted. */
async function switchedOnHelpdesks(disabledSites: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const helpdesk of BUILT_IN_HELPDESKS) {
    if (helpdesk.onByDefault || disabledSites.includes(helpdesk.id)) continue;
    const granted: string[] = [];
    for (const pattern of helpdesk.matches) if (await hasHostAccess(pattern)) granted.push(pattern);
    if (granted.length > 0) targets.push({ key: helpdesk.id, matches: granted });
  }
  return targets;
}

/** Brings the registrations in line with the settings and the granted permissions. */
export async function syncSiteScripts(): Promise<void> {
  const js = contentScriptFiles();
  if (js.length === 0) return;
  const settings = await loadSettings();
  const helpdesks = await switchedOnHelpdesks(settings.disabledSites ?? []);
  // An origin a registered helpdesk or the manifest already covers would get the script twice.
  const covering = [...contentScriptMatches(), ...helpdesks.flatMap((helpdesk) => helpdesk.matches)];
  const origins: string[] = [];
  for (const origin of settings.enabledOrigins) {
    if (covering.some((pattern) => patternCoversOrigin(pattern, origin))) continue;
    if (await hasOriginAccess(origin)) origins.push(origin);
  }
  const existing = await registeredContentScripts();
  const pageWorld = pageWorldScriptFiles();
  const plans = [
    planRegistrations(origins, existing, js),
    planTargets(helpdesks, existing, js, { prefix: HELPDESK_ID_PREFIX }),
    // Firefox: the paste helper goes wherever the content script goes (without it, CKEditor-like editors there receive
    // an inserted phrase twice); in the Chrome build there is none, and any left over is unregistered.
    planRegistrations(pageWorld.length > 0 ? origins : [], existing, pageWorld, { prefix: PAGE_WORLD_ID_PREFIX, world: 'MAIN' }),
    planTargets(pageWorld.length > 0 ? helpdesks : [], existing, pageWorld, { prefix: HELPDESK_PAGE_WORLD_ID_PREFIX, world: 'MAIN' }),
  ];
  await unregisterContentScripts(plans.flatMap((plan) => plan.unregister));
  await registerContentScripts(plans.flatMap((plan) => plan.register));
}

// One run at a time; a change during a run asks for one more run after it.
let running: Promise<void> | null = null;
let again = false;

export function scheduleSync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await syncSiteScripts();
      } catch (error) {
        console.warn('[Reply Coach] could not update the content scripts for your sites:', error);
      }
    } while (again);
    running = null;
  })();
  return running;
}

onSettingsChanged(() => void scheduleSync());
onPermissionsChanged(() => void scheduleSync());
void scheduleSync();
