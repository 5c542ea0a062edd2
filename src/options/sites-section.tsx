// Sites: the built-in helpdesks (on unless switched off), and other helpdesks by origin. Adding one asks the browser
// for access to it first (inside the click), and stores it only when granted; the service worker then registers the
// content script there (src/background/sites.ts).
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_SITES, parseOrigin } from '../shared/settings.js';
import type { SectionProps } from './app.js';
import type { SettingsBackend } from './backend.js';
import { STRINGS } from './strings.js';

/** The built-in helpdesk an origin belongs to, if any (its switch covers it). */
function builtInSiteOf(origin: string): 'zendesk' | 'gmail' | null {
  const host = new URL(origin).hostname;
  if (host === 'zendesk.com' || host.endsWith('.zendesk.com')) return 'zendesk';
  if (host === 'mail.google.com') return 'gmail';
  return null;
}

type Message = { kind: 'error' | 'ok'; text: string } | null;

export function SitesSection({ settings, update, backend }: SectionProps & { backend: SettingsBackend }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [access, setAccess] = useState<Record<string, boolean>>({});

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
      setMessage({ kind: 'error', text: STRINGS.originErrors[parsed.reason] });
      return;
    }
    const { origin } = parsed;
    const site = builtInSiteOf(origin);
    if (site) {
      setMessage({ kind: 'error', text: STRINGS.originBuiltIn(STRINGS.builtInSites[site]) });
      return;
    }
    if (origins.includes(origin) && access[origin]) {
      setMessage({ kind: 'error', text: STRINGS.originAlready(origin) });
      return;
    }
    if (!(await grant(origin))) {
      setMessage({ kind: 'error', text: STRINGS.originRefused(origin) });
      return;
    }
    await update((current) => ({
      enabledOrigins: current.enabledOrigins.includes(origin) ? current.enabledOrigins : [...current.enabledOrigins, origin],
    }));
    setInput('');
    setMessage({ kind: 'ok', text: STRINGS.originAdded(origin) });
  };

  const remove = async (origin: string) => {
    await update((current) => ({ enabledOrigins: current.enabledOrigins.filter((o) => o !== origin) }));
    await backend.removeOriginAccess(origin).catch(() => undefined);
    setMessage({ kind: 'ok', text: STRINGS.originRemoved(origin) });
    document.getElementById('origin-input')?.focus();
  };

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{STRINGS.sitesHeading}</h2>
      <p>{STRINGS.sitesIntro}</p>
      <div class="switches">
        {BUILT_IN_SITES.map((site) => (
          <div class="check" key={site}>
            <input
              type="checkbox"
              role="switch"
              id={`site-${site}`}
              checked={!settings.disabledSites.includes(site)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                void update((current) => ({
                  disabledSites: on ? current.disabledSites.filter((s) => s !== site) : [...new Set([...current.disabledSites, site])],
                }));
              }}
            />
            <label for={`site-${site}`}>{STRINGS.builtInSites[site]}</label>
          </div>
        ))}
      </div>
      <h3 id="other-sites-heading">{STRINGS.otherSites}</h3>
      {origins.length === 0 ? (
        <p class="help">{STRINGS.noOtherSites}</p>
      ) : (
        <ul class="origins" aria-labelledby="other-sites-heading">
          {origins.map((origin) => (
            <li key={origin} data-origin={origin}>
              <span class="origin">{origin}</span>
              {access[origin] === false && (
                <>
                  <span class="warning">{STRINGS.noAccess}</span>
                  <button type="button" class="secondary" aria-label={STRINGS.grantAccessLabel(origin)} onClick={() => void grant(origin)}>
                    {STRINGS.grantAccess}
                  </button>
                </>
              )}
              <button type="button" class="danger" aria-label={STRINGS.removeSiteLabel(origin)} onClick={() => void remove(origin)}>
                {STRINGS.removeSite}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-origin" onSubmit={(event) => void add(event)} noValidate>
        <div class="field">
          <label for="origin-input">{STRINGS.originLabel}</label>
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
            <button type="submit">{STRINGS.addSite}</button>
          </div>
          <p id="origin-help" class="help">
            {STRINGS.originHelp}
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
