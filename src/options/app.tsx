// The settings page: loads the settings through its backend, shows the notices about them, and saves every change at
// once (text fields after a pause), so open helpdesk tabs follow through the storage change events.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LoadedSettings, SettingsNotice } from '../shared/settings-store.js';
import { applyChange, type ReplyCoachSettings, type SettingsChange } from '../shared/settings/shape.js';
import { setsAnything, type ManagedLocks } from '../shared/settings/managed-merge.js';
import type { SettingsBackend } from './backend.js';
import { ImportExportSection } from './import-export.js';
import { ManagedContext, ManagedNotice, UNLOCKED } from './managed.js';
import { NameSection } from './name-section.js';
import { Notices } from './notices.js';
import { PhraseLibrary } from './phrase-library.js';
import { RulesSection } from './rules-section.js';
import { ShortcutsSection } from './shortcuts-section.js';
import { SitesSection } from './sites-section.js';
import { t } from '../shared/i18n.js';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

const SECTIONS = [
  ['phrases', t('optionsPhrasesHeading')],
  ['rules', t('optionsRulesHeading')],
  ['sites', t('optionsSitesHeading')],
  ['name', t('optionsNameHeading')],
  ['shortcuts', t('optionsShortcutsHeading')],
  ['import-export', t('optionsIoHeading')],
] as const;

export function OptionsApp({ backend }: { backend: SettingsBackend }) {
  const [settings, setSettings] = useState<ReplyCoachSettings | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [notices, setNotices] = useState<SettingsNotice[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  /** What the organisation's policy locks; undefined when it sets nothing. */
  const [locks, setLocks] = useState<ManagedLocks | undefined>(undefined);
  // Saves in flight: while any is, their results and outside changes would undo later on-page changes, so the page
  // takes the stored settings only when the last one is back.
  const pending = useRef(0);

  /** The policy's locks, and its problems' notice in place of the old one. */
  const takePolicy = useCallback((loaded: LoadedSettings) => {
    const managed = loaded.managed;
    setLocks(managed && setsAnything(managed.locks) ? managed.locks : undefined);
    setNotices((current) => [
      ...current.filter((notice) => notice.kind !== 'policy-problems'),
      ...loaded.notices.filter((notice) => notice.kind === 'policy-problems'),
    ]);
  }, []);

  /** The notices of a load or save: the ones about where the settings live are replaced, the others kept. */
  const takeNotices = useCallback((loaded: LoadedSettings, fromLoad: boolean) => {
    setLocks(loaded.managed && setsAnything(loaded.managed.locks) ? loaded.managed.locks : undefined);
    setNotices((current) => {
      const kept = fromLoad ? [] : current.filter((notice) => notice.kind !== 'stored-locally' && notice.kind !== 'kept-elsewhere');
      const fresh = fromLoad ? loaded.notices : loaded.notices.filter((notice) => notice.kind === 'stored-locally');
      return [...kept, ...fresh];
    });
  }, []);

  useEffect(() => {
    let alive = true;
    backend.load().then(
      (loaded) => {
        if (!alive) return;
        setSettings(loaded.settings);
        takeNotices(loaded, true);
        // Migrated or repaired: write the clean form back (the notice still tells what was repaired).
        if (loaded.needsRewrite) backend.update({}).catch(() => undefined);
      },
      () => alive && setLoadFailed(true),
    );
    const stop = backend.onChange((next, loaded) => {
      if (!alive || pending.current !== 0) return;
      setSettings(next);
      // The policy changed (or the settings under it): new locks, and its problems as they are now.
      if (loaded) takePolicy(loaded);
    });
    return () => {
      alive = false;
      stop();
    };
  }, [backend, takeNotices, takePolicy]);

  const update = useCallback(
    async (change: SettingsChange): Promise<boolean> => {
      setSettings((current) => (current ? applyChange(current, change) : current));
      pending.current++;
      setSaveState({ kind: 'saving' });
      try {
        const stored = await backend.update(change);
        pending.current--;
        if (pending.current === 0) {
          setSettings(stored.settings);
          takeNotices(stored, false);
          setSaveState({ kind: 'saved' });
        }
        return true;
      } catch (error) {
        pending.current--;
        setSaveState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
        // Show what is really stored, not the change that failed.
        if (pending.current === 0) backend.load().then((loaded) => setSettings(loaded.settings), () => undefined);
        return false;
      }
    },
    [backend, takeNotices],
  );

  const announce = useCallback((message: string) => {
    // The same message twice in a row is still news: clear first so the live region speaks again.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const dismiss = useCallback((index: number) => setNotices((current) => current.filter((_, i) => i !== index)), []);

  return (
    <>
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <p role="status" class={`save-state save-state-${saveState.kind}`}>
          {saveState.kind === 'saving'
            ? t('optionsSaving')
            : saveState.kind === 'saved'
              ? t('optionsSaved')
              : saveState.kind === 'failed'
                ? t('optionsSaveFailed', saveState.error)
                : ''}
        </p>
      </header>
      <nav aria-label={t('optionsSectionsNav')} class="toc">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <ManagedNotice locks={locks} />
        <Notices notices={notices} onDismiss={dismiss} />
        {settings === null ? (
          <p role={loadFailed ? 'alert' : 'status'}>{loadFailed ? t('optionsLoadFailed') : t('optionsLoading')}</p>
        ) : (
          <ManagedContext.Provider value={locks ?? UNLOCKED}>
            <PhraseLibrary settings={settings} update={update} announce={announce} />
            <RulesSection settings={settings} update={update} announce={announce} />
            <SitesSection settings={settings} update={update} announce={announce} backend={backend} />
            <NameSection settings={settings} update={update} announce={announce} />
            <ShortcutsSection backend={backend} />
            <ImportExportSection settings={settings} update={update} announce={announce} backend={backend} />
          </ManagedContext.Provider>
        )}
        <div role="status" class="visually-hidden" data-testid="announcer">
          {announcement}
        </div>
      </main>
    </>
  );
}
