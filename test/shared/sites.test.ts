// The service worker's dynamic registration of the content script for origins the user switched on, against fakes of
// the browser API module and the settings store.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DynamicContentScript } from '../../src/shared/browser-api.js';

const fake = vi.hoisted(() => ({
  registered: [] as DynamicContentScript[],
  granted: new Set<string>(),
  enabledOrigins: [] as string[],
  disabledSites: [] as string[],
  js: ['src/content/index.js'],
  pageWorldJs: [] as string[],
  settingsListeners: [] as (() => void)[],
  permissionListeners: [] as (() => void)[],
}));

vi.mock('../../src/shared/browser-api.js', () => ({
  contentScriptFiles: () => fake.js,
  pageWorldScriptFiles: () => fake.pageWorldJs,
  contentScriptMatches: () => ['https://*.zendesk.com/*', 'https://mail.google.com/*'],
  hasOriginAccess: async (origin: string) => fake.granted.has(origin),
  hasHostAccess: async (pattern: string) => fake.granted.has(pattern),
  registeredContentScripts: async () => fake.registered.map((s) => ({ ...s })),
  registerContentScripts: async (scripts: DynamicContentScript[]) => {
    for (const s of scripts) {
      if (fake.registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      fake.registered.push(s);
    }
  },
  unregisterContentScripts: async (ids: string[]) => {
    fake.registered = fake.registered.filter((s) => !ids.includes(s.id));
  },
  onPermissionsChanged: (listener: () => void) => fake.permissionListeners.push(listener),
}));

vi.mock('../../src/shared/settings-store.js', () => ({
  loadSettings: async () => ({ enabledOrigins: fake.enabledOrigins, disabledSites: fake.disabledSites }),
  onSettingsChanged: (listener: () => void) => fake.settingsListeners.push(listener),
}));

const sites = await import('../../src/background/sites.js');

beforeEach(() => {
  fake.registered = [];
  fake.granted.clear();
  fake.enabledOrigins = [];
  // As a new user: every helpdesk behind a switch is off.
  fake.disabledSites = ['outlook', 'freshdesk', 'intercom', 'helpscout', 'front'];
  fake.js = ['src/content/index.js'];
  fake.pageWorldJs = [];
});

describe('match patterns of the manifest', () => {
  it('covers what the manifest already injects into', () => {
    expect(sites.patternCoversOrigin('https://*.zendesk.com/*', 'https://acme.zendesk.com')).toBe(true);
    expect(sites.patternCoversOrigin('https://*.zendesk.com/*', 'https://zendesk.com')).toBe(true);
    expect(sites.patternCoversOrigin('https://*.zendesk.com/*', 'https://evilzendesk.com')).toBe(false);
    expect(sites.patternCoversOrigin('https://*.zendesk.com/*', 'http://acme.zendesk.com')).toBe(false);
    expect(sites.patternCoversOrigin('http://127.0.0.1/*', 'http://127.0.0.1:8080')).toBe(true);
    expect(sites.patternCoversOrigin('http://localhost:3000/*', 'http://localhost:8080')).toBe(false);
    expect(sites.patternCoversOrigin('*://*/*', 'https://x.example')).toBe(true);
    expect(sites.patternCoversOrigin('https://mail.google.com/mail/*', 'https://mail.google.com')).toBe(false);
  });
});

describe('planRegistrations', () => {
  const js = ['src/content/index.js'];
  it('registers new origins, unregisters removed ones, leaves the rest and foreign scripts alone', () => {
    const existing = [
      { id: 'reply-coach-origin:https://a.example', matches: ['https://a.example/*'], js },
      { id: 'reply-coach-origin:https://gone.example', matches: ['https://gone.example/*'], js },
      { id: 'someone-else', matches: ['https://x/*'], js },
    ];
    expect(sites.planRegistrations(['https://a.example', 'https://b.example'], existing, js)).toEqual({
      register: [{ id: 'reply-coach-origin:https://b.example', matches: ['https://b.example/*'], js }],
      unregister: ['reply-coach-origin:https://gone.example'],
    });
  });
  it('re-registers a script whose file changed', () => {
    const existing = [{ id: 'reply-coach-origin:https://a.example', matches: ['https://a.example/*'], js: ['old.js'] }];
    const plan = sites.planRegistrations(['https://a.example'], existing, js);
    expect(plan.unregister).toEqual(['reply-coach-origin:https://a.example']);
    expect(plan.register).toHaveLength(1);
  });
});

describe('the page-world helper (Firefox build)', () => {
  const helper = ['src/content/insert/page-world-paste.js'];
  it('is registered, in the page world, wherever the content script is; removed with it', async () => {
    fake.pageWorldJs = helper;
    fake.enabledOrigins = ['https://help.example.com'];
    fake.granted.add('https://help.example.com');
    await sites.syncSiteScripts();
    expect(fake.registered).toEqual([
      { id: 'reply-coach-origin:https://help.example.com', matches: ['https://help.example.com/*'], js: ['src/content/index.js'] },
      { id: 'reply-coach-origin-main:https://help.example.com', matches: ['https://help.example.com/*'], js: helper, world: 'MAIN' },
    ]);
    await sites.syncSiteScripts();
    expect(fake.registered).toHaveLength(2);
    fake.enabledOrigins = [];
    await sites.syncSiteScripts();
    expect(fake.registered).toEqual([]);
  });
  it('is not registered by a build without it, and one left over is removed', async () => {
    fake.enabledOrigins = ['https://help.example.com'];
    fake.granted.add('https://help.example.com');
    fake.registered = [{ id: 'reply-coach-origin-main:https://help.example.com', matches: ['https://help.example.com/*'], js: helper, world: 'MAIN' }];
    await sites.syncSiteScripts();
    expect(fake.registered.map((s) => s.id)).toEqual(['reply-coach-origin:https://help.example.com']);
  });
  it('re-registers a script found in the wrong world', () => {
    const existing = [{ id: 'reply-coach-origin-main:https://a.example', matches: ['https://a.example/*'], js: helper }];
    const plan = sites.planRegistrations(['https://a.example'], existing, helper, { prefix: sites.PAGE_WORLD_ID_PREFIX, world: 'MAIN' });
    expect(plan.unregister).toEqual(['reply-coach-origin-main:https://a.example']);
    expect(plan.register).toEqual([{ id: 'reply-coach-origin-main:https://a.example', matches: ['https://a.example/*'], js: helper, world: 'MAIN' }]);
  });
});

describe('syncSiteScripts', () => {
  it('registers only origins with a granted permission, not those the manifest covers', async () => {
    fake.enabledOrigins = ['https://help.example.com', 'https://nogrant.example.com', 'https://acme.zendesk.com'];
    fake.granted.add('https://help.example.com').add('https://acme.zendesk.com');
    await sites.syncSiteScripts();
    expect(fake.registered).toEqual([
      { id: 'reply-coach-origin:https://help.example.com', matches: ['https://help.example.com/*'], js: ['src/content/index.js'] },
    ]);
  });

  it('follows settings and permission changes; a second run changes nothing', async () => {
    fake.enabledOrigins = ['https://help.example.com'];
    fake.granted.add('https://help.example.com');
    await sites.scheduleSync();
    await sites.scheduleSync();
    expect(fake.registered).toHaveLength(1);
    fake.granted.clear(); // the user took the permission back in chrome://extensions
    await sites.scheduleSync();
    expect(fake.registered).toEqual([]);
    fake.granted.add('https://help.example.com');
    fake.enabledOrigins = [];
    await sites.scheduleSync();
    expect(fake.registered).toEqual([]);
  });

  it('wires itself to settings and permission changes on start', () => {
    expect(fake.settingsListeners).toHaveLength(1);
    expect(fake.permissionListeners).toHaveLength(1);
  });

  it('overlapping triggers coalesce into runs that end in the right state', async () => {
    fake.enabledOrigins = ['https://a.example', 'https://b.example'];
    fake.granted.add('https://a.example').add('https://b.example');
    await Promise.all([sites.scheduleSync(), sites.scheduleSync(), sites.scheduleSync()]);
    expect(fake.registered.map((s) => s.id).sort()).toEqual(['reply-coach-origin:https://a.example', 'reply-coach-origin:https://b.example']);
  });
});

describe('built-in helpdesks behind a switch', () => {
  it('one switched on and granted gets one registration on its granted hosts; switched off or taken back, none', async () => {
    fake.disabledSites = ['outlook', 'intercom', 'helpscout', 'front'];
    await sites.syncSiteScripts();
    // On, but the browser has not given access yet: nothing.
    expect(fake.registered).toEqual([]);
    fake.granted.add('https://*.freshdesk.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered).toEqual([
      { id: `${sites.HELPDESK_ID_PREFIX}freshdesk`, matches: ['https://*.freshdesk.com/*'], js: ['src/content/index.js'] },
    ]);
    // Access to a host of a helpdesk that is off registers nothing for it.
    fake.granted.add('https://app.frontapp.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered.map((s) => s.id)).toEqual([`${sites.HELPDESK_ID_PREFIX}freshdesk`]);
    fake.disabledSites = [...fake.disabledSites, 'freshdesk'];
    await sites.syncSiteScripts();
    expect(fake.registered).toEqual([]);
    fake.disabledSites = fake.disabledSites.filter((s) => s !== 'freshdesk');
    await sites.syncSiteScripts();
    expect(fake.registered).toHaveLength(1);
    fake.granted.delete('https://*.freshdesk.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered).toEqual([]);
  });

  it('registers on the granted hosts only, and follows a grant of another one', async () => {
    fake.disabledSites = ['freshdesk', 'intercom', 'helpscout', 'front'];
    fake.granted.add('https://outlook.live.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered.map((s) => s.matches)).toEqual([['https://outlook.live.com/*']]);
    fake.granted.add('https://outlook.office.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered.map((s) => [...s.matches].sort())).toEqual([['https://outlook.live.com/*', 'https://outlook.office.com/*']]);
  });

  it('an enabled origin a registered helpdesk covers is not registered again (the popup adds both)', async () => {
    fake.disabledSites = ['freshdesk', 'intercom', 'helpscout', 'front'];
    fake.enabledOrigins = ['https://outlook.office.com'];
    fake.granted.add('https://outlook.office.com').add('https://outlook.office.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered.map((s) => s.id)).toEqual([`${sites.HELPDESK_ID_PREFIX}outlook`]);
  });

  it('the Firefox paste helper follows a switched-on helpdesk', async () => {
    fake.pageWorldJs = ['src/content/insert/page-world-paste.js'];
    fake.disabledSites = ['outlook', 'intercom', 'helpscout', 'front'];
    fake.granted.add('https://*.freshdesk.com/*');
    await sites.syncSiteScripts();
    expect(fake.registered.map((s) => [s.matches, s.world ?? 'isolated'])).toEqual([
      [['https://*.freshdesk.com/*'], 'isolated'],
      [['https://*.freshdesk.com/*'], 'MAIN'],
    ]);
  });
});
