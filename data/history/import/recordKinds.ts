import { z } from 'zod';
import { AWARD_CODES, type AwardCode } from '../../../domain/catalogue/awardCodes';
import { CATALOGUE } from '../../../domain/catalogue/awards';
import { COMMENDATION_KINDS, KIND_TEXT } from '../../../domain/catalogue/awardDefinition';
import {
  absenceSchema,
  awardRecordSchema,
  claimedAchievementSchema,
  collectiveYearSchema,
  disciplineRecordSchema,
  emulationRegistrationSchema,
  employmentPeriodSchema,
  evaluationSchema,
  holdSchema,
  initiativeSchema,
  isoDateSchema,
  issuerLevelSchema,
  SANCTION_KIND_TEXT,
  SANCTION_KINDS,
  sanctionRecordSchema,
  unitAssignmentSchema,
} from '../../../domain/eligibility/history';
import { ETHNIC_GROUP_CODES } from '../../../domain/people/ethnicGroups';
import {
  DISCIPLINE_LEVELS,
  DISCIPLINE_LEVEL_TEXT,
  EVALUATION_GRADES,
  EVALUATION_GRADE_TEXT,
} from '../../../domain/ruleSets/scales';
import type { LocalizedText } from '../../../domain/ruleSets/text';
import {
  mapEntries,
  period,
  sortRows,
  without,
  type Row,
  type StoredData,
} from './recordKindSupport';
import type { ColumnSpec, EnumOption } from './cells';

/**
 * The record kinds of a history import: one sheet (XLSX) or one file (CSV) each, with
 * Vietnamese headers (English accepted). Each kind says how its row is validated (with the
 * eligibility rules' own zod schemas), its natural key, and where the row is stored — which
 * makes the write idempotent (see writeImport.ts) and the export its exact inverse.
 */

