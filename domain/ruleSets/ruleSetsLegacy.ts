import { buildLegacyCitations, type CheckedClause, type DecreeClause } from './citations2003';
import { CONFIGURABLE_KEYS } from './configurableValues';
import {
  CIRCULAR_02_2011_BNV,
  CIRCULAR_07_2014_BNV,
  DECREE_42_2010,
  DECREE_65_2014,
  DECREE_91_2017,
  LAW_15_2003,
} from './instruments';
import {
  DECREE_42_CONFIGURABLE_VALUES,
  DECREE_91_CONFIGURABLE_VALUES,
  LEGACY_CONFIGURABLE_VALUES,
  LEGAL_PARAMETERS_2003_LAW,
  LEGAL_PARAMETERS_DECREE_65_2014,
} from './legacyDefaults';
import { LEGAL_SOURCES } from './legalSources';
import type { RuleSet } from './ruleSet';

/** A clause of Decree 65/2014, checked against its whole text. */
const decree65 = (article: string, text?: string): CheckedClause => ({
  article,
  checkedAgainst: LEGAL_SOURCES.DECREE_65_2014_TEXT,
  ...(text && { text }),
});

/**
 * Law 15/2003 Art. 61 (Hero of Labour) as amended in 2013, read in a quotation: the Law of the
 * 2014 and 2017 rule sets. The 2005 wording of the Decree 42/2010 regime was not read.
 */
const LAW_2003_ART_61: DecreeClause = {
  instrument: LAW_15_2003.symbol,
  article: 'Điều 61',
  checkedAgainst: LEGAL_SOURCES.LAW_2003_ART_61,
  parentArticle: null,
};

/**
 * Law 15/2003 Art. 27(1) as amended in 2013 (the Excellent Collective), pinned by a ministry
 * circular of 2018 that refers to it: the Law of the 2014 and 2017 rule sets.
 */
const LAW_2003_ART_27_1: CheckedClause = {
  instrument: LAW_15_2003.symbol,
  article: 'Điều 27, khoản 1',
  checkedAgainst: LEGAL_SOURCES.LAW_2003_ART_27_1,
  parentArticle: null,
  text: 'Tập thể lao động xuất sắc (khoản 1 Điều 27, dẫn chiếu của Thông tư 16/2018/TT-BCT): 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở và không có cá nhân bị kỷ luật từ cảnh cáo trở lên',
};

/** An article of Decree 42/2010 pinned by its table of contents; its content was not read. */
const decree42 = (article: string, text: string): DecreeClause => ({ article, text });

/**
 * Circular 02/2011/TT-BNV Section I point 2(a), read in a quotation: the Advanced Worker's
 * exclusions and protected absences under Decree 42/2010, from 10/03/2011.
 */
const circular02 = (text: string): CheckedClause => ({
  instrument: CIRCULAR_02_2011_BNV.symbol,
  article: 'Mục I, khoản 2, điểm a',
  checkedAgainst: LEGAL_SOURCES.CIRCULAR_02_2011_BNV_I_2_A,
  text,
});

/**
 * Law 15/2003/QH11 as amended in 2005 (and 2009), with Decree 42/2010/NĐ-CP: dossiers received
 * from 2010-06-01 (the decree in force; date not confirmed against its text) until the day
 * before Decree 65/2014 took effect. The Law's 2013 amendment was detailed only by Decree
 * 65/2014, so its dossiers start there. Where Decree 42/2010's own wording could not be read the
 * rule asks a human (DECREE_42_CONFIGURABLE_VALUES); earlier dossiers (Decree 121/2005/NĐ-CP)
 * have no rule set.
 */
