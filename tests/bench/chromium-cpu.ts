import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) used so far by the Chromium that loaded the extension from
 * `extensionPath` and every process it started (renderers, the storage service, workers' hosts):
 * read from /proc, so it counts work the extension's pages cannot time themselves, such as
 * IndexedDB's reads in the browser process. Linux only; the difference of two readings is what ran
 * between them.
 */
export function chromiumCpuSeconds(extensionPath: string): number {
  const ticksPerSecond = 100;
  const processes: { pid: number; parent: number; cpu: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name: state, ppid, … utime (14th), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.push({
        pid: Number(entry),
        parent: Number(fields[1]),
        cpu: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond,
        command: readFileSync(`/proc/${entry}/cmdline`, 'utf8'),
      });
    } catch {
      // The process ended while it was read.
    }
  }
  const browser = processes.find(
    (p) => p.command.includes(`--load-extension=${extensionPath}`) && !p.command.includes('--type='),
  );
  if (!browser) throw new Error(`No Chromium found with the extension at ${extensionPath}.`);
  const tree = new Set([browser.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes)
      if (!tree.has(p.pid) && tree.has(p.parent)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  return processes.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
}