export const RECORD_KINDS = [
  'people',
  'collectives',
  'collectiveYears',
  'evaluations',
  'registrations',
  'awards',
  'initiatives',
  'discipline',
  'sanctions',
  'holds',
  'absences',
  'unitAssignments',
  'employment',
  'achievements',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Where a validated row goes. Profiles and map entries are `$set` on the subject's document. */
type Target =
  | { doc: 'person' | 'collective'; id: string; profile: Row }
  | { doc: 'person' | 'collective'; id: string; map: string; key: string; value: Row }
  | { doc: 'award'; id: string; value: Row };

export interface KindSpec {
  kind: RecordKind;
  sheet: LocalizedText;
  columns: readonly ColumnSpec[];
  schema: z.ZodType<Row>;
  /** Unique within the kind; two rows with the same key in one import are an error. */
  naturalKey(row: Row): string;
  target(row: Row): Target;
  /** The rows of this kind in the stored data, in a stable order (the export). */
  exportRows(data: StoredData): Row[];
}

// ---------- enumerations shown in Vietnamese ----------

const opts = <T extends string>(
  codes: readonly T[],
  text: Record<T, LocalizedText>,
): EnumOption[] => codes.map((code) => ({ code, ...text[code] }));

const SUBJECTS = opts(['individual', 'collective'] as const, {
  individual: { vi: 'Cá nhân', en: 'Individual' },
  collective: { vi: 'Tập thể', en: 'Collective' },
});
const GENDERS = opts(['male', 'female'] as const, {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
});
const GRADES = opts(EVALUATION_GRADES, EVALUATION_GRADE_TEXT);
const DISCIPLINE = opts(DISCIPLINE_LEVELS, DISCIPLINE_LEVEL_TEXT);
const SANCTIONS = opts(SANCTION_KINDS, SANCTION_KIND_TEXT);
const AWARDS = AWARD_CODES.map((code: AwardCode) => ({
  code,
  vi: CATALOGUE[code]?.name.vi ?? code,
  en: CATALOGUE[code]?.name.en ?? code,
}));
const ISSUER_LEVELS = opts(issuerLevelSchema.options, {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  ministry: { vi: 'Bộ, ngành', en: 'Ministry' },
  province: { vi: 'Tỉnh', en: 'Province' },
  central_body: { vi: 'Cơ quan Trung ương', en: 'Central body' },
  province_mass_org: {
    vi: 'Đoàn thể, Mặt trận Tổ quốc cấp tỉnh',
    en: "Province's mass organisation or Fatherland Front",
  },
  state: { vi: 'Nhà nước', en: 'State' },
});
const BASES = opts(COMMENDATION_KINDS, KIND_TEXT).map((o) =>
  o.code === 'merit' ? { ...o, aliases: ['Công trạng', 'Thường xuyên'] } : o,
);
const INITIATIVE_KINDS = opts(initiativeSchema.shape.kind.options, {
  initiative: { vi: 'Sáng kiến', en: 'Initiative' },
  research: { vi: 'Đề tài nghiên cứu', en: 'Research' },
  combat_wit: { vi: 'Mưu trí trong chiến đấu', en: 'Wit in combat' },
});
const INITIATIVE_SCOPES = opts(initiativeSchema.shape.scope.options, {
  grassroots: { vi: 'Cấp cơ sở', en: 'Grassroots' },
  ministry: { vi: 'Toàn Bộ', en: 'Ministry-wide' },
  national: { vi: 'Toàn quốc', en: 'Nationwide' },
});
const HOLD_KINDS = opts(holdSchema.shape.kind.options, {
  discipline_review: { vi: 'Đang xem xét kỷ luật', en: 'Discipline review' },
  investigation: { vi: 'Đang bị điều tra', en: 'Investigation' },
  inspection: { vi: 'Đang thanh tra, kiểm tra', en: 'Inspection' },
  complaint: { vi: 'Đang giải quyết khiếu nại, tố cáo', en: 'Complaint' },
});
const ABSENCE_KINDS = opts(absenceSchema.shape.kind.options, {
  maternity: { vi: 'Nghỉ thai sản', en: 'Maternity leave' },
  brave_act_injury: {
    vi: 'Điều trị thương do hành động dũng cảm',
    en: 'Treatment of injuries from a brave act',
  },
  sick: { vi: 'Nghỉ ốm', en: 'Sick leave' },
  unpaid_leave: { vi: 'Nghỉ không lương', en: 'Unpaid leave' },
  training: { vi: 'Đi học, đào tạo', en: 'Training' },
  other: { vi: 'Khác', en: 'Other' },
});
const ACHIEVEMENT_KINDS = opts(claimedAchievementSchema.shape.kind.options, {
  movement_excellence: {
    vi: 'Thành tích xuất sắc trong phong trào thi đua',
    en: 'Excellent result in a movement',
  },
  many_achievements: { vi: 'Nhiều thành tích', en: 'Many achievements' },
  sudden_achievement: { vi: 'Thành tích đột xuất', en: 'Sudden achievement' },
  wide_influence: { vi: 'Thành tích có phạm vi ảnh hưởng rộng', en: 'Wide influence' },
});
const MOVEMENT_KINDS = opts(['regular', 'thematic'] as const, {
  regular: { vi: 'Thường xuyên', en: 'Regular' },
  thematic: { vi: 'Theo chuyên đề', en: 'Thematic' },
});

// ---------- columns ----------

const id = (key: string, vi: string, en: string): ColumnSpec => ({
  key,
  vi,
  en,
  type: { kind: 'id' },
  required: true,
});
const YEAR = { kind: 'int', min: 1945, max: 2200 } as const;
const COUNT = { kind: 'int', min: 0, max: 100000 } as const;
const date = (key: string, vi: string, en: string, required = false): ColumnSpec => ({
  key,
  vi,
  en,
  type: { kind: 'date' },
  required,
});
const text = (key: string, vi: string, en: string, required = false): ColumnSpec => ({
  key,
  vi,
  en,
  type: { kind: 'text' },
  required,
});
const choice = (
  key: string,
  vi: string,
  en: string,
  options: readonly EnumOption[],
  required = true,
): ColumnSpec => ({ key, vi, en, type: { kind: 'enum', options }, required });

const PERSON_ID = id('personId', 'Mã cá nhân', 'Person ID');
const SUBJECT = choice('subject', 'Đối tượng', 'Subject', SUBJECTS);
const SUBJECT_ID = id('subjectId', 'Mã cá nhân/tập thể', 'Subject ID');

// ---------- zod helpers ----------

const idSchema = z.string().min(1).max(64);
const subjectSchema = z.enum(['individual', 'collective']);

// ---------- the kinds ----------

const people: KindSpec = {
  kind: 'people',
  sheet: { vi: 'Cá nhân', en: 'People' },
  columns: [
    id('id', 'Mã cá nhân', 'Person ID'),
    text('fullName', 'Họ và tên', 'Full name', true),
    date('birthDate', 'Ngày sinh', 'Date of birth'),
    choice('gender', 'Giới tính', 'Gender', GENDERS),
    {
      key: 'ethnicityCode',
      vi: 'Dân tộc',
      en: 'Ethnicity',
      type: { kind: 'ethnicity' },
      required: true,
    },
    id('unitId', 'Mã đơn vị', 'Unit ID'),
    text('position', 'Chức vụ', 'Position'),
    { key: 'isLeader', vi: 'Giữ chức vụ lãnh đạo', en: 'Leader', type: { kind: 'bool' } },
    date('recruitmentDate', 'Ngày tuyển dụng', 'Recruitment date', true),
    date('deceasedOn', 'Ngày mất', 'Date of death'),
  ],
  schema: z
    .object({
      id: idSchema,
      fullName: z.string().min(1),
      birthDate: isoDateSchema.optional(),
      gender: z.enum(['female', 'male']),
      ethnicityCode: z.enum(ETHNIC_GROUP_CODES as [string, ...string[]]),
      unitId: idSchema,
      position: z.string().optional(),
      isLeader: z.boolean().optional(),
      recruitmentDate: isoDateSchema,
      deceasedOn: isoDateSchema.optional(),
    })
    .superRefine((row, ctx) => {
      if (row.birthDate && row.recruitmentDate <= row.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['recruitmentDate'], message: 'END_BEFORE_START' });
      }
    }),
  naturalKey: (r) => String(r.id),
  target: (r) => ({ doc: 'person', id: String(r.id), profile: without(r, 'id') }),
  exportRows: (data) =>
    sortRows(
      data.people.map((p) => ({
        ...without(
          p,
          'units',
          'employment',
          'evaluations',
          'registrations',
          'initiatives',
          'discipline',
          'sanctions',
          'holds',
          'absences',
          'achievements',
          'createdAt',
          'updatedAt',
          '_id',
        ),
        id: p._id,
      })),
      'id',
    ),
};

