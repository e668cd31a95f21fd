// driftcheck batch: one JSON line per manifest line, in input order, spread over worker threads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RuleSet } from '../core/rules.js';
import type { Severity } from '../core/types.js';
import { kindOf } from '../core/read.js';
import { UsageError } from '../core/types.js';

export interface BatchOptions {
  manifest: string;
  jobs: number;
  shard?: { k: number; n: number };
  /** The rules, loaded and checked once here (severities applied) and handed to every worker as they are. */
  rules: RuleSet;
  failOn: Severity;
  maxBytes: number;
  /** Read files the manifest names even outside the manifest's folder. */
  allowOutside: boolean;
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

/**
 * The longest manifest line read: room for two inline texts at --max-bytes each, JSON-escaped. A longer line is
 * reported as that line's error and skipped, so one runaway line (or a stream with no newline) never fills memory.
 */
export const manifestLineCap = (maxBytes: number) => Math.min(4 * maxBytes + (1 << 20), 0x1fffffe8 - 1024);

interface Line { line: string | null; lineNo: number; error?: string }

/** Lines of the manifest, each at most cap bytes; a longer one is kept as an error and its bytes dropped. */
async function* manifestLines(input: AsyncIterable<Buffer | string>, cap: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 0;
  let tooLong = false;
  const finish = (): Line => {
    lineNo++;
    const text = tooLong ? null : Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '');
    const out: Line = tooLong
      ? { line: null, lineNo, error: `line ${lineNo}: longer than ${cap} bytes (the limit follows --max-bytes)` }
      : { line: text, lineNo };
    parts = []; size = 0; tooLong = false;
    return out;
  };
  for await (const c of input) {
    let chunk = typeof c === 'string' ? Buffer.from(c) : c;
    for (let nl = chunk.indexOf(10); ; nl = chunk.indexOf(10)) {
      const piece = nl < 0 ? chunk : chunk.subarray(0, nl);
      if (!tooLong) {
        if (size + piece.length > cap) { tooLong = true; parts = []; size = 0; } else { parts.push(piece); size += piece.length; }
      }
      if (nl < 0) break;
      yield finish();
      chunk = chunk.subarray(nl + 1);
    }
  }
  if (size > 0 || tooLong) yield finish();
}

function openManifest(manifest: string): NodeJS.ReadableStream {
  if (manifest === '-') return process.stdin;
  let fd: number;
  try {
    fd = fs.openSync(manifest, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${manifest}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`${manifest}: permission denied`);
    throw new UsageError(`${manifest}: cannot open manifest (${code ?? 'error'})`);
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    const what = kindOf(stat);
    throw new UsageError(`${manifest}: is ${what}, expected a JSON-lines manifest${stat.isDirectory() ? '' : ' (pipe it to standard input as - instead)'}`);
  }
  return fs.createReadStream('', { fd });
}

export async function runBatch(o: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  const input = openManifest(o.manifest);
  const baseDir = o.manifest === '-' ? process.cwd() : path.dirname(path.resolve(o.manifest));
  // The whole manifest is read first: the total makes the progress bar honest.
  const lines: Line[] = [];
  let nonEmpty = 0;
  try {
    for await (const l of manifestLines(input as AsyncIterable<Buffer>, manifestLineCap(o.maxBytes))) {
      if (l.line !== null) l.line = l.line.replace(/^\uFEFF/, '');
      if (l.line !== null && !l.line.trim()) continue;
      const slot = nonEmpty++;
      if (o.shard && slot % o.shard.n !== o.shard.k - 1) continue;
      lines.push(l);
    }
  } catch (e) {
    throw new UsageError(`${o.manifest}: cannot read manifest (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const total = lines.length;
  const workers = Array.from({ length: Math.max(1, Math.min(o.jobs, total || 1)) }, () => new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { rules: o.rules, failOn: o.failOn, maxBytes: o.maxBytes, inputFormat: o.inputFormat, baseDir, allowOutside: o.allowOutside },
  }));
  let next = 0, written = 0, failed = 0, drifted = 0;
  let finished = false;
  const ready = new Map<number, string>();
  /** The manifest line each worker is checking, for the message when one dies. */
  const busy = new Map<Worker, number>();
  try {
    await new Promise<void>((resolve, reject) => {
      if (total === 0) { resolve(); return; }
      const done = (index: number, out: string) => {
        ready.set(index, out);
        // Output in input order: write every line that is now complete.
        while (ready.has(written)) { o.out.write(`${ready.get(written)}\n`); ready.delete(written); written++; }
        if (o.progress) o.progress.write(progressLine(written, total, started));
        if (written === total) resolve();
      };
      const feed = (w: Worker) => {
        while (next < total) {
          const j = lines[next]!;
          const index = next++;
          if (j.line === null) {
            failed++;
            done(index, JSON.stringify({ id: null, line: j.lineNo, error: j.error }));
            continue;
          }
          busy.set(w, j.lineNo);
          w.postMessage({ index, line: j.line, lineNo: j.lineNo });
          return;
        }
        busy.delete(w);
      };
      const died = (w: Worker, why: string) => {
        if (finished) return;
        const at = busy.get(w);
        reject(new UsageError(`batch: a worker thread ${why}${at !== undefined ? ` while checking line ${at}` : ''}; stopped after ${written} of ${total} pairs`));
      };
      for (const w of workers) {
        w.on('error', (e) => died(w, `failed (${e.message.split('\n')[0]})`));
        w.on('exit', (code) => died(w, `stopped unexpectedly (exit code ${code})`));
        w.on('message', (m: { index: number; out: string; drift: boolean; error: boolean }) => {
          if (m.error) failed++;
          if (m.drift) drifted++;
          busy.delete(w);
          done(m.index, m.out);
          if (written < total) feed(w);
        });
        feed(w);
      }
    });
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (o.progress) o.progress.write('\n');
  return { pairs: total, failed, drifted, seconds: (Date.now() - started) / 1000 };
}
