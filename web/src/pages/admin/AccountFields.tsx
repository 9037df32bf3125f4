import { useText } from '../../shell/i18n';
import { ADMIN_TEXT } from './adminText';
import type { Unit } from './adminTypes';
import { ChoiceField, unitOptions, useRoleOptions } from './ChoiceField';
import { TextField } from '../../shell/TextField';

const TEXT = {
  ...ADMIN_TEXT,
  name: { vi: 'Họ và tên', en: 'Full name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
};

type AccountKey = 'name' | 'role' | 'unitId' | 'email';

/** What a new and an existing account both carry: name, role, unit (or none), e-mail. */
export function AccountFields(props: {
  field: (key: AccountKey) => Omit<Parameters<typeof TextField>[0], 'label'>;
  units: Unit[] | undefined;
}) {
  const t = useText(TEXT);
  const roles = useRoleOptions();
  return (
    <>
      <TextField {...props.field('name')} label={t.name} />
      <ChoiceField {...props.field('role')} label={t.role} options={roles} />
      <ChoiceField
        {...props.field('unitId')}
        label={t.unit}
        blank={t.none}
        options={unitOptions(props.units)}
      />
      <TextField {...props.field('email')} label={t.email} type="email" />
    </>
  );
}
