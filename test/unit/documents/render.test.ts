import ExcelJS from 'exceljs';
import type { IsoDate } from '../../../domain/calendar';
import {
  awardDecision,
  awardDecisionAnnexSheet,
  type AwardDecisionInput,
} from '../../../documents/awardDecision';
import { certificate, certificateHeading } from '../../../documents/certificate';
import { councilMinutes, type CouncilMinutesInput } from '../../../documents/councilMinutes';
import { submissionLetter } from '../../../documents/submissionLetter';
import { renderPdf } from '../../../documents/render/pdf';
import { renderXlsx } from '../../../documents/render/annexXlsx';
import { pdfText } from './pdfText';

jest.setTimeout(30_000);

const d = (text: string) => text as IsoDate;

const ANNEX: AwardDecisionInput['annex'] = [
  {
    nominationId: 'n1',
    nomineeName: 'Lò Văn Púa',
    nomineeKind: 'individual',
    position: 'Chuyên viên chính',
    unitName: 'Vụ Chính sách Dân tộc',
  },
  {
    nominationId: 'n2',
    nomineeName: 'Nguyễn Thị Ánh Tuyết',
    nomineeKind: 'individual',
    position: 'Phó Vụ trưởng',
    unitName: 'Trung tâm Thông tin',
  },
  {
    nominationId: 'n3',
    nomineeName: 'Phòng Tổng hợp',
    nomineeKind: 'collective',
    unitName: 'Văn phòng Bộ',
  },
];

const signed: AwardDecisionInput = {
  decisionId: 'd1',
  awardCode: 'CSTDCS',
  year: 2025,
  forwardedUpward: false,
  documentType: 'decision',
  status: 'signed',
  date: d('2026-01-20'),
  number: '12/QĐ-BDTTG',
  signer: {
    name: 'Y Vinh Tơr',
    signatureLines: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    onBehalfOf: { name: 'Đào Ngọc Dung' },
  },
  annex: ANNEX,
};

describe('award decision PDF: Vietnamese text survives extraction', () => {
  test('signed: number, date in words, KT. signature, annex list', async () => {
    const { text, info, pages } = pdfText(await renderPdf(awardDecision(signed)));
    for (const phrase of [
      'BỘ DÂN TỘC VÀ TÔN GIÁO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/QĐ-BDTTG',
      'Hà Nội, ngày 20 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
      'BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15',
      'Căn cứ Nghị định số 152/2025/NĐ-CP',
      'Điều 1. Tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025 cho 02 cá nhân và 01 tập thể (có danh sách kèm theo).',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:',
      'KT. BỘ TRƯỞNG',
      'THỨ TRƯỞNG',
      'Y Vinh Tơr',
      'DANH SÁCH',
      '(Kèm theo Quyết định số 12/QĐ-BDTTG ngày 20 tháng 01 năm 2026 của Bộ trưởng Bộ Dân tộc và Tôn giáo)',
      'Nguyễn Thị Ánh Tuyết',
      'Phòng Tổng hợp',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain('DỰ THẢO');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[pages.length - 1]).toContain('Lò Văn Púa');
    expect(info).toMatchObject({
      Title: 'Quyết định 12/QĐ-BDTTG tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
      Author: 'Bộ Dân tộc và Tôn giáo',
      CreationDate: 'D:20260119170000Z',
    });
  });

  test('draft: watermark on every page, no number, blank day, no signer', async () => {
    const model = awardDecision({
      ...signed,
      status: 'draft',
      number: undefined,
      signer: undefined,
    });
    const { text, pages } = pdfText(await renderPdf(model));
    for (const page of pages) expect(page).toContain('DỰ THẢO');
    expect(text).toMatch(/Số: +\/QĐ-BDTTG/);
    expect(text).toMatch(/Hà Nội, ngày +tháng +năm 2026/);
    expect(text).not.toContain('Y Vinh Tơr');
    expect(text).not.toContain('(Đã ký)');
    expect(model.fileName).toBe('Dự thảo quyết định Chiến sĩ thi đua cơ sở 2025 d1.pdf');
  });

  test('the same model renders to the same bytes; another date to other bytes', async () => {
    const [a, b] = await Promise.all([
      renderPdf(awardDecision(signed)),
      renderPdf(awardDecision(signed)),
    ]);
    expect(a.equals(b)).toBe(true);
    const other = await renderPdf(awardDecision({ ...signed, date: d('2026-01-21') }));
    expect(other.equals(a)).toBe(false);
  });

  test('a long annex breaks across pages and repeats its header row', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...ANNEX[0]!,
      nominationId: `n${i}`,
      nomineeName: `Hoàng Thị Ngọc Ánh ${i + 1}`,
    }));
    const { pages } = pdfText(await renderPdf(awardDecision({ ...signed, annex: many })));
    const annexPages = pages.filter((p) => p.includes('Hoàng Thị Ngọc Ánh'));
    expect(annexPages.length).toBeGreaterThan(1);
    for (const page of annexPages) expect(page).toContain('Họ và tên / Tên tập thể');
    expect(pages.join(' ')).toContain('Hoàng Thị Ngọc Ánh 60');
  });
});

