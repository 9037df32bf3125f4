import { Schema, model, type InferSchemaType } from 'mongoose';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';

const personSchema = new Schema(
  { userId: { type: String, required: true }, name: { type: String, required: true } },
  { _id: false },
);

/**
 * The minister's delegation of signing to a deputy minister (giao ký thay, Decree 30/2020/NĐ-CP
 * Art. 13(1)): a scope and an inclusive period of Vietnam dates. Never deleted; revoking sets
 * `revoked`, so the record of who could sign what, when, stays.
 */
const delegationSchema = new Schema(
  {
    _id: { type: String, required: true },
    deputy: { type: personSchema, required: true },
    grantedBy: { type: personSchema, required: true },
    scope: {
      awardCodes: { type: [String], enum: AWARD_CODES, default: [] },
      kinds: { type: [String], enum: COMMENDATION_KINDS, default: [] },
    },
    validFrom: { type: String, required: true }, // YYYY-MM-DD
    validTo: { type: String, required: true }, // YYYY-MM-DD
    basis: { type: String },
    revoked: { type: Boolean, required: true, default: false },
    revokedAt: { type: Date },
    revokedBy: { type: personSchema },
  },
  { timestamps: true, versionKey: false },
);

/** "Delegations of user X still in force on date D": equality on deputy and revoked, range on validTo. */
delegationSchema.index({ 'deputy.userId': 1, revoked: 1, validTo: -1, validFrom: 1 });
delegationSchema.index({ createdAt: -1 });

export type DelegationDocument = InferSchemaType<typeof delegationSchema>;
export const DelegationModel = model('Delegation', delegationSchema, 'delegations');