export const RULE_SET_2010: RuleSet = {
  id: 'tdkt-2010-06',
  name: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005) và Nghị định 42/2010/NĐ-CP (01/06/2010 – 19/08/2014)',
    en: 'Law on Emulation and Commendation 2003 (amended 2005) and Decree 42/2010/NĐ-CP (2010-06-01 – 2014-08-19)',
  },
  validFrom: DECREE_42_2010.effectiveFrom,
  validTo: '2014-08-19',
  instruments: [LAW_15_2003, DECREE_42_2010, CIRCULAR_02_2011_BNV],
  law: LEGAL_PARAMETERS_2003_LAW,
  values: DECREE_42_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildLegacyCitations(DECREE_42_2010.symbol, {
    LDTT_RECRUITMENT: circular02(
      'Không xét tặng Lao động tiên tiến đối với người mới tuyển dụng dưới 10 tháng (Thông tư 02/2011/TT-BNV, hiệu lực từ 10/03/2011; hồ sơ nhận trước ngày đó: người có thẩm quyền xem xét)',
    ),
    LDTT_DISCIPLINE: circular02(
      'Không xét tặng Lao động tiên tiến đối với cá nhân bị kỷ luật từ hình thức khiển trách trở lên (và cá nhân bị xử phạt hành chính)',
    ),
    LDTT_PROTECTED_ABSENCE: circular02(
      'Thời gian nghỉ thai sản theo chế độ, thời gian điều trị, điều dưỡng thương tích do dũng cảm cứu người, cứu tài sản hoặc trong chiến đấu, phục vụ chiến đấu được tính để bình xét Lao động tiên tiến',
    ),
    LDTT_ABSENCE_BAR: circular02(
      'Không xét tặng Lao động tiên tiến khi nghỉ việc từ 40 ngày làm việc trở lên (Thông tư 02/2011/TT-BNV, hiệu lực từ 10/03/2011); bộ quy tắc này không có ngày chuyển cho mức này nên không tự áp dụng: nghỉ dài không được tính do người có thẩm quyền xem xét (giá trị cấu hình)',
    ),
    LDTT_TRANSFER: decree42(
      'Điều 12',
      'Người chuyển công tác do cơ quan, đơn vị mới bình xét; có ý kiến nhận xét của cơ quan cũ nếu công tác ở đó từ 06 tháng trở lên',
    ),
    COCP_STANDARD: {
      article: 'Điều 16, khoản 2',
      checkedAgainst: LEGAL_SOURCES.DECREE_42_2010_ART_16_2,
      parentArticle: 'Điều 25',
      text: 'Cờ thi đua của Chính phủ: tập thể tiêu biểu xuất sắc trong toàn quốc, lựa chọn trong số tập thể đã được tặng Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương (dẫn đầu lĩnh vực, ngành nghề toàn quốc; tiêu biểu nhất trong phong trào thi đua của tỉnh); tiêu chuẩn chi tiết cấu hình',
    },
    CSTDCS_QUOTA: decree42(
      'Điều 13',
      'Danh hiệu Chiến sĩ thi đua cơ sở: tỷ lệ so với số Lao động tiên tiến chưa tìm thấy trong văn bản thời kỳ này; mặc định không áp dụng hạn mức (giá trị cấu hình)',
    ),
  }),
  configRevision: null,
  overrides: [],
};

/**
 * Law 15/2003/QH11 as amended in 2013, with Decree 42/2010/NĐ-CP as amended by Decree
 * 65/2014/NĐ-CP: dossiers received from 2014-08-20 (Decree 65/2014 in force, its Art. 30(1))
 * until Decree 91/2017 took effect. Earlier dossiers: RULE_SET_2010. The rules below are Decree
 * 65/2014's.
 */
