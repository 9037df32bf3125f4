import { pick, useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import type { RouteProps } from '../../shell/router';
import { Tabs } from '../../shell/Tabs';
import { useResource } from '../../shell/useResource';
import { AwardCatalogue } from './AwardCatalogue';
import { RuleSetEditor } from './RuleSetEditor';
import type { RuleSetSummary } from './ruleTypes';

const TEXT = {
  heading: { vi: 'Danh hiệu và quy tắc', en: 'Awards and rules' },
  values: { vi: 'Giá trị cấu hình của bộ quy tắc', en: 'Configurable values of a rule set' },
  which: { vi: 'Bộ quy tắc', en: 'Rule set' },
};

/** The award catalogue, and the values the law leaves to the ministry, per rule set. */
export function RulesPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const ruleSets = useResource<{ items: RuleSetSummary[] }>('/api/configuration/rule-sets');
  const items = ruleSets.data?.items ?? [];
  // The newest rule set unless another is chosen.
  const chosen = items.find((r) => r.id === props.query.get('set')) ?? items[items.length - 1];
  return (
    <>
      <h1>{t.heading}</h1>
      <section aria-labelledby="values-title">
        <h2 id="values-title">{t.values}</h2>
        <Tabs
          label={t.which}
          tabs={items.map((r) => r.id)}
          current={chosen?.id}
          href={(id) => `/admin/rules?set=${encodeURIComponent(id)}`}
          text={(id) => pick(items.find((r) => r.id === id)!.name, lang)}
        />
        <ProblemMessage problem={ruleSets.problem} />
        {chosen ? (
          <RuleSetEditor key={chosen.id} ruleSet={chosen} onSaved={ruleSets.reload} />
        ) : (
          <Placeholder rows={8} />
        )}
      </section>
      <AwardCatalogue />
    </>
  );
}
