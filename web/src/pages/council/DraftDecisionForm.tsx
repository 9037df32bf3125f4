import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { ProblemMessage } from '../../shell/problems';
import { navigate } from '../../shell/router';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Dự thảo quyết định khen thưởng', en: 'Draft the award decision' },
  passed: { vi: 'người được Hội đồng thông qua', en: 'passed by the council' },
  draft: { vi: 'Dự thảo quyết định', en: 'Draft the decision' },
  none: { vi: 'Không có hồ sơ nào được thông qua.', en: 'No nominee passed.' },
};

/** After the vote, the secretariat drafts one decision per award and year for those who passed. */
export function DraftDecisionForm(props: { round: Round }) {
  const t = useText(TEXT);
  const lang = useLang();
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const passed = props.round.results.filter((r) => r.outcome === 'passed');
  const groups = new Map<string, string[]>();
  for (const result of passed) {
    const item = props.round.agenda.find((a) => a.nominationId === result.nominationId)!;
    const key = `${item.awardCode}:${item.year}`;
    groups.set(key, [...(groups.get(key) ?? []), result.nominationId]);
  }
  const draft = async (awardCode: string, year: number, nominationIds: string[]) => {
    setBusy(true);
    try {
      const answer = await api.post<{ decision: { _id: string } }>('/api/decisions', {
        awardCode,
        year,
        nominationIds,
      });
      navigate(`/decisions/${answer.decision._id}`);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
      setBusy(false);
    }
  };
  return (
    <div class="card">
      <h2>{t.heading}</h2>
      {groups.size === 0 && <p class="empty">{t.none}</p>}
      {[...groups].map(([key, ids]) => {
        const [awardCode, year] = key.split(':') as [string, string];
        return (
          <div class="actions" key={key}>
            <span>
              {awardOfYear(awardCode, year, lang)}: {ids.length} {t.passed}
            </span>
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => void draft(awardCode, Number(year), ids)}
            >
              {t.draft}
            </button>
          </div>
        );
      })}
      <ProblemMessage problem={problem} />
    </div>
  );
}
