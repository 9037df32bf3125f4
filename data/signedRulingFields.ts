import { Schema } from 'mongoose';
import { actorSchema } from './actorSchema';

/**
 * What signing a ruling leaves on its document, the same on an award decision and on a
 * revocation: the signing date (YYYY-MM-DD, Vietnam) and instant, the signer, whose
 * authority a deputy signed under (ký thay) and by which delegation, the signature block
 * as printed, and the ruling itself.
 */
export const signedRulingFields = {
  signedOn: { type: String },
  signedAt: { type: Date },
  signer: { type: actorSchema },
  onBehalfOf: {
    type: new Schema({ userId: String, name: String, delegationId: String }, { _id: false }),
  },
  signatureLines: { type: [String], default: undefined },
  ruling: {
    type: new Schema(
      { outcome: String, reason: String, by: actorSchema, at: Date },
      { _id: false },
    ),
  },
};
