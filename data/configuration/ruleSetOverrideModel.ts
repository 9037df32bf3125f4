import { Schema, model } from 'mongoose';
import { actorSchema } from '../actorSchema';

/**
 * One revision of an administrator's override of a rule set's configurable values.
 * Revisions are only inserted, `_id = <ruleSetId>:<revision>`, so two administrators
 * saving at once cannot both become revision n+1. `override` holds every overridden value
 * so far (the latest revision alone is the configuration in force).
 */
const ruleSetOverrideSchema = new Schema(
  {
    _id: { type: String, required: true },
    ruleSetId: { type: String, required: true },
    revision: { type: Number, required: true },
    override: { type: Schema.Types.Mixed, required: true },
    changes: { type: Schema.Types.Mixed, required: true },
    reason: { type: String, required: true },
    by: { type: actorSchema, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

ruleSetOverrideSchema.index({ ruleSetId: 1, revision: -1 });

export const RuleSetOverrideModel = model(
  'RuleSetOverride',
  ruleSetOverrideSchema,
  'rule_set_overrides',
);
