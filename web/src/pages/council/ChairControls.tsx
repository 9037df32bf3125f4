import { useState } from 'preact/hooks';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { useAction } from '../nomination/useAction';
import { seatLabel, useCouncilRoster } from './councilRoster';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Điều hành phiên họp', en: 'Chairing the round' },
  attendance: { vi: 'Điểm danh thành viên có mặt', en: 'Members present' },
  record: { vi: 'Ghi nhận điểm danh', en: 'Record attendance' },
  recorded: { vi: 'Đã điểm danh', en: 'Attendance recorded' },
  present: { vi: 'có mặt', en: 'present' },
  open: { vi: 'Mở bỏ phiếu', en: 'Open the ballot' },
  close: { vi: 'Kết thúc bỏ phiếu và kiểm phiếu', en: 'Close the ballot and tally' },
  needAttendance: { vi: 'Điểm danh trước khi mở phiếu.', en: 'Record attendance first.' },
};

/**
 * The round's chair — and no one else, as the round's workflow enforces — records who is
 * present, opens the ballot, and closes it (the tally follows). Members show by name.
 */
export function ChairControls(props: { round: Round; onDone: () => void }) {
  const t = useText(TEXT);
  const { round } = props;
  const [present, setPresent] = useState<string[]>(
    round.attendanceRecorded ? round.present : round.members,
  );
  const action = useAction(props.onDone);
  const roster = useCouncilRoster();
  const path = (step: string) => `/api/council-rounds/${round._id}/${step}`;
  return (
    <div class="card">
      <h2>{t.heading}</h2>
      {round.status === 'preparing' && (
        <>
          <fieldset class="choice-row">
            <legend>{t.attendance}</legend>
            {round.members.map((member) => (
              <label key={member}>
                <input
                  type="checkbox"
                  checked={present.includes(member)}
                  onChange={() =>
                    setPresent(
                      present.includes(member)
                        ? present.filter((m) => m !== member)
                        : [...present, member],
                    )
                  }
                />
                {seatLabel(roster.data?.items, member)}
              </label>
            ))}
          </fieldset>
          <div class="actions">
            <button
              type="button"
              disabled={action.busy}
              onClick={() => void action.run(path('attendance'), { present })}
            >
              {t.record}
            </button>
            {round.attendanceRecorded ? (
              <span class="notice">
                {t.recorded}: {round.present.length}/{round.members.length} {t.present}
              </span>
            ) : (
              <span class="muted">{t.needAttendance}</span>
            )}
            <button
              type="button"
              class="primary"
              disabled={action.busy || !round.attendanceRecorded}
              onClick={() => void action.run(path('open'))}
            >
              {t.open}
            </button>
          </div>
        </>
      )}
      {round.status === 'voting' && (
        <button
          type="button"
          class="primary"
          disabled={action.busy}
          onClick={() => void action.run(path('close'))}
        >
          {t.close}
        </button>
      )}
      <ProblemMessage problem={action.problem} />
    </div>
  );
}
