import { Schema, model, type InferSchemaType } from 'mongoose';
import { DISCIPLINE_LEVELS, EVALUATION_GRADES } from '../../domain/ruleSets/scales';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { ETHNIC_GROUP_CODES } from '../../domain/people/ethnicGroups';
import {
  absenceSchema as absenceZod,
  claimedAchievementSchema as achievementZod,
  holdSchema as holdZod,
  initiativeSchema as initiativeZod,
  SANCTION_KINDS,
} from '../../domain/eligibility/history';

/*
 * One document per person holds the profile and every history record the eligibility rules
 * read, in maps keyed by natural key (see recordKeys.ts). Why embedded, not a collection per
 * record kind: the records belong to the person and are only ever read together (the rules
 * need the whole history at once), so one `findById` loads them, and an import writes a
 * person's records in one atomic update. Awards live in `award_records` (shared with
 * decisions), so loading a person is two queries.
 * Twenty years of history is a few tens of kilobytes, far from the 16 MB document limit.
 */

const opt = { _id: false } as const;

const unitAssignmentSubschema = new Schema(
  {
    unitId: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, default: null },
    oldUnitCommentsProvided: { type: Boolean },
  },
  opt,
);

const employmentSubschema = new Schema(
  {
    from: { type: String, required: true },
    to: { type: String, default: null },
    contractType: { type: String, required: true },
  },
  opt,
);

const evaluationSubschema = new Schema(
  {
    year: { type: Number, required: true },
    grade: { type: String, enum: EVALUATION_GRADES, required: true },
    score: { type: Number },
  },
  opt,
);

const registrationSubschema = new Schema(
  {
    year: { type: Number, required: true },
    registered: { type: Boolean, required: true },
  },
  opt,
);

const initiativeUseSubschema = new Schema(
  {
    award: { type: String, enum: AWARD_CODES, required: true },
    year: { type: Number, required: true },
    path: { type: String },
  },
  opt,
);

const initiativeSubschema = new Schema(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: initiativeZod.shape.kind.options, required: true },
    title: { type: String },
    year: { type: Number, required: true },
    scope: { type: String, enum: initiativeZod.shape.scope.options, required: true },
    decisionNumber: { type: String },
    usedFor: { type: [initiativeUseSubschema], default: [] },
  },
  opt,
);

/**
 * An initiative's use recorded when a decision signed in TĐKT Flow granted the award that relied
 * on it (what the nomination's eligibility check consumed, with the path it served).
 */
const decidedInitiativeUseSubschema = new Schema(
  {
    initiativeId: { type: String, required: true },
    award: { type: String, enum: AWARD_CODES, required: true },
    year: { type: Number, required: true },
    path: { type: String },
    nominationId: { type: String, required: true },
    decisionNumber: { type: String, required: true },
  },
  opt,
);

const disciplineSubschema = new Schema(
  {
    level: { type: String, enum: DISCIPLINE_LEVELS, required: true },
    decidedOn: { type: String, required: true },
    effectiveTo: { type: String, default: null },
    decisionNumber: { type: String },
  },
  opt,
);

const sanctionSubschema = new Schema(
  {
    kind: { type: String, enum: SANCTION_KINDS, required: true },
    decidedOn: { type: String, required: true },
    effectiveTo: { type: String, default: null },
    decisionNumber: { type: String },
  },
  opt,
);

export const holdSubschema = new Schema(
  {
    kind: { type: String, enum: holdZod.shape.kind.options, required: true },
    from: { type: String, required: true },
    to: { type: String, default: null },
    note: { type: String },
  },
  opt,
);

const absenceSubschema = new Schema(
  {
    kind: { type: String, enum: absenceZod.shape.kind.options, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    workingDays: { type: Number },
  },
  opt,
);

export const achievementSubschema = new Schema(
  {
    id: { type: String, required: true },
    year: { type: Number, required: true },
    kind: { type: String, enum: achievementZod.shape.kind.options, required: true },
    movementKind: { type: String, enum: ['regular', 'thematic'] },
    description: { type: String },
  },
  opt,
);

const personSchema = new Schema(
  {
    /** The agency's personnel code (mã cán bộ), e.g. "CB-0012". */
    _id: { type: String, required: true },
    fullName: { type: String, required: true },
    birthDate: { type: String },
    gender: { type: String, enum: ['female', 'male'], required: true },
    /** Code of Decision 121-TCTK/PPCĐ (01 Kinh … 54 Rơ-măm). */
    ethnicityCode: { type: String, enum: ETHNIC_GROUP_CODES, required: true },
    /** Current unit; unit staff see only their own unit's people. */
    unitId: { type: String, required: true },
    position: { type: String },
    isLeader: { type: Boolean },
    recruitmentDate: { type: String, required: true },
    deceasedOn: { type: String, default: null },
    units: { type: Map, of: unitAssignmentSubschema, default: {} },
    employment: { type: Map, of: employmentSubschema, default: {} },
    evaluations: { type: Map, of: evaluationSubschema, default: {} },
    /** Emulation registration by year (đăng ký thi đua); a year without an entry is unrecorded. */
    registrations: { type: Map, of: registrationSubschema, default: {} },
    initiatives: { type: Map, of: initiativeSubschema, default: {} },
    /**
     * Uses of the initiatives recorded by decisions, keyed by initiative, award and year. Apart
     * from `initiatives`, which the import rewrites row by row: re-importing an initiative must
     * not forget what a decision used it for.
     */
    initiativeUses: { type: Map, of: decidedInitiativeUseSubschema, default: {} },
    discipline: { type: Map, of: disciplineSubschema, default: {} },
    /** Criminal sentences (suspended included) and administrative sanctions, with their periods. */
    sanctions: { type: Map, of: sanctionSubschema, default: {} },
    holds: { type: Map, of: holdSubschema, default: {} },
    absences: { type: Map, of: absenceSubschema, default: {} },
    achievements: { type: Map, of: achievementSubschema, default: {} },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

/** Lists of a unit's people (the API's unit scope, statistics by unit). */
personSchema.index({ unitId: 1, fullName: 1 });
/** Statistics by ethnicity and gender (domain §9). */
personSchema.index({ ethnicityCode: 1, gender: 1 });

export type PersonDocument = InferSchemaType<typeof personSchema>;
export const PersonModel = model('Person', personSchema, 'people');