describe('annex XLSX', () => {
  test('reads back with Vietnamese text intact; same model, same bytes', async () => {
    const bytes = await renderXlsx(awardDecisionAnnexSheet(signed));
    expect((await renderXlsx(awardDecisionAnnexSheet(signed))).equals(bytes)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Danh sách')!;
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values.flat()).toEqual(
      expect.arrayContaining([
        'DANH SÁCH',
        'Tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
        'Họ và tên / Tên tập thể',
        'Nguyễn Thị Ánh Tuyết',
        'Phòng Tổng hợp',
      ]),
    );
    const rows = values.filter((row) => typeof row[0] === 'number');
    expect(rows).toEqual([
      [1, 'Lò Văn Púa', 'Chuyên viên chính', 'Vụ Chính sách Dân tộc', 'Cá nhân'],
      [2, 'Nguyễn Thị Ánh Tuyết', 'Phó Vụ trưởng', 'Trung tâm Thông tin', 'Cá nhân'],
      [3, 'Phòng Tổng hợp', '', 'Văn phòng Bộ', 'Tập thể'],
    ]);
    expect(workbook.created.toISOString()).toBe('2026-01-19T17:00:00.000Z');
  });
});

describe('council minutes', () => {
  const minutes: CouncilMinutesInput = {
    roundId: 'r1',
    title: 'Phiên họp xét khen thưởng năm 2025',
    scheduledOn: d('2026-01-15'),
    closedOn: d('2026-01-15'),
    chair: { userId: 'chutich', name: 'Nguyễn Văn Chủ' },
    secretary: { name: 'Hoàng Thị Mai' },
    members: [
      { userId: 'chutich', name: 'Nguyễn Văn Chủ', attendance: 'present' },
      { userId: 'hd.1', name: 'Lường Văn Thành', attendance: 'present' },
      { userId: 'hd.2', name: 'Hà Thị Ngọc', attendance: 'absent_written_vote' },
    ],
    recusals: [{ memberId: 'hd.1', nominationId: 'n2', reason: 'Cùng đơn vị' }],
    items: [
      {
        nominationId: 'n1',
        nomineeName: 'Lò Văn Púa',
        unitName: 'Vụ Chính sách Dân tộc',
        awardCode: 'BKBO',
        year: 2025,
        ballot: 'open',
        counts: { approve: 2, reject: 0, abstain: 0 },
        percent: 100,
        outcome: 'passed',
        explanation: '2/2 thành viên có mặt đồng ý (100%), trên 1/2.',
        namedVotes: [
          { memberId: 'chutich', choice: 'approve', written: false },
          { memberId: 'hd.1', choice: 'approve', written: false },
        ],
      },
      {
        nominationId: 'n2',
        nomineeName: 'Nguyễn Thị Ánh Tuyết',
        unitName: 'Trung tâm Thông tin',
        awardCode: 'CSTDCS',
        year: 2025,
        ballot: 'secret',
        counts: { approve: 1, reject: 1, abstain: 0 },
        percent: 50,
        outcome: 'not_passed',
        explanation: '1/2 phiếu đồng ý (50%), chưa đạt từ 2/3 trở lên.',
        // A secret ballot's choices must never be printed, even if a caller passes them.
        namedVotes: [{ memberId: 'hd.2', choice: 'reject', written: true }],
      },
    ],
    summary: 'Hội đồng thống nhất đề nghị 01 trường hợp.',
  };

  test('attendance, tally per nominee, named open votes, counts only for a secret ballot', async () => {
    const { text } = pdfText(await renderPdf(councilMinutes(minutes)));
    for (const phrase of [
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'BIÊN BẢN',
      'Hôm nay, ngày 15 tháng 01 năm 2026',
      'Vắng mặt, có phiếu bằng văn bản',
      'Lường Văn Thành: trường hợp Nguyễn Thị Ánh Tuyết (Cùng đơn vị)',
      'Bỏ phiếu kín',
      '1 / 1 / 0 (50%)',
      'Không đạt',
      'Lò Văn Púa: Nguyễn Văn Chủ: Đồng ý; Lường Văn Thành: Đồng ý.',
      'chưa đạt từ 2/3 trở lên',
      'CHỦ TỊCH HỘI ĐỒNG',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain('Hà Thị Ngọc: Không đồng ý');
    expect(text).not.toMatch(/Nguyễn Thị Ánh Tuyết: [^.]*Không đồng ý/);
  });
});

describe('submission letter and certificate', () => {
  test('tờ trình from the unit, with its list', async () => {
    const model = submissionLetter({
      number: 'VCSDT-2025-0012',
      title: 'Đề nghị khen thưởng năm 2025',
      unit: { id: 'VCSDT', name: 'Vụ Chính sách Dân tộc' },
      submittedOn: d('2025-12-22'),
      submittedBy: 'Trần Văn Hùng',
      nominees: [
        {
          number: 'VCSDT-2025-0012/1',
          name: 'Lò Văn Púa',
          kind: 'individual',
          position: 'Chuyên viên chính',
          awardCode: 'CSTDCS',
          year: 2025,
          achievements: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến cấp cơ sở.',
        },
      ],
    });
    const { text } = pdfText(await renderPdf(model));
    for (const phrase of [
      'BỘ DÂN TỘC VÀ TÔN GIÁO',
      'VỤ CHÍNH SÁCH DÂN TỘC',
      'Số: /TTr-VCSDT',
      'TỜ TRÌNH',
      'Về việc đề nghị khen thưởng năm 2025',
      '(Hồ sơ số VCSDT-2025-0012)',
      'Số hồ sơ',
      'VCSDT-2025-0012/1',
      'Kính gửi: Hội đồng Thi đua - Khen thưởng Bộ Dân tộc và Tôn giáo',
      'Chiến sĩ thi đua cơ sở',
      'có sáng kiến cấp cơ sở',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Trần Văn Hùng',
    ]) {
      expect(text.replace(/ +/g, ' ')).toContain(phrase);
    }
  });

  test.each([
    ['BKBO', 'BẰNG KHEN'],
    ['GK', 'GIẤY KHEN'],
    ['CSTDCS', 'GIẤY CHỨNG NHẬN'],
    ['TTLDXS', 'GIẤY CHỨNG NHẬN'],
    ['LDTT', undefined],
  ])('certificate heading for %s (Law 06/2022/QH15: LĐTT has no certificate)', (code, heading) => {
    expect(certificateHeading(code)).toBe(heading);
  });

  test('certificate names the nominee, the decision and the signer', async () => {
    const { text } = pdfText(
      await renderPdf(
        certificate({
          number: 'VCSDT-2025-0012/1',
          awardCode: 'CSTDCS',
          year: 2025,
          nominee: { name: 'Lò Văn Púa', kind: 'individual', position: 'Chuyên viên chính' },
          unitName: 'Vụ Chính sách Dân tộc',
          decision: {
            number: '12/QĐ-BDTTG',
            signedOn: d('2026-01-20'),
            signer: { name: 'Đào Ngọc Dung', signatureLines: ['BỘ TRƯỞNG'] },
          },
          registerNumber: '12.03/BDTTG/2026',
        }),
      ),
    );
    for (const phrase of [
      'BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO',
      'GIẤY CHỨNG NHẬN',
      'Lò Văn Púa',
      'Đạt danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025',
      'Quyết định số: 12/QĐ-BDTTG',
      'Số sổ: 12.03/BDTTG/2026',
      'Hồ sơ số: VCSDT-2025-0012/1',
      'Hà Nội, ngày 20 tháng 01 năm 2026',
      'Đào Ngọc Dung',
    ]) {
      expect(text).toContain(phrase);
    }
    // Headed once: no "CHỨNG NHẬN" line above "GIẤY CHỨNG NHẬN".
    expect(text.match(/CHỨNG NHẬN/g)).toHaveLength(1);
  });
});
