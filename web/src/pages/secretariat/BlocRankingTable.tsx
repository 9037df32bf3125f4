import { DataTable } from '../../shell/DataTable';
import { useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import type { BlocRanking } from './registrationTypes';

const TEXT = {
  rank: { vi: 'Hạng', en: 'Rank' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  self: { vi: 'Tự chấm', en: 'Self-assessed' },
  council: { vi: 'Hội đồng chấm', en: 'Council score' },
  group: { vi: 'Nhóm', en: 'Group' },
  unranked: {
    vi: 'Chưa xếp hạng (Hội đồng chưa chấm đủ)',
    en: 'Unranked (council score incomplete)',
  },
  defaultTemplate: {
    vi: 'Dùng mẫu bảng chấm điểm mặc định (chưa ban hành mẫu của năm).',
    en: "Scored on the default template (the year's own is not set).",
  },
};

/** A bloc's score sheets: per group, self and council totals, and the council's ranking. */
export function BlocRankingTable(props: { year: number; blocId: string }) {
  const t = useText(TEXT);
  const ranking = useResource<BlocRanking>(
    `/api/registrations/blocs/${encodeURIComponent(props.blocId)}/ranking?year=${props.year}`,
  );
  if (ranking.problem) return <ProblemMessage problem={ranking.problem} />;
  if (!ranking.data) return <Placeholder rows={4} />;
  const groups = ranking.data.ranking[0]?.groups ?? [];
  const score = (value: number | undefined) => (value === undefined ? '—' : value);
  return (
    <>
      {ranking.data.template.isDefault && <p class="muted">{t.defaultTemplate}</p>}
      <DataTable
        columns={[
          t.rank,
          t.unit,
          ...groups.map((g) => `${t.group} ${g.code} (/${g.max})`),
          t.self,
          t.council,
        ]}
      >
        {ranking.data.ranking.map((r) => (
          <tr key={r.unitId}>
            <td>{r.rank ?? <span class="muted">{t.unranked}</span>}</td>
            <th scope="row">
              {r.unitId}
              {r.name && <div class="muted">{r.name}</div>}
            </th>
            {r.groups.map((g) => (
              <td key={g.code}>{score(g.council ?? g.self)}</td>
            ))}
            <td>{score(r.selfTotal)}</td>
            <td>{score(r.councilTotal)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
