// --shard auto: which slice of the manifest this process takes, read from the environment that job-array engines
// give each task. Every engine counts its tasks from 0 (or from a first index); the slice is K/N counted from 1.
import { UsageError } from '../core/types.js';

export interface Shard { k: number; n: number }
type Env = Record<string, string | undefined>;

const whole = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined || v.trim() === '') return undefined;
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`--shard auto: ${name} should be a whole number, got "${v}"`);
  return Number(v);
};

/** One engine's reading of the environment: the 0-based index and the count, or nothing if its variables are absent. */
interface Source { engine: string; index: string; count: string[]; first?: string; step?: string }

const SOURCES: Source[] = [
  // Set explicitly, e.g. from a GitHub Actions matrix: strategy.job-index and strategy.job-total.
  { engine: 'DRIFTCHECK_SHARD_INDEX (set by you)', index: 'DRIFTCHECK_SHARD_INDEX', count: ['DRIFTCHECK_SHARD_COUNT'] },
  // Slurm job arrays: --array=MIN-MAX[:STEP] gives each task its id, the first id, the step and the count.
  { engine: 'Slurm', index: 'SLURM_ARRAY_TASK_ID', count: ['SLURM_ARRAY_TASK_COUNT'], first: 'SLURM_ARRAY_TASK_MIN', step: 'SLURM_ARRAY_TASK_STEP' },
  // AWS Batch array jobs: the index is set by Batch; the size is not, so the job definition passes it.
  { engine: 'AWS Batch', index: 'AWS_BATCH_JOB_ARRAY_INDEX', count: ['AWS_BATCH_JOB_ARRAY_SIZE', 'DRIFTCHECK_SHARD_COUNT'] },
  // Kubernetes indexed Jobs: the index is set by Kubernetes; the count (spec.completions) is passed in the pod's env.
  { engine: 'Kubernetes', index: 'JOB_COMPLETION_INDEX', count: ['JOB_COMPLETIONS', 'DRIFTCHECK_SHARD_COUNT'] },
];

/**
 * The slice for "--shard auto" (count from the environment) or "--shard auto/N" (count given). An index that
 * no engine set, a missing count or an index outside the count is a usage error naming the variable.
 */
export function shardFromEnv(spec: string, env: Env = process.env): Shard {
  const m = /^auto(?:\/(\d+))?$/.exec(spec);
  if (!m) throw new UsageError(`--shard expects K/N, auto or auto/N, got "${spec}"`);
  const given = m[1] !== undefined ? Number(m[1]) : undefined;
  if (given === 0) throw new UsageError('--shard auto/N needs N of at least 1');
  const src = SOURCES.find((s) => env[s.index] !== undefined && env[s.index]!.trim() !== '');
  if (!src) {
    throw new UsageError(`--shard auto found no job-array index in the environment (${SOURCES.map((s) => s.index).join(', ')}); use --shard K/N`);
  }
  const id = whole(src.index, env[src.index])!;
  const first = src.first ? whole(src.first, env[src.first]) ?? 0 : 0;
  const step = src.step ? whole(src.step, env[src.step]) ?? 1 : 1;
  if (step === 0 || id < first || (id - first) % step !== 0) throw new UsageError(`--shard auto: ${src.index}=${id} is not a task of the array (first ${first}, step ${step})`);
  const index = (id - first) / step;
  const countVar = src.count.find((c) => whole(c, env[c]) !== undefined);
  const n = given ?? (countVar ? whole(countVar, env[countVar])! : undefined);
  if (n === undefined) throw new UsageError(`--shard auto: ${src.engine} gives the index (${src.index}) but not the count; set ${src.count.join(' or ')}, or use --shard auto/N`);
  if (n < 1 || index >= n) throw new UsageError(`--shard auto: ${src.engine} index ${index} is outside a count of ${n}`);
  return { k: index + 1, n };
}
