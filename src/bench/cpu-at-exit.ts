// Loaded with --import into a process the bench starts: prints the process's whole CPU time (user + system, from
// its start, start-up included) as the last line of standard error when it exits.
import fs from 'node:fs';

process.on('exit', () => {
  const c = process.cpuUsage();
  fs.writeSync(2, `\nbench-cpu ${JSON.stringify({ ms: (c.user + c.system) / 1000, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
});
