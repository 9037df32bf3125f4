import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { Field, ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import { useResource } from '../../shell/useResource';
import type { Nomination } from '../nomination/nominationTypes';
import { AwardYearFields, type AwardYearDraft } from './AwardYearFields';
import { NomineeFields, type NomineeDraft } from './NomineeFields';
import { ReturnReasons } from './ReturnReasons';
import { saveNominee } from './saveNominee';

const TEXT = {
  heading: { vi: 'Sửa hồ sơ đề nghị', en: 'Edit the nomination' },
  note: { vi: 'Ghi chú khi trình lại (nội dung đã bổ sung)', en: 'Note with the resubmission' },
  save: { vi: 'Lưu', en: 'Save' },
  saveAndResubmit: { vi: 'Lưu và trình lại', en: 'Save and resubmit' },
  busy: { vi: 'Đang lưu…', en: 'Saving…' },
  notEditable: {
    vi: 'Hồ sơ chỉ sửa được khi là dự thảo hoặc đã bị trả lại.',
    en: 'Only a draft or a returned nomination can be edited.',
  },
};

interface EditDraft extends AwardYearDraft {
  nominee: NomineeDraft;
  note: string;
}

function Editor(props: { nomination: Nomination }) {
  const t = useText(TEXT);
  const user = useUser();
  const n = props.nomination;
  const [draft, setDraft, clearDraft] = useStoredDraft<EditDraft>(
    `${user.userId}.edit.${n._id}.v${n.dossierVersion}`,
    () => ({
      awardCode: n.awardCode,
      year: n.year,
      reviewOccasion: n.reviewOccasion ?? '',
      nominee: {
        id: n._id,
        nominee: n.nominee,
        achievements: n.achievements,
        documents: n.documents,
      },
      note: '',
    }),
  );
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const canResubmit = n.stage === 'returned' && user.role === 'unit_head';

  const save = async (resubmit: boolean) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await saveNominee(draft.nominee, draft);
      if (resubmit) {
        await api.post(
          `/api/nominations/${n._id}/resubmit`,
          draft.note ? { note: draft.note } : {},
        );
      }
      clearDraft();
      navigate(`/nominations/${n._id}`);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setProblem(error.problem);
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      noValidate
    >
      <h1>
        {t.heading}: {n.nominee.name}
      </h1>
      {n.stage === 'returned' && <ReturnReasons history={n.history} />}
      <section>
        <AwardYearFields
          awardCode={draft.awardCode}
          year={draft.year}
          reviewOccasion={draft.reviewOccasion ?? ''}
          problem={problem}
          onChange={(change) => setDraft({ ...draft, ...change })}
        />
        <NomineeFields
          idPrefix="n0"
          value={draft.nominee}
          awardCode={draft.awardCode}
          year={draft.year}
          reviewOccasion={draft.reviewOccasion ?? ''}
          problem={problem}
          onChange={(nominee) => setDraft({ ...draft, nominee })}
        />
        {canResubmit && (
          <Field id="note" label={t.note}>
            <textarea
              id="note"
              value={draft.note}
              onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
            />
          </Field>
        )}
      </section>
      <ProblemMessage
        problem={problem}
        fields={['nominee', 'achievements', 'documents', 'awardCode', 'year', 'reviewOccasion']}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.busy : t.save}
        </button>
        {canResubmit && (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t.saveAndResubmit}
          </button>
        )}
      </div>
    </form>
  );
}

/** Edit a draft, or fix a returned dossier against its reasons and resubmit it. */
export function NominationEditPage(props: RouteProps) {
  const t = useText(TEXT);
  const nomination = useResource<Nomination>(`/api/nominations/${props.params.id}`);
  if (nomination.problem) return <ProblemMessage problem={nomination.problem} />;
  if (!nomination.data) return <Placeholder rows={10} />;
  if (!['draft', 'returned'].includes(nomination.data.stage)) {
    return <p class="problem">{t.notEditable}</p>;
  }
  return <Editor nomination={nomination.data} />;
}
