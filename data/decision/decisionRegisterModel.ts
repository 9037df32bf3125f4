import { Schema, model } from 'mongoose';

/**
 * The register of decision numbers for one document symbol and year. Each number is
 * allocated by one conditional update of this single document (the number and the
 * decision it belongs to are written together), so there are no gaps and no
 * duplicates without multi-document transactions.
 */
const decisionRegisterSchema = new Schema(
  {
    _id: { type: String, required: true }, // `${symbol}:${year}`
    symbol: { type: String, required: true },
    year: { type: Number, required: true },
    last: { type: Number, required: true, default: 0 },
    issued: {
      type: [
        new Schema(
          {
            decisionId: { type: String, required: true },
            sequence: { type: Number, required: true },
            issuedAt: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { versionKey: false },
);

export const DecisionRegisterModel = model(
  'DecisionRegister',
  decisionRegisterSchema,
  'decision_registers',
);
