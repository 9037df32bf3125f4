import { agencyOn } from '../domain/agency/agencyIdentity';
import type { IsoDate } from '../domain/calendar';
import { awardName, safeFileName } from './labels';
import { paragraph, type Block, type DocumentModel } from './model';
import { COUNCIL_NAME, dateInWords, documentHeader, upper } from './parts';

export type Attendance = 'present' | 'absent_written_vote' | 'absent';
type Choice = 'approve' | 'reject' | 'abstain';

export interface MinutesItemInput {
  nominationId: string;
  nomineeName: string;
  unitName: string;
  awardCode: string;
  year: number;
  ballot: 'open' | 'secret';
  counts: { approve: number; reject: number; abstain: number };
  /** Share of the denominator, as the tally computed it (display only). */
  percent?: number;
  outcome: 'passed' | 'not_passed' | 'cut_by_quota' | 'no_quorum';
  explanation: string;
  /** Open ballot only: who voted what (an open ballot is public). Ignored for a secret one. */
  namedVotes?: Array<{ memberId: string; choice: Choice; written: boolean }>;
}

export interface CouncilMinutesInput {
  roundId: string;
  title: string;
  /** Meeting day. */
  scheduledOn: IsoDate;
  /** Vietnam date the round was closed: the minutes' date. */
  closedOn: IsoDate;
  chair: { userId: string; name: string };
  /** Who closed the round and keeps the minutes, when not the chair. */
  secretary?: { name: string };
  members: Array<{ userId: string; name: string; attendance: Attendance }>;
  recusals: Array<{ memberId: string; nominationId: string; name?: string; reason?: string }>;
  items: MinutesItemInput[];
  summary: string;
}

const OUTCOME_TEXT: Record<MinutesItemInput['outcome'], string> = {
  passed: 'Đạt',
  not_passed: 'Không đạt',
  cut_by_quota: 'Đạt số phiếu, ngoài tỷ lệ',
  no_quorum: 'Không đủ số thành viên',
};

const ATTENDANCE_TEXT: Record<Attendance, string> = {
  present: 'Có mặt',
  absent_written_vote: 'Vắng mặt, có phiếu bằng văn bản',
  absent: 'Vắng mặt',
};

const CHOICE_TEXT: Record<Choice, string> = {
  approve: 'Đồng ý',
  reject: 'Không đồng ý',
  abstain: 'Không biểu quyết',
};

/**
 * The minutes (biên bản) of a council round: attendance, recusals, per-nominee tally and
 * result. A secret ballot shows only its counts — never who voted what — whatever the input
 * holds; an open ballot names each member's vote, as the law makes it public.
 */
