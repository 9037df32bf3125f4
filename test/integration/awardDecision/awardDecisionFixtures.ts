import { randomBytes } from 'node:crypto';
import { addDays, vietnamDateOf, type IsoDate } from '../../../domain/calendar';
import type { CommendationKind } from '../../../domain/catalogue/awardDefinition';
import type { Actor } from '../../../domain/process/roles';
import type { Stage } from '../../../domain/process/stages';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';

/** Demo users plus two deputy ministers (the demo set has none). */
export async function seedUsersWithDeputies(): Promise<void> {
  await seedDemoData([
    ...DEMO_USERS,
    { _id: 'thutruong.1', name: 'Y Vinh Tơr', role: 'deputy_minister' },
    { _id: 'thutruong.2', name: 'Nông Quốc Tuấn', role: 'deputy_minister' },
  ]);
}

export interface NominationFixture {
  stage?: Stage;
  awardCode?: string;
  kind?: CommendationKind;
  year?: number;
  name?: string;
  unitId?: string;
  kindOfNominee?: 'individual' | 'collective';
  lastSeq?: number;
}

/**
 * A nomination's read model inserted directly at a stage (its workflow does not exist: the
 * award decision must tolerate that and record it).
 */
export async function insertNomination(fixture: NominationFixture = {}): Promise<string> {
  const id = `n${randomBytes(6).toString('hex')}`;
  const actor: Actor = {
    userId: 'vutruong.vcsdt',
    name: 'Trần Văn Hùng',
    role: 'unit_head',
    unitId: 'VCSDT',
  };
  await NominationModel.create({
    _id: id,
    unitId: fixture.unitId ?? 'VCSDT',
    nominee: {
      kind: fixture.kindOfNominee ?? 'individual',
      name: fixture.name ?? `Người được đề nghị ${id.slice(1, 5)}`,
      position: 'Chuyên viên',
      personId: `p-${id}`,
    },
    awardCode: fixture.awardCode ?? 'CSTDCS',
    kind: fixture.kind ?? 'merit',
    year: fixture.year ?? 2025,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    stage: fixture.stage ?? 'awaiting_decision',
    createdBy: actor,
    lastSeq: fixture.lastSeq ?? 0,
    history: [],
  });
  return id;
}

export function today(): IsoDate {
  return vietnamDateOf(new Date());
}

export function daysFromToday(days: number): IsoDate {
  return addDays(today(), days);
}
