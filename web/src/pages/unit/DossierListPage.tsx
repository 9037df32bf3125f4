import { useState } from 'preact/hooks';
import { api, ApiFailure, query, type Page, type Problem } from '../../shell/api';
import { formatDate } from '../../shell/dates';
import { DueDate } from '../../shell/DueDate';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear, stageName } from '../../shell/labels';
import { Link } from '../../shell/Link';
import { PagedTable } from '../../shell/PagedTable';
import { ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { useUser } from '../../shell/session';
import { StageBadge } from '../../shell/StageBadge';
import { Tabs } from '../../shell/Tabs';
import { useResource } from '../../shell/useResource';
import { TextField } from '../../shell/TextField';
import type { Nomination } from '../nomination/nominationTypes';
import { NumberSearch } from '../nomination/NumberSearch';

const TEXT = {
  heading: { vi: 'Hồ sơ của đơn vị', en: "My unit's dossiers" },
  byStage: { vi: 'Lọc theo bước', en: 'Filter by stage' },
  all: { vi: 'Tất cả', en: 'All' },
  number: { vi: 'Số hồ sơ', en: 'Number' },
  draft: { vi: 'Dự thảo', en: 'Draft' },
  nominee: { vi: 'Người / tập thể được đề nghị', en: 'Nominee' },
  award: { vi: 'Danh hiệu, hình thức', en: 'Award' },
  stage: { vi: 'Bước', en: 'Stage' },
  due: { vi: 'Hạn', en: 'Deadline' },
  created: { vi: 'Ngày lập', en: 'Drafted' },
  select: { vi: 'Chọn', en: 'Select' },
  none: { vi: 'Không có hồ sơ nào.', en: 'No dossiers.' },
  letter: { vi: 'Trích yếu tờ trình', en: 'Submission letter title' },
  submit: { vi: 'Trình các hồ sơ đã chọn', en: 'Submit the selected dossiers' },
  busy: { vi: 'Đang trình…', en: 'Submitting…' },
};

const TABS = [
  '',
  'draft',
  'returned',
  'appraisal',
  'council_review',
  'council_vote',
  'awaiting_decision',
  'minister_decision',
  'approved',
  'rejected',
  'withdrawn',
] as const;
const PAGE_SIZE = 25;

/** The unit's nominations by stage, a page at a time; the head submits drafts from here. */
export function DossierListPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const stage = props.query.get('stage') ?? '';
  const page = Number(props.query.get('page') ?? '1') || 1;
  const list = useResource<Page<Nomination>>(
    `/api/nominations${query({ stage, page, pageSize: PAGE_SIZE })}`,
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [title, setTitle] = useState('Tờ trình đề nghị khen thưởng');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const canSubmit = user.role === 'unit_head' && stage === 'draft';

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.post('/api/dossiers', { title, nominationIds: selected });
      navigate('/unit/dossiers?stage=appraisal');
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
      setBusy(false);
    }
  };
  const toggle = (id: string) =>
    setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);

  return (
    <>
      <h1>{t.heading}</h1>
      <Tabs
        label={t.byStage}
        tabs={TABS}
        current={stage}
        href={(tab) => `/unit/dossiers${query({ stage: tab })}`}
        text={(tab) => (tab ? stageName(tab, lang) : t.all)}
      />
      <NumberSearch />
      <section>
        <PagedTable
          list={list}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => navigate(`/unit/dossiers${query({ stage, page: p })}`)}
          loadingRows={8}
          empty={t.none}
          columns={[canSubmit && t.select, t.number, t.nominee, t.award, t.stage, t.due, t.created]}
          row={(n) => (
            <tr key={n._id}>
              {canSubmit && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t.select}: ${n.nominee.name}`}
                    checked={selected.includes(n._id)}
                    onChange={() => toggle(n._id)}
                  />
                </td>
              )}
              <td>{n.number ?? <span class="muted">{t.draft}</span>}</td>
              <td>
                <Link href={`/nominations/${n._id}`}>{n.nominee.name}</Link>
              </td>
              <td>{awardOfYear(n.awardCode, n.year, lang)}</td>
              <td>
                <StageBadge stage={n.stage} />
              </td>
              <td>
                <DueDate dueAt={n.dueAt} dueOn={n.dueOn} overdue={n.overdue} />
              </td>
              <td>{formatDate(n.createdAt)}</td>
            </tr>
          )}
        />
      </section>
      {canSubmit && (
        <form class="card" onSubmit={submit} noValidate>
          <TextField
            id="letter"
            field="title"
            label={t.letter}
            value={title}
            onValue={setTitle}
            problem={problem}
          />
          <ProblemMessage problem={problem} fields={['title']} />
          <button type="submit" class="primary" disabled={busy || selected.length === 0}>
            {busy ? t.busy : t.submit} ({selected.length})
          </button>
        </form>
      )}
    </>
  );
}
