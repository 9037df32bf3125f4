import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { todayInVietnam } from '../../shell/dates';
import { useText } from '../../shell/i18n';
import { describedBy, Field, ProblemMessage, problemAt } from '../../shell/problems';
import { navigate } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import type { Round } from './roundTypes';

const TEXT = {
  heading: { vi: 'Lập phiên họp Hội đồng', en: 'New council round' },
  title: { vi: 'Tên phiên họp', en: 'Title' },
  members: {
    vi: 'Thành viên dự họp (tên đăng nhập, mỗi dòng một người)',
    en: 'Members (usernames, one per line)',
  },
  chair: { vi: 'Chủ tịch Hội đồng (tên đăng nhập)', en: 'Chair (username)' },
  date: { vi: 'Ngày họp', en: 'Meeting date' },
  deadline: { vi: 'Hạn kết thúc bỏ phiếu (giờ Việt Nam)', en: 'Voting closes at (Vietnam time)' },
  create: { vi: 'Lập phiên họp', en: 'Create the round' },
};

const FIELDS = ['title', 'members', 'chairId', 'scheduledOn', 'deadline'];

/** The secretariat sets up a round; nominations are added on the round's page. */
export function RoundCreatePage() {
  const t = useText(TEXT);
  const user = useUser();
  const [form, setForm, clearForm] = useStoredDraft(`${user.userId}.new-round`, () => ({
    title: '',
    members: '',
    chairId: '',
    scheduledOn: todayInVietnam(),
    deadline: `${todayInVietnam()}T17:00`,
  }));
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const round = await api.post<Round>('/api/council-rounds', {
        title: form.title,
        members: form.members.split(/[\s,;]+/).filter(Boolean),
        chairId: form.chairId.trim(),
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
  return (
    <form onSubmit={submit} noValidate>
      <h1>{t.heading}</h1>
      <section>
        <Field id="title" label={t.title} problem={p('title')}>
          <input
            id="title"
            value={form.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
            {...describedBy('title', p('title'))}
          />
        </Field>
        <Field id="members" label={t.members} problem={p('members')}>
          <textarea
            id="members"
            value={form.members}
            onInput={(e) => set({ members: e.currentTarget.value })}
            {...describedBy('members', p('members'))}
          />
        </Field>
        <div class="grid-2">
          <Field id="chair" label={t.chair} problem={p('chairId')}>
            <input
              id="chair"
              value={form.chairId}
              onInput={(e) => set({ chairId: e.currentTarget.value })}
              {...describedBy('chair', p('chairId'))}
            />
          </Field>
          <Field id="date" label={t.date} problem={p('scheduledOn')}>
            <input
              id="date"
              type="date"
              value={form.scheduledOn}
              onInput={(e) => set({ scheduledOn: e.currentTarget.value })}
              {...describedBy('date', p('scheduledOn'))}
            />
          </Field>
          <Field id="deadline" label={t.deadline} problem={p('deadline')}>
            <input
              id="deadline"
              type="datetime-local"
              value={form.deadline}
              onInput={(e) => set({ deadline: e.currentTarget.value })}
              {...describedBy('deadline', p('deadline'))}
            />
          </Field>
        </div>
      </section>
      <ProblemMessage problem={problem} fields={FIELDS} />
      <button type="submit" class="primary" disabled={busy}>
        {t.create}
      </button>
    </form>
  );
}
