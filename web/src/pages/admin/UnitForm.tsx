import { useText } from '../../shell/i18n';
import { ADMIN_TEXT } from './adminText';
import { AdminForm, useAdminForm } from './adminForm';
import type { Bloc, Unit } from './adminTypes';
import { ChoiceField } from './ChoiceField';
import { TextField } from '../../shell/TextField';

const TEXT = {
  ...ADMIN_TEXT,
  title: { vi: 'Thêm hoặc sửa đơn vị', en: 'Add or change a unit' },
  which: { vi: 'Đơn vị', en: 'Unit' },
  newUnit: { vi: '+ Đơn vị mới', en: '+ New unit' },
  code: { vi: 'Mã đơn vị', en: 'Unit code' },
  codeHint: { vi: '2–20 ký tự: A–Z, 0–9, gạch ngang', en: '2–20 characters: A–Z, 0–9, "-"' },
  name: { vi: 'Tên đơn vị', en: 'Unit name' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  bloc: { vi: 'Khối thi đua', en: 'Emulation bloc' },
  save: { vi: 'Lưu đơn vị', en: 'Save the unit' },
};

const EMPTY = { target: '', id: '', name: '', nameEn: '', blocId: '', reason: '' };
const FIELDS = ['id', 'name', 'nameEn', 'blocId'];

/** Creates a unit, or changes a chosen unit's names and bloc. */
export function UnitForm(props: {
  units: Unit[] | undefined;
  blocs: Bloc[] | undefined;
  onSaved: () => void;
}) {
  const t = useText(TEXT);
  const form = useAdminForm('admin.unit', EMPTY, 'unit', props.onSaved);
  const { draft, setDraft, field, submit } = form;
  const choose = (target: string) => {
    const unit = props.units?.find((u) => u._id === target);
    setDraft({
      ...EMPTY,
      target,
      id: unit?._id ?? '',
      name: unit?.name ?? '',
      nameEn: unit?.nameEn ?? '',
      blocId: unit?.blocId ?? '',
      reason: draft.reason,
    });
  };
  const save = () => {
    if (draft.target) {
      void submit.run('PATCH', `/api/admin/units/${encodeURIComponent(draft.target)}`, {
        name: draft.name,
        nameEn: draft.nameEn,
        blocId: draft.blocId || null,
        reason: draft.reason,
      });
    } else {
      void submit.run('POST', '/api/admin/units', {
        id: draft.id,
        name: draft.name,
        nameEn: draft.nameEn,
        blocId: draft.blocId || undefined,
        reason: draft.reason,
      });
    }
  };
  return (
    <AdminForm
      legend={t.title}
      onSubmit={save}
      footer={{
        ...form.footer,
        fields: FIELDS,
        notice: form.saved ? t.saved : undefined,
        submitLabel: t.save,
      }}
    >
      <ChoiceField
        {...field('target')}
        onValue={choose}
        label={t.which}
        blank={t.newUnit}
        options={(props.units ?? []).map((u) => [u._id, `${u._id} — ${u.name}`])}
      />
      {!draft.target && <TextField {...field('id')} label={t.code} hint={t.codeHint} />}
      <TextField {...field('name')} label={t.name} />
      <TextField {...field('nameEn')} label={t.nameEn} />
      <ChoiceField
        {...field('blocId')}
        label={t.bloc}
        blank={t.none}
        options={(props.blocs ?? []).map((b) => [b._id, b.name ? `${b._id} — ${b.name}` : b._id])}
      />
    </AdminForm>
  );
}
