import { useState } from 'preact/hooks';
import { api, ApiFailure, type Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { ProblemMessage } from '../../shell/problems';
import { navigate } from '../../shell/router';
import { useUser } from '../../shell/session';
import { useStoredDraft } from '../../shell/storedDraft';
import { TextField } from '../../shell/TextField';
import { AwardYearFields, type AwardYearDraft } from './AwardYearFields';
import { NomineeFields, type NomineeDraft } from './NomineeFields';
import { saveNominee } from './saveNominee';

const TEXT = {
  heading: { vi: 'Lập hồ sơ đề nghị khen thưởng', en: 'New nomination dossier' },
  intro: {
    vi: 'Một tờ trình có thể đề nghị nhiều người. Nội dung được giữ trên máy này cho đến khi lưu.',
    en: 'One submission letter may propose several nominees. What you type is kept on this computer until saved.',
  },
  letter: { vi: 'Trích yếu tờ trình', en: 'Submission letter title' },
  nominee: { vi: 'Người được đề nghị', en: 'Nominee' },
  addNominee: { vi: '+ Thêm người được đề nghị', en: '+ Add a nominee' },
  removeNominee: { vi: 'Bỏ người này', en: 'Remove this nominee' },
  save: { vi: 'Lưu dự thảo', en: 'Save as draft' },
  saveAndSubmit: { vi: 'Lưu và trình hồ sơ', en: 'Save and submit' },
  busy: { vi: 'Đang lưu…', en: 'Saving…' },
  headSubmits: {
    vi: 'Thủ trưởng đơn vị trình hồ sơ sau khi cán bộ lưu dự thảo.',
    en: 'The head of unit submits the dossier once it is saved as a draft.',
  },
};

interface DossierDraft extends AwardYearDraft {
  title: string;
  nominees: NomineeDraft[];
}

const emptyNominee = (): NomineeDraft => ({
  nominee: { kind: 'individual', name: '' },
  achievements: '',
  documents: [],
});

/** A dossier of several nominees: saved as draft nominations, then submitted under one letter. */
export function DossierEditorPage() {
  const t = useText(TEXT);
  const user = useUser();
  const [draft, setDraft, clearDraft] = useStoredDraft<DossierDraft>(
    `${user.userId}.new-dossier`,
    () => ({
      title: 'Tờ trình đề nghị khen thưởng',
      awardCode: 'CSTDCS',
      year: new Date().getFullYear() - 1,
      nominees: [emptyNominee()],
    }),
  );
  const [problems, setProblems] = useState<Record<number, Problem>>({});
  const [formProblem, setFormProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const isHead = user.role === 'unit_head';

  const setNominee = (i: number, value: NomineeDraft) =>
    setDraft({ ...draft, nominees: draft.nominees.map((n, j) => (j === i ? value : n)) });

  const save = async (submit: boolean) => {
    setBusy(true);
    setProblems({});
    setFormProblem(undefined);
    const nominees = [...draft.nominees];
    const failed: Record<number, Problem> = {};
    for (const [i, nominee] of nominees.entries()) {
      try {
        nominees[i] = { ...nominee, id: await saveNominee(nominee, draft) };
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
        failed[i] = error.problem;
      }
    }
    // Saved ones keep their IDs: a second try edits them instead of drafting them again.
    const saved = { ...draft, nominees };
    setDraft(saved);
    setProblems(failed);
    if (Object.keys(failed).length > 0) {
      setBusy(false);
      return;
    }
    try {
      const ids = nominees.map((n) => n.id!);
      if (submit) await api.post('/api/dossiers', { title: draft.title, nominationIds: ids });
      clearDraft();
      navigate(`/unit/dossiers?stage=${submit ? 'appraisal' : 'draft'}`);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setFormProblem(error.problem);
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
      <h1>{t.heading}</h1>
      <p class="muted">{t.intro}</p>
      <section>
        <TextField
          id="letter"
          field="title"
          label={t.letter}
          value={draft.title}
          onValue={(title) => setDraft({ ...draft, title })}
          problem={formProblem}
        />
        <AwardYearFields
          awardCode={draft.awardCode}
          year={draft.year}
          reviewOccasion={draft.reviewOccasion ?? ''}
          problem={problems[0]}
          onChange={(change) => setDraft({ ...draft, ...change })}
        />
      </section>
      {draft.nominees.map((nominee, i) => (
        <section key={i} aria-labelledby={`nominee-${i}-title`}>
          <h2 id={`nominee-${i}-title`}>
            {t.nominee} {i + 1}
            {nominee.nominee.name && `: ${nominee.nominee.name}`}
          </h2>
          <NomineeFields
            idPrefix={`n${i}`}
            value={nominee}
            awardCode={draft.awardCode}
            year={draft.year}
            reviewOccasion={draft.reviewOccasion ?? ''}
            problem={problems[i]}
            onChange={(value) => setNominee(i, value)}
          />
          <ProblemMessage
            problem={problems[i]}
            fields={['nominee', 'achievements', 'documents', 'awardCode', 'year', 'reviewOccasion']}
          />
          {draft.nominees.length > 1 && !nominee.id && (
            <button
              type="button"
              class="link-button"
              onClick={() =>
                setDraft({ ...draft, nominees: draft.nominees.filter((_, j) => j !== i) })
              }
            >
              {t.removeNominee}
            </button>
          )}
        </section>
      ))}
      <div class="actions">
        <button
          type="button"
          onClick={() => setDraft({ ...draft, nominees: [...draft.nominees, emptyNominee()] })}
        >
          {t.addNominee}
        </button>
      </div>
      <ProblemMessage problem={formProblem} fields={['title']} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.busy : t.save}
        </button>
        {isHead ? (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t.saveAndSubmit}
          </button>
        ) : (
          <span class="muted">{t.headSubmits}</span>
        )}
      </div>
    </form>
  );
}
