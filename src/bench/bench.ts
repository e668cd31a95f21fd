// npm run bench: stage times, throughput, peak memory and the ratio to bare wink-nlp on long synthetic pairs,
// then batch throughput with one and two jobs. Prints a table and writes bench-results.json.
import { execFileSync, spawnSync } from 'node:child_process';
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

// Batch throughput on seed-sized pairs.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'driftcheck-bench-'));
const material = seedSentences(loadRules());
const pairs = Number(process.env.BENCH_PAIRS ?? 48);
const manifest = Array.from({ length: pairs }, (_, i) => JSON.stringify({ id: i, ...syntheticPair(material, material.ref.length, 1000 + i) })).join('\n');
const file = path.join(dir, 'pairs.jsonl');
fs.writeFileSync(file, manifest);
const cli = path.join(here, '..', 'cli.js');
const batch: Record<string, number> = {};
for (const jobs of [1, 2]) {
  const t = Date.now();
  const r = spawnSync(process.execPath, [cli, 'batch', file, '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 2) throw new Error(r.stderr);
  batch[`jobs${jobs}`] = Number((pairs / ((Date.now() - t) / 1000)).toFixed(2));
}
const speedup = batch.jobs2! / batch.jobs1!;
console.log(`batch of ${pairs} seed-sized pairs: --jobs 1 ${batch.jobs1} pairs/s, --jobs 2 ${batch.jobs2} pairs/s (${speedup.toFixed(2)}×)`);
const results = { date: new Date().toISOString(), machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, sizes: rows, growth1kTo10k: growth, batch: { pairs, ...batch, speedup } };
fs.writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench-results.json');
