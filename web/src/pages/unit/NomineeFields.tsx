import type { Problem } from '../../shell/api';
import { useText } from '../../shell/i18n';
import { describedBy, Field, problemAt } from '../../shell/problems';
import type { DossierDocument, Nominee } from '../nomination/nominationTypes';
import { DocumentsEditor } from './DocumentsEditor';
import { EligibilityPreview } from './EligibilityPreview';
import { PersonCombobox } from './PersonCombobox';

/** One nominee's part of a dossier, as the editor keeps it. */
export interface NomineeDraft {
  /** Set once saved as a draft nomination. */
  id?: string;
  nominee: Nominee;
  achievements: string;
  documents: DossierDocument[];
}

const TEXT = {
  kind: { vi: 'Đối tượng', en: 'Nominee is' },
  individual: { vi: 'Cá nhân', en: 'An individual' },
  collective: { vi: 'Tập thể', en: 'A collective' },
  name: { vi: 'Họ và tên / tên tập thể', en: 'Full name / collective name' },
  position: { vi: 'Chức vụ, đơn vị công tác', en: 'Position' },
  achievements: { vi: 'Tóm tắt thành tích', en: 'Achievements' },
};

/** Name, position, the person in the stored history, achievements, attachments and the live eligibility check. */
export function NomineeFields(props: {
  idPrefix: string;
  value: NomineeDraft;
  awardCode: string;
  year: number;
  reviewOccasion: string;
  problem: Problem | undefined;
  onChange: (value: NomineeDraft) => void;
}) {
  const t = useText(TEXT);
  const { value, idPrefix: id, problem } = props;
  const nominee = (change: Partial<Nominee>) =>
    props.onChange({ ...value, nominee: { ...value.nominee, ...change } });
  const nameProblem = problemAt(problem, 'nominee.name');
  const positionProblem = problemAt(problem, 'nominee.position');
  const personProblem = problemAt(problem, 'nominee.personId');
  const achievementsProblem = problemAt(problem, 'achievements');
  return (
    <div class="columns">
      <div>
        <fieldset class="choice-row">
          <legend>{t.kind}</legend>
          {(['individual', 'collective'] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={value.nominee.kind === kind}
                onChange={() => nominee({ kind })}
              />
              {t[kind]}
            </label>
          ))}
        </fieldset>
        <div class="grid-2">
          <Field id={`${id}-name`} label={t.name} problem={nameProblem}>
            <input
              id={`${id}-name`}
              value={value.nominee.name}
              onInput={(e) => nominee({ name: e.currentTarget.value })}
              {...describedBy(`${id}-name`, nameProblem)}
            />
          </Field>
          <Field id={`${id}-position`} label={t.position} problem={positionProblem}>
            <input
              id={`${id}-position`}
              value={value.nominee.position ?? ''}
              onInput={(e) => nominee({ position: e.currentTarget.value || undefined })}
              {...describedBy(`${id}-position`, positionProblem)}
            />
          </Field>
        </div>
        {value.nominee.kind === 'individual' && (
          <PersonCombobox
            id={`${id}-person`}
            personId={value.nominee.personId}
            initialText={value.nominee.name}
            problem={personProblem}
            onPick={(person) =>
              nominee(
                person
                  ? {
                      personId: person.id,
                      name: person.fullName,
                      position: value.nominee.position || person.position,
                    }
                  : { personId: undefined },
              )
            }
          />
        )}
        <Field id={`${id}-achievements`} label={t.achievements} problem={achievementsProblem}>
          <textarea
            id={`${id}-achievements`}
            value={value.achievements}
            onInput={(e) => props.onChange({ ...value, achievements: e.currentTarget.value })}
            {...describedBy(`${id}-achievements`, achievementsProblem)}
          />
        </Field>
        <DocumentsEditor
          idPrefix={id}
          awardCode={props.awardCode}
          documents={value.documents}
          problem={problem}
          onChange={(documents) => props.onChange({ ...value, documents })}
        />
      </div>
      {value.nominee.kind === 'individual' && (
        <EligibilityPreview
          personId={value.nominee.personId ?? ''}
          awardCode={props.awardCode}
          year={props.year}
          reviewOccasion={props.reviewOccasion}
        />
      )}
    </div>
  );
}