const collectives: KindSpec = {
  kind: 'collectives',
  sheet: { vi: 'Tập thể', en: 'Collectives' },
  columns: [
    id('id', 'Mã tập thể', 'Collective ID'),
    text('name', 'Tên tập thể', 'Name', true),
    id('unitId', 'Mã đơn vị', 'Unit ID'),
    { key: 'blocId', vi: 'Khối thi đua', en: 'Emulation bloc', type: { kind: 'id' } },
  ],
  schema: z.object({
    id: idSchema,
    name: z.string().min(1),
    unitId: idSchema,
    blocId: idSchema.optional(),
  }),
  naturalKey: (r) => String(r.id),
  target: (r) => ({ doc: 'collective', id: String(r.id), profile: without(r, 'id') }),
  exportRows: (data) =>
    sortRows(
      data.collectives.map((c) => ({
        ...without(c, 'years', 'holds', 'achievements', 'createdAt', 'updatedAt', '_id'),
        id: c._id,
      })),
      'id',
    ),
};

const collectiveYears: KindSpec = {
  kind: 'collectiveYears',
  sheet: { vi: 'Tập thể theo năm', en: 'Collective years' },
  columns: [
    id('collectiveId', 'Mã tập thể', 'Collective ID'),
    { key: 'year', vi: 'Năm', en: 'Year', type: YEAR, required: true },
    { key: 'headcount', vi: 'Tổng số cá nhân', en: 'Headcount', type: COUNT, required: true },
    {
      key: 'ldttCount',
      vi: 'Số Lao động tiên tiến',
      en: 'LDTT count',
      type: COUNT,
      required: true,
    },
    {
      key: 'cstdcsCount',
      vi: 'Số Chiến sĩ thi đua cơ sở',
      en: 'CSTDCS count',
      type: COUNT,
      required: true,
    },
    {
      key: 'completedTasksCount',
      vi: 'Số hoàn thành nhiệm vụ',
      en: 'Completed tasks count',
      type: COUNT,
      required: true,
    },
    { key: 'womenCount', vi: 'Số nữ', en: 'Women count', type: COUNT, required: true },
    choice('unitGrade', 'Xếp loại tập thể', 'Collective grade', GRADES, false),
    {
      key: 'disciplinedMemberLevels',
      vi: 'Kỷ luật của thành viên',
      en: 'Members disciplined',
      type: { kind: 'enumList', options: DISCIPLINE },
    },
    {
      key: 'blocRank',
      vi: 'Thứ hạng trong khối',
      en: 'Bloc rank',
      type: { kind: 'int', min: 1, max: 1000 },
    },
    { key: 'exceededTargets', vi: 'Vượt chỉ tiêu', en: 'Exceeded targets', type: { kind: 'bool' } },
  ],
  schema: collectiveYearSchema.extend({ collectiveId: idSchema }).superRefine((row, ctx) => {
    for (const key of ['ldttCount', 'cstdcsCount', 'completedTasksCount', 'womenCount'] as const) {
      if (row[key] > row.headcount) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'MORE_THAN_HEADCOUNT' });
      }
    }
  }),
  ...mapEntries({ owner: 'collective', map: 'years', keys: ['year'], sortBy: ['year'] }),
};

