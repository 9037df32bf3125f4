import { Schema, model, type InferSchemaType } from 'mongoose';
import { DISCIPLINE_LEVELS, EVALUATION_GRADES } from '../../domain/ruleSets/scales';
import { achievementSubschema, holdSubschema } from './personModel';

/** One year of a collective: the counts the collective titles' thresholds divide. */
const collectiveYearSubschema = new Schema(
  {
    year: { type: Number, required: true },
    headcount: { type: Number, required: true },
    ldttCount: { type: Number, required: true },
    cstdcsCount: { type: Number, required: true },
    completedTasksCount: { type: Number, required: true },
    womenCount: { type: Number, required: true },
    unitGrade: { type: String, enum: EVALUATION_GRADES },
    disciplinedMemberLevels: { type: [{ type: String, enum: DISCIPLINE_LEVELS }], default: [] },
    blocRank: { type: Number },
    exceededTargets: { type: Boolean },
  },
  { _id: false },
);

/**
 * A collective (unit, department, team) with its yearly figures, holds and claimed
 * achievements embedded like a person's (see personModel.ts for why); its awards are in
 * `award_records` with `subject: 'collective'`.
 */
const collectiveSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    /** The unit it is, or belongs to; unit staff see only their own unit's collectives. */
    unitId: { type: String, required: true },
    blocId: { type: String },
    years: { type: Map, of: collectiveYearSubschema, default: {} },
    holds: { type: Map, of: holdSubschema, default: {} },
    achievements: { type: Map, of: achievementSubschema, default: {} },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

collectiveSchema.index({ unitId: 1 });
/** COBO: the collectives of one emulation bloc are ranked together. */
collectiveSchema.index({ blocId: 1 });

export type CollectiveDocument = InferSchemaType<typeof collectiveSchema>;
export const CollectiveModel = model('Collective', collectiveSchema, 'collectives');
