import type { Citation } from './citation';
import type { CitationKey } from './citationKeys';
import { LEGAL_SOURCES } from './legalSources';

const LAW_2003 = 'Luật 15/2003/QH11';

/**
 * A decree clause checked against the text, with the paraphrase of what it says there; without
 * `checkedAgainst`, an article pinned (e.g. by the decree's table of contents) whose content
 * could not be read, so the value behind it stays configurable.
 */
export interface DecreeClause {
  /** Where the rule set's decree leaves the rule to a circular of the time: that circular. */
  instrument?: string;
  article: string;
  checkedAgainst?: string;
  /** The rule as that decree states it, where it says more than the shared paraphrase. */
  text?: string;
  /** The Law article it details where not the rule's usual one; null: a procedure clause. */
  parentArticle?: string | null;
}

/** A decree clause whose content was read. */
export type CheckedClause = DecreeClause & { checkedAgainst: string };

/**
 * The rules the old decrees state (not the Law), by citation key: the clause of this rule set's
 * decree where it was checked against the text. A key left out is cited to the decree alone
 * and reported as unconfirmed.
 */
type LegacyDecreeClauses = Partial<
  Record<
    | 'LDTT_RECRUITMENT'
    | 'LDTT_DISCIPLINE'
    | 'LDTT_PROTECTED_ABSENCE'
    | 'LDTT_ABSENCE_BAR'
    | 'LDTT_TRANSFER'
    | 'CSTDCS_STANDARD'
    | 'CSTDCS_QUOTA'
    | 'BKBO_STANDARD'
    | 'CSTDTQ_WINDOW'
    | 'TTLDXS_STANDARD'
    | 'COBO_STANDARD'
    | 'COCP_STANDARD'
    | 'HCLD_STANDARD'
    | 'AHLD_STANDARD'
    | 'HERO_REVIEW_OCCASION'
    | 'PRINCIPLE_TIE_BREAK'
    | 'COUNCIL_VOTE'
    | 'PUBLIC_COMMENT'
    /** The PM's Certificate regular track (prior certificate, 5 excellent years, 5 initiatives). */
    | 'BKTTG_STANDARD',
    DecreeClause
  >
>;

const CSTDCS_STANDARD_TEXT =
  'Đạt tiêu chuẩn Lao động tiên tiến và có sáng kiến được cơ sở công nhận, hoặc đề tài khoa học đã nghiệm thu được áp dụng, hoặc mưu trí, sáng tạo trong chiến đấu: sáng kiến (hoặc đề tài) là bắt buộc';

/**
 * Citations for the rule sets of the Law on Emulation and Commendation 2003 (amended 2005,
 * 2009 and 2013) and its detailing decree. Articles are given only where they were checked
 * against the text (see LEGAL_SOURCES); the others name the instrument alone and are
 * reported as unconfirmed in docs/catalogue.md.
 */
