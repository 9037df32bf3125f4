import { Schema, model } from 'mongoose';
import { actorSchema } from '../actorSchema';
import { signedRulingFields } from '../signedRulingFields';

export const REVOCATION_GROUNDS = [
  'false_declaration',
  'false_information',
  'unlawful_appraisal',
  'authority_conclusion',
] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

/**
 * A request to revoke a granted award (hủy bỏ quyết định khen thưởng, thu hồi hiện vật và
 * tiền thưởng — Law 06/2022/QH15, Art. 93(2)) and, once the minister approves, the revoking
 * decision's number. Written only by the revocation workflow's activities.
 */
const revocationSchema = new Schema(
  {
    _id: { type: String, required: true }, // revocationId
    workflowId: { type: String, required: true },
    nominationId: { type: String, required: true },
    awardRecordId: { type: String, required: true },
    awardCode: { type: String, required: true },
    kind: { type: String, required: true },
    nomineeName: { type: String, required: true },
    /** The decision that granted the award. */
    grantedBy: { decisionId: String, decisionNumber: String },
    ground: { type: String, enum: REVOCATION_GROUNDS, required: true },
    reason: { type: String, required: true },
    requestedBy: { type: actorSchema, required: true },
    requestedAt: { type: Date, required: true },
    status: { type: String, enum: ['requested', 'approved', 'rejected'], required: true },
    decisionNumber: { type: String },
    ...signedRulingFields,
  },
  { timestamps: true, versionKey: false },
);

revocationSchema.index({ nominationId: 1, createdAt: -1 });
revocationSchema.index({ status: 1, createdAt: -1 });

export const RevocationModel = model('Revocation', revocationSchema, 'revocations');
