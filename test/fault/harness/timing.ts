export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `reached` every 250 ms; fails after `withinMs` naming what was awaited. */
export async function until(
  what: string,
  reached: () => boolean | Promise<boolean>,
  withinMs: number,
) {
  const deadline = Date.now() + withinMs;
  while (!(await reached())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${withinMs / 1000} s: ${what}`);
    await sleep(250);
  }
}
