import { useText } from '../../shell/i18n';
import { ADMIN_TEXT } from './adminText';
import { AdminForm, useAdminForm } from './adminForm';
import type { Bloc } from './adminTypes';
import { ChoiceField } from './ChoiceField';
import { TextField } from '../../shell/TextField';

const TEXT = {
  ...ADMIN_TEXT,
  title: { vi: 'Thêm khối hoặc đặt tên khối', en: 'Add or rename a bloc' },
  which: { vi: 'Khối', en: 'Bloc' },
  newBloc: { vi: '+ Khối mới', en: '+ New bloc' },
  code: { vi: 'Mã khối', en: 'Bloc code' },
  name: { vi: 'Tên khối', en: 'Bloc name' },
  save: { vi: 'Lưu khối', en: 'Save the bloc' },
};

const EMPTY = { target: '', id: '', name: '', reason: '' };

/** Creates an emulation bloc, or names an existing one. */
export function BlocForm(props: { blocs: Bloc[] | undefined; onSaved: () => void }) {
  const t = useText(TEXT);
  const form = useAdminForm('admin.bloc', EMPTY, 'bloc', props.onSaved);
  const { draft, field, submit } = form;
  return (
    <AdminForm
      legend={t.title}
      onSubmit={() => {
        // A bloc known only as a code on its units has no record yet: naming it creates one.
        const named = props.blocs?.find((b) => b._id === draft.target)?.name;
        void (draft.target && named
          ? submit.run('PATCH', `/api/admin/blocs/${encodeURIComponent(draft.target)}`, {
              name: draft.name,
              reason: draft.reason,
            })
          : submit.run('POST', '/api/admin/blocs', {
              id: draft.target || draft.id,
              name: draft.name,
              reason: draft.reason,
            }));
      }}
      footer={{
        ...form.footer,
        fields: ['id', 'name'],
        notice: form.saved ? t.saved : undefined,
        submitLabel: t.save,
      }}
    >
      <ChoiceField
        {...field('target')}
        onValue={(target) =>
          form.setDraft({
            ...draft,
            target,
            name: props.blocs?.find((b) => b._id === target)?.name ?? '',
          })
        }
        label={t.which}
        blank={t.newBloc}
        options={(props.blocs ?? []).map((b) => [b._id, b._id])}
      />
      {!draft.target && <TextField {...field('id')} label={t.code} />}
      <TextField {...field('name')} label={t.name} />
    </AdminForm>
  );
}
