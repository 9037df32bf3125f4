import type { ScoreTemplate } from '../../domain/desk/ranking';

/**
 * A default bloc score sheet of 100 points (configurable: the secretariat replaces it per
 * year), with up to 5 bonus and 10 deduction points.
 */
export const DEFAULT_SCORE_TEMPLATE: ScoreTemplate = {
  groups: [
    {
      code: 'A',
      title: 'Thực hiện nhiệm vụ chuyên môn được giao',
      criteria: [
        { code: 'A1', title: 'Hoàn thành chương trình, kế hoạch công tác năm', maxPoints: 30 },
        { code: 'A2', title: 'Chất lượng, tiến độ tham mưu, giải quyết công việc', maxPoints: 20 },
      ],
    },
    {
      code: 'B',
      title: 'Tổ chức phong trào thi đua, công tác khen thưởng',
      criteria: [
        { code: 'B1', title: 'Đăng ký, tổ chức và sơ kết, tổng kết phong trào', maxPoints: 10 },
        { code: 'B2', title: 'Phát hiện, nhân rộng điển hình tiên tiến', maxPoints: 10 },
      ],
    },
    {
      code: 'C',
      title: 'Xây dựng đơn vị, văn hóa công sở, kỷ luật, kỷ cương',
      criteria: [
        { code: 'C1', title: 'Chấp hành kỷ luật, kỷ cương hành chính', maxPoints: 15 },
        { code: 'C2', title: 'Đoàn kết nội bộ, thực hiện văn hóa công sở', maxPoints: 15 },
      ],
    },
  ],
  bonusMax: 5,
  deductionMax: 10,
};
