import { DOCUMENT_TYPES } from '../../domain/agency/agencyIdentity';
import {
  endOfVietnamDate,
  isoDateOf,
  startOfVietnamDate,
  vietnamDateOf,
} from '../../domain/calendar';
import { getAwardDefinition } from '../../domain/catalogue/awards';
import { isAwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import {
  ANNUAL_RETURN_FORM,
  RETURN_COLUMNS,
  buildAnnualReturn,
  type ReturnRow,
} from '../../domain/desk/annualReturn';
import { ethnicGroupByCode } from '../../domain/people/ethnicGroups';
import { documentTypeOf } from '../../domain/process/issuedDecision';
import type { Actor } from '../../domain/process/roles';
import { AwardDecisionModel } from '../../data/awardDecision/awardDecisionModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { COLLECTIVE_KEY, UNKNOWN_KEY } from '../../data/statistics/statisticsEntry';
import { latestCountedYear, tallyOfYear, type Counts } from '../../data/statistics/yearTally';
import { ApiError, notFound } from '../errors/apiError';
import type { Table } from './tableFile';

export const DIMENSIONS = ['unit', 'award', 'kind', 'gender', 'ethnicity'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const READERS = new Set(['secretariat', 'inspector', 'admin', 'minister', 'council_chair']);

function requireStatisticsReader(actor: Actor): void {
  if (!READERS.has(actor.role)) {
    throw new ApiError(403, 'FORBIDDEN', {
      vi: 'Chỉ Thường trực Hội đồng, lãnh đạo và thanh tra được xem thống kê toàn cơ quan.',
      en: 'Only the secretariat, leaders and inspectors may see agency-wide statistics.',
    });
  }
}

const KIND_LABELS: Record<CommendationKind, string> = {
  merit: 'Thường xuyên (công trạng)',
  thematic: 'Theo chuyên đề',
  ad_hoc: 'Đột xuất',
  long_service: 'Quá trình cống hiến',
  external_affairs: 'Đối ngoại',
};
const GENDER_LABELS: Record<string, string> = { female: 'Nữ', male: 'Nam' };
/** Gender and ethnicity rows of nominees that are not one person with a record. */
const personLabel = (key: string): string | undefined =>
  key === COLLECTIVE_KEY ? 'Tập thể' : key === UNKNOWN_KEY ? 'Chưa có hồ sơ cá nhân' : undefined;

interface BreakdownRow extends Counts {
  key: string;
  label: string;
}

const BREAKDOWN_HEADER = [
  'Mã',
  'Tên',
  'Số đề nghị',
  'Được khen thưởng',
  'Không được khen thưởng',
  'Đang xử lý',
  'Bị thu hồi',
];
const DIMENSION_TITLES: Record<Dimension, string> = {
  unit: 'Theo đơn vị',
  award: 'Theo hình thức',
  kind: 'Theo loại hình',
  gender: 'Theo giới tính',
  ethnicity: 'Theo dân tộc',
};

export class StatisticsService {
  /**
   * The latest year with a submitted nomination, or this year (Vietnam) when there is none:
   * where the statistics open, so that a January page shows last year's dossiers rather than an
   * empty year. From the statistics summaries (a few documents per unit and year).
   */
  async latestYear(actor: Actor): Promise<number> {
    requireStatisticsReader(actor);
    return (await latestCountedYear()) ?? Number(vietnamDateOf(new Date()).slice(0, 4));
  }

  /**
   * Nominations submitted for `year` and their results, by unit, award, kind, gender, ethnicity:
   * from the year's statistics summaries, kept by each step (data/statistics), not by reading
   * the nominations. A nominee counts by the gender and ethnicity of their person's record when
   * the dossier was submitted (or resubmitted naming another person).
   */
  async breakdown(actor: Actor, year: number): Promise<Record<Dimension, BreakdownRow[]>> {
    requireStatisticsReader(actor);
    const [tally, units] = await Promise.all([
      tallyOfYear(year),
      UnitModel.find({}, { name: 1 }).lean(),
    ]);
    const unitNames = new Map(units.map((u) => [u._id, u.name]));
    const labels: Record<Dimension, (key: string) => string> = {
      unit: (key) => unitNames.get(key) ?? key,
      award: (key) => (isAwardCode(key) ? getAwardDefinition(key).name.vi : key),
      kind: (key) => KIND_LABELS[key as CommendationKind] ?? key,
      gender: (key) => personLabel(key) ?? GENDER_LABELS[key] ?? key,
      ethnicity: (key) => personLabel(key) ?? ethnicGroupByCode(key)?.vi ?? key,
    };
    return Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        [...tally[d]]
          .map(([key, counts]): BreakdownRow => ({ key, label: labels[d](key), ...counts }))
          .sort((a, b) => b.nominated - a.nominated || a.key.localeCompare(b.key)),
      ]),
    ) as Record<Dimension, BreakdownRow[]>;
  }

  breakdownTables(
    year: number,
    data: Record<Dimension, BreakdownRow[]>,
    only?: Dimension,
  ): Table[] {
    return (only ? [only] : DIMENSIONS).map((d) => ({
      name: DIMENSION_TITLES[d],
      preamble: [
        `Thống kê đề nghị và kết quả khen thưởng năm ${year} — ${DIMENSION_TITLES[d].toLowerCase()}`,
      ],
      header: BREAKDOWN_HEADER,
      rows: data[d].map((r) => [
        r.key,
        r.label,
        r.nominated,
        r.awarded,
        r.notAwarded,
        r.inProgress,
        r.revoked,
      ]),
    }));
  }

  /**
   * Form 0603.N/BNV-TĐKT for `year`: ministry-level commendations granted under decisions
   * signed in that year (Vietnam time); revoked awards are not counted.
   */
  async annualReturn(actor: Actor, year: number) {
    requireStatisticsReader(actor);
    const from = new Date(startOfVietnamDate(isoDateOf(year, 1, 1)));
    const to = new Date(endOfVietnamDate(isoDateOf(year, 12, 31)));
    const granted = await NominationModel.find(
      {
        stage: 'approved',
        awardCode: { $in: RETURN_COLUMNS.map((c) => c.award) },
        'decision.signedAt': { $gte: from, $lt: to },
      },
      { awardCode: 1, kind: 1, nominee: 1 },
    ).lean();
    const rows = buildAnnualReturn(
      granted.map((g) => ({
        awardCode: g.awardCode,
        kind: g.kind,
        nomineeKind: g.nominee.kind,
        position: g.nominee.position ?? undefined,
      })),
    );
    return { form: ANNUAL_RETURN_FORM, year, columns: RETURN_COLUMNS, rows };
  }

  annualReturnTable(data: { year: number; rows: ReturnRow[] }): Table {
    return {
      name: '0603.N',
      preamble: [
        `Biểu số: ${ANNUAL_RETURN_FORM.code}`,
        ANNUAL_RETURN_FORM.basis,
        `Ngày nhận báo cáo: ${ANNUAL_RETURN_FORM.receivedOn}`,
        ANNUAL_RETURN_FORM.title,
        `Năm ${data.year}`,
      ],
      header: ['', 'Mã số', 'Đơn vị tính', 'Tổng số', ...RETURN_COLUMNS.map((c) => c.vi)],
      rows: data.rows.map((r) => [
        r.label,
        r.code,
        r.unit,
        r.values?.total,
        ...(r.values?.byAward ?? RETURN_COLUMNS.map(() => undefined)),
      ]),
    };
  }

  /** The list annexed to an award decision (danh sách kèm theo quyết định). */
  async decisionAnnex(actor: Actor, decisionId: string) {
    const decision = await AwardDecisionModel.findById(decisionId).lean();
    const visible = decision && (decision.status === 'signed' || READERS.has(actor.role));
    if (!decision || !visible) {
      throw notFound({ vi: 'quyết định khen thưởng', en: 'Award decision' }, 'DECISION_NOT_FOUND');
    }
    const struck = new Set(decision.struck.map((s) => s.nominationId));
    const items = decision.annex.filter((a) => !struck.has(a.nominationId));
    const award = getAwardDefinition(decision.awardCode).name.vi;
    const document = DOCUMENT_TYPES[documentTypeOf(decision)].name.vi;
    const title = decision.number
      ? `Danh sách kèm theo ${document} số ${decision.number} ngày ${decision.signedOn ?? ''}`
      : `Danh sách kèm theo dự thảo ${document}`;
    const table: Table = {
      name: 'Danh sách',
      preamble: [title, `Tặng ${award} năm ${decision.year}`],
      header: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị'],
      rows: items.map((a, i) => [i + 1, a.nomineeName, a.position, a.unitName ?? a.unitId]),
    };
    return {
      json: {
        decisionId,
        number: decision.number,
        status: decision.status,
        award,
        year: decision.year,
        items,
      },
      table,
    };
  }
}
