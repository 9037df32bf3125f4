import { DataTable } from '../../shell/DataTable';
import { DueDate } from '../../shell/DueDate';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { StageBadge } from '../../shell/StageBadge';
import type { AwaitingItem } from './inboxTypes';

const TEXT = {
  number: { vi: 'Số hồ sơ', en: 'Number' },
  nominee: { vi: 'Người / tập thể được đề nghị', en: 'Nominee' },
  award: { vi: 'Danh hiệu, hình thức', en: 'Award' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  stage: { vi: 'Bước', en: 'Stage' },
  due: { vi: 'Hạn xử lý', en: 'Deadline' },
  none: { vi: 'Không có hồ sơ nào đang chờ bạn.', en: 'Nothing is waiting for you.' },
};

/** Nominations waiting for the reader's role, soonest deadline first. */
export function AwaitingTable(props: { items: AwaitingItem[] }) {
  const t = useText(TEXT);
  const lang = useLang();
  if (props.items.length === 0) return <p class="empty">{t.none}</p>;
  return (
    <DataTable columns={[t.number, t.nominee, t.award, t.unit, t.stage, t.due]}>
      {props.items.map((item) => (
        <tr key={item.nominationId}>
          <td>{item.number}</td>
          <td>
            <Link href={`/nominations/${item.nominationId}`}>{item.nominee}</Link>
          </td>
          <td>{awardOfYear(item.awardCode, item.year, lang)}</td>
          <td>{item.unitId}</td>
          <td>
            <StageBadge stage={item.stage} />
          </td>
          <td>
            <DueDate dueAt={item.dueAt} dueOn={item.dueOn} overdue={item.overdue} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
