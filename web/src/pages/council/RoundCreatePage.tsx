import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { todayInVietnam } from '../../shell/dates';
import { pick, useLang, useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage, problemAt } from '../../shell/problems';
import { navigate } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import { TextField } from '../../shell/TextField';
import { seatLabel, useCouncilRoster } from './councilRoster';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Lập phiên họp Hội đồng', en: 'New council round' },
  title: { vi: 'Tên phiên họp', en: 'Title' },
  members: { vi: 'Thành viên dự họp', en: 'Members' },
  chair: { vi: 'Chủ tịch Hội đồng (chủ trì)', en: 'Chair (presides)' },
  noChair: {
    vi: 'Hội đồng chưa có Chủ tịch; quản trị hệ thống cần bổ nhiệm trước khi lập phiên họp.',
    en: 'The council has no chair; an administrator must seat one first.',
  },
  all: { vi: 'Chọn tất cả', en: 'Select all' },
  date: { vi: 'Ngày họp', en: 'Meeting date' },
  deadline: { vi: 'Hạn kết thúc bỏ phiếu (giờ Việt Nam)', en: 'Voting closes at (Vietnam time)' },
  create: { vi: 'Lập phiên họp', en: 'Create the round' },
};

const FIELDS = ['title', 'members', 'chairId', 'scheduledOn', 'deadline'];

/**
 * The secretariat sets up a round, picking members from the council's roster; the chair
 * presides over every round, so they are on it already. Nominations are added on the round's page.
 */
export function RoundCreatePage() {
  const t = useText(TEXT);
  const lang = useLang();
  const user = useUser();
  const roster = useCouncilRoster();
  const [form, setForm, clearForm] = useStoredDraft(`${user.userId}.new-round.picked`, () => ({
    title: '',
    members: [] as string[],
    scheduledOn: todayInVietnam(),
    deadline: `${todayInVietnam()}T17:00`,
  }));
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const seats = roster.data?.items;
  const chair = seats?.find((s) => s.seat === 'chair');
  const others = (seats ?? []).filter((s) => s.seat === 'member');
  const toggle = (userId: string) =>
    set({
      members: form.members.includes(userId)
        ? form.members.filter((m) => m !== userId)
        : [...form.members, userId],
    });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!chair) return;
    setBusy(true);
    try {
      const picked = others.map((s) => s.userId).filter((id) => form.members.includes(id));
      const round = await api.post<Round>('/api/council-rounds', {
        title: form.title,
        members: [chair.userId, ...picked],
        chairId: chair.userId,
        scheduledOn: form.scheduledOn,
        deadline: `${form.deadline}:00+07:00`,
      });
      clearForm();
      navigate(`/council/rounds/${round._id}`);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
      setBusy(false);
    }
  };
  const p = (field: string) => problemAt(problem, field);
  const membersProblem = p('members') ?? p('chairId');
  return (
    <form onSubmit={submit} noValidate>
      <h1>{t.heading}</h1>
      <section>
        <TextField
          id="title"
          field="title"
          label={t.title}
          value={form.title}
          onValue={(title) => set({ title })}
          problem={problem}
        />
        {!seats ? (
          <Placeholder rows={3} />
        ) : (
          <fieldset
            class={membersProblem ? 'field-invalid' : undefined}
            aria-describedby={membersProblem ? 'members-error' : undefined}
          >
            <legend>{t.members}</legend>
            {chair ? (
              <label>
                <input type="checkbox" checked disabled />
                {seatLabel(seats, chair.userId)} — {t.chair}
              </label>
            ) : (
              <p class="problem">{t.noChair}</p>
            )}
            <div class="choice-row">
              {others.map((seat) => (
                <label key={seat.userId}>
                  <input
                    type="checkbox"
                    checked={form.members.includes(seat.userId)}
                    onChange={() => toggle(seat.userId)}
                  />
                  {seatLabel(seats, seat.userId)}
                </label>
              ))}
            </div>
            <button
              type="button"
              onClick={() => set({ members: others.map((s) => s.userId) })}
              disabled={others.length === 0}
            >
              {t.all}
            </button>
            {membersProblem && (
              <p class="field-error" id="members-error" role="alert">
                {pick(membersProblem.message, lang)}
              </p>
            )}
          </fieldset>
        )}
        <div class="grid-2">
          <TextField
            id="date"
            field="scheduledOn"
            label={t.date}
            type="date"
            value={form.scheduledOn}
            onValue={(scheduledOn) => set({ scheduledOn })}
            problem={problem}
          />
          <TextField
            id="deadline"
            field="deadline"
            label={t.deadline}
            type="datetime-local"
            value={form.deadline}
            onValue={(deadline) => set({ deadline })}
            problem={problem}
          />
        </div>
      </section>
      <ProblemMessage problem={problem} fields={FIELDS} />
      <ProblemMessage problem={roster.problem} />
      <button type="submit" class="primary" disabled={busy || !chair}>
        {t.create}
      </button>
    </form>
  );
}
