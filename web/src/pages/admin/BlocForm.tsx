import { useState } from 'preact/hooks';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { useStoredDraft } from '../../shell/storedDraft';
import { ADMIN_TEXT } from './adminText';
import type { Bloc } from './adminTypes';
import { ChoiceField } from './ChoiceField';
import { TextField } from './TextField';
import { useSubmit } from './useSubmit';

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
  const [draft, setDraft, clear] = useStoredDraft('admin.bloc', () => EMPTY);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit(() => {
    clear();
    setDraft(EMPTY);
    setSaved(true);
    props.onSaved();
  });
  const field = (key: keyof typeof EMPTY) => ({
    id: `bloc-${key}`,
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
        setSaved(false);
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
    >
      <fieldset>
        <legend>{t.title}</legend>
        <div class="grid-2">
          <ChoiceField
            {...field('target')}
            onValue={(target) =>
              setDraft({
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
        </div>
        <TextField {...field('reason')} label={t.reason} />
        <ProblemMessage problem={submit.problem} fields={['id', 'name', 'reason']} />
        {saved && (
          <p class="notice" role="status">
            {t.saved}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={submit.busy}>
            {submit.busy ? t.busy : t.save}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
