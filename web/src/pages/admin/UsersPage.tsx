import { useState } from 'preact/hooks';
import { query, type Page } from '../../shell/api';
import { DataTable } from '../../shell/DataTable';
import { formatDateTime } from '../../shell/dates';
import { useLang, useText } from '../../shell/i18n';
import { roleName } from '../../shell/labels';
import { Pager } from '../../shell/Pager';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { useResource } from '../../shell/useResource';
import type { Unit, UserView } from './adminTypes';
import { ChoiceField, unitOptions, useRoleOptions } from './ChoiceField';
import { CreateUserForm } from './CreateUserForm';
import { UserEditor } from './UserEditor';

const TEXT = {
  heading: { vi: 'Người dùng và vai trò', en: 'Users and roles' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  status: { vi: 'Trạng thái', en: 'Status' },
  all: { vi: 'Tất cả', en: 'All' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  name: { vi: 'Họ và tên', en: 'Full name' },
  lastLogin: { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  locked: { vi: 'Đã khoá', en: 'Locked' },
  lockedOut: { vi: 'Tạm khoá đăng nhập', en: 'Sign-in locked out' },
  edit: { vi: 'Sửa', en: 'Edit' },
  list: { vi: 'Danh sách người dùng', en: 'Users' },
  none: { vi: 'Không có người dùng nào khớp bộ lọc.', en: 'No user matches the filters.' },
};

const PAGE_SIZE = 25;

/** Accounts by role, unit and status, a page at a time; create, edit, lock, reset password. */
export function UsersPage(props: RouteProps) {
  const t = useText(TEXT);
  const lang = useLang();
  const roles = useRoleOptions();
  const filters = {
    role: props.query.get('role') ?? '',
    unitId: props.query.get('unitId') ?? '',
    active: props.query.get('active') ?? '',
  };
  const page = Number(props.query.get('page') ?? '1') || 1;
  const users = useResource<Page<UserView>>(
    `/api/admin/users${query({ ...filters, page, pageSize: PAGE_SIZE })}`,
  );
  const units = useResource<{ items: Unit[] }>('/api/admin/units');
  const [editing, setEditing] = useState<string | undefined>();
  const go = (next: Partial<typeof filters> & { page?: number }) =>
    navigate(`/admin/users${query({ ...filters, page: undefined, ...next })}`, { replace: true });
  const selected = users.data?.items.find((u) => u._id === editing);
  const status = (u: UserView) => {
    if (!u.active) return <span class="due due-overdue">{t.locked}</span>;
    if (u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now())
      return <span class="due due-soon">{t.lockedOut}</span>;
    return <span class="due due-onTime">{t.active}</span>;
  };
  return (
    <>
      <h1>{t.heading}</h1>
      <CreateUserForm units={units.data?.items} onCreated={users.reload} />
      {selected && (
        <UserEditor
          key={selected._id}
          user={selected}
          units={units.data?.items}
          onChanged={users.reload}
          onClose={() => setEditing(undefined)}
        />
      )}
      <section aria-labelledby="users-title">
        <h2 id="users-title">
          {t.list}
          {users.data && <span class="count"> ({users.data.total})</span>}
        </h2>
        <div class="grid-2">
          <ChoiceField
            id="users-role"
            field="role"
            label={t.role}
            value={filters.role}
            blank={t.all}
            options={roles}
            onValue={(role) => go({ role })}
            problem={undefined}
          />
          <ChoiceField
            id="users-unit"
            field="unitId"
            label={t.unit}
            value={filters.unitId}
            blank={t.all}
            options={unitOptions(units.data?.items)}
            onValue={(unitId) => go({ unitId })}
            problem={undefined}
          />
          <ChoiceField
            id="users-active"
            field="active"
            label={t.status}
            value={filters.active}
            blank={t.all}
            options={[
              ['true', t.active],
              ['false', t.locked],
            ]}
            onValue={(active) => go({ active })}
            problem={undefined}
          />
        </div>
        <ProblemMessage problem={users.problem} />
        {!users.data ? (
          <Placeholder rows={8} />
        ) : users.data.items.length === 0 ? (
          <p class="empty">{t.none}</p>
        ) : (
          <>
            <DataTable
              columns={[
                t.username,
                t.name,
                t.role,
                t.unit,
                t.status,
                t.lastLogin,
                <span class="visually-hidden">{t.edit}</span>,
              ]}
            >
              {users.data.items.map((u) => (
                <tr key={u._id}>
                  <th scope="row">{u._id}</th>
                  <td>{u.name}</td>
                  <td>{roleName(u.role, lang)}</td>
                  <td>{u.unitId ?? '—'}</td>
                  <td>{status(u)}</td>
                  <td>{formatDateTime(u.lastLoginAt) || '—'}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`${t.edit} ${u._id}`}
                      onClick={() => setEditing(u._id)}
                    >
                      {t.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
            <Pager
              page={users.data.page}
              pageSize={users.data.pageSize}
              total={users.data.total}
              onPage={(p) => go({ page: p })}
            />
          </>
        )}
      </section>
    </>
  );
}
