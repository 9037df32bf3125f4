/**
 * The nominations bench/scale.ts measures against, inserted in bulk as recordTransition
 * leaves them (desk keys, statistics entries and summaries included), and the units they
 * are spread over.
 */
import {
  CIVIL_SERVICE_CALENDAR,
  addDays,
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
} from '../../domain/calendar';
import { WAITING_STAGES, type Stage } from '../../domain/process/stages';
import { storedDeskKey } from '../../data/desk/deskKey';
import { NominationModel } from '../../data/nomination/nominationModel';
import { UnitModel } from '../../data/organisation/unitModel';
import { pipelinePosition, positionPaths } from '../../data/statistics/pipelinePosition';
import { entryOf } from '../../data/statistics/statisticsEntry';
import { summaryLoader } from '../../data/statistics/statisticsSummaryModel';

const BATCH = 5_000;
const UNITS = 20;
export const YEARS = 10;
/** Open nominations: a fifth of the current year's, so 2% of all; a ninth of them late. */
const OPEN_CYCLE: Stage[] = ['appraisal', 'appraisal', ...WAITING_STAGES];
const CLOSED_CYCLE: Stage[] = ['approved', 'approved', 'approved', 'rejected', 'withdrawn'];
const AWARDS = ['LDTT', 'CSTDCS', 'BKBO', 'CSTDBO', 'TTLDXS', 'KNC'];
const system = { userId: 'system', name: 'Hệ thống', role: 'system' };

const at = (day: IsoDate) => new Date(endOfVietnamDate(day) - 20 * 3600_000);
const step = (seq: number, day: IsoDate, stage: Stage, action: string) => ({
  seq,
  at: at(day),
  action,
  stage,
  actor: system,
});

/** Nomination `i` of the mix: ten years, twenty units, most closed, some open and late. */
function nomination(i: number, units: readonly string[], today: IsoDate) {
  const currentYear = Number(today.slice(0, 4));
  const year = currentYear - YEARS + 1 + (i % YEARS);
  const k = Math.floor(i / YEARS);
  const open = year === currentYear && k % 5 === 0;
  let stage: Stage;
  let history;
  let due: IsoDate | undefined;
  let created: IsoDate;
  if (open) {
    const m = k / 5;
    stage = OPEN_CYCLE[m % OPEN_CYCLE.length]!;
    const late = m % 9 === 0;
    const offset = late ? -1 - (m % 10) : m % 21;
    const dueOn = addWorkingDays(today, offset, CIVIL_SERVICE_CALENDAR);
    const entered = addWorkingDays(dueOn, -10, CIVIL_SERVICE_CALENDAR);
    due = stage === 'council_vote' ? undefined : dueOn;
    created = addDays(entered, -14 - (k % 30));
    history = [
      step(1, addDays(created, 3), 'appraisal', 'submitted'),
      step(2, addDays(created, 3), 'appraisal', 'checks_eligible'),
      ...(stage === 'appraisal' ? [] : [step(3, entered, stage, 'step')]),
    ];
  } else {
    stage = CLOSED_CYCLE[k % CLOSED_CYCLE.length]!;
    const received = addDays(`${Math.min(year + 1, currentYear)}-01-10` as IsoDate, k % 150);
    created = addDays(received < today ? received : addDays(today, -200), -3);
    const accepted = addDays(created, 10 + (k % 15));
    history = [
      step(1, addDays(created, 3), 'appraisal', 'submitted'),
      step(2, addDays(created, 3), 'appraisal', 'checks_eligible'),
      step(3, accepted, 'awaiting_decision', 'appraisal_accepted'),
      step(4, addDays(accepted, 5 + (k % 20)), stage, 'closed'),
    ];
  }
  const closedAt = history.at(-1)!.at;
  const _id = `N${String(i).padStart(7, '0')}`;
  const key = storedDeskKey({ _id, stage, dueOn: due, history });
  return {
    _id,
    // Spread so that every unit has open and late nominations too.
    unitId: units[Math.floor(k / 5) % units.length]!,
    nominee: {
      kind: i % 9 === 0 ? 'collective' : 'individual',
      name: `Nguyễn Văn ${i}`,
      position: 'Chuyên viên',
    },
    awardCode: AWARDS[i % AWARDS.length]!,
    kind: 'merit',
    year,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ được giao.',
    documents: [],
    submissions: [],
    dossierVersion: 1,
    stage,
    createdBy: system,
    receivedOn: vietnamDateOf(history[0]!.at.getTime()),
    ...(open && { holderRole: 'secretariat' }),
    ...(due && { dueOn: due, dueAt: new Date(endOfVietnamDate(due)) }),
    ...(key && { deskKey: key }),
    overdue: false,
    alerts: [],
    lastSeq: history.length,
    history,
    workflowId: `nomination-N${i}`,
    ...(stage === 'approved' && {
      decision: { number: `${i}/QĐ-BDTTG`, sequence: i, signedAt: closedAt },
    }),
    createdAt: at(created),
    updatedAt: closedAt,
  };
}

/** Inserts the nominations in batches; returns how many are open and late. */
export async function seedNominations(total: number, units: readonly string[], today: IsoDate) {
  const statistics = summaryLoader();
  let open = 0;
  let late = 0;
  for (let i = 0; i < total; i += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, total - i) }, (_, k) => {
      const doc = nomination(i + k, units, today);
      // As the steps leave it: its entry in the statistics, and the summaries' counts.
      const counted = entryOf(doc, doc.stage, undefined);
      statistics.add(
        doc._id,
        counted,
        doc.lastSeq,
        positionPaths(pipelinePosition(doc.stage, doc.receivedOn, doc.history)),
      );
      return { ...doc, statistics: { seq: doc.lastSeq, counted } };
    });
    await NominationModel.collection.insertMany(docs as never[], { ordered: false });
    for (const doc of docs) {
      if (doc.deskKey) open += 1;
      if (doc.deskKey && doc.dueOn && doc.dueOn < today) late += 1;
    }
    if ((i / BATCH) % 20 === 19) console.error(`  seeded ${i + docs.length}`);
  }
  await statistics.write();
  return { open, late };
}

/** Units up to UNITS beside the demo's; their ids, sorted. */
export async function fillUnits(): Promise<string[]> {
  const existing = await UnitModel.countDocuments({});
  await UnitModel.insertMany(
    Array.from({ length: UNITS - existing }, (_, i) => ({
      _id: `DV${String(i + 1).padStart(2, '0')}`,
      name: `Đơn vị ${i + 1}`,
      nameEn: `Unit ${i + 1}`,
      blocId: `KHOI-${(i % 3) + 1}`,
    })),
  );
  return (await UnitModel.find({}, { _id: 1 }).sort({ _id: 1 }).lean()).map((u) => u._id);
}
