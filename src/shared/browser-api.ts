// The only module that talks to the extension APIs (Bitwarden's rule): everything else imports these functions, so
// the rest of the code is testable without a browser and every API use is visible in one place.
import browser from 'webextension-polyfill';
import {
  isBackgroundRequest,
  isContentRequest,
  type BackgroundRequest,
  type Broadcast,
  type ContentAnswer,
  type ContentRequest,
  type ContentRequestKind,
  type ContentRequestOf,
} from './protocol.js';

/** Sends a request to the content script of a tab and returns its typed answer. */
export function sendToTab<K extends ContentRequestKind>(tabId: number, request: ContentRequestOf<K>): Promise<ContentAnswer<K>> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ContentAnswer<K>>;
}

/** Broadcasts to the extension's pages (the popup, when open). Nobody listening is not an error. */
export async function broadcast(message: Broadcast): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // "Receiving end does not exist": no popup open.
  }
}

/**
 * Answers the content-script requests (isContentRequest) with a handler that returns a promise of an answer from
 * ContentProtocol (the polyfill's contract). Other messages, and the handler's `undefined`, mean "not for me", so other
 * listeners may answer.
 */
export function onRequest(
  handler: (request: ContentRequest, sender: MessageSender) => Promise<ContentAnswer | undefined> | undefined,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) =>
    isContentRequest(message) ? (handler(message, sender) as Promise<unknown>) : undefined,
  );
}

/** Who sent a message: the tab and frame of a content script (absent for the extension's own pages). */
interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

/** The service worker's side: answers the content script's requests to it (isBackgroundRequest); others pass by. */
export function onBackgroundRequest(handler: (request: BackgroundRequest, sender: MessageSender) => Promise<true> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) =>
    isBackgroundRequest(message) ? handler(message, sender) : undefined,
  );
}

/** Asks the service worker to inject the coach into this frame (the content script's side of the lazy load). */
export async function requestCoach(): Promise<void> {
  const request: BackgroundRequest = { kind: 'load-coach' };
  await browser.runtime.sendMessage(request);
}

/**
 * Runs extension files as classic scripts in one frame's isolated world, the content script's own (the lazy load's
 * service-worker side). Needs host access to the page, which the content script's match patterns or the granted
 * origin give; nothing becomes web-accessible.
 */
export async function injectIntoFrame(tabId: number, frameId: number, files: string[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files, world: 'ISOLATED' });
}

/** Listens to broadcasts; the second argument says which tab's content script sent it (null: not from a tab). */
export function onBroadcast(listener: (message: Broadcast, sender: { tabId: number | null }) => void): () => void {
  const wrapped = (message: unknown, sender?: { tab?: { id?: number } }) => {
    if (typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'state-changed')
      listener(message as Broadcast, { tabId: sender?.tab?.id ?? null });
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

export function onCommand(listener: (command: string, tab: { id?: number } | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab));
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The origin of a tab's page, or null when the browser withholds its URL (without the "tabs" permission a tab's url is
 * only given for sites the extension has host access to) or the tab is gone.
 */
export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? new URL(tab.url).origin : null;
  } catch {
    return null;
  }
}

/**
 * Asks for host access to an origin (an optional host permission). Call it first thing in a click handler: the browser
 * only prompts inside the user gesture. Resolves false when refused or not requestable.
 */
export function requestOriginAccess(origin: string): Promise<boolean> {
  return requestHostAccess([`${origin}/*`]);
}

/**
 * Asks for host access to these match patterns (a built-in helpdesk's hosts, optional host permissions), and nothing
 * else. Like requestOriginAccess: first thing in a click handler. Resolves false when refused or not requestable.
 */
export async function requestHostAccess(patterns: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [...patterns] });
  } catch (error) {
    console.debug('[Reply Coach] permission request failed:', error);
    return false;
  }
}

