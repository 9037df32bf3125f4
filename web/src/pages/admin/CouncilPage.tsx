import { DataTable } from '../../shell/DataTable';
import { useLang, useText } from '../../shell/i18n';
import { roleName } from '../../shell/labels';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import { ADMIN_TEXT } from './adminText';
import { AdminForm, useAdminForm } from './adminForm';
import type { Council } from './adminTypes';
import { ChoiceField, useRoleOptions } from './ChoiceField';
import { TextField } from '../../shell/TextField';

const TEXT = {
  ...ADMIN_TEXT,
  heading: { vi: 'Thành viên Hội đồng Thi đua – Khen thưởng', en: 'Council membership' },
  chair: { vi: 'Chủ tịch Hội đồng', en: 'Council chair' },
  members: { vi: 'Ủy viên', en: 'Members' },
  noChair: { vi: 'Chưa có Chủ tịch Hội đồng.', en: 'No chair yet.' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  name: { vi: 'Họ và tên', en: 'Full name' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  change: { vi: 'Thay đổi thành phần', en: 'Change the membership' },
  who: { vi: 'Tên đăng nhập của người dùng', en: "The user's username" },
  seat: { vi: 'Cương vị', en: 'Seat' },
  seatMember: { vi: 'Ủy viên', en: 'Member' },
  seatChair: { vi: 'Chủ tịch', en: 'Chair' },
  seatIt: { vi: 'Đưa vào Hội đồng', en: 'Seat on the council' },
  newRole: { vi: 'Vai trò sau khi rời Hội đồng', en: 'Role after leaving the council' },
  remove: { vi: 'Rút khỏi Hội đồng', en: 'Remove from the council' },
  whoMissing: { vi: 'Nhập tên đăng nhập của người dùng.', en: "Enter the user's username." },
};

const EMPTY = { userId: '', seat: 'member', role: 'secretariat', reason: '' };
const FIELDS = ['userId', 'seat', 'role', 'unitId'];

/** Who sits on the council, and seating or removing a person (with a reason). */
export function CouncilPage() {
  const t = useText(TEXT);
  const lang = useLang();
  const roles = useRoleOptions().filter(([r]) => r !== 'council_member' && r !== 'council_chair');
  const council = useResource<Council>('/api/admin/council');
  const form = useAdminForm('admin.council', EMPTY, 'council', council.reload);
  const { draft, field, submit } = form;
  const send = (method: 'PUT' | 'DELETE', body: Record<string, unknown>) => {
    if (!draft.userId.trim()) {
      submit.setProblem({
        status: 0,
        code: 'USER_REQUIRED',
        message: TEXT.whoMissing,
        field: 'userId',
      });
      return;
    }
    const path = `/api/admin/council/members/${encodeURIComponent(draft.userId.trim())}`;
    void submit.run(method, path, { ...body, reason: draft.reason });
  };
  const people = council.data
    ? [...(council.data.chair ? [council.data.chair] : []), ...council.data.members]
    : [];
  return (
    <>
      <h1>{t.heading}</h1>
      <section aria-labelledby="council-list-title">
        <h2 id="council-list-title">
          {t.chair}, {t.members.toLowerCase()}
        </h2>
        <ProblemMessage problem={council.problem} />
        {!council.data ? (
          <Placeholder rows={5} />
        ) : (
          <>
            {!council.data.chair && <p class="empty">{t.noChair}</p>}
            <DataTable columns={[t.seat, t.username, t.name, t.unit]}>
              {people.map((p) => (
                <tr key={p._id}>
                  <td>{roleName(p.role, lang)}</td>
                  <th scope="row">{p._id}</th>
                  <td>{p.name}</td>
                  <td>{p.unitId ?? '—'}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
      <AdminForm
        legend={t.change}
        footer={{
          ...form.footer,
          fields: FIELDS,
          notice: form.saved ? t.saved : undefined,
          children: (
            <>
              <button
                type="button"
                class="primary"
                disabled={submit.busy}
                onClick={() => send('PUT', { seat: draft.seat })}
              >
                {t.seatIt}
              </button>
              <button
                type="button"
                class="danger"
                disabled={submit.busy}
                onClick={() => send('DELETE', { role: draft.role })}
              >
                {t.remove}
              </button>
            </>
          ),
        }}
      >
        <TextField {...field('userId')} label={t.who} />
        <ChoiceField
          {...field('seat')}
          label={t.seat}
          options={[
            ['member', t.seatMember],
            ['chair', t.seatChair],
          ]}
        />
        <ChoiceField {...field('role')} label={t.newRole} options={roles} />
      </AdminForm>
    </>
  );
}
