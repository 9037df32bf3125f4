import { readFileSync } from 'node:fs';

/**
 * A live process's peak resident memory so far (`VmHWM`, the kernel's high-water mark),
 * in MiB; Linux only. Read it before the process ends.
 */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kib) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kib) / 1024;
}
