// npm run bench: stage times, throughput, peak memory and the ratio to bare wink-nlp on long synthetic pairs,
// then batch throughput with one and two jobs. Prints a table and writes bench-results.json.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../core/rules.js';
import { seedSentences, syntheticPair } from './synthetic.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const rows: Record<string, unknown>[] = [];
console.log(`driftcheck bench · ${os.cpus()[0]?.model ?? 'cpu'} · ${os.cpus().length} cores · ${Math.round(os.totalmem() / 2 ** 30)} GiB · node ${process.version}\n`);
const head = ['sentences', 'read', 'clean', 'segment', 'align', 'compare', 'render', 'total ms', 'tokens/s', 'peak MB', 'wink ms', '× wink'];
console.log(head.map((h) => h.padStart(9)).join(' '));
for (const n of sizes) {
  const out = execFileSync(process.execPath, [path.join(here, 'size.js'), String(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const r = JSON.parse(out.trim().split('\n').pop()!);
  rows.push(r);
  console.log([n, r.ms.read, r.ms.clean, r.ms.segment, r.ms.align, r.ms.compare, r.ms.render, r.totalMs, r.tokensPerSecond, r.peakMB, r.winkMs, r.ratio].map((x) => String(x).padStart(9)).join(' '));
}
const byN = (n: number) => rows.find((r) => r.sentences === n) as { totalMs: number } | undefined;
const growth = byN(1000) && byN(10000) ? byN(10000)!.totalMs / byN(1000)!.totalMs : null;
if (growth !== null) console.log(`\n1,000 → 10,000 sentences: ${growth.toFixed(1)}× the time`);

// Batch throughput on seed-sized pairs, through the real CLI. Each worker loads the model and warms up its JIT
// before it reaches full speed, so the rate is reported over the whole run (what a short batch gets) and over
// its second half (the steady rate a long daily batch runs at).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'driftcheck-bench-'));
const material = seedSentences(loadRules());
const pairs = Number(process.env.BENCH_PAIRS ?? 240);
const manifest = Array.from({ length: pairs }, (_, i) => JSON.stringify({ id: i, ...syntheticPair(material, material.ref.length, 1000 + i) })).join('\n');
const file = path.join(dir, 'pairs.jsonl');
fs.writeFileSync(file, manifest);
const cli = path.join(here, '..', 'cli.js');

interface BatchRun { overall: number; steady: number; seconds: number }
function runBatch(jobs: number): Promise<BatchRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'batch', file, '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0, halfAt = 0, err = '';
    const half = Math.floor(pairs / 2);
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) if (++lines === half) halfAt = performance.now();
    });
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      const end = performance.now();
      if (code === 2 || lines !== pairs) { reject(new Error(`batch --jobs ${jobs} failed (${code}): ${err.split('\n')[0]}`)); return; }
      const r = (x: number) => Number(x.toFixed(2));
      resolve({ overall: r(pairs / ((end - t0) / 1000)), steady: r((pairs - half) / ((end - halfAt) / 1000)), seconds: r((end - t0) / 1000) });
    });
  });
}
const batch: Record<string, BatchRun> = {};
for (const jobs of [1, 2]) batch[`jobs${jobs}`] = await runBatch(jobs);
const speedup = { overall: Number((batch.jobs2!.overall / batch.jobs1!.overall).toFixed(2)), steady: Number((batch.jobs2!.steady / batch.jobs1!.steady).toFixed(2)) };
console.log(`\nbatch of ${pairs} seed-sized pairs (pairs/s)     whole run   second half`);
for (const jobs of [1, 2]) console.log(`  --jobs ${jobs}                              ${String(batch[`jobs${jobs}`]!.overall).padStart(9)}   ${String(batch[`jobs${jobs}`]!.steady).padStart(11)}`);
console.log(`  --jobs 2 / --jobs 1                   ${String(speedup.overall).padStart(8)}×   ${String(speedup.steady).padStart(10)}×`);
fs.rmSync(dir, { recursive: true, force: true });

// The targets of issue 5, each with what this run measured.
const worst = Math.max(...rows.map((r) => r.ratio as number));
const peak10k = (rows.find((r) => r.sentences === 10000) as { peakMB: number } | undefined)?.peakMB;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log('\ntargets');
console.log(`  total at most 1.5x bare wink on every size     worst ${worst}x          ${verdict(worst <= 1.5)}`);
if (growth !== null) console.log(`  1,000 -> 10,000 sentences at most 12x the time  ${growth.toFixed(1)}x             ${verdict(growth <= 12)}`);
if (peak10k !== undefined) console.log(`  peak memory at 10,000 sentences under 400 MB   ${peak10k} MB           ${verdict(peak10k < 400)}`);
console.log(`  --jobs 2 at least 1.7x --jobs 1                ${speedup.overall}x whole run, ${speedup.steady}x second half   ${verdict(speedup.overall >= 1.7)} (whole run), ${verdict(speedup.steady >= 1.7)} (second half)`);

const results = { date: new Date().toISOString(), machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, sizes: rows, growth1kTo10k: growth, batch: { pairs, ...batch, speedup } };
fs.writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench-results.json');
