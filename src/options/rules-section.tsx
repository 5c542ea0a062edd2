// Rules: a checkbox per rule with its description, grouped by what it reads (the reply or the customer's message),
// and per checklist move whether it is asked for automatically, always or never.
import { RULES } from '../engine/rules/index.js';
import { ROW_IDS, type RowPolicy } from '../engine/types.js';
import { ROW_POLICIES } from '../shared/settings/shape.js';
import type { SectionProps } from './section.js';
import { t } from '../shared/i18n.js';
import { policyHelp, policyLabel, rowLabel } from './labels.js';
import { SetByOrganisation, useLocks } from './managed.js';

export function RulesSection({ settings, update }: SectionProps) {
  const locks = useLocks();
  const toggle = (id: string, on: boolean) =>
    void update((current) => ({
      disabledRules: on ? current.disabledRules.filter((rule) => rule !== id) : [...new Set([...current.disabledRules, id])],
    }));

  const group = (target: 'reply' | 'customer', legend: string) => (
    <fieldset class="rules" data-target={target} disabled={locks.disabledRules} aria-describedby={locks.disabledRules ? `rules-${target}-managed` : undefined}>
      <legend>
        {legend} {locks.disabledRules && <SetByOrganisation id={`rules-${target}-managed`} />}
      </legend>
      {RULES.filter((rule) => rule.target === target).map((rule) => (
        <div class="check" key={rule.id}>
          <input
            type="checkbox"
            id={`rule-${rule.id}`}
            checked={!settings.disabledRules.includes(rule.id)}
            onChange={(event) => toggle(rule.id, event.currentTarget.checked)}
          />
          <label for={`rule-${rule.id}`} dir="auto">
            {rule.description} <span class="rule-id">({rule.id})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );

  return (
    <section id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('optionsRulesHeading')}</h2>
      <p>{t('optionsRulesIntro')}</p>
      {group('reply', t('optionsReplyRules'))}
      {group('customer', t('optionsCustomerRules'))}
      <h3 id="rows-heading">{t('optionsRowsHeading')}</h3>
      <p>{t('optionsRowsIntro')}</p>
      <div class="policies">
        {ROW_IDS.map((row) => {
          const policy = settings.policy[row] ?? 'auto';
          const locked = locks.policyRows.includes(row);
          return (
            <div class="field policy" key={row}>
              <label for={`policy-${row}`}>
                {rowLabel(row)} {locked && <SetByOrganisation id={`policy-${row}-managed`} />}
              </label>
              <select
                id={`policy-${row}`}
                value={policy}
                disabled={locked}
                aria-describedby={locked ? `policy-${row}-managed policy-${row}-help` : `policy-${row}-help`}
                onChange={(event) => {
                  const value = event.currentTarget.value as RowPolicy;
                  void update((current) => {
                    const next = { ...current.policy };
                    // 'auto' is the default: stored as no entry.
                    if (value === 'auto') delete next[row];
                    else next[row] = value;
                    return { policy: next };
                  });
                }}
              >
                {ROW_POLICIES.map((option) => (
                  <option key={option} value={option}>
                    {policyLabel(option)}
                  </option>
                ))}
              </select>
              <p id={`policy-${row}-help`} class="help">
                {policyHelp(policy)}
              </p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
