import { useState } from 'preact/hooks';
import { useText } from '../../shell/i18n';
import { ADMIN_TEXT } from './adminText';
import { AdminForm, useAdminForm } from './adminForm';
import type { Unit, UserView } from './adminTypes';
import { AccountFields } from './AccountFields';
import { TextField } from '../../shell/TextField';

const TEXT = {
  ...ADMIN_TEXT,
  title: { vi: 'Tạo người dùng', en: 'Create a user' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  usernameHint: {
    vi: '3–50 ký tự: a–z, 0–9, dấu chấm, gạch dưới, gạch ngang',
    en: '3–50 characters: a–z, 0–9, ".", "_", "-"',
  },
  password: { vi: 'Mật khẩu ban đầu', en: 'Initial password' },
  passwordHint: { vi: 'Ít nhất 10 ký tự', en: 'At least 10 characters' },
  create: { vi: 'Tạo người dùng', en: 'Create the user' },
  created: { vi: 'Đã tạo người dùng', en: 'Created user' },
};

// The password is never kept in the stored draft.
const EMPTY = { username: '', name: '', role: 'unit_officer', unitId: '', email: '', reason: '' };
const FIELDS = ['username', 'name', 'role', 'unitId', 'email', 'password'];

/** A new account; what was typed stays in this browser until the server accepts it. */
export function CreateUserForm(props: { units: Unit[] | undefined; onCreated: () => void }) {
  const t = useText(TEXT);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState('');
  const form = useAdminForm<typeof EMPTY, UserView>(
    'admin.createUser',
    EMPTY,
    'new-user',
    (user) => {
      setPassword('');
      setCreated(user._id);
      props.onCreated();
    },
  );
  const { draft, field, submit } = form;
  return (
    <AdminForm
      legend={t.title}
      onSubmit={() => {
        void submit.run('POST', '/api/admin/users', {
          username: draft.username,
          name: draft.name,
          role: draft.role,
          unitId: draft.unitId || undefined,
          email: draft.email || undefined,
          password,
          reason: draft.reason,
        });
      }}
      footer={{
        ...form.footer,
        fields: FIELDS,
        notice: form.saved ? `${t.created}: ${created}` : undefined,
        submitLabel: t.create,
      }}
    >
      <TextField
        {...field('username')}
        label={t.username}
        hint={t.usernameHint}
        autoComplete="off"
      />
      <AccountFields field={field} units={props.units} />
      <TextField
        id="new-user-password"
        field="password"
        value={password}
        onValue={setPassword}
        problem={submit.problem}
        label={t.password}
        type="password"
        hint={t.passwordHint}
        autoComplete="new-password"
      />
    </AdminForm>
  );
}
