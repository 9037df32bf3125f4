import { hashPassword } from '../../api/auth/passwordHash';
import { UserModel } from '../../data/identity/userModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS, type DemoUser } from './demoData';
import { seedDemoHistory } from './demoHistory';

/** Inserts what is missing; never overwrites what an administrator changed. */
export async function seedDemoData(
  users: readonly DemoUser[] = DEMO_USERS,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await UnitModel.bulkWrite(
    DEMO_UNITS.map((unit) => ({
      updateOne: { filter: { _id: unit._id }, update: { $setOnInsert: unit }, upsert: true },
    })),
  );
  await seedDemoHistory();
  const existing = new Set(
    (await UserModel.find({ _id: { $in: users.map((u) => u._id) } }, { _id: 1 }).lean()).map(
      (u) => u._id,
    ),
  );
  const missing = users.filter((user) => !existing.has(user._id));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(password);
  await UserModel.bulkWrite(
    missing.map((user) => ({
      updateOne: {
        filter: { _id: user._id },
        update: { $setOnInsert: { ...user, passwordHash, active: true } },
        upsert: true,
      },
    })),
  );
}