export function councilMinutes(input: CouncilMinutesInput): DocumentModel {
  const agency = agencyOn(input.closedOn);
  const present = input.members.filter((m) => m.attendance === 'present').length;
  const memberName = (id: string): string => input.members.find((m) => m.userId === id)?.name ?? id;
  const openItems = input.items.filter((i) => i.ballot === 'open' && i.namedVotes?.length);

  const blocks: Block[] = [
    documentHeader(input.closedOn, { body: COUNCIL_NAME }),
    paragraph('BIÊN BẢN', { align: 'center', bold: true, before: 18 }),
    paragraph(input.title, { align: 'center', bold: true }),
    paragraph(
      `Hôm nay, ${dateInWords(input.scheduledOn)}, ${COUNCIL_NAME} ${agency.name.vi} họp ` +
        `xét thi đua, khen thưởng. Chủ trì: ông (bà) ${input.chair.name}, Chủ tịch Hội đồng.`,
      { align: 'justify', indent: true, before: 12 },
    ),
    paragraph(
      `I. THÀNH PHẦN: ${input.members.length} thành viên; có mặt ${present}; ` +
        `vắng mặt ${input.members.length - present}.`,
      { bold: true, before: 6 },
    ),
    {
      type: 'table',
      size: 12,
      columns: [
        { header: 'TT', width: 0.08, align: 'center' },
        { header: 'Họ và tên', width: 0.5 },
        { header: 'Tham dự', width: 0.42 },
      ],
      rows: input.members.map((m, i) => [String(i + 1), m.name, ATTENDANCE_TEXT[m.attendance]]),
    },
  ];
  if (input.recusals.length > 0) {
    blocks.push(paragraph('Thành viên không tham gia biểu quyết (tự nguyện rút):', { before: 6 }));
    for (const r of input.recusals) {
      const nominee = input.items.find((i) => i.nominationId === r.nominationId)?.nomineeName;
      blocks.push(
        paragraph(
          `- ${r.name ?? memberName(r.memberId)}: trường hợp ${nominee ?? r.nominationId}` +
            (r.reason ? ` (${r.reason})` : ''),
          { indent: true },
        ),
      );
    }
  }
  blocks.push(paragraph('II. KẾT QUẢ BIỂU QUYẾT', { bold: true, before: 12 }), {
    type: 'table',
    size: 11,
    columns: [
      { header: 'TT', width: 0.06, align: 'center' },
      { header: 'Họ và tên / Tập thể', width: 0.22 },
      { header: 'Đơn vị', width: 0.17 },
      { header: 'Danh hiệu, hình thức', width: 0.17 },
      { header: 'Hình thức biểu quyết', width: 0.1, align: 'center' },
      { header: 'Đồng ý / Không / Không biểu quyết', width: 0.14, align: 'center' },
      { header: 'Kết quả', width: 0.14, align: 'center' },
    ],
    rows: input.items.map((item, i) => [
      String(i + 1),
      item.nomineeName,
      item.unitName,
      `${awardName(item.awardCode)} năm ${item.year}`,
      item.ballot === 'secret' ? 'Bỏ phiếu kín' : 'Biểu quyết công khai',
      `${item.counts.approve} / ${item.counts.reject} / ${item.counts.abstain}` +
        (item.percent === undefined ? '' : ` (${formatPercent(item.percent)})`),
      OUTCOME_TEXT[item.outcome],
    ]),
  });
  for (const [i, item] of input.items.entries()) {
    blocks.push(
      paragraph(`${i + 1}. ${item.nomineeName}: ${item.explanation}`, {
        align: 'justify',
        indent: true,
        size: 13,
      }),
    );
  }
  if (openItems.length > 0) {
    blocks.push(paragraph('Biểu quyết công khai theo từng thành viên:', { before: 6 }));
    for (const item of openItems) {
      const votes = item
        .namedVotes!.map(
          (v) =>
            `${memberName(v.memberId)}: ${CHOICE_TEXT[v.choice]}${v.written ? ' (bằng văn bản)' : ''}`,
        )
        .join('; ');
      blocks.push(paragraph(`- ${item.nomineeName}: ${votes}.`, { indent: true, size: 13 }));
    }
  }
  blocks.push(
    paragraph('III. KẾT LUẬN', { bold: true, before: 12 }),
    paragraph(input.summary, { align: 'justify', indent: true }),
    paragraph('Biên bản được lập xong vào ngày họp, đã thông qua các thành viên dự họp./.', {
      align: 'justify',
      indent: true,
    }),
    {
      type: 'closing',
      signatures: [
        { lines: [upper('Thư ký')], ...(input.secretary && { name: input.secretary.name }) },
        { lines: [upper('Chủ tịch Hội đồng')], name: input.chair.name },
      ],
    },
  );
  return {
    kind: 'council_minutes',
    fileName: safeFileName(`Biên bản ${input.title} ${input.roundId}.pdf`),
    date: input.closedOn,
    meta: {
      title: `Biên bản: ${input.title}`,
      subject: `Biên bản phiên họp ${COUNCIL_NAME}`,
      author: `${COUNCIL_NAME} ${agency.name.vi}`,
    },
    layout: 'portrait',
    blocks,
  };
}

/** 66.67 → "66,67%" (Vietnamese decimal comma). */
function formatPercent(percent: number): string {
  return `${(Math.round(percent * 100) / 100).toString().replace('.', ',')}%`;
}
