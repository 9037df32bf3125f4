import { Schema, model } from 'mongoose';
import { actorSchema } from '../actorSchema';

/**
 * An emulation registration (đăng ký thi đua) for a year's movement: a unit's, with its
 * pledged targets (giao ước), or an individual's, with the titles they aim for. One document
 * per year and subject (`<year>:<unit|individual>:<id>`), so registering again replaces it.
 */
const registrationSchema = new Schema(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    subjectKind: { type: String, enum: ['unit', 'individual'], required: true },
    unitId: { type: String, required: true },
    personId: { type: String },
    name: { type: String, required: true },
    titles: { type: [String], default: [] },
    pledges: { type: [String], default: [] },
    registeredBy: { type: actorSchema, required: true },
  },
  { timestamps: true, versionKey: false },
);
registrationSchema.index({ year: 1, unitId: 1, subjectKind: 1 });

export const RegistrationModel = model('Registration', registrationSchema, 'registrations');

const criterionSchema = new Schema(
  { code: String, title: String, maxPoints: Number },
  { _id: false },
);

/** The year's bloc score sheet template (configurable): criteria groups, bonus and deduction caps. */
const scoreTemplateSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the year
    groups: {
      type: [
        new Schema(
          { code: String, title: String, criteria: { type: [criterionSchema], default: [] } },
          { _id: false },
        ),
      ],
      default: [],
    },
    bonusMax: { type: Number, required: true },
    deductionMax: { type: Number, required: true },
    updatedBy: { type: actorSchema, required: true },
  },
  { timestamps: true, versionKey: false },
);
export const ScoreTemplateModel = model('ScoreTemplate', scoreTemplateSchema, 'score_templates');

const scoredSchema = new Schema(
  { self: Number, council: Number, selfNote: String, councilNote: String },
  { _id: false },
);

/** A unit's score sheet for a year: its self score, then the council's. `<year>:<unitId>`. */
const scoreSheetSchema = new Schema(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    unitId: { type: String, required: true },
    blocId: { type: String },
    scores: { type: Map, of: scoredSchema, default: {} },
    bonus: { type: scoredSchema },
    deduction: { type: scoredSchema },
    selfBy: { type: actorSchema },
    councilBy: { type: actorSchema },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
scoreSheetSchema.index({ year: 1, blocId: 1 });
export const ScoreSheetModel = model('ScoreSheet', scoreSheetSchema, 'score_sheets');