export function buildLegacyCitations(
  decree: string,
  clauses: LegacyDecreeClauses,
): Record<CitationKey, Citation> {
  const decreeOnly = (text: string): Citation => ({
    instrument: decree,
    article: null,
    text,
  });
  /**
   * A rule the decree states: its checked clause (naming the Law article it details), or the
   * decree alone (or `unconfirmedInstrument`) with the paraphrase marked as unconfirmed.
   */
  const decreeRule = (
    key: keyof LegacyDecreeClauses,
    text: string,
    parentArticle: string | null,
    unconfirmedInstrument = decree,
  ): Citation => {
    const clause = clauses[key];
    const parent = clause?.parentArticle === undefined ? parentArticle : clause.parentArticle;
    if (!clause) {
      return {
        instrument: unconfirmedInstrument,
        article: null,
        text: `${text} (điều, khoản chưa đối chiếu).`,
      };
    }
    const stated = clause.text ?? text;
    return {
      instrument: clause.instrument ?? decree,
      article: clause.article,
      ...(parent && { parent: { instrument: LAW_2003, article: parent } }),
      ...(clause.checkedAgainst
        ? { text: `${stated}.`, checkedAgainst: clause.checkedAgainst }
        : { text: `${stated} (nội dung điều này chưa đối chiếu với văn bản).` }),
    };
  };
  return {
    EMULATION_REGISTRATION: {
      instrument: LAW_2003,
      article: 'Điều 10, khoản 1, điểm b',
      text: 'Đăng ký tham gia thi đua là một căn cứ xét tặng danh hiệu thi đua: không đăng ký thi đua thì không được xét tặng danh hiệu thi đua.',
      checkedAgainst: LEGAL_SOURCES.LAW_2003_ART_10,
    },
    LDTT_STANDARD: {
      instrument: LAW_2003,
      article: 'Điều 24',
      text: 'Lao động tiên tiến: hoàn thành tốt nhiệm vụ được giao, chấp hành tốt chủ trương, chính sách, pháp luật; tự lực, đoàn kết, tích cực tham gia phong trào thi đua.',
      checkedAgainst: LEGAL_SOURCES.LAW_2003_TITLES,
    },
    LDTT_RECRUITMENT: decreeRule(
      'LDTT_RECRUITMENT',
      'Không xét tặng Lao động tiên tiến đối với người mới tuyển dụng dưới 10 tháng (quy định trước 2024)',
      'Điều 24',
    ),
    LDTT_DISCIPLINE: decreeRule(
      'LDTT_DISCIPLINE',
      'Không xét tặng Lao động tiên tiến đối với cá nhân bị kỷ luật từ hình thức khiển trách trở lên',
      'Điều 24',
    ),
    LDTT_PROTECTED_ABSENCE: decreeRule(
      'LDTT_PROTECTED_ABSENCE',
      'Thời gian nghỉ thai sản, điều trị thương tích do dũng cảm cứu người được tính để bình xét Lao động tiên tiến',
      'Điều 24',
    ),
    LDTT_ABSENCE_BAR: decreeRule(
      'LDTT_ABSENCE_BAR',
      'Không xét tặng Lao động tiên tiến khi nghỉ từ 40 ngày làm việc trở lên (ngoài thời gian được tính như thai sản, điều trị thương tích); văn bản còn giữ mức này và thời gian áp dụng chưa đối chiếu, giá trị cấu hình',
      'Điều 24',
    ),
    LDTT_TRANSFER: decreeRule(
      'LDTT_TRANSFER',
      'Người chuyển công tác do cơ quan, đơn vị mới bình xét; có ý kiến nhận xét của cơ quan cũ nếu công tác ở đó từ 06 tháng trở lên',
      'Điều 24',
    ),
    // The decree restates the Law's standard where it was read; the Law article otherwise.
    CSTDCS_STANDARD: clauses.CSTDCS_STANDARD
      ? decreeRule('CSTDCS_STANDARD', CSTDCS_STANDARD_TEXT, 'Điều 23')
      : {
          instrument: LAW_2003,
          article: 'Điều 23',
          text: `${CSTDCS_STANDARD_TEXT}.`,
          checkedAgainst: LEGAL_SOURCES.LAW_2003_ART_23,
        },
    CSTDCS_QUOTA: decreeRule(
      'CSTDCS_QUOTA',
      'Tỷ lệ Chiến sĩ thi đua cơ sở không quá 15% tổng số cá nhân đạt Lao động tiên tiến',
      'Điều 23',
    ),
    CSTDBO_STANDARD: {
      instrument: LAW_2003,
      article: 'Điều 22',
      text: 'Lựa chọn trong số cá nhân có 03 lần liên tục đạt Chiến sĩ thi đua cơ sở, có thành tích tiêu biểu xuất sắc.',
      checkedAgainst: LEGAL_SOURCES.LAW_2003_TITLES,
    },
    CSTDTQ_STANDARD: {
      instrument: LAW_2003,
      article: 'Điều 21',
      text: 'Lựa chọn trong số cá nhân có 02 lần liên tục đạt Chiến sĩ thi đua cấp Bộ, có thành tích tiêu biểu xuất sắc.',
      checkedAgainst: LEGAL_SOURCES.LAW_2003_TITLES,
    },
    CSTDTQ_WINDOW: decreeRule(
      'CSTDTQ_WINDOW',
      'Chiến sĩ thi đua toàn quốc được xét tặng sau năm đạt Chiến sĩ thi đua cấp Bộ lần thứ hai; khoảng năm đề nghị tính từ quyết định là giá trị cấu hình',
      'Điều 21',
    ),
    TTLDTT_STANDARD: {
      instrument: LAW_2003,
      article: 'Điều 28, khoản 1',
      text: 'Hoàn thành tốt nhiệm vụ; phong trào thi đua thường xuyên; trên 50% cá nhân đạt Lao động tiên tiến và không có cá nhân bị kỷ luật từ cảnh cáo trở lên; nội bộ đoàn kết.',
      checkedAgainst: LEGAL_SOURCES.LAW_2003_ART_28,
    },
    TTLDXS_STANDARD: decreeRule(
      'TTLDXS_STANDARD',
      '100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở và không có cá nhân bị kỷ luật từ cảnh cáo trở lên',
      null,
      LAW_2003,
    ),
    COBO_STANDARD: decreeRule(
      'COBO_STANDARD',
      'Cờ thi đua cấp Bộ: tập thể dẫn đầu khối thi đua',
      'Điều 26',
      LAW_2003,
    ),
    BKBO_STANDARD: decreeRule(
      'BKBO_STANDARD',
      'Bằng khen cấp Bộ: tiêu chuẩn như hiện hành (02 năm liên tục hoàn thành xuất sắc nhiệm vụ với 02 sáng kiến; 02 lần liên tục Chiến sĩ thi đua cơ sở: Hội đồng xem xét)',
      null,
      LAW_2003,
    ),
    BKBO_INITIATIVE_REUSE: {
      instrument: 'Công văn 1168/BNV-BTĐKT ngày 06/02/2026 của Bộ Nội vụ',
      article: null,
      text: 'Hướng dẫn năm 2026 theo Luật 06/2022/QH15: không áp dụng cho hồ sơ trước 2024 (mặc định tắt).',
    },
    GK_STANDARD: {
      instrument: LAW_2003,
      article: null,
      text: 'Giấy khen: tiêu chuẩn do Bộ quy định.',
    },
    KNC_STANDARD: {
      instrument: LAW_2003,
      article: null,
      text: 'Kỷ niệm chương: tiêu chuẩn do Bộ quy định; tặng một lần, không truy tặng.',
    },
    BKTTG_STANDARD: decreeRule(
      'BKTTG_STANDARD',
      'Đã được tặng Bằng khen cấp bộ, ngành, tỉnh, đoàn thể Trung ương, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 05 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở; hoặc thành tích xuất sắc, có phạm vi ảnh hưởng',
      null,
    ),
    COCP_STANDARD: decreeRule(
      'COCP_STANDARD',
      'Cờ thi đua của Chính phủ: tiêu chuẩn cấu hình',
      null,
      LAW_2003,
    ),
    HCLD_STANDARD: decreeRule(
      'HCLD_STANDARD',
      'Huân chương Lao động: tiêu chuẩn cấu hình',
      null,
      LAW_2003,
    ),
    AHLD_STANDARD: decreeRule(
      'AHLD_STANDARD',
      'Anh hùng Lao động: thành tích đặc biệt xuất sắc trong lao động, sáng tạo; trung thành, có đạo đức, phẩm chất cách mạng (cá nhân); nội bộ đoàn kết, tổ chức Đảng, đoàn thể vững mạnh (tập thể); xét tại Đại hội thi đua yêu nước; tiêu chuẩn chi tiết cấu hình',
      null,
      LAW_2003,
    ),
    HERO_REVIEW_OCCASION: decreeRule(
      'HERO_REVIEW_OCCASION',
      'Danh hiệu Anh hùng xét vào dịp Đại hội thi đua yêu nước, trừ trường hợp có thành tích đặc biệt xuất sắc đột xuất',
      null,
      LAW_2003,
    ),
    PRINCIPLE_MERIT_ONLY: decreeOnly(
      'Khen thưởng đột xuất, theo chuyên đề không làm căn cứ khen thưởng theo công trạng (điều, khoản chưa đối chiếu).',
    ),
    PRINCIPLE_HOLD: decreeOnly(
      'Chưa xét khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại, tố cáo (điều, khoản chưa đối chiếu).',
    ),
    SANCTION_RUNNING: decreeOnly(
      'Bản án hình sự (kể cả án treo), quyết định xử phạt vi phạm hành chính còn thời hạn: cách xử lý chưa đối chiếu với văn bản (giá trị cấu hình).',
    ),
    PRINCIPLE_TIE_BREAK: decreeRule(
      'PRINCIPLE_TIE_BREAK',
      'Khi có thành tích như nhau, ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ cao',
      null,
    ),
    PRINCIPLE_NO_DOUBLE_REWARD: decreeOnly(
      'Một thành tích không khen thưởng nhiều lần, nhiều hình thức (điều, khoản chưa đối chiếu).',
    ),
    COUNCIL_VOTE: decreeRule(
      'COUNCIL_VOTE',
      'Bỏ phiếu kín, tỷ lệ từ 90% tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản) đối với danh hiệu Chiến sĩ thi đua, Cờ thi đua và khen thưởng cấp Nhà nước (giá trị cấu hình)',
      null,
    ),
    PUBLIC_COMMENT: decreeRule(
      'PUBLIC_COMMENT',
      'Thời gian công khai lấy ý kiến: giá trị cấu hình',
      null,
    ),
  };
}
