import type { IsoDate } from '../../../domain/calendar';
import {
  dateInWords,
  decisionSignature,
  documentHeader,
  legalBasis,
  placeAndDate,
} from '../../../documents/parts';
import { subjectsPhrase } from '../../../documents/labels';
import { contentDisposition } from '../../../api/documents/contentDisposition';

const d = (text: string) => text as IsoDate;

describe('dates in words (Decree 30/2020/NĐ-CP, Appendix I, I.5(b): leading zero for days < 10 and months 1, 2)', () => {
  test.each([
    ['2025-02-05', 'ngày 05 tháng 02 năm 2025'],
    ['2025-01-31', 'ngày 31 tháng 01 năm 2025'],
    ['2025-03-01', 'ngày 01 tháng 3 năm 2025'],
    ['2025-06-15', 'ngày 15 tháng 6 năm 2025'],
    ['2025-12-09', 'ngày 09 tháng 12 năm 2025'],
  ])('%s → %s', (date, words) => {
    expect(dateInWords(d(date))).toBe(words);
    expect(placeAndDate(d(date))).toBe(`Hà Nội, ${words}`);
  });

  test('a draft leaves the day and month blank for the signer, keeps the year', () => {
    expect(placeAndDate(d('2025-06-15'), { blank: true })).toMatch(
      /^Hà Nội, ngày +tháng +năm 2025$/,
    );
  });
});

describe('header by the agency in force on the date (domain.md §1: UBDT became BDTTG on 01/03/2025)', () => {
  test.each([
    ['2025-02-28', undefined, { name: 'ỦY BAN DÂN TỘC' }],
    ['2025-03-01', undefined, { name: 'BỘ DÂN TỘC VÀ TÔN GIÁO' }],
    [
      '2024-12-20',
      'Vụ Chính sách Dân tộc',
      { superior: 'ỦY BAN DÂN TỘC', name: 'VỤ CHÍNH SÁCH DÂN TỘC' },
    ],
    [
      '2025-12-20',
      'Hội đồng Thi đua - Khen thưởng',
      { superior: 'BỘ DÂN TỘC VÀ TÔN GIÁO', name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
    ],
  ])('%s, body %s', (date, body, issuer) => {
    const header = documentHeader(d(date), { body });
    expect(header.issuer).toEqual(issuer);
    expect(header.nation).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(header.placeDate).toBe(`Hà Nội, ${dateInWords(d(date))}`);
  });
});

describe('signature block (Decree 30/2020/NĐ-CP, Art. 13(1): KT. before the head title when a deputy signs)', () => {
  test.each([
    ['minister, BDTTG', '2025-06-15', { name: 'Đào Ngọc Dung' }, ['BỘ TRƯỞNG']],
    ['minister, UBDT', '2024-12-20', { name: 'Hầu A Lềnh' }, ['BỘ TRƯỞNG, CHỦ NHIỆM']],
    [
      'deputy under delegation, BDTTG',
      '2025-06-15',
      { name: 'Y Vinh Tơr', onBehalfOf: { name: 'Đào Ngọc Dung' } },
      ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    ],
    [
      'deputy under delegation, UBDT',
      '2024-12-20',
      { name: 'Y Vinh Tơr', onBehalfOf: { name: 'Hầu A Lềnh' } },
      ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'THỨ TRƯỞNG, PHÓ CHỦ NHIỆM'],
    ],
    [
      'lines as stored at signing win',
      '2025-06-15',
      { name: 'Y Vinh Tơr', signatureLines: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'] },
      ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    ],
  ])('%s', (_case, date, signer, lines) => {
    expect(decisionSignature(d(date), signer)).toEqual({
      lines,
      signedMark: '(Đã ký)',
      name: signer.name,
    });
  });

  test('a draft has the head title only: no name, no signed mark', () => {
    expect(decisionSignature(d('2025-06-15'))).toEqual({ lines: ['BỘ TRƯỞNG'] });
  });
});

describe('legal basis in force on the decision date (domain.md §2)', () => {
  test.each([
    [
      '2025-06-23',
      [
        'Luật Thi đua, khen thưởng số 06/2022/QH15',
        'Nghị định số 98/2023/NĐ-CP',
        'Thông tư số 01/2024/TT-UBDT',
      ],
    ],
    [
      '2025-06-30',
      [
        'Luật Thi đua, khen thưởng số 06/2022/QH15',
        'Nghị định số 98/2023/NĐ-CP',
        'Thông tư số 03/2025/TT-BDTTG',
      ],
    ],
    [
      '2025-07-01',
      [
        'Luật Thi đua, khen thưởng số 06/2022/QH15',
        'Nghị định số 152/2025/NĐ-CP',
        'Thông tư số 03/2025/TT-BDTTG',
      ],
    ],
    [
      '2024-05-10',
      [
        'Luật Thi đua, khen thưởng số 06/2022/QH15',
        'Nghị định số 98/2023/NĐ-CP',
        'Thông tư số 01/2024/TT-UBDT',
      ],
    ],
  ])('%s', (date, expected) => {
    const lines = legalBasis(d(date));
    expect(lines).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(lines[i]).toContain(`Căn cứ ${text}`));
  });
});

describe('subjects counted in the decision', () => {
  test.each([
    [['individual', 'individual', 'individual'], '03 cá nhân'],
    [['collective'], '01 tập thể'],
    [['individual', 'collective', 'individual'], '02 cá nhân và 01 tập thể'],
  ] as const)('%j → %s', (kinds, text) => expect(subjectsPhrase(kinds)).toBe(text));
});

describe('Content-Disposition keeps Vietnamese names (RFC 6266 + RFC 5987)', () => {
  test.each([
    [
      'Quyết định 12-QĐ-BDTTG.pdf',
      `attachment; filename="Quyet dinh 12-QD-BDTTG.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012-Q%C4%90-BDTTG.pdf`,
    ],
    [
      "Tờ trình (đợt 1) it's.pdf",
      `attachment; filename="To trinh (dot 1) it's.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%28%C4%91%E1%BB%A3t%201%29%20it%27s.pdf`,
    ],
    ['a"b\\c.xlsx', `attachment; filename="a_b_c.xlsx"; filename*=UTF-8''a%22b%5Cc.xlsx`],
  ])('%s', (name, header) => {
    expect(contentDisposition(name)).toBe(header);
    const encoded = header.split("UTF-8''")[1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
