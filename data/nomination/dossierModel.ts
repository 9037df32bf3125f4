import { Schema, model } from 'mongoose';

/** A unit's submission (tờ trình and its list): the nominations it sent at once. */
const dossierSchema = new Schema(
  {
    _id: { type: String, required: true },
    unitId: { type: String, required: true },
    title: { type: String, required: true },
    nominationIds: { type: [String], required: true },
    submittedBy: { userId: String, name: String },
    submittedAt: { type: Date, required: true },
    /** Its human number, `<unit>-<year>-<NNNN>` (data/nomination/dossierNumber.ts). */
    number: { type: String },
  },
  { timestamps: true, versionKey: false },
);

dossierSchema.index({ unitId: 1, submittedAt: -1 });

export const DossierModel = model('Dossier', dossierSchema, 'dossiers');
