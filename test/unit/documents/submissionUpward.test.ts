import type { IsoDate } from '../../../domain/calendar';
import {
  awardDecision,
  awardDecisionAnnexSheet,
  type AwardDecisionInput,
} from '../../../documents/awardDecision';
import { renderPdf } from '../../../documents/render/pdf';
import { pdfText } from './pdfText';

jest.setTimeout(30_000);

const signed: AwardDecisionInput = {
  decisionId: 'd7',
  awardCode: 'BKTTG',
  year: 2025,
  forwardedUpward: true,
  documentType: 'submission',
  status: 'signed',
  date: '2026-03-10' as IsoDate,
  number: '3/TTr-BDTTG',
  signer: { name: 'Đào Ngọc Dung', signatureLines: ['BỘ TRƯỞNG'] },
  annex: [
    {
      nominationId: 'n1',
      nomineeName: 'Lò Văn Púa',
      nomineeKind: 'individual',
      position: 'Vụ trưởng',
      unitName: 'Vụ Chính sách Dân tộc',
    },
  ],
};

/**
 * An award the Prime Minister or the President decides is proposed by the minister's
 * submission (tờ trình), the first item of the dossier sent up (Law 06/2022/QH15, Art. 84),
 * numbered N/TTr-<symbol> (Decree 30/2020/NĐ-CP, Appendix III) — not a decision.
 */
describe('the submission upward (tờ trình)', () => {
  test('signed: TỜ TRÌNH numbered N/TTr-BDTTG, addressed to the Prime Minister, list annexed', async () => {
    const model = awardDecision(signed);
    const { text } = pdfText(await renderPdf(model));
    for (const phrase of [
      'Số: 3/TTr-BDTTG',
      'TỜ TRÌNH',
      'Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ năm 2025',
      'Kính gửi: Thủ tướng Chính phủ',
      'Bộ Dân tộc và Tôn giáo kính trình Thủ tướng Chính phủ xem xét, tặng Bằng khen của Thủ tướng Chính phủ năm 2025 cho 01 cá nhân',
      'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương);',
      'Đào Ngọc Dung',
      '(Kèm theo Tờ trình số 3/TTr-BDTTG ngày 10 tháng 3 năm 2026 của Bộ Dân tộc và Tôn giáo)',
      'Lò Văn Púa',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain('QUYẾT ĐỊNH');
    expect(text).not.toContain('/QĐ-');
    expect(model.fileName).toBe('Tờ trình 3-TTr-BDTTG Bằng khen của Thủ tướng Chính phủ 2025.pdf');
    expect(awardDecisionAnnexSheet(signed).fileName).toBe(
      'Danh sách kèm theo Tờ trình 3-TTr-BDTTG.xlsx',
    );
  });

  test('an award the President decides: the Prime Minister is asked to propose it to the President', async () => {
    const { text } = pdfText(
      await renderPdf(awardDecision({ ...signed, awardCode: 'HCLD', number: '4/TTr-BDTTG' })),
    );
    expect(text).toContain('kính trình Thủ tướng Chính phủ xem xét, trình Chủ tịch nước tặng');
  });

  test('draft: blank TTr number, no signer, watermarked', async () => {
    const model = awardDecision({
      ...signed,
      status: 'draft',
      number: undefined,
      signer: undefined,
    });
    const { text } = pdfText(await renderPdf(model));
    expect(text).toMatch(/Số: +\/TTr-BDTTG/);
    expect(text).toContain('DỰ THẢO');
    expect(text).not.toContain('Đào Ngọc Dung');
    expect(model.fileName).toBe('Dự thảo tờ trình Bằng khen của Thủ tướng Chính phủ 2025 d7.pdf');
  });
});
