import { Schema, model, type InferSchemaType } from 'mongoose';
import { ROLES } from '../../domain/process/roles';

const userSchema = new Schema(
  {
    _id: { type: String, required: true }, // the username
    name: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    unitId: { type: String },
    /** Where notifications are e-mailed (optional; without it the user has the in-app inbox only). */
    email: { type: String, trim: true, lowercase: true },
    passwordHash: { type: String, required: true },
    active: { type: Boolean, required: true, default: true },
  },
  { timestamps: true, versionKey: false },
);

export type UserDocument = InferSchemaType<typeof userSchema> & { _id: string };
export const UserModel = model('User', userSchema, 'users');
