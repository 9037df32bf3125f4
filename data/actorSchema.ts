import { Schema } from 'mongoose';
import { ROLES } from '../domain/process/roles';

/** Who did something, as every model records it (a person, or the system for deadlines). */
export const actorSchema = new Schema(
  {
    userId: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: [...ROLES, 'system'] as const, required: true },
    unitId: { type: String },
  },
  { _id: false },
);
