// --shard auto: the slice from the environment of job-array engines, and clear errors when it is not there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardFromEnv } from '../src/batch/shard-env.js';
import { UsageError } from '../src/core/types.js';
import { ROOT, tempDir } from './helpers.js';

describe('--shard auto', () => {
  it.each([
    ['Kubernetes indexed Job', { JOB_COMPLETION_INDEX: '2', JOB_COMPLETIONS: '4' }, 'auto', { k: 3, n: 4 }],
    ['Kubernetes, count on the command line', { JOB_COMPLETION_INDEX: '0' }, 'auto/3', { k: 1, n: 3 }],
    ['AWS Batch array job', { AWS_BATCH_JOB_ARRAY_INDEX: '9', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, 'auto', { k: 10, n: 10 }],
    ['Slurm array 1-8', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' }, 'auto', { k: 1, n: 8 }],
    ['Slurm array 0-15:5', { SLURM_ARRAY_TASK_ID: '10', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '5', SLURM_ARRAY_TASK_COUNT: '4' }, 'auto', { k: 3, n: 4 }],
    ['GitHub matrix (explicit)', { DRIFTCHECK_SHARD_INDEX: '1', DRIFTCHECK_SHARD_COUNT: '2' }, 'auto', { k: 2, n: 2 }],
    ['explicit wins over an engine', { DRIFTCHECK_SHARD_INDEX: '0', DRIFTCHECK_SHARD_COUNT: '2', SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_COUNT: '9' }, 'auto', { k: 1, n: 2 }],
  ])('reads %s', (_name, env, spec, expected) => {
    expect(shardFromEnv(spec, env)).toEqual(expected);
  });

  it.each([
    [{}, 'auto', /found no job-array index in the environment/],
    [{ AWS_BATCH_JOB_ARRAY_INDEX: '3' }, 'auto', /AWS Batch gives the index \(AWS_BATCH_JOB_ARRAY_INDEX\) but not the count; set AWS_BATCH_JOB_ARRAY_SIZE or DRIFTCHECK_SHARD_COUNT/],
    [{ JOB_COMPLETION_INDEX: '4', JOB_COMPLETIONS: '4' }, 'auto', /index 4 is outside a count of 4/],
    [{ JOB_COMPLETION_INDEX: 'two' }, 'auto/2', /JOB_COMPLETION_INDEX should be a whole number/],
    [{ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '2', SLURM_ARRAY_TASK_COUNT: '4' }, 'auto', /not a task of the array/],
    [{ JOB_COMPLETION_INDEX: '0' }, 'automatic', /--shard expects K\/N, auto or auto\/N/],
  ])('refuses %j with %s', (env, spec, message) => {
    expect(() => shardFromEnv(spec, env)).toThrow(UsageError);
    expect(() => shardFromEnv(spec, env)).toThrow(message);
  });

  it('takes the slice in the real CLI: two array tasks together cover the manifest once', () => {
    const d = tempDir('driftcheck-shard-');
    const manifest = path.join(d, 'pairs.jsonl');
    fs.writeFileSync(manifest, ['a', 'b', 'c'].map((id) => JSON.stringify({ id, reference: 'The minister said the plan would work.', suspect: 'The minister said the plan would not work.' })).join('\n') + '\n');
    const run = (index: string) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'batch', manifest, '--jobs', '1', '--shard', 'auto'],
      { encoding: 'utf8', env: { ...process.env, SLURM_ARRAY_TASK_ID: index, SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '2' } });
    const ids = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l).id);
    const first = run('1'), second = run('2');
    expect(ids(first.stdout)).toEqual(['a', 'c']);
    expect(ids(second.stdout)).toEqual(['b']);
    const none = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'batch', manifest, '--shard', 'auto'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });
});
