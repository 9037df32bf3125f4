import { renderCatalogueMarkdown } from '../../../domain/catalogue/renderMarkdown';
import { formatCitation } from '../../../domain/ruleSets/citation';
import { CITATION_KEYS } from '../../../domain/ruleSets/citationKeys';
import { RULE_SETS } from '../../../domain/ruleSets/selectRuleSet';

const rows = RULE_SETS.flatMap((ruleSet) =>
  CITATION_KEYS.map((key) => [ruleSet.id, key, ruleSet.citations[key]] as const),
);

describe('every citation says whether it was checked against the text', () => {
  test.each(rows)('%s %s', (_id, _key, citation) => {
    expect(citation.instrument.length).toBeGreaterThan(0);
    // A checked citation names the article (and clause) it was checked at.
    if (citation.checkedAgainst) {
      expect(citation.article).not.toBeNull();
      expect(citation.checkedAgainst).toMatch(/^https?:\/\//);
    }
    // A decree or circular clause names the Law article it details.
    if (citation.parent) expect(citation.parent.instrument).toMatch(/^Luật /);
  });

  test('the catalogue shows per rule the citation, its validity and the check (or "unconfirmed")', () => {
    const doc = renderCatalogueMarkdown();
    for (const ruleSet of RULE_SETS) {
      const section = doc.slice(doc.indexOf(`## ${ruleSet.id} — `));
      for (const key of CITATION_KEYS) {
        const citation = ruleSet.citations[key];
        const row = section.split('\n').find((line) => line.startsWith(`| \`${key}\` |`))!;
        expect(row).toContain(formatCitation(citation).replace(/\|/g, '\\|'));
        expect(row).toContain(citation.checkedAgainst ?? 'chưa đối chiếu / unconfirmed');
        expect(row).toMatch(/\d{4}-\d{2}-\d{2} → (\d{4}-\d{2}-\d{2}|…)/);
      }
    }
  });

  test('the old quota is cited to the decree clause with the Law article it details', () => {
    const ruleSet = RULE_SETS.find((r) => r.id === 'tdkt-2017-09')!;
    expect(formatCitation(ruleSet.citations.CSTDCS_QUOTA)).toBe(
      'Điều 9, khoản 3, Nghị định 91/2017/NĐ-CP (chi tiết Điều 23, Luật 15/2003/QH11)',
    );
  });
});
