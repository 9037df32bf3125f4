import { CATALOGUE } from '../../../../domain/catalogue/awards';
import type { AwardCode } from '../../../../domain/catalogue/awardCodes';
import { DOCUMENT_CODES } from '../../../../domain/catalogue/documents';
import type { Problem } from '../../shell/api';
import { useLang, useText } from '../../shell/i18n';
import { documentName } from '../../shell/labels';
import { describedBy, Field, problemAt } from '../../shell/problems';
import type { DossierDocument } from '../nomination/nominationTypes';

const TEXT = {
  legend: { vi: 'Tài liệu kèm theo', en: 'Attachments' },
  required: { vi: 'Hồ sơ cần có', en: 'Required items' },
  present: { vi: 'đã có', en: 'attached' },
  missing: { vi: 'còn thiếu', en: 'missing' },
  kind: { vi: 'Loại tài liệu', en: 'Kind of document' },
  title: { vi: 'Tên, trích yếu', en: 'Title' },
  reference: { vi: 'Số, ký hiệu (nếu có)', en: 'Reference (if any)' },
  add: { vi: '+ Thêm tài liệu', en: '+ Add a document' },
  remove: { vi: 'Bỏ tài liệu này', en: 'Remove this document' },
};

/** The dossier's documents, with the award's required items ticked off as they are added. */
export function DocumentsEditor(props: {
  idPrefix: string;
  awardCode: string;
  documents: DossierDocument[];
  problem: Problem | undefined;
  onChange: (documents: DossierDocument[]) => void;
}) {
  const t = useText(TEXT);
  const lang = useLang();
  const required = (CATALOGUE[props.awardCode as AwardCode]?.dossier ?? []).filter(
    (item) => item.when === 'always',
  );
  const set = (i: number, change: Partial<DossierDocument>) =>
    props.onChange(props.documents.map((d, j) => (j === i ? { ...d, ...change } : d)));
  return (
    <fieldset>
      <legend>{t.legend}</legend>
      {required.length > 0 && (
        <p class="muted">
          {t.required}:{' '}
          {required
            .map((item) => {
              const has = props.documents.some((d) => d.code === item.document);
              return `${documentName(item.document, lang)} (${has ? t.present : t.missing})`;
            })
            .join('; ')}
        </p>
      )}
      {props.documents.map((doc, i) => {
        const id = `${props.idPrefix}-doc${i}`;
        const titleProblem = problemAt(props.problem, `documents.${i}.title`);
        return (
          <div class="grid-2 document-row" key={i}>
            <Field id={`${id}-code`} label={t.kind}>
              <select
                id={`${id}-code`}
                value={doc.code}
                onChange={(e) => set(i, { code: e.currentTarget.value })}
              >
                {DOCUMENT_CODES.map((code) => (
                  <option key={code} value={code}>
                    {documentName(code, lang)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${id}-title`} label={t.title} problem={titleProblem}>
              <input
                id={`${id}-title`}
                value={doc.title}
                onInput={(e) => set(i, { title: e.currentTarget.value })}
                {...describedBy(`${id}-title`, titleProblem)}
              />
            </Field>
            <Field id={`${id}-ref`} label={t.reference}>
              <input
                id={`${id}-ref`}
                value={doc.reference ?? ''}
                onInput={(e) => set(i, { reference: e.currentTarget.value || undefined })}
              />
            </Field>
            <div class="actions">
              <button
                type="button"
                class="link-button"
                onClick={() => props.onChange(props.documents.filter((_, j) => j !== i))}
              >
                {t.remove}
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          const missing = required.find(
            (item) => !props.documents.some((d) => d.code === item.document),
          );
          const code = missing?.document ?? 'achievement_report';
          props.onChange([...props.documents, { code, title: documentName(code, lang) }]);
        }}
      >
        {t.add}
      </button>
    </fieldset>
  );
}