const evaluations: KindSpec = {
  kind: 'evaluations',
  sheet: { vi: 'Đánh giá xếp loại', en: 'Evaluations' },
  columns: [
    PERSON_ID,
    { key: 'year', vi: 'Năm', en: 'Year', type: YEAR, required: true },
    choice('grade', 'Xếp loại', 'Grade', GRADES),
    { key: 'score', vi: 'Điểm', en: 'Score', type: { kind: 'number', min: 0, max: 100 } },
  ],
  schema: evaluationSchema.extend({ personId: idSchema }),
  ...mapEntries({ owner: 'person', map: 'evaluations', keys: ['year'], sortBy: ['year'] }),
};

const registrations: KindSpec = {
  kind: 'registrations',
  sheet: { vi: 'Đăng ký thi đua', en: 'Emulation registration' },
  columns: [
    PERSON_ID,
    { key: 'year', vi: 'Năm', en: 'Year', type: YEAR, required: true },
    {
      key: 'registered',
      vi: 'Có đăng ký thi đua',
      en: 'Registered',
      type: { kind: 'bool' },
      required: true,
    },
  ],
  schema: emulationRegistrationSchema.extend({ personId: idSchema }),
  ...mapEntries({ owner: 'person', map: 'registrations', keys: ['year'], sortBy: ['year'] }),
};

const awards: KindSpec = {
  kind: 'awards',
  sheet: { vi: 'Khen thưởng', en: 'Awards' },
  columns: [
    SUBJECT,
    SUBJECT_ID,
    choice('code', 'Danh hiệu, hình thức', 'Award', AWARDS),
    { key: 'year', vi: 'Năm thành tích', en: 'Achievement year', type: YEAR, required: true },
    choice('issuerLevel', 'Cấp khen', 'Issuer level', ISSUER_LEVELS),
    choice('basis', 'Loại hình khen thưởng', 'Kind', BASES),
    text('decisionNumber', 'Số quyết định', 'Decision number'),
    date('decisionDate', 'Ngày quyết định', 'Decision date'),
    date('revokedOn', 'Ngày thu hồi', 'Revoked on'),
  ],
  schema: awardRecordSchema
    .omit({ revoked: true })
    .extend({ subject: subjectSchema, subjectId: idSchema, revokedOn: isoDateSchema.optional() }),
  naturalKey: (r) =>
    [r.subject, r.subjectId, r.code, r.year, r.basis].map((v) => String(v)).join('|'),
  target: (r) => ({
    doc: 'award',
    id: `import:${[r.subject, r.subjectId, r.code, r.year, r.basis].map((v) => String(v)).join(':')}`,
    value: r,
  }),
  exportRows: (data) =>
    sortRows(
      data.awards.map((a) => {
        const revoked = a.revoked as { at?: Date } | undefined;
        return {
          ...without(
            a,
            '_id',
            'revoked',
            'source',
            'nominationId',
            'decisionId',
            'createdAt',
            'updatedAt',
          ),
          ...(revoked?.at && { revokedOn: revoked.at.toISOString().slice(0, 10) }),
        };
      }),
      'subject',
      'subjectId',
      'year',
      'code',
      'basis',
    ),
};

