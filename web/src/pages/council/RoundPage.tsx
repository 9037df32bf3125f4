import { formatDate, formatDateTime } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import type { RouteProps } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useResource } from '../../shell/useResource';
import { AddNominationsForm } from './AddNominationsForm';
import { AgendaTable } from './AgendaTable';
import { BallotForm } from './BallotForm';
import { ChairControls } from './ChairControls';
import { DraftDecisionForm } from './DraftDecisionForm';
import { MinutesPreview } from './MinutesPreview';
import { RecusalForm } from './RecusalForm';
import { ROUND_STATUS, type Round } from './roundTypes';

const TEXT = {
  date: { vi: 'Ngày họp', en: 'Meeting date' },
  deadline: { vi: 'Hạn bỏ phiếu', en: 'Voting closes' },
  status: { vi: 'Tình trạng', en: 'Status' },
  chair: { vi: 'Chủ tịch', en: 'Chair' },
  agenda: { vi: 'Hồ sơ đưa ra xét', en: 'Agenda' },
  chairRuns: {
    vi: 'Chủ tịch Hội đồng của phiên họp điểm danh, mở và kết thúc bỏ phiếu.',
    en: "The round's chair records attendance, opens and closes the ballot.",
  },
  absent: {
    vi: 'Bạn không có tên trong danh sách có mặt; phiếu bằng văn bản gửi qua Thường trực Hội đồng.',
    en: 'You are not recorded as present; a written vote goes through the secretariat.',
  },
};

/** One council round for the member, the chair and the secretariat, each with their part. */
export function RoundPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const resource = useResource<Round>(`/api/council-rounds/${props.params.id}`);
  const round = resource.data;
  if (resource.problem && !round) return <ProblemMessage problem={resource.problem} />;
  if (!round) return <Placeholder rows={10} />;
  const isChair = user.role === 'council_chair' && round.chairId === user.userId;
  const member = round.me?.member === true;
  const reload = resource.reload;
  return (
    <>
      <h1>{round.title}</h1>
      <dl class="facts card">
        <dt>{t.status}</dt>
        <dd>{pick(ROUND_STATUS[round.status], lang)}</dd>
        <dt>{t.date}</dt>
        <dd>{formatDate(round.scheduledOn)}</dd>
        <dt>{t.deadline}</dt>
        <dd>{formatDateTime(round.deadline)}</dd>
        <dt>{t.chair}</dt>
        <dd>{round.chairId}</dd>
      </dl>
      {isChair && round.status !== 'closed' && <ChairControls round={round} onDone={reload} />}
      {!isChair && (round.status === 'preparing' || round.status === 'voting') && (
        <p class="muted">{t.chairRuns}</p>
      )}
      {member && round.status === 'voting' && round.me?.present && (
        <BallotForm round={round} onDone={reload} />
      )}
      {member && round.status === 'voting' && !round.me?.present && (
        <p class="problem">{t.absent}</p>
      )}
      {member && round.status !== 'closed' && !round.me?.secretBallotCast && (
        <RecusalForm round={round} onDone={reload} />
      )}
      {user.role === 'secretariat' && round.status === 'preparing' && (
        <AddNominationsForm round={round} onDone={reload} />
      )}
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t.agenda}</h2>
        <AgendaTable round={round} />
      </section>
      {round.status === 'closed' && user.role === 'secretariat' && (
        <DraftDecisionForm round={round} />
      )}
      {round.status === 'closed' && <MinutesPreview roundId={round._id} />}
    </>
  );
}
