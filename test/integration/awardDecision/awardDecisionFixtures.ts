import { randomBytes } from 'node:crypto';
import { addDays, vietnamDateOf, type IsoDate } from '../../../domain/calendar';
import type { CommendationKind } from '../../../domain/catalogue/awardDefinition';
import type { Actor } from '../../../domain/process/roles';
import type { Stage } from '../../../domain/process/stages';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { startNominationAt } from '../../harness/nominationAtStage';
import type { TestStack } from '../../harness/testStack';

/** Demo users plus two deputy ministers (the demo set has none). */
export async function seedUsersWithDeputies(): Promise<void> {
  await seedDemoData([
    ...DEMO_USERS,
    { _id: 'thutruong.1', name: 'Y Vinh Tơr', role: 'deputy_minister' },
    { _id: 'thutruong.2', name: 'Nông Quốc Tuấn', role: 'deputy_minister' },
  ]);
}

/** The fixtures' receipt date: its rule set fixes their procedure. */
const RECEIVED_ON = '2025-12-22';

interface NominationFixture {
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
 * A nomination at a stage (awaiting a decision unless told): its read model as its earlier
 * steps left it, and its real workflow running there (startNominationAt).
 */
export async function insertNomination(
  stack: TestStack,
  fixture: NominationFixture = {},
): Promise<string> {
  const id = `n${randomBytes(6).toString('hex')}`;
  const actor: Actor = {
    userId: 'vutruong.vcsdt',
    name: 'Trần Văn Hùng',
    role: 'unit_head',
    unitId: 'VCSDT',
  };
  const at = {
    nominationId: id,
    unitId: fixture.unitId ?? 'VCSDT',
    awardCode: fixture.awardCode ?? 'CSTDCS',
    kind: fixture.kind ?? 'merit',
    year: fixture.year ?? 2025,
    stage: fixture.stage ?? 'awaiting_decision',
    seq: fixture.lastSeq ?? 0,
    receivedOn: RECEIVED_ON,
    submittedBy: actor,
  };
  await NominationModel.create({
    _id: id,
    unitId: at.unitId,
    nominee: {
      kind: fixture.kindOfNominee ?? 'individual',
      name: fixture.name ?? `Người được đề nghị ${id.slice(1, 5)}`,
      position: 'Chuyên viên',
      personId: `p-${id}`,
    },
    awardCode: at.awardCode,
    kind: at.kind,
    year: at.year,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    stage: at.stage,
    createdBy: actor,
    receivedOn: RECEIVED_ON,
    lastSeq: at.seq,
    history: [],
  });
  await startNominationAt(stack, at);
  return id;
}

export function today(): IsoDate {
  return vietnamDateOf(new Date());
}

export function daysFromToday(days: number): IsoDate {
  return addDays(today(), days);
}
