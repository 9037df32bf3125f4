import { Schema, model } from 'mongoose';

/** An emulation bloc (khối thi đua): units that compete together; one flag per bloc. */
const blocSchema = new Schema(
  {
    _id: { type: String, required: true }, // short code, e.g. "KHOI-1"
    name: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export const BlocModel = model('Bloc', blocSchema, 'blocs');
