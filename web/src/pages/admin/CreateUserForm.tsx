import { useState } from 'preact/hooks';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { useStoredDraft } from '../../shell/storedDraft';
import { ADMIN_TEXT } from './adminText';
import type { Unit, UserView } from './adminTypes';
import { ChoiceField, unitOptions, useRoleOptions } from './ChoiceField';
import { TextField } from './TextField';
import { useSubmit } from './useSubmit';

const TEXT = {
  ...ADMIN_TEXT,
  title: { vi: 'Tạo người dùng', en: 'Create a user' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  usernameHint: {
    vi: '3–50 ký tự: a–z, 0–9, dấu chấm, gạch dưới, gạch ngang',
    en: '3–50 characters: a–z, 0–9, ".", "_", "-"',
  },
  name: { vi: 'Họ và tên', en: 'Full name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  password: { vi: 'Mật khẩu ban đầu', en: 'Initial password' },
  passwordHint: { vi: 'Ít nhất 10 ký tự', en: 'At least 10 characters' },
  create: { vi: 'Tạo người dùng', en: 'Create the user' },
  created: { vi: 'Đã tạo người dùng', en: 'Created user' },
};

// The password is never kept in the stored draft.
const EMPTY = { username: '', name: '', role: 'unit_officer', unitId: '', email: '', reason: '' };
const FIELDS = ['username', 'name', 'role', 'unitId', 'email', 'password', 'reason'];

/** A new account; what was typed stays in this browser until the server accepts it. */
export function CreateUserForm(props: { units: Unit[] | undefined; onCreated: () => void }) {
  const t = useText(TEXT);
  const roles = useRoleOptions();
  const [draft, setDraft, clear] = useStoredDraft('admin.createUser', () => EMPTY);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<string | undefined>();
  const submit = useSubmit<UserView>((user) => {
    clear();
    setDraft(EMPTY);
    setPassword('');
    setCreated(user._id);
    props.onCreated();
  });
  const field = (key: keyof typeof EMPTY) => ({
    id: `new-user-${key}`,
    field: key,
    value: draft[key],
    onValue: (value: string) => setDraft({ ...draft, [key]: value }),
    problem: submit.problem,
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setCreated(undefined);
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
    >
      <fieldset>
        <legend>{t.title}</legend>
        <div class="grid-2">
          <TextField
            {...field('username')}
            label={t.username}
            hint={t.usernameHint}
            autoComplete="off"
          />
          <TextField {...field('name')} label={t.name} />
          <ChoiceField {...field('role')} label={t.role} options={roles} />
          <ChoiceField
            {...field('unitId')}
            label={t.unit}
            blank={t.none}
            options={unitOptions(props.units)}
          />
          <TextField {...field('email')} label={t.email} type="email" />
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
        </div>
        <TextField {...field('reason')} label={t.reason} />
        <ProblemMessage problem={submit.problem} fields={FIELDS} />
        {created && (
          <p class="notice" role="status">
            {t.created}: {created}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={submit.busy}>
            {submit.busy ? t.busy : t.create}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
