import { CIRCULAR_01_2024_BNV, LAW, buildCitations } from './citations';
import { CONFIGURABLE_KEYS } from './configurableValues';
import {
  CIRCULAR_01_2024_UBDT,
  CIRCULAR_03_2025_BDTTG,
  DECREE_98_2023,
  LAW_06_2022,
} from './instruments';
import { LEGAL_SOURCES } from './legalSources';
import type { RuleSet } from './ruleSet';
import { DEFAULT_CONFIGURABLE_VALUES, LEGAL_PARAMETERS_2022_LAW } from './sharedDefaults';

/**
 * Law 06/2022/QH15 with Decree 98/2023/NĐ-CP: dossiers received 2024-01-01 … 2025-06-30.
 * The ministry circular changed inside this period (01/2024/TT-UBDT from 2024-04-29,
 * 03/2025/TT-BDTTG from 2025-06-24); both are listed with their dates, and the citations
 * name 01/2024/TT-UBDT, the circular in force for almost the whole period.
 */
export const RULE_SET_2024: RuleSet = {
  id: 'tdkt-2024-01',
  name: {
    vi: 'Luật 06/2022/QH15 và Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/06/2025)',
    en: 'Law 06/2022/QH15 and Decree 98/2023/NĐ-CP (2024-01-01 – 2025-06-30)',
  },
  validFrom: '2024-01-01',
  validTo: '2025-06-30',
  instruments: [LAW_06_2022, DECREE_98_2023, CIRCULAR_01_2024_UBDT, CIRCULAR_03_2025_BDTTG],
  law: LEGAL_PARAMETERS_2022_LAW,
  values: {
    ...DEFAULT_CONFIGURABLE_VALUES,
    // Circular 01/2024/TT-BNV, whose Art. 1(5)(d) sets the 6 months, took effect 15/04/2024;
    // for dossiers received 01/01–14/04/2024 no text stating the months could be confirmed.
    ldttRecruitmentRuleFrom: '2024-04-15',
  },
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildCitations(DECREE_98_2023.symbol, CIRCULAR_01_2024_UBDT.symbol, {
    LDTT_RECRUITMENT: {
      instrument: CIRCULAR_01_2024_BNV,
      article: 'Điều 1, khoản 5, điểm d',
      parent: { instrument: LAW, article: 'Điều 24' },
      text: 'Không xét tặng Lao động tiên tiến đối với người mới tuyển dụng dưới 06 tháng (trước 2024: 10 tháng; thông tư có hiệu lực từ 15/04/2024, hồ sơ nhận từ 01/01/2024 đến 14/04/2024 chưa đối chiếu được văn bản: cần xem xét); hợp đồng rồi tuyển dụng tại cùng cơ quan được tính liên tục.',
      checkedAgainst: LEGAL_SOURCES.CIRCULAR_01_2024_BNV_ART_1_5_D,
    },
    LDTT_PROTECTED_ABSENCE: {
      instrument: CIRCULAR_01_2024_BNV,
      article: 'Điều 1, khoản 5, điểm a',
      parent: { instrument: LAW, article: 'Điều 24' },
      text: 'Thời gian điều trị, điều dưỡng thương tích do chiến đấu, dũng cảm cứu người, cứu tài sản được tính để bình xét Lao động tiên tiến (điểm a); điểm về nghỉ thai sản chưa đối chiếu; nghỉ ốm thông thường không loại trừ.',
      checkedAgainst: LEGAL_SOURCES.CIRCULAR_01_2024_BNV_ART_1_5_A,
    },
    PUBLIC_COMMENT: {
      instrument: DECREE_98_2023.symbol,
      article: 'Điều 46, khoản 1',
      text: 'Đề nghị danh hiệu Anh hùng Lao động: Bộ Nội vụ lấy ý kiến Nhân dân trên cổng thông tin điện tử trong 10 ngày làm việc; thời gian công khai ở các cấp xét khác là giá trị cấu hình (03–10 ngày làm việc).',
      checkedAgainst: LEGAL_SOURCES.DECREE_98_2023_ART_46_1,
    },
  }),
  configRevision: null,
  overrides: [],
};
