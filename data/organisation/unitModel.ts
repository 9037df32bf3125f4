import { Schema, model } from 'mongoose';

/** A department or affiliated body of the agency (vụ, đơn vị). */
const unitSchema = new Schema(
  {
    _id: { type: String, required: true }, // short code, e.g. "VTCCB"
    name: { type: String, required: true },
    nameEn: { type: String, required: true },
    blocId: { type: String },
  },
  { timestamps: true, versionKey: false },
);

unitSchema.index({ blocId: 1 });

export const UnitModel = model('Unit', unitSchema, 'units');
