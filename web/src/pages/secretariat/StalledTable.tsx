import { DataTable } from '../../shell/DataTable';
import { formatDate } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear, roleName } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { StageBadge } from '../../shell/StageBadge';
import type { StalledRow } from './deskTypes';
import { RiskLabel } from './RiskLabel';

const TEXT = {
  selectAll: { vi: 'Chọn tất cả hồ sơ trên trang', en: 'Select every dossier on the page' },
  select: { vi: 'Chọn', en: 'Select' },
  number: { vi: 'Số hồ sơ', en: 'Number' },
  nominee: { vi: 'Người / tập thể được đề nghị', en: 'Nominee' },
  award: { vi: 'Danh hiệu', en: 'Award' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  stage: { vi: 'Bước, người xử lý', en: 'Stage, holder' },
  since: { vi: 'Ở bước này', en: 'In this stage' },
  days: { vi: 'ngày làm việc', en: 'working days' },
  from: { vi: 'từ', en: 'since' },
  deadline: { vi: 'Hạn', en: 'Deadline' },
  reminders: { vi: 'Đã nhắc', en: 'Reminded' },
  assignee: { vi: 'Giao cho', en: 'Assigned to' },
  none: { vi: 'Không có hồ sơ nào khớp bộ lọc.', en: 'No dossier matches the filters.' },
};

/** Open dossiers, most urgent first (the server's order), each selectable for a bulk action. */
export function StalledTable(props: {
  rows: StalledRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  if (props.rows.length === 0) return <p class="empty">{t.none}</p>;
  const ids = props.rows.map((r) => r.nominationId);
  const allOn = ids.every((id) => props.selected.has(id));
  const selectAll = (
    <input
      type="checkbox"
      aria-label={t.selectAll}
      checked={allOn}
      onChange={() => props.onSelect(ids, !allOn)}
    />
  );
  return (
    <DataTable
      columns={[
        selectAll,
        t.number,
        t.nominee,
        t.award,
        t.unit,
        t.stage,
        t.since,
        t.deadline,
        t.reminders,
      ]}
    >
      {props.rows.map((row) => (
        <tr key={row.nominationId}>
          <td>
            <input
              type="checkbox"
              aria-label={`${t.select}: ${row.nominee.name}`}
              checked={props.selected.has(row.nominationId)}
              onChange={(e) => props.onSelect([row.nominationId], e.currentTarget.checked)}
            />
          </td>
          <td>{row.number}</td>
          <td>
            <Link href={`/nominations/${row.nominationId}`}>{row.nominee.name}</Link>
          </td>
          <td>{awardOfYear(row.awardCode, row.year, lang)}</td>
          <td>{row.unitId}</td>
          <td>
            <StageBadge stage={row.stage} />
            {row.holderRole && <div class="muted">{roleName(row.holderRole, lang)}</div>}
            {row.assignee && (
              <div class="muted">
                {t.assignee}: {row.assignee}
              </div>
            )}
          </td>
          <td>
            {row.daysInStage} {t.days}
            <div class="muted">
              {t.from} {formatDate(row.enteredOn)}
            </div>
          </td>
          <td>
            <RiskLabel risk={row.risk} dueOn={row.dueOn} workingDaysLeft={row.workingDaysLeft} />
          </td>
          <td>{row.remindersSent.length}</td>
        </tr>
      ))}
    </DataTable>
  );
}