export const RULE_SET_2014: RuleSet = {
  id: 'tdkt-2014-08',
  name: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 42/2010/NĐ-CP và 65/2014/NĐ-CP (20/08/2014 – 30/09/2017)',
    en: 'Law on Emulation and Commendation 2003 (amended 2013), Decrees 42/2010/NĐ-CP and 65/2014/NĐ-CP (2014-08-20 – 2017-09-30)',
  },
  validFrom: DECREE_65_2014.effectiveFrom,
  validTo: DECREE_65_2014.effectiveTo,
  instruments: [LAW_15_2003, DECREE_42_2010, DECREE_65_2014, CIRCULAR_07_2014_BNV],
  law: LEGAL_PARAMETERS_DECREE_65_2014,
  values: LEGACY_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  // Decree 65/2014's own clauses, checked against its whole text.
  citations: buildLegacyCitations(DECREE_65_2014.symbol, {
    LDTT_RECRUITMENT: decree65('Điều 5, khoản 6'),
    LDTT_DISCIPLINE: decree65('Điều 5, khoản 6'),
    LDTT_ABSENCE_BAR: decree65(
      'Điều 5, khoản 6',
      'Không xét tặng Lao động tiên tiến khi nghỉ từ 40 ngày làm việc trở lên (Nghị định 65/2014/NĐ-CP, hiệu lực từ 20/08/2014); thời gian nghỉ thai sản, điều trị thương tích được tính là thời gian làm việc',
    ),
    LDTT_PROTECTED_ABSENCE: decree65(
      'Điều 5, khoản 2 và khoản 4',
      'Thời gian nghỉ thai sản theo quy định (khoản 4) và thời gian điều trị, điều dưỡng thương tích do chiến đấu, dũng cảm cứu người, cứu tài sản (khoản 2) được tính để bình xét Lao động tiên tiến',
    ),
    LDTT_TRANSFER: decree65('Điều 5, khoản 5'),
    CSTDCS_STANDARD: decree65(
      'Điều 4',
      'Danh hiệu Chiến sĩ thi đua cơ sở: đạt Lao động tiên tiến và có sáng kiến được cơ sở công nhận, đề tài khoa học đã nghiệm thu được áp dụng, hoặc mưu trí, sáng tạo trong chiến đấu (sáng kiến hoặc đề tài là bắt buộc)',
    ),
    CSTDCS_QUOTA: {
      instrument: CIRCULAR_07_2014_BNV.symbol,
      article: 'Điều 5',
      checkedAgainst: LEGAL_SOURCES.CIRCULAR_07_2014_BNV_ART_5,
      text: 'Tỷ lệ Chiến sĩ thi đua cơ sở do bộ, ngành, tỉnh quy định, không quá 15% tổng số cá nhân đạt Lao động tiên tiến (Thông tư có hiệu lực từ 15/10/2014; Điều 4 Nghị định 65/2014/NĐ-CP tự nó không quy định tỷ lệ)',
    },
    CSTDTQ_WINDOW: decree65('Điều 3, khoản 4'),
    COCP_STANDARD: decree65(
      'Điều 6',
      'Cờ thi đua của Chính phủ: tập thể tiêu biểu xuất sắc nhất trong số tập thể đạt Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương, hoặc dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức, hoặc tiêu biểu nhất trong phong trào thi đua theo chuyên đề tổng kết từ 05 năm trở lên; tiêu chuẩn cấu hình',
    ),
    HCLD_STANDARD: decree65(
      'Điều 15, Điều 16, Điều 17',
      'Huân chương Lao động hạng nhất (Điều 15), hạng nhì (Điều 16), hạng ba (Điều 17): tiêu chuẩn theo từng hạng; tiêu chuẩn cấu hình',
    ),
    PRINCIPLE_TIE_BREAK: decree65(
      'Điều 2, khoản 3',
      'Khen thưởng thành tích thực hiện nhiệm vụ kinh tế - xã hội: khi nhiều cá nhân, tập thể cùng đủ điều kiện, tiêu chuẩn thì lựa chọn cá nhân nữ, tập thể có tỷ lệ nữ từ 70% trở lên',
    ),
    BKBO_STANDARD: decree65(
      'Điều 24, khoản 1',
      'Bằng khen cấp bộ cho cá nhân: thành tích xuất sắc trong phong trào thi đua hằng năm (điểm a), nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực (điểm b), hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ với 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở (điểm c); không có đường 02 lần liên tục Chiến sĩ thi đua cơ sở',
    ),
    BKTTG_STANDARD: {
      article: 'Điều 23, khoản 1, điểm c',
      checkedAgainst: LEGAL_SOURCES.DECREE_65_2014_ART_23,
    },
    AHLD_STANDARD: LAW_2003_ART_61,
    TTLDXS_STANDARD: LAW_2003_ART_27_1,
    COBO_STANDARD: {
      instrument: LAW_15_2003.symbol,
      article: 'Điều 26',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_12,
      parentArticle: null,
      text: 'Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương: tiêu chuẩn tại Điều 26 của Luật (sửa đổi 2013; dẫn chiếu của Thông tư 07/2019/TT-BVHTTDL); xét cho tập thể dẫn đầu khối thi đua; lời văn của Điều 26 chưa đối chiếu',
    },
  }),
  configRevision: null,
  overrides: [],
};

/**
 * Law 15/2003/QH11 as amended, with Decree 91/2017/NĐ-CP: dossiers received 2017-10-01 (the
 * decree in force) … 2023-12-31.
 */