/** Opens the extension's settings (options) page. */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Whether the extension context is still alive (it dies when the extension is reloaded or updated). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export const storage = {
  async getLocal<T>(key: string): Promise<T | undefined> {
    const got = await browser.storage.local.get(key);
    return got[key] as T | undefined;
  },
  async setLocal(key: string, value: unknown): Promise<void> {
    await browser.storage.local.set({ [key]: value });
  },
  async getSync<T>(key: string): Promise<T | undefined> {
    const got = await browser.storage.sync.get(key);
    return got[key] as T | undefined;
  },
  async setSync(key: string, value: unknown): Promise<void> {
    await browser.storage.sync.set({ [key]: value });
  },
  /**
   * Everything the organisation's policy sets for the extension (storage.managed, read-only): {} when there is none.
   * Firefox rejects when no policies.json gives the extension any ("Managed storage manifest not found"): that is none.
   */
  async getManaged(): Promise<Record<string, unknown>> {
    try {
      return (await browser.storage.managed.get()) ?? {};
    } catch {
      return {};
    }
  },
  onChanged(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void {
    browser.storage.onChanged.addListener(listener);
  },
};

// --- settings page, settings storage and dynamic site registration (issue 4) ---

/** Listens to storage changes in every area; returns the unsubscribe. */
export function onStorageChange(
  listener: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void,
): () => void {
  const wrapped = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => listener(changes, area);
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}

/** Removes a key from storage.local (missing is fine). */
export async function removeLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

interface CommandInfo {
  name: string;
  description: string;
  /** The key the user has now, '' when none is assigned. */
  shortcut: string;
}

/** The extension's keyboard commands with their current keys. */
export async function listCommands(): Promise<CommandInfo[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: command.description ?? '',
    shortcut: command.shortcut ?? '',
  }));
}

/** Opens a URL in a new tab (extension pages may open chrome:// pages such as chrome://extensions/shortcuts). */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** Whether the extension holds host access to every page of `origin`. */
export function hasOriginAccess(origin: string): Promise<boolean> {
  return hasHostAccess(`${origin}/*`);
}

/** Whether the extension holds host access to every page a match pattern covers. */
export async function hasHostAccess(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Gives back the host access to `origin` (an optional permission); false when it could not be removed. */
export function removeOriginAccess(origin: string): Promise<boolean> {
  return removeHostAccess([`${origin}/*`]);
}

/** Gives back the host access to these match patterns (optional permissions); false when it could not be removed. */
export async function removeHostAccess(patterns: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: [...patterns] });
  } catch (error) {
    console.debug('[Reply Coach] permission removal failed:', error);
    return false;
  }
}

/** Calls `listener` whenever a permission is granted or removed. */
export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(() => listener());
  browser.permissions.onRemoved.addListener(() => listener());
}

/** The manifest's content script files as built (crxjs rewrites 'src/content/index.ts' to 'src/content/index.js'). */
export function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

/**
 * The files of the manifest's page-world scripts (`world: "MAIN"`): the Firefox build's paste helper
 * (src/content/insert/page-world-paste.ts), which must run wherever the content script runs. None in the Chrome build.
 */
export function pageWorldScriptFiles(): string[] {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []) as Array<{ js?: string[]; world?: string }>;
  return scripts.filter((script) => script.world === 'MAIN').flatMap((script) => script.js ?? []);
}

/** The match patterns of the manifest's content scripts. */
export function contentScriptMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

export interface DynamicContentScript {
  id: string;
  matches: string[];
  js: string[];
  /** 'MAIN' for a script that runs in the page's own world; absent for the usual isolated world. */
  world?: 'MAIN';
}

/** The content scripts this extension registered at run time. */
export async function registeredContentScripts(): Promise<DynamicContentScript[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((script) => ({
    id: script.id,
    matches: script.matches ?? [],
    js: script.js ?? [],
    ...((script as { world?: string }).world === 'MAIN' ? { world: 'MAIN' as const } : {}),
  }));
}

/** Registers content scripts that run at document_idle in top frames, kept across browser restarts. */
export async function registerContentScripts(scripts: DynamicContentScript[]): Promise<void> {
  if (scripts.length === 0) return;
  await browser.scripting.registerContentScripts(
    scripts.map((script) => ({ ...script, runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true })),
  );
}

export async function unregisterContentScripts(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await browser.scripting.unregisterContentScripts({ ids });
}
