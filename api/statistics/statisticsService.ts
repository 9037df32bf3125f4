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
import type { Stage } from '../../domain/process/stages';
import { AwardDecisionModel } from '../../data/decision/awardDecisionModel';
import { PersonModel } from '../../data/history/personModel';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { ApiError, notFound } from '../errors/apiError';
import type { Table } from './tableFile';

export const DIMENSIONS = ['unit', 'award', 'kind', 'gender', 'ethnicity'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const READERS = new Set(['secretariat', 'inspector', 'admin', 'minister', 'council_chair']);

export function requireStatisticsReader(actor: Actor): void {
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

type Outcome = 'awarded' | 'notAwarded' | 'inProgress' | 'revoked';
function outcomeOf(stage: Stage): Outcome {
  if (stage === 'approved') return 'awarded';
  if (stage === 'revoked') return 'revoked';
  if (['rejected', 'withdrawn', 'cancelled'].includes(stage)) return 'notAwarded';
  return 'inProgress';
}

export interface BreakdownRow {
  key: string;
  label: string;
  nominated: number;
  awarded: number;
  notAwarded: number;
  inProgress: number;
  revoked: number;
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
   * empty year. One read down the `{ year, stage }` index.
   */
  async latestYear(actor: Actor): Promise<number> {
    requireStatisticsReader(actor);
    const latest = await NominationModel.findOne({ stage: { $ne: 'draft' } }, { year: 1 })
      .sort({ year: -1 })
      .lean();
    return latest?.year ?? Number(vietnamDateOf(new Date()).slice(0, 4));
  }

  /** Nominations submitted for `year` and their results, by unit, award, kind, gender, ethnicity. */
  async breakdown(actor: Actor, year: number): Promise<Record<Dimension, BreakdownRow[]>> {
    requireStatisticsReader(actor);
    const nominations = await NominationModel.find(
      { year, stage: { $ne: 'draft' } },
      { unitId: 1, awardCode: 1, kind: 1, stage: 1, nominee: 1 },
    ).lean();
    const personIds = [
      ...new Set(nominations.map((n) => n.nominee.personId).filter((id): id is string => !!id)),
    ];
    const people = new Map<string, { gender: string; ethnicityCode: string }>();
    for (let i = 0; i < personIds.length; i += 1000) {
      const batch = await PersonModel.find(
        { _id: { $in: personIds.slice(i, i + 1000) } },
        { gender: 1, ethnicityCode: 1 },
      ).lean();
      for (const p of batch) people.set(p._id, p);
    }
    const units = new Map(
      (await UnitModel.find({}, { name: 1 }).lean()).map((u) => [u._id, u.name]),
    );
    const tables = Object.fromEntries(
      DIMENSIONS.map((d) => [d, new Map<string, BreakdownRow>()]),
    ) as Record<Dimension, Map<string, BreakdownRow>>;
    const add = (dimension: Dimension, key: string, label: string, outcome: Outcome) => {
      const table = tables[dimension];
      const row = table.get(key) ?? {
        key,
        label,
        nominated: 0,
        awarded: 0,
        notAwarded: 0,
        inProgress: 0,
        revoked: 0,
      };
      row.nominated += 1;
      row[outcome] += 1;
      table.set(key, row);
    };
    for (const n of nominations) {
      const outcome = outcomeOf(n.stage);
      add('unit', n.unitId, units.get(n.unitId) ?? n.unitId, outcome);
      add(
        'award',
        n.awardCode,
        isAwardCode(n.awardCode) ? getAwardDefinition(n.awardCode).name.vi : n.awardCode,
        outcome,
      );
      add('kind', n.kind, KIND_LABELS[n.kind] ?? n.kind, outcome);
      if (n.nominee.kind === 'collective') {
        add('gender', 'collective', 'Tập thể', outcome);
        add('ethnicity', 'collective', 'Tập thể', outcome);
        continue;
      }
      const person = n.nominee.personId ? people.get(n.nominee.personId) : undefined;
      add(
        'gender',
        person?.gender ?? 'unknown',
        person ? GENDER_LABELS[person.gender]! : 'Chưa có hồ sơ cá nhân',
        outcome,
      );
      const group = person ? ethnicGroupByCode(person.ethnicityCode) : undefined;
      add('ethnicity', group?.code ?? 'unknown', group?.vi ?? 'Chưa có hồ sơ cá nhân', outcome);
    }
    return Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        [...tables[d].values()].sort(
          (a, b) => b.nominated - a.nominated || a.key.localeCompare(b.key),
        ),
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
