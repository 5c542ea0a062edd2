// The settings page's side of the organisation's policy: which settings it locks (a context, so each section asks
// for its own lock without the page threading it through), the "Set by your organisation" mark, and the notice at
// the top of the page. The policy itself is read and merged by the settings store (src/shared/settings-store.ts).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../shared/i18n.js';
import type { ManagedLocks } from '../shared/settings/managed-merge.js';

/** Nothing locked: the page without a policy. */
export const UNLOCKED: ManagedLocks = { teamPhraseIds: null, agentPhrases: true, disabledRules: false, disabledSites: false, policyRows: [] };

export const ManagedContext = createContext<ManagedLocks>(UNLOCKED);

/** What the organisation locks on this page. */
export function useLocks(): ManagedLocks {
  return useContext(ManagedContext);
}

/** The mark beside whatever the organisation sets; `id` lets a locked input point at it (aria-describedby). */
export function SetByOrganisation({ id }: { id?: string }) {
  return (
    <span class="managed-mark" id={id} data-managed="true">
      {t('optionsSetByOrganisation')}
    </span>
  );
}

/** At the top of the page while a policy sets anything. */
export function ManagedNotice({ locks }: { locks: ManagedLocks | undefined }) {
  if (!locks) return null;
  return (
    <div class="notice managed-notice" data-notice="managed">
      <p>{t('optionsManagedIntro')}</p>
    </div>
  );
}

/** Above the phrase library when the organisation sets it. */
export function TeamPhrasesNote() {
  const locks = useLocks();
  if (locks.teamPhraseIds === null) return null;
  return <p class="managed-note">{locks.agentPhrases ? t('optionsTeamPhrases') : t('optionsTeamPhrasesOnly')}</p>;
}
