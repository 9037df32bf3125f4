import { renderCatalogueMarkdown } from '../../../domain/catalogue/renderMarkdown';
import { formatCitation } from '../../../domain/ruleSets/citation';
import { CITATION_KEYS } from '../../../domain/ruleSets/citationKeys';
import { DECREE_65_2014, DECREE_91_2017 } from '../../../domain/ruleSets/instruments';
import { LEGAL_SOURCES } from '../../../domain/ruleSets/legalSources';
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

describe('Decree 65/2014/NĐ-CP: the rules it states are cited to its clauses, checked against its text', () => {
  const ruleSet = RULE_SETS.find((r) => r.id === 'tdkt-2014-08')!;
  const OLD_LAW = 'Luật 15/2003/QH11';
  test.each([
    ['LDTT_RECRUITMENT', `Điều 5, khoản 6, Nghị định 65/2014/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    ['LDTT_DISCIPLINE', `Điều 5, khoản 6, Nghị định 65/2014/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    ['LDTT_ABSENCE_BAR', `Điều 5, khoản 6, Nghị định 65/2014/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    [
      'LDTT_PROTECTED_ABSENCE',
      `Điều 5, khoản 2 và khoản 4, Nghị định 65/2014/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`,
    ],
    ['LDTT_TRANSFER', `Điều 5, khoản 5, Nghị định 65/2014/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    ['CSTDTQ_WINDOW', `Điều 3, khoản 4, Nghị định 65/2014/NĐ-CP (chi tiết Điều 21, ${OLD_LAW})`],
    ['COCP_STANDARD', 'Điều 6, Nghị định 65/2014/NĐ-CP'],
    ['HCLD_STANDARD', 'Điều 15, Điều 16, Điều 17, Nghị định 65/2014/NĐ-CP'],
    ['PRINCIPLE_TIE_BREAK', 'Điều 2, khoản 3, Nghị định 65/2014/NĐ-CP'],
  ] as const)('%s → %s', (key, formatted) => {
    const citation = ruleSet.citations[key];
    expect(formatCitation(citation)).toBe(formatted);
    expect(citation.checkedAgainst).toBe(LEGAL_SOURCES.DECREE_65_2014_TEXT);
  });

  test('the Law articles of the 2013 wording pinned by later circulars: Excellent Collective Art. 27(1), ministry flag Art. 26', () => {
    expect(formatCitation(ruleSet.citations.TTLDXS_STANDARD)).toBe(`Điều 27, khoản 1, ${OLD_LAW}`);
    expect(ruleSet.citations.TTLDXS_STANDARD.checkedAgainst).toBe(LEGAL_SOURCES.LAW_2003_ART_27_1);
    expect(formatCitation(ruleSet.citations.COBO_STANDARD)).toBe(`Điều 26, ${OLD_LAW}`);
    expect(ruleSet.citations.COBO_STANDARD.checkedAgainst).toBe(
      LEGAL_SOURCES.DECREE_91_2017_ART_12,
    );
  });

  test('a rule of the decree not confirmed is cited to the decree alone and says so', () => {
    for (const key of ['PRINCIPLE_HOLD', 'PRINCIPLE_MERIT_ONLY'] as const) {
      expect(ruleSet.citations[key].checkedAgainst).toBeUndefined();
      expect(ruleSet.citations[key].article).toBeNull();
      expect(ruleSet.citations[key].text).toMatch(/chưa đối chiếu/);
    }
  });

  test('the regime starts the day the decree took effect (its Art. 30(1): 20/08/2014), not 15/08/2014', () => {
    expect(DECREE_65_2014.effectiveFrom).toBe('2014-08-20');
    expect(ruleSet.validFrom).toBe(DECREE_65_2014.effectiveFrom);
  });
});

describe("Decree 91/2017/NĐ-CP: clauses confirmed by the Central Committee's answers and quotations", () => {
  const ruleSet = RULE_SETS.find((r) => r.id === 'tdkt-2017-09')!;
  const OLD_LAW = 'Luật 15/2003/QH11';
  test.each([
    ['LDTT_RECRUITMENT', `Điều 10, Nghị định 91/2017/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    ['LDTT_DISCIPLINE', `Điều 10, Nghị định 91/2017/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    ['LDTT_ABSENCE_BAR', `Điều 10, Nghị định 91/2017/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`],
    [
      'LDTT_PROTECTED_ABSENCE',
      `Điều 10, khoản 4, Nghị định 91/2017/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`,
    ],
    ['CSTDTQ_WINDOW', 'Điều 48, khoản 1, điểm a, Nghị định 91/2017/NĐ-CP'],
    ['COUNCIL_VOTE', 'Điều 45, khoản 8, Nghị định 91/2017/NĐ-CP'],
    ['PUBLIC_COMMENT', 'Điều 45, khoản 10, Nghị định 91/2017/NĐ-CP'],
    ['HERO_REVIEW_OCCASION', 'Điều 48, khoản 1, Nghị định 91/2017/NĐ-CP'],
    ['AHLD_STANDARD', 'Điều 61, Luật 15/2003/QH11'],
    ['COCP_STANDARD', `Điều 11, Nghị định 91/2017/NĐ-CP (chi tiết Điều 25, ${OLD_LAW})`],
    ['COBO_STANDARD', `Điều 12, Nghị định 91/2017/NĐ-CP (chi tiết Điều 26, ${OLD_LAW})`],
    ['TTLDXS_STANDARD', `Điều 27, khoản 1, ${OLD_LAW}`],
  ] as const)('%s → %s', (key, formatted) => {
    expect(formatCitation(ruleSet.citations[key])).toBe(formatted);
    expect(ruleSet.citations[key].checkedAgainst).toMatch(/^https?:\/\//);
  });

  test('the decree took effect on 01/10/2017 and dropped the 40-working-day bar', () => {
    expect(DECREE_91_2017.effectiveFrom).toBe('2017-10-01');
    expect(ruleSet.validFrom).toBe(DECREE_91_2017.effectiveFrom);
    expect(ruleSet.values.ldttAbsenceBarWorkingDays).toBeNull();
    expect(RULE_SETS.find((r) => r.id === 'tdkt-2014-08')!.values.ldttAbsenceBarWorkingDays).toBe(
      40,
    );
  });
});

describe('Law 06/2022/QH15: the articles read in its text are marked checked in both of its rule sets', () => {
  test.each([
    ['LDTT_STANDARD', 'Điều 24', LEGAL_SOURCES.LAW_2022_ART_24_1],
    ['CSTDCS_STANDARD', 'Điều 23', LEGAL_SOURCES.LAW_2022_ART_23],
    ['BKBO_STANDARD', 'Điều 74', LEGAL_SOURCES.LAW_2022_ART_74_1_D],
    ['COCP_STANDARD', 'Điều 25', LEGAL_SOURCES.LAW_2022_ART_25],
    ['TTLDXS_STANDARD', 'Điều 27', LEGAL_SOURCES.LAW_2022_ART_27],
    ['KNC_STANDARD', 'Điều 71, khoản 2', LEGAL_SOURCES.LAW_2022_ART_71_2],
    ['GK_STANDARD', 'Điều 75, khoản 2', LEGAL_SOURCES.LAW_2022_ART_75_2],
    ['EMULATION_REGISTRATION', 'Điều 7', LEGAL_SOURCES.LAW_2022_ART_7],
    [
      'COBO_STANDARD',
      'Điều 26, khoản 1 và khoản 2',
      LEGAL_SOURCES.LAW_2022_ART_26_VIA_CIRCULAR_29_2023,
    ],
    ['BKTTG_STANDARD', 'Điều 73', LEGAL_SOURCES.LAW_2022_ART_73_1],
  ] as const)('%s → %s', (key, article, source) => {
    for (const id of ['tdkt-2024-01', 'tdkt-2025-07']) {
      const citation = RULE_SETS.find((r) => r.id === id)!.citations[key];
      expect(formatCitation(citation)).toBe(`${article}, Luật 06/2022/QH15`);
      expect(citation.checkedAgainst).toBe(source);
    }
  });
});

describe('Law 06/2022/QH15: the Advanced Worker counting rules are the Home Affairs circular’s, not Art. 24’s', () => {
  const byId = (id: string) => RULE_SETS.find((r) => r.id === id)!;
  const LAW = 'Luật 06/2022/QH15';
  test.each([
    [
      'LDTT_RECRUITMENT',
      `Điều 1, khoản 5, điểm d, Thông tư 01/2024/TT-BNV (chi tiết Điều 24, ${LAW})`,
      LEGAL_SOURCES.CIRCULAR_01_2024_BNV_ART_1_5_D,
    ],
    [
      'LDTT_PROTECTED_ABSENCE',
      `Điều 1, khoản 5, điểm a, Thông tư 01/2024/TT-BNV (chi tiết Điều 24, ${LAW})`,
      LEGAL_SOURCES.CIRCULAR_01_2024_BNV_ART_1_5_A,
    ],
    [
      'PUBLIC_COMMENT',
      'Điều 46, khoản 1, Nghị định 98/2023/NĐ-CP',
      LEGAL_SOURCES.DECREE_98_2023_ART_46_1,
    ],
  ] as const)('tdkt-2024-01 %s → %s', (key, formatted, source) => {
    const citation = byId('tdkt-2024-01').citations[key];
    expect(formatCitation(citation)).toBe(formatted);
    expect(citation.checkedAgainst).toBe(source);
  });

  test('from 01/07/2025 the circular is still named, unconfirmed (its successor was not checked)', () => {
    const citation = byId('tdkt-2025-07').citations.LDTT_RECRUITMENT;
    expect(citation.instrument).toBe('Thông tư 01/2024/TT-BNV');
    expect(citation.checkedAgainst).toBeUndefined();
    expect(citation.text).toMatch(/chưa đối chiếu/);
  });
});
