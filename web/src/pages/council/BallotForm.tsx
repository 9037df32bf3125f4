import { useState } from 'preact/hooks';
import { useLang, useText } from '../../shell/i18n';
import { awardOfYear } from '../../shell/labels';
import { LockIcon } from '../../shell/LockIcon';
import { ProblemMessage } from '../../shell/problems';
import { useUser } from '../../shell/session';
import { useAction } from '../nomination/useAction';
import type { Choice, Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Phiếu biểu quyết của tôi', en: 'My ballot' },
  secretTitle: { vi: 'Phiếu kín', en: 'Secret ballot' },
  secretBody: {
    vi: 'Không ai — kể cả Thường trực và quản trị hệ thống — xem được bạn chọn gì. Chỉ tổng số phiếu được công bố khi kết thúc bỏ phiếu.',
    en: 'Nobody — not the secretariat, not the administrators — can see what you choose. Only the totals are published when voting closes.',
  },
  openNote: {
    vi: 'Biểu quyết công khai: phiếu ghi tên người bỏ phiếu.',
    en: 'Open vote: your name is recorded with your vote.',
  },
  approve: { vi: 'Đồng ý', en: 'Approve' },
  reject: { vi: 'Không đồng ý', en: 'Reject' },
  abstain: { vi: 'Không có ý kiến', en: 'Abstain' },
  cast: { vi: 'Gửi phiếu', en: 'Cast my ballot' },
  cast_done: {
    vi: 'Phiếu của bạn đã được ghi nhận. Kết quả sẽ có khi Chủ tịch kết thúc bỏ phiếu.',
    en: 'Your ballot is in. The result comes when the chair closes the voting.',
  },
  chooseAll: { vi: 'Hãy chọn cho từng hồ sơ.', en: 'Choose for every nominee.' },
};

const CHOICES: Choice[] = ['approve', 'reject', 'abstain'];

/** A present member's ballot; a secret one says so plainly before anything is chosen. */
export function BallotForm(props: { round: Round; onDone: () => void }) {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const { round } = props;
  const recused = new Set(
    round.recusals.filter((r) => r.memberId === user.userId).map((r) => r.nominationId),
  );
  const items = round.agenda.filter((a) => !recused.has(a.nominationId));
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const action = useAction(props.onDone);
  if (round.me?.secretBallotCast || round.me?.openVoteCast) {
    return (
      <div class="card">
        <h2>{t.heading}</h2>
        <p class="notice" role="status">
          {t.cast_done}
        </p>
      </div>
    );
  }
  const secret = items.some((a) => a.rule.ballot === 'secret');
  const complete = items.every((a) => choices[a.nominationId]);
  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(`/api/council-rounds/${round._id}/ballot`, {
          choices: items.map((a) => ({
            nominationId: a.nominationId,
            choice: choices[a.nominationId],
          })),
        });
      }}
      noValidate
    >
      <h2>{t.heading}</h2>
      {secret ? (
        <div class="secret-sign" role="note">
          <LockIcon size={32} />
          <div>
            <strong>{t.secretTitle}</strong>
            <p>{t.secretBody}</p>
          </div>
        </div>
      ) : (
        <p class="muted">{t.openNote}</p>
      )}
      {items.map((item) => (
        <fieldset key={item.nominationId} class="choice-row">
          <legend>
            {item.nomineeName} — {awardOfYear(item.awardCode, item.year, lang)}
          </legend>
          {CHOICES.map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={`choice-${item.nominationId}`}
                checked={choices[item.nominationId] === choice}
                onChange={() => setChoices({ ...choices, [item.nominationId]: choice })}
              />
              {t[choice]}
            </label>
          ))}
        </fieldset>
      ))}
      <ProblemMessage problem={action.problem} />
      <div class="actions">
        <button type="submit" class="primary" disabled={action.busy || !complete}>
          {t.cast}
        </button>
        {!complete && <span class="muted">{t.chooseAll}</span>}
      </div>
    </form>
  );
}
