// Sites: the built-in helpdesks (Zendesk and Gmail on unless switched off; the others off until switched on, which
// asks the browser for that helpdesk's hosts only, inside the click), and other helpdesks by origin. Adding one asks
// the browser for access to it first (inside the click), and stores it only when granted; the service worker then
// registers the content script there (src/background/sites.ts). Switching a helpdesk off gives its access back.
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_SITES, builtInSiteOf, helpdeskOf, type BuiltInSite } from '../shared/helpdesks.js';
import { parseOrigin } from '../shared/settings/origin.js';
import type { SectionProps } from './section.js';
import type { SettingsBackend } from './backend.js';
import { t } from '../shared/i18n.js';
import { builtInSiteLabel, originErrorText } from './labels.js';
import { SetByOrganisation, useLocks } from './managed.js';

type Message = { kind: 'error' | 'ok'; text: string } | null;

export function SitesSection({ settings, update, backend }: SectionProps & { backend: SettingsBackend }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const sitesLocked = useLocks().disabledSites;
  const [siteMessage, setSiteMessage] = useState('');
  const [siteAccess, setSiteAccess] = useState<Partial<Record<BuiltInSite, boolean>>>({});

  // A helpdesk behind a switch is on when it is not switched off AND the browser gives access to its pages: settings
  // stored before it existed do not list it as off, and the user may take the access back in the browser's settings.
  const switchedOn = BUILT_IN_SITES.filter((site) => !helpdeskOf(site).onByDefault && !settings.disabledSites.includes(site));
  useEffect(() => {
    let alive = true;
    const anyGranted = async (site: BuiltInSite) => {
      for (const pattern of helpdeskOf(site).matches) if (await backend.hasHostAccess(pattern).catch(() => false)) return true;
      return false;
    };
    Promise.all(switchedOn.map(async (site) => [site, await anyGranted(site)] as const)).then(
      (entries) => alive && setSiteAccess(Object.fromEntries(entries)),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [backend, switchedOn.join('\n')]);

  const switchSite = async (site: BuiltInSite, input: HTMLInputElement) => {
    const on = input.checked;
    const helpdesk = helpdeskOf(site);
    setSiteMessage('');
    if (on && !helpdesk.onByDefault) {
      // First await of the click: the browser prompts only inside the user gesture.
      const granted = await backend.requestHostAccess(helpdesk.matches);
      if (!granted) {
        input.checked = false;
        setSiteMessage(t('optionsSiteRefused', builtInSiteLabel(site)));
        return;
      }
      setSiteAccess((current) => ({ ...current, [site]: true }));
    }
    await update((current) => ({
      disabledSites: on ? current.disabledSites.filter((s) => s !== site) : [...new Set([...current.disabledSites, site])],
    }));
    if (!on && !helpdesk.onByDefault) await backend.removeHostAccess(helpdesk.matches).catch(() => undefined);
  };

  const origins = settings.enabledOrigins;
  useEffect(() => {
    let alive = true;
    Promise.all(origins.map(async (origin) => [origin, await backend.hasOriginAccess(origin).catch(() => false)] as const)).then(
      (entries) => alive && setAccess(Object.fromEntries(entries)),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [backend, origins.join('\n')]);

  const grant = async (origin: string): Promise<boolean> => {
    // First await of the click: the browser prompts only inside the user gesture.
    const granted = await backend.requestOriginAccess(origin);
    setAccess((current) => ({ ...current, [origin]: granted }));
    return granted;
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseOrigin(input);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: originErrorText(parsed.reason) });
      return;
    }
    const { origin } = parsed;
    const site = builtInSiteOf(origin);
    if (site) {
      setMessage({ kind: 'error', text: t('optionsOriginBuiltIn', builtInSiteLabel(site)) });
      return;
    }
    if (origins.includes(origin) && access[origin]) {
      setMessage({ kind: 'error', text: t('optionsOriginAlready', origin) });
      return;
    }
    if (!(await grant(origin))) {
      setMessage({ kind: 'error', text: t('optionsOriginRefused', origin) });
      return;
    }
    await update((current) => ({
      enabledOrigins: current.enabledOrigins.includes(origin) ? current.enabledOrigins : [...current.enabledOrigins, origin],
    }));
    setInput('');
    setMessage({ kind: 'ok', text: t('optionsOriginAdded', origin) });
  };

  const remove = async (origin: string) => {
    await update((current) => ({ enabledOrigins: current.enabledOrigins.filter((o) => o !== origin) }));
    await backend.removeOriginAccess(origin).catch(() => undefined);
    setMessage({ kind: 'ok', text: t('optionsOriginRemoved', origin) });
    document.getElementById('origin-input')?.focus();
  };

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p>{t('optionsSitesIntro')}</p>
      {sitesLocked && <SetByOrganisation id="sites-managed" />}
      <div class="switches">
        {BUILT_IN_SITES.map((site) => {
          const asks = !helpdeskOf(site).onByDefault;
          const on = !settings.disabledSites.includes(site) && (!asks || siteAccess[site] === true);
          return (
            <div class="check" key={site}>
              <input
                type="checkbox"
                role="switch"
                id={`site-${site}`}
                checked={on}
                disabled={sitesLocked}
                aria-describedby={sitesLocked ? 'sites-managed' : asks ? 'site-asks' : undefined}
                onChange={(event) => void switchSite(site, event.currentTarget)}
              />
              <label for={`site-${site}`}>{builtInSiteLabel(site)}</label>
            </div>
          );
        })}
      </div>
      <p id="site-asks" class="help">
        {t('optionsSiteAsks')}
      </p>
      <p id="site-message" class="field-error" role="alert">
        {siteMessage}
      </p>
      <h3 id="other-sites-heading">{t('optionsOtherSites')}</h3>
      {origins.length === 0 ? (
        <p class="help">{t('optionsNoOtherSites')}</p>
      ) : (
        <ul class="origins" aria-labelledby="other-sites-heading">
          {origins.map((origin) => (
            <li key={origin} data-origin={origin}>
              <span class="origin" dir="ltr">
                {origin}
              </span>
              {access[origin] === false && (
                <>
                  <span class="warning">{t('optionsNoAccess')}</span>
                  <button type="button" class="secondary" aria-label={t('optionsGrantAccessLabel', origin)} onClick={() => void grant(origin)}>
                    {t('optionsGrantAccess')}
                  </button>
                </>
              )}
              <button type="button" class="danger" aria-label={t('optionsRemoveSiteLabel', origin)} onClick={() => void remove(origin)}>
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-origin" onSubmit={(event) => void add(event)} noValidate>
        <div class="field">
          <label for="origin-input">{t('optionsOriginLabel')}</label>
          <div class="inline">
            <input
              id="origin-input"
              type="url"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              placeholder="https://support.example.com"
              value={input}
              aria-describedby={message?.kind === 'error' ? 'origin-help origin-message' : 'origin-help'}
              aria-invalid={message?.kind === 'error'}
              onInput={(event) => setInput(event.currentTarget.value)}
            />
            <button type="submit">{t('optionsAddSite')}</button>
          </div>
          <p id="origin-help" class="help">
            {t('optionsOriginHelp')}
          </p>
        </div>
        <p id="origin-message" class="field-error" role="alert">
          {message?.kind === 'error' ? message.text : ''}
        </p>
        <p class="ok" role="status">
          {message?.kind === 'ok' ? message.text : ''}
        </p>
      </form>
    </section>
  );
}
