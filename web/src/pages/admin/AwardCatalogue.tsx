import { CATALOGUE } from '../../../../domain/catalogue/awards';
import {
  DECIDER_TEXT,
  KIND_TEXT,
  SUBJECT_TEXT,
} from '../../../../domain/catalogue/awardDefinition';
import { DataTable } from '../../shell/DataTable';
import { pick, useLang, useText } from '../../shell/i18n';

const TEXT = {
  title: { vi: 'Danh mục danh hiệu, hình thức khen thưởng', en: 'Award catalogue' },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  subject: { vi: 'Đối tượng', en: 'For' },
  kinds: { vi: 'Loại hình', en: 'Kinds' },
  decider: { vi: 'Cấp quyết định', en: 'Decided by' },
  secret: { vi: 'Bỏ phiếu kín', en: 'Secret ballot' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
};

/** The award catalogue as the code knows it (domain/catalogue); its rules are configured below. */
export function AwardCatalogue() {
  const t = useText(TEXT);
  const lang = useLang();
  return (
    <section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t.title}</h2>
      <DataTable columns={[t.code, t.name, t.subject, t.kinds, t.decider, t.secret]}>
        {Object.values(CATALOGUE).map((award) => (
          <tr key={award.code}>
            <th scope="row">{award.code}</th>
            <td>{pick(award.name, lang)}</td>
            <td>{pick(SUBJECT_TEXT[award.subject], lang)}</td>
            <td>{award.kinds.map((k) => pick(KIND_TEXT[k], lang)).join(', ')}</td>
            <td>{pick(DECIDER_TEXT[award.deciders[0]!], lang)}</td>
            <td>{award.secretBallotRequired ? t.yes : t.no}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