export const RULE_SET_2017: RuleSet = {
  id: 'tdkt-2017-09',
  name: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP (01/10/2017 – 31/12/2023)',
    en: 'Law on Emulation and Commendation 2003 (amended 2013) and Decree 91/2017/NĐ-CP (2017-10-01 – 2023-12-31)',
  },
  validFrom: DECREE_91_2017.effectiveFrom,
  validTo: '2023-12-31',
  instruments: [LAW_15_2003, DECREE_91_2017],
  law: LEGAL_PARAMETERS_2003_LAW,
  values: DECREE_91_CONFIGURABLE_VALUES,
  configurableKeys: CONFIGURABLE_KEYS,
  citations: buildLegacyCitations(DECREE_91_2017.symbol, {
    CSTDCS_STANDARD: {
      article: 'Điều 9, khoản 3',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_9_3,
    },
    CSTDCS_QUOTA: {
      article: 'Điều 9, khoản 3',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_9,
    },
    LDTT_RECRUITMENT: { article: 'Điều 10', checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_10 },
    LDTT_DISCIPLINE: {
      article: 'Điều 10',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_IN_FORCE_AND_LDTT,
    },
    LDTT_ABSENCE_BAR: {
      article: 'Điều 10',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_IN_FORCE_AND_LDTT,
      text: 'Nghị định 91/2017/NĐ-CP (hiệu lực từ 01/10/2017) bỏ mức loại trừ nghỉ từ 40 ngày làm việc của khoản 6 Điều 5 Nghị định 65/2014/NĐ-CP: chỉ còn không xét tặng Lao động tiên tiến đối với người mới tuyển dụng dưới 10 tháng, bị kỷ luật từ khiển trách trở lên; nghỉ dài không được tính do người có thẩm quyền xem xét',
    },
    LDTT_PROTECTED_ABSENCE: {
      article: 'Điều 10, khoản 4',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_10_4,
      text: 'Thời gian nghỉ thai sản theo quy định được tính để bình xét Lao động tiên tiến (khoản 4); khoản về thời gian điều trị thương tích chưa đối chiếu',
    },
    CSTDTQ_WINDOW: {
      article: 'Điều 48, khoản 1, điểm a',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_48_1_A,
      parentArticle: null,
      text: 'Thời điểm trình Thủ tướng Chính phủ xét tặng Chiến sĩ thi đua toàn quốc là năm liền kề với năm có quyết định công nhận Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương (lần thứ hai)',
    },
    PUBLIC_COMMENT: {
      article: 'Điều 45, khoản 10',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_45_10,
      text: 'Bộ, ngành, tỉnh lấy ý kiến Nhân dân trên phương tiện truyền thông của mình trước khi trình khen thưởng Huân chương, danh hiệu vinh dự nhà nước, danh hiệu Chiến sĩ thi đua toàn quốc (Ban Thi đua - Khen thưởng Trung ương cũng vậy với đề nghị danh hiệu Anh hùng; chi tiết: khoản 2 Điều 2 Thông tư 12/2019/TT-BNV); thời gian công khai không được nêu, là giá trị cấu hình',
    },
    COUNCIL_VOTE: {
      article: 'Điều 45, khoản 8',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_45_8,
      text: 'Khi xét Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể Trung ương, Chiến sĩ thi đua toàn quốc, Anh hùng Lao động, Anh hùng Lực lượng vũ trang nhân dân, Hội đồng họp và bỏ phiếu kín; tỷ lệ đồng ý từ 90% tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản)',
    },
    COCP_STANDARD: {
      article: 'Điều 11',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_11,
      parentArticle: 'Điều 25',
      text: 'Cờ thi đua của Chính phủ: tập thể tiêu biểu xuất sắc dẫn đầu trong số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương, không quá 20% số tập thể đó (khoản 1); dẫn đầu khối, cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức (khoản 2); tiêu biểu nhất trong phong trào thi đua theo chuyên đề do Chủ tịch nước, Thủ tướng phát động, tổng kết từ 05 năm trở lên (khoản 3); tiêu chuẩn chi tiết cấu hình',
    },
    COBO_STANDARD: {
      article: 'Điều 12',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_12,
      text: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương: tập thể tiêu biểu xuất sắc nhất, qua bình xét, so sánh theo khối, cụm thi đua do bộ, ngành, tỉnh tổ chức (tiêu chuẩn: Điều 26 của Luật)',
    },
    BKTTG_STANDARD: {
      article: 'Điều 38, khoản 1, điểm c',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_38,
    },
    AHLD_STANDARD: LAW_2003_ART_61,
    TTLDXS_STANDARD: LAW_2003_ART_27_1,
    HERO_REVIEW_OCCASION: {
      article: 'Điều 48, khoản 1',
      checkedAgainst: LEGAL_SOURCES.DECREE_91_2017_ART_48_1,
      parentArticle: null,
      text: 'Hồ sơ đề nghị danh hiệu Anh hùng Lao động, Anh hùng Lực lượng vũ trang nhân dân gửi Ban Thi đua - Khen thưởng Trung ương từ 05/01 đến 28/02 của năm tổ chức Đại hội Thi đua yêu nước toàn quốc; trường hợp thành tích đặc biệt xuất sắc đột xuất: Hội đồng xem xét',
    },
  }),
  configRevision: null,
  overrides: [],
};