const initiatives: KindSpec = {
  kind: 'initiatives',
  sheet: { vi: 'Sáng kiến', en: 'Initiatives' },
  columns: [
    PERSON_ID,
    id('id', 'Mã sáng kiến', 'Initiative ID'),
    choice('kind', 'Loại', 'Kind', INITIATIVE_KINDS),
    text('title', 'Tên sáng kiến, đề tài', 'Title'),
    { key: 'year', vi: 'Năm công nhận', en: 'Year recognised', type: YEAR, required: true },
    choice('scope', 'Phạm vi công nhận', 'Scope', INITIATIVE_SCOPES),
    text('decisionNumber', 'Số quyết định', 'Decision number'),
    { key: 'usedFor', vi: 'Đã dùng để xét', en: 'Used for', type: { kind: 'uses' } },
  ],
  schema: initiativeSchema.extend({ personId: idSchema }),
  ...mapEntries({ owner: 'person', map: 'initiatives', keys: ['id'], sortBy: ['year', 'id'] }),
};

const discipline: KindSpec = {
  kind: 'discipline',
  sheet: { vi: 'Kỷ luật', en: 'Discipline' },
  columns: [
    PERSON_ID,
    choice('level', 'Hình thức kỷ luật', 'Sanction', DISCIPLINE),
    date('decidedOn', 'Ngày quyết định', 'Decided on', true),
    date('effectiveTo', 'Hiệu lực đến', 'Effective to'),
    text('decisionNumber', 'Số quyết định', 'Decision number'),
  ],
  schema: period(
    disciplineRecordSchema.extend({ personId: idSchema, decisionNumber: z.string().optional() }),
    'decidedOn',
    'effectiveTo',
  ),
  ...mapEntries({
    owner: 'person',
    map: 'discipline',
    keys: ['decidedOn', 'level'],
    sortBy: ['decidedOn', 'level'],
    openEnd: 'effectiveTo',
  }),
};

const sanctions: KindSpec = {
  kind: 'sanctions',
  sheet: { vi: 'Bản án, xử phạt', en: 'Sentences and sanctions' },
  columns: [
    PERSON_ID,
    choice('kind', 'Loại', 'Kind', SANCTIONS),
    date('decidedOn', 'Ngày quyết định, tuyên án', 'Decided on', true),
    date('effectiveTo', 'Hết thời hạn ngày', 'Runs to'),
    text('decisionNumber', 'Số bản án, quyết định', 'Judgment or decision number'),
  ],
  schema: period(
    sanctionRecordSchema.extend({ personId: idSchema, decisionNumber: z.string().optional() }),
    'decidedOn',
    'effectiveTo',
  ),
  ...mapEntries({
    owner: 'person',
    map: 'sanctions',
    keys: ['decidedOn', 'kind'],
    sortBy: ['decidedOn', 'kind'],
    openEnd: 'effectiveTo',
  }),
};

