// A cold `driftcheck check` of the seed pair (its text report read and dropped), as installed (dist/bin.js) and
// through dist/cli.js, against the floor it is built on (wink-nlp: model load and readDoc of both texts), each its
// own process, in turn (check, wink, dist/cli.js check, check, wink...) so that a machine whose speed drifts weighs
// on all alike. CPU is each process's own user + system time, start-up
// included.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from '../eval/fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = ['000_bf89464fc697da98.txt', '002_2d5e172159065896.txt'].map((f) => path.join(FIXTURES, 'seeds', f));

export interface ColdRun {
  checkMs: number[]; winkMs: number[]; ratios: number[]; checkPeakMB: number; winkPeakMB: number;
  /** The same check through dist/cli.js, the modules loaded one by one without the bundle (dist/bin.js runs it otherwise). */
  unbundledMs: number[]; unbundledRatios: number[];
}

function cpuOf(args: string[]): { ms: number; peakMB: number } {
  const r = spawnSync(process.execPath, ['--import', path.join(here, 'cpu-at-exit.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stderr.trim().split('\n').pop() ?? '';
  if (!line.startsWith('bench-cpu ') || (r.status !== 0 && r.status !== 1)) throw new Error(`cold run of ${args.join(' ')} failed (${r.status}): ${r.stderr.split('\n')[0]}`);
  return JSON.parse(line.slice('bench-cpu '.length)) as { ms: number; peakMB: number };
}

export function coldCheck(rounds: number): ColdRun {
  // The installed command (package.json bin), and dist/cli.js beside it.
  const bin = path.join(here, '..', 'bin.js'), cli = path.join(here, '..', 'cli.js');
  const out: ColdRun = { checkMs: [], winkMs: [], ratios: [], checkPeakMB: 0, winkPeakMB: 0, unbundledMs: [], unbundledRatios: [] };
  for (let r = 0; r < rounds; r++) {
    const c = cpuOf([bin, 'check', ...SEED, '--no-color']);
    const w = cpuOf([path.join(here, 'wink-cold.js'), ...SEED]);
    const u = cpuOf([cli, 'check', ...SEED, '--no-color']);
    out.checkMs.push(c.ms);
    out.winkMs.push(w.ms);
    out.ratios.push(c.ms / w.ms);
    out.unbundledMs.push(u.ms);
    out.unbundledRatios.push(u.ms / w.ms);
    out.checkPeakMB = Math.max(out.checkPeakMB, c.peakMB);
    out.winkPeakMB = Math.max(out.winkPeakMB, w.peakMB);
  }
  return out;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
