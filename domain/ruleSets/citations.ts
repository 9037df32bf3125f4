import type { Citation } from './citation';
import type { CitationKey } from './citationKeys';
import { LEGAL_SOURCES } from './legalSources';

export const LAW = 'Luật 06/2022/QH15';
/** The Ministry of Home Affairs' circular detailing the Law and Decree 98/2023 (from 15/04/2024). */
export const CIRCULAR_01_2024_BNV = 'Thông tư 01/2024/TT-BNV';

/**
 * Citations for one rule set. Law articles are those of domain.md (Law 06/2022/QH15); where
 * a clause number could not be verified against the text only the article is given. The
 * detailing decree and the ministry circular differ between rule sets, hence the builder; a rule
 * set passes the citations it confirmed against its own texts in `confirmed`.
 */
export function buildCitations(
  decree: string,
  ministryCircular: string,
  confirmed: Partial<Record<CitationKey, Citation>> = {},
): Record<CitationKey, Citation> {
  const base: Record<CitationKey, Citation> = {
    // Art. 7 lists the bases of the emulation titles without the 2003 Law's registration
    // (Art. 10(1)(b) there): not registering is no longer a refusal, hence a human's call.
    EMULATION_REGISTRATION: {
      instrument: LAW,
      article: 'Điều 7',
      text: 'Căn cứ xét tặng danh hiệu thi đua là phong trào thi đua, thành tích thi đua và tiêu chuẩn danh hiệu; Luật không còn căn cứ “đăng ký tham gia thi đua” của Luật 2003: việc không đăng ký do người có thẩm quyền xem xét (giá trị cấu hình).',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_7,
    },
    LDTT_STANDARD: {
      instrument: LAW,
      article: 'Điều 24',
      text: 'Lao động tiên tiến (khoản 1): hoàn thành tốt nhiệm vụ trở lên; tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_24_1,
    },
    // Law Art. 24(1) states the standards only; the 6 months are the Home Affairs circular's.
    LDTT_RECRUITMENT: {
      instrument: CIRCULAR_01_2024_BNV,
      article: 'Điều 1, khoản 5, điểm d',
      parent: { instrument: LAW, article: 'Điều 24' },
      text: 'Không xét tặng Lao động tiên tiến đối với người mới tuyển dụng dưới 06 tháng (trước 2024: 10 tháng); thay đổi loại hợp đồng tại cùng cơ quan không tính lại thời gian. Thông tư còn áp dụng sau 30/06/2025 hay đã được thay thế: chưa đối chiếu.',
    },
    LDTT_DISCIPLINE: {
      instrument: LAW,
      article: 'Điều 24',
      text: 'Không bình xét Lao động tiên tiến đối với cá nhân bị kỷ luật từ khiển trách trở lên trong năm.',
    },
    LDTT_PROTECTED_ABSENCE: {
      instrument: LAW,
      article: 'Điều 24',
      text: 'Thời gian nghỉ thai sản, điều trị thương tích do dũng cảm cứu người được tính để bình xét; nghỉ ốm thông thường không loại trừ.',
    },
    LDTT_ABSENCE_BAR: {
      instrument: LAW,
      article: 'Điều 24',
      text: 'Luật 06/2022/QH15 và văn bản chi tiết không còn mức nghỉ loại trừ Lao động tiên tiến (quy định trước 2024: 40 ngày làm việc); giá trị cấu hình.',
    },
    // The Law leaves the Advanced Worker's details to the ministry (its Art. 24(4)): the ministry
    // circular states the transfer rule.
    LDTT_TRANSFER: {
      instrument: ministryCircular,
      article: null,
      parent: { instrument: LAW, article: 'Điều 24' },
      text: 'Người chuyển công tác do đơn vị mới bình xét; có ý kiến nhận xét của đơn vị cũ nếu công tác ở đó từ 06 tháng trở lên (thông tư của Bộ chi tiết khoản 4 Điều 24 của Luật; điều, khoản của thông tư chưa đối chiếu).',
    },
    CSTDCS_STANDARD: {
      instrument: LAW,
      article: 'Điều 23',
      text: 'Đạt tiêu chuẩn Lao động tiên tiến (khoản 1) và hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được cơ sở công nhận, hoặc đề tài khoa học đã nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu (khoản 2).',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_23,
    },
    // Art. 23 of the Law, as read, states the standard and no share: the 15 % is Decree
    // 91/2017's (Art. 9(3)), kept as the ministry's configurable value until a text says more.
    CSTDCS_QUOTA: {
      instrument: ministryCircular,
      article: null,
      parent: { instrument: LAW, article: 'Điều 23' },
      text: `Tỷ lệ Chiến sĩ thi đua cơ sở không quá 15% số cá nhân đạt Lao động tiên tiến của đơn vị: Điều 23 của Luật không nêu tỷ lệ; mức 15% là của Nghị định 91/2017/NĐ-CP (Điều 9, khoản 3), văn bản hiện hành (${decree}, ${ministryCircular}) quy định tỷ lệ hay không chưa đối chiếu (giá trị cấu hình).`,
    },
    CSTDBO_STANDARD: {
      instrument: LAW,
      article: 'Điều 22',
      text: 'Lựa chọn trong số cá nhân có 03 lần liên tục đạt Chiến sĩ thi đua cơ sở và có sáng kiến được công nhận hiệu quả, khả năng nhân rộng trong Bộ.',
    },
    CSTDTQ_STANDARD: {
      instrument: LAW,
      article: 'Điều 21',
      text: 'Lựa chọn trong số cá nhân có 02 lần liên tục đạt Chiến sĩ thi đua cấp Bộ và có sáng kiến được công nhận phạm vi ảnh hưởng toàn quốc.',
    },
    CSTDTQ_WINDOW: {
      instrument: LAW,
      article: 'Điều 21',
      text: 'Đề nghị vào năm liền sau quyết định Chiến sĩ thi đua cấp Bộ lần thứ hai (giá trị cấu hình).',
    },
    TTLDTT_STANDARD: {
      instrument: LAW,
      article: 'Điều 28',
      text: 'Hoàn thành tốt nhiệm vụ; trên 50% cá nhân đạt Lao động tiên tiến; nội bộ đoàn kết.',
    },
    TTLDXS_STANDARD: {
      instrument: LAW,
      article: 'Điều 27',
      text: 'Hoàn thành xuất sắc nhiệm vụ; tích cực tham gia phong trào thi đua; 100% cá nhân hoàn thành nhiệm vụ, trong đó từ 70% trở lên đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở; nội bộ đoàn kết (điểm a–đ).',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_27,
    },
    // Read through Circular 29/2023/TT-BGDĐT Art. 4, which applies the Law's Art. 26(1)–(2) to its
    // ministry flag: the clauses and the cluster or bloc lead, not the Law's own wording.
    COBO_STANDARD: {
      instrument: LAW,
      article: 'Điều 26, khoản 1 và khoản 2',
      text: 'Cờ thi đua của Bộ: tiêu chuẩn tại khoản 1, khoản 2; xét cho tập thể dẫn đầu cụm, khối thi đua do Bộ tổ chức (mỗi khối một cờ); các tiêu chí chi tiết (vượt mức chỉ tiêu, tiêu biểu để học tập) chưa đối chiếu với lời văn của Luật.',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_26_VIA_CIRCULAR_29_2023,
    },
    BKBO_STANDARD: {
      instrument: LAW,
      article: 'Điều 74',
      text: 'Cá nhân (khoản 1): gương mẫu và có thành tích xuất sắc trong phong trào thi đua; hoặc lập được nhiều thành tích, thành tích đột xuất; hoặc 02 lần liên tục Chiến sĩ thi đua cơ sở, hoặc liên tục từ 02 năm hoàn thành xuất sắc nhiệm vụ với 02 sáng kiến (hoặc 02 đề tài) áp dụng hiệu quả trong phạm vi cơ sở (điểm d, đã đối chiếu; các điểm khác chưa đối chiếu).',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_74_1_D,
    },
    BKBO_INITIATIVE_REUSE: {
      instrument: 'Công văn 1168/BNV-BTĐKT ngày 06/02/2026 của Bộ Nội vụ',
      article: null,
      text: 'Sáng kiến đã dùng để xét Chiến sĩ thi đua cơ sở (theo tiêu chuẩn hoàn thành tốt nhiệm vụ và có sáng kiến) không được tính lại.',
    },
    GK_STANDARD: {
      instrument: LAW,
      article: 'Điều 75, khoản 2',
      text: `Giấy khen: Bộ, ban, ngành, tỉnh quy định chi tiết tiêu chuẩn xét tặng trong phạm vi quản lý (khoản 2); tiêu chuẩn theo quy định của Bộ (${ministryCircular}).`,
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_75_2,
    },
    KNC_STANDARD: {
      instrument: LAW,
      article: 'Điều 71, khoản 2',
      text: `Kỷ niệm chương: tên, đối tượng và tiêu chuẩn do Bộ quy định; theo quy định của Bộ (${ministryCircular}, chưa đối chiếu): tặng một lần, không truy tặng.`,
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_71_2,
    },
    BKTTG_STANDARD: {
      instrument: LAW,
      article: 'Điều 73',
      text: 'Cá nhân (khoản 1): thành tích xuất sắc tiêu biểu trong phong trào thi đua (điểm a); hoặc đã được tặng Bằng khen cấp Bộ, ban, ngành, tỉnh (theo công trạng) và liên tục từ 05 năm trở lên đến thời điểm đề nghị hoàn thành tốt nhiệm vụ trở lên, trong đó có 03 lần Chiến sĩ thi đua cơ sở (điểm b); hoặc nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng (điểm c). Tiêu chuẩn tập thể chưa đối chiếu.',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_73_1,
    },
    COCP_STANDARD: {
      instrument: LAW,
      article: 'Điều 25',
      text: 'Cờ thi đua của Chính phủ: tập thể tiêu biểu trong số tập thể dẫn đầu cụm, khối thi đua của Bộ, tỉnh, vượt chỉ tiêu, nội bộ đoàn kết (khoản 1); dẫn đầu cụm, khối do Ban Thi đua - Khen thưởng Trung ương tổ chức (khoản 2); dẫn đầu phong trào do Thủ tướng phát động từ 05 năm trở lên (khoản 3); Chính phủ quy định chi tiết (khoản 4), tiêu chuẩn chi tiết là giá trị cấu hình; Bộ đề nghị, Thủ tướng quyết định.',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_25,
    },
    HCLD_STANDARD: {
      instrument: LAW,
      article: null,
      text: 'Huân chương Lao động: tiêu chuẩn cấu hình; Bộ đề nghị, Chủ tịch nước quyết định.',
    },
    AHLD_STANDARD: {
      instrument: LAW,
      article: null,
      text: 'Anh hùng Lao động: xét tại Đại hội thi đua yêu nước; công khai lấy ý kiến 10 ngày làm việc.',
    },
    HERO_REVIEW_OCCASION: {
      instrument: LAW,
      article: null,
      text: 'Danh hiệu Anh hùng xét 05 năm một lần vào dịp Đại hội thi đua yêu nước, trừ trường hợp có thành tích đặc biệt xuất sắc đột xuất (điều, khoản chưa đối chiếu).',
    },
    PRINCIPLE_MERIT_ONLY: {
      instrument: decree,
      article: 'Điều 4',
      text: 'Khen thưởng đột xuất, theo chuyên đề không làm căn cứ đề nghị khen thưởng cao hơn theo công trạng.',
    },
    PRINCIPLE_HOLD: {
      instrument: decree,
      article: 'Điều 4',
      text: 'Chưa xét khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang xác minh.',
    },
    SANCTION_RUNNING: {
      instrument: decree,
      article: null,
      text: 'Bản án hình sự (kể cả án treo), quyết định xử phạt vi phạm hành chính còn thời hạn: cách xử lý chưa đối chiếu với văn bản (giá trị cấu hình).',
    },
    PRINCIPLE_TIE_BREAK: {
      instrument: decree,
      article: 'Điều 4',
      text: 'Khi có thành tích như nhau, ưu tiên cá nhân nữ, tập thể có từ 70% nữ trở lên.',
    },
    // The Law states this principle itself (Art. 5(2)(c)); the decree's Art. 4 was not read.
    PRINCIPLE_NO_DOUBLE_REWARD: {
      instrument: LAW,
      article: 'Điều 5, khoản 2, điểm c',
      text: 'Nguyên tắc khen thưởng: không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được; thành tích đến đâu khen thưởng đến đó.',
      checkedAgainst: LEGAL_SOURCES.LAW_2022_ART_5_2_C,
    },
    COUNCIL_VOTE: {
      instrument: ministryCircular,
      article: null,
      text: 'Số đại biểu tối thiểu, tỷ lệ phiếu, cách tính và mẫu số là giá trị cấu hình theo từng danh hiệu, từng đơn vị; mặc định bỏ phiếu kín từ 90% tổng số thành viên là mức của quy định trước 2024, chưa đối chiếu với nghị định hiện hành.',
    },
    PUBLIC_COMMENT: {
      instrument: ministryCircular,
      article: null,
      text: 'Thời gian công khai 03–10 ngày làm việc (giá trị cấu hình); danh hiệu Anh hùng: 10 ngày làm việc.',
    },
  };
  return { ...base, ...confirmed };
}