const holds: KindSpec = {
  kind: 'holds',
  sheet: { vi: 'Tạm hoãn xét khen', en: 'Holds' },
  columns: [
    SUBJECT,
    SUBJECT_ID,
    choice('kind', 'Lý do', 'Reason', HOLD_KINDS),
    date('from', 'Từ ngày', 'From', true),
    date('to', 'Đến ngày', 'To'),
    text('note', 'Ghi chú', 'Note'),
  ],
  schema: period(
    holdSchema.extend({ subject: subjectSchema, subjectId: idSchema, note: z.string().optional() }),
    'from',
    'to',
  ),
  ...mapEntries({
    owner: 'subject',
    map: 'holds',
    keys: ['kind', 'from'],
    sortBy: ['from', 'kind'],
    openEnd: 'to',
  }),
};

const absences: KindSpec = {
  kind: 'absences',
  sheet: { vi: 'Nghỉ dài ngày', en: 'Absences' },
  columns: [
    PERSON_ID,
    choice('kind', 'Loại nghỉ', 'Kind', ABSENCE_KINDS),
    date('from', 'Từ ngày', 'From', true),
    date('to', 'Đến ngày', 'To', true),
    {
      key: 'workingDays',
      vi: 'Số ngày làm việc',
      en: 'Working days',
      type: { kind: 'int', min: 0, max: 400 },
    },
  ],
  schema: period(absenceSchema.extend({ personId: idSchema }), 'from', 'to'),
  ...mapEntries({
    owner: 'person',
    map: 'absences',
    keys: ['kind', 'from'],
    sortBy: ['from', 'kind'],
  }),
};

const unitAssignments: KindSpec = {
  kind: 'unitAssignments',
  sheet: { vi: 'Quá trình công tác', en: 'Unit assignments' },
  columns: [
    PERSON_ID,
    id('unitId', 'Mã đơn vị', 'Unit ID'),
    date('from', 'Từ ngày', 'From', true),
    date('to', 'Đến ngày', 'To'),
    {
      key: 'oldUnitCommentsProvided',
      vi: 'Đơn vị cũ đã có ý kiến',
      en: 'Old unit commented',
      type: { kind: 'bool' },
    },
  ],
  schema: period(unitAssignmentSchema.extend({ personId: idSchema }), 'from', 'to'),
  ...mapEntries({
    owner: 'person',
    map: 'units',
    keys: ['from', 'unitId'],
    sortBy: ['from'],
    openEnd: 'to',
  }),
};

const employment: KindSpec = {
  kind: 'employment',
  sheet: { vi: 'Tuyển dụng - hợp đồng', en: 'Employment' },
  columns: [
    PERSON_ID,
    date('from', 'Từ ngày', 'From', true),
    date('to', 'Đến ngày', 'To'),
    text('contractType', 'Loại hợp đồng', 'Contract type', true),
  ],
  schema: period(employmentPeriodSchema.extend({ personId: idSchema }), 'from', 'to'),
  ...mapEntries({
    owner: 'person',
    map: 'employment',
    keys: ['from'],
    sortBy: ['from'],
    openEnd: 'to',
  }),
};

const achievements: KindSpec = {
  kind: 'achievements',
  sheet: { vi: 'Thành tích', en: 'Achievements' },
  columns: [
    SUBJECT,
    SUBJECT_ID,
    id('id', 'Mã thành tích', 'Achievement ID'),
    { key: 'year', vi: 'Năm', en: 'Year', type: YEAR, required: true },
    choice('kind', 'Loại thành tích', 'Kind', ACHIEVEMENT_KINDS),
    choice('movementKind', 'Loại phong trào', 'Movement kind', MOVEMENT_KINDS, false),
    text('description', 'Mô tả', 'Description'),
  ],
  schema: claimedAchievementSchema.extend({ subject: subjectSchema, subjectId: idSchema }),
  ...mapEntries({ owner: 'subject', map: 'achievements', keys: ['id'], sortBy: ['year', 'id'] }),
};

/** In write order: subjects before the records that name them. */
export const KIND_SPECS: readonly KindSpec[] = [
  people,
  collectives,
  collectiveYears,
  evaluations,
  registrations,
  awards,
  initiatives,
  discipline,
  sanctions,
  holds,
  absences,
  unitAssignments,
  employment,
  achievements,
];

export function kindSpec(kind: RecordKind): KindSpec {
  return KIND_SPECS.find((spec) => spec.kind === kind)!;
}
