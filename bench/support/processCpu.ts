import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux that matters). */
const TICKS_PER_SECOND = 100;

/** The processes this one started (servers, worker, API), by their command name. */
export function childProcesses(parent = process.pid): { pid: number; name: string }[] {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so split after its closing paren.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push({ pid: Number(entry), name });
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** CPU seconds (user + system) a live process has used so far; Linux only. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "(comm)": state is field 3 of stat(5), utime 14 and stime 15.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
