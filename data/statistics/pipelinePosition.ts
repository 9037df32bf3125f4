import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { weekStart } from '../../domain/desk/projection';
import { isFinalStage, type Stage } from '../../domain/process/stages';
import { StatisticsSummaryModel } from './statisticsSummaryModel';

/**
 * Where a nomination stands in the secretariat's pipeline: open at a stage, received in a
 * week, closed in a week and how. The statistics summaries count it in one small document per
 * unit (`pipeline:<unit>`, by year inside: `y.<year>.open.<stage>`, …), kept by the same
 * `$inc` of each step that moves it, so the desk's pipeline adds up a document per unit
 * instead of reading the nominations. A position is a pure function of the record up to a
 * step, so a retried step (which reads the record after its own write) finds the same before
 * and after.
 */
interface PipelinePosition {
  /** The waiting stage, if the nomination is open (not a draft, not closed). */
  open?: Stage;
  /** Monday of the week of its receipt date (set by its first step, never changed). */
  receivedWeek?: IsoDate;
  /** Monday of the week of the step that closed it, and how; revoked ones are not counted. */
  closed?: { week: IsoDate; as: ClosedAs };
  /** How a closed one ended (revoked included). */
  outcome?: ClosedOutcome;
}

/** The trend's two kinds of closing: the award, and the others (rejected, withdrawn, cancelled). */
const CLOSED_AS = ['approved', 'closedOtherwise'] as const;
type ClosedAs = (typeof CLOSED_AS)[number];
const CLOSED_OUTCOMES = ['awarded', 'notAwarded', 'revoked'] as const;
type ClosedOutcome = (typeof CLOSED_OUTCOMES)[number];

/** One timeline entry, as far as the pipeline reads it. */
export interface PipelineStep {
  seq: number;
  stage: Stage;
  at: Date;
}

const weekOf = (at: Date): IsoDate => weekStart(vietnamDateOf(at.getTime()));

/**
 * The position of a nomination at `stage` after `steps` (its timeline up to that step), with
 * its receipt date. A draft has none. The closing week is that of the first step into a final
 * stage, so a later step (a note, a revocation) does not move it.
 */
export function pipelinePosition(
  stage: Stage,
  receivedOn: string | null | undefined,
  steps: readonly PipelineStep[],
): PipelinePosition | undefined {
  if (stage === 'draft') return undefined;
  const closing = isFinalStage(stage)
    ? [...steps].sort((a, b) => a.seq - b.seq).find((s) => isFinalStage(s.stage))
    : undefined;
  return {
    ...(!isFinalStage(stage) && { open: stage }),
    ...(receivedOn && { receivedWeek: weekStart(receivedOn as IsoDate) }),
    ...(closing &&
      stage !== 'revoked' && {
        closed: {
          week: weekOf(closing.at),
          as: stage === 'approved' ? ('approved' as const) : ('closedOtherwise' as const),
        },
      }),
    ...(isFinalStage(stage) && {
      outcome:
        stage === 'approved'
          ? ('awarded' as const)
          : stage === 'revoked'
            ? ('revoked' as const)
            : ('notAwarded' as const),
    }),
  };
}

/** The paths, within its year, a position counts one in (`open.<stage>`, `received.<week>`, …). */
export function positionPaths(position: PipelinePosition | undefined): string[] {
  if (!position) return [];
  return [
    ...(position.open ? [`open.${position.open}`] : []),
    ...(position.receivedWeek ? [`received.${position.receivedWeek}`] : []),
    ...(position.closed ? [`${position.closed.as}.${position.closed.week}`] : []),
    ...(position.outcome ? [`outcome.${position.outcome}`] : []),
  ];
}

/** The pipeline's counts, added up over units (and years, unless one is asked). */
export interface PipelineCounts {
  /** Open nominations by unit, then stage. */
  open: Map<string, Map<Stage, number>>;
  /** By week (Monday): received, approved and closed otherwise. */
  received: Map<IsoDate, number>;
  approved: Map<IsoDate, number>;
  closedOtherwise: Map<IsoDate, number>;
  outcome: Record<ClosedOutcome, number>;
}

export const emptyPipelineCounts = (): PipelineCounts => ({
  open: new Map(),
  received: new Map(),
  approved: new Map(),
  closedOtherwise: new Map(),
  outcome: { awarded: 0, notAwarded: 0, revoked: 0 },
});

/** A unit's pipeline document: by year, `open.<stage>`, `received.<week>`, … */
interface PipelineDocument {
  unitId: string;
  y?: Record<string, Partial<Record<string, Record<string, number>>> | undefined> | null;
}

/** Adds up the units' pipeline documents (`y.<year>.…`), of one year or of all. */
export function addPipelineCounts(
  documents: readonly PipelineDocument[],
  year?: number,
): PipelineCounts {
  const counts = emptyPipelineCounts();
  const add = <K>(map: Map<K, number>, key: K, value: number) => {
    map.set(key, (map.get(key) ?? 0) + value);
  };
  for (const { unitId, y } of documents) {
    for (const [documentYear, p] of Object.entries(y ?? {})) {
      if (year !== undefined && Number(documentYear) !== year) continue;
      for (const [stage, count] of Object.entries(p?.open ?? {})) {
        if (count === 0) continue;
        const unit = counts.open.get(unitId) ?? new Map<Stage, number>();
        counts.open.set(unitId, unit);
        add(unit, stage as Stage, count);
      }
      for (const field of ['received', ...CLOSED_AS] as const) {
        for (const [week, count] of Object.entries(p?.[field] ?? {})) {
          add(counts[field], week as IsoDate, count);
        }
      }
      for (const outcome of CLOSED_OUTCOMES) counts.outcome[outcome] += p?.outcome?.[outcome] ?? 0;
    }
  }
  return counts;
}

/**
 * A step's move in the pipeline, as the paths counted before it (at `previousStage`, the
 * timeline before the step) and after it (the timeline with `step`). `history` may or may not
 * hold the step already (a retry reads the record after its write); later entries are not read.
 */
export function stepPositions(
  history: readonly PipelineStep[],
  receivedOn: string | null | undefined,
  previousStage: Stage,
  step: PipelineStep,
): { from: string[]; to: string[] } {
  const before = history.filter((entry) => entry.seq < step.seq);
  return {
    from: positionPaths(pipelinePosition(previousStage, receivedOn, before)),
    to: positionPaths(pipelinePosition(step.stage, receivedOn, [...before, step])),
  };
}

/**
 * The units' pipeline documents, added up (of one year, or of all): one small document per
 * unit, found through the `year` index (they have none: the index keeps them as null).
 */
export async function readPipelineCounts(year?: number): Promise<PipelineCounts> {
  const documents = await StatisticsSummaryModel.find({ year: null }, { unitId: 1, y: 1 }).lean();
  return addPipelineCounts(documents as unknown as PipelineDocument[], year);
}
