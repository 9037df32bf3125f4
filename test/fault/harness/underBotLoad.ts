import { startBots, type BotRun } from './bots';
import type { FaultStack } from './faultStack';
import { sleep, until } from './timing';

export interface FaultRun extends BotRun {
  /** From the fault's start to the end of its recovery step, in ms. */
  faultMs: number;
  /** Nominations drafted before the fault and signed after it. */
  caughtInFault: number;
}

/**
 * The shape of every scenario: bots drive nominations through the API; once the load is
 * steady (two approved), `fault` breaks something and repairs it; the bots go on for
 * another 15 s, then finish what they started.
 */
export async function underBotLoad(
  stack: FaultStack,
  tag: string,
  fault: () => Promise<void>,
): Promise<FaultRun> {
  const load = startBots(stack.apiUrl, 4, tag);
  let started = 0;
  let ended = 0;
  try {
    await until('two nominations approved before the fault', () => load.approved() >= 2, 180_000);
    started = Date.now();
    await fault();
    ended = Date.now();
  } catch (error) {
    await load.abandon();
    throw error;
  }
  await sleep(15_000);
  const run = await load.stop();
  const caughtInFault = run.spans.filter((s) => s.from < started && s.to > ended).length;
  const slowest = Math.max(...run.spans.map((s) => s.to - s.from));
  console.info(
    `${tag}: ${run.nominationIds.length} nominations (${caughtInFault} in flight through the fault), ` +
      `fault ${((ended - started) / 1000).toFixed(1)} s, ` +
      `slowest nomination ${(slowest / 1000).toFixed(1)} s; answers ` +
      JSON.stringify(Object.fromEntries(run.answers.counts)),
  );
  return { ...run, faultMs: ended - started, caughtInFault };
}
