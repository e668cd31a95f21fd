// driftcheck batch: one JSON line per manifest line, in input order, spread over worker threads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { RuleSet } from '../core/rules.js';
import type { Severity } from '../core/types.js';
import { UsageError } from '../core/types.js';

export interface BatchOptions {
  manifest: string;
  jobs: number;
  shard?: { k: number; n: number };
  /** The rules, loaded and checked once here (severities applied) and handed to every worker as they are. */
  rules: RuleSet;
  failOn: Severity;
  maxBytes: number;
  inputFormat: 'auto' | 'text' | 'html' | 'markdown';
  out: NodeJS.WritableStream;
  progress: NodeJS.WriteStream | null;
}

export interface BatchResult { pairs: number; failed: number; drifted: number; seconds: number }

export function parseShard(s: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(s);
  const k = Number(m?.[1]), n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard expects K/N with 1 <= K <= N, got "${s}"`);
  return { k, n };
}

export const defaultJobs = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

function progressLine(done: number, total: number | null, started: number): string {
  const secs = (Date.now() - started) / 1000;
  const rate = secs > 0 ? done / secs : 0;
  const width = 24;
  const bar = total ? '='.repeat(Math.round((done / Math.max(1, total)) * width)).padEnd(width) : ''.padEnd(width, '.');
  const left = total && rate > 0 ? ` · ${Math.ceil((total - done) / rate)} s left` : '';
  return `\r[${bar}] ${done}${total ? `/${total}` : ''} pairs · ${rate.toFixed(1)} pairs/s${left}   `;
}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  let input: NodeJS.ReadableStream;
  if (o.manifest === '-') input = process.stdin;
  else {
    try {
      if (fs.statSync(o.manifest).isDirectory()) throw new UsageError(`${o.manifest}: is a directory, expected a JSON-lines manifest`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`${o.manifest}: no such file`);
    }
    input = fs.createReadStream(o.manifest, 'utf8');
  }
  const baseDir = o.manifest === '-' ? process.cwd() : path.dirname(path.resolve(o.manifest));
  // The whole manifest is read first: the total makes the progress bar honest and lines are small.
  const lines: { line: string; lineNo: number }[] = [];
  let lineNo = 0, nonEmpty = 0;
  for await (const raw of readline.createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim()) continue;
    const slot = nonEmpty++;
    if (o.shard && slot % o.shard.n !== o.shard.k - 1) continue;
    lines.push({ line, lineNo });
  }
  const total = lines.length;
  const workers = Array.from({ length: Math.max(1, Math.min(o.jobs, total || 1)) }, () => new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { rules: o.rules, failOn: o.failOn, maxBytes: o.maxBytes, inputFormat: o.inputFormat, baseDir },
  }));
  let next = 0, written = 0, failed = 0, drifted = 0;
  const ready = new Map<number, string>();
  await new Promise<void>((resolve, reject) => {
    if (total === 0) { resolve(); return; }
    const feed = (w: Worker) => {
      if (next < total) { const j = lines[next]!; w.postMessage({ index: next, line: j.line, lineNo: j.lineNo }); next++; }
    };
    for (const w of workers) {
      w.on('error', reject);
      w.on('message', (m: { index: number; out: string; drift: boolean; error: boolean }) => {
        if (m.error) failed++;
        if (m.drift) drifted++;
        ready.set(m.index, m.out);
        // Output in input order: write every line that is now complete.
        while (ready.has(written)) { o.out.write(`${ready.get(written)}\n`); ready.delete(written); written++; }
        if (o.progress) o.progress.write(progressLine(written, total, started));
        if (written === total) resolve(); else feed(w);
      });
      feed(w);
    }
  });
  await Promise.all(workers.map((w) => w.terminate()));
  if (o.progress) o.progress.write('\n');
  return { pairs: total, failed, drifted, seconds: (Date.now() - started) / 1000 };
}
