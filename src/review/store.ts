// The review file: a reviewer's decisions, keyed by finding fingerprint (rule + evidence text, not offsets),
// so they survive re-running the tool. Written atomically on every decision (temporary file + rename);
// merged with what is on disk first, so two processes reviewing the same pair keep each other's decisions.
import fs from 'node:fs';
import path from 'node:path';
import { applyDecisions } from '../core/decisions.js';
import type { Report } from '../core/types.js';
import { UsageError } from '../core/types.js';

import type { DecisionKind } from '../core/decisions.js';
export type { DecisionKind } from '../core/decisions.js';

export interface Decision {
  /** null: an undone decision (kept so a merge does not bring it back). */
  decision: DecisionKind | null;
  reason?: string;
  rule: string;
  at: string;
}

export interface ReviewFile {
  driftcheckReview: 1;
  reference: string;
  suspect: string;
  updated: string;
  decisions: Record<string, Decision>;
}

export function defaultReviewPath(suspectPath: string): string {
  return suspectPath === '-' ? path.resolve('stdin.driftcheck-review.json') : `${suspectPath}.driftcheck-review.json`;
}

function isReviewFile(v: unknown): v is ReviewFile {
  if (!v || typeof v !== 'object') return false;
  const o = v as Partial<ReviewFile>;
  if (o.driftcheckReview !== 1 || !o.decisions || typeof o.decisions !== 'object') return false;
  return Object.values(o.decisions).every((d) => d && typeof d === 'object' && (d.decision === null || d.decision === 'confirmed' || d.decision === 'dismissed') && typeof d.at === 'string');
}

export interface LoadResult { file: ReviewFile | null; movedAside?: string }

/** Reads a review file. A corrupt or foreign file is moved aside under a timestamped name, never overwritten. */
export function loadReview(file: string): LoadResult {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file: null };
    throw new UsageError(`${file}: cannot read review file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (isReviewFile(parsed)) return { file: parsed };
  const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    throw new UsageError(`${file}: not a driftcheck review file, and it cannot be moved aside (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { file: null, movedAside: aside };
}

function newer(a: Decision | undefined, b: Decision | undefined): Decision | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.at >= b.at ? a : b;
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A lock file around read-merge-write, so two processes deciding at the same moment do not both read the old
 * file and overwrite each other. A lock older than STALE_LOCK_MS is left over from a killed process and is taken over.
 */
const STALE_LOCK_MS = 10_000;
function withLock<T>(file: string, fn: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx'));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`${lock}: cannot create lock (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS) { fs.rmSync(lock, { force: true }); continue; }
      } catch { continue; }
      if (Date.now() > deadline) throw new UsageError(`${file}: another driftcheck holds ${lock}; remove it if no review is running`);
      sleepSync(5 + Math.floor(Math.random() * 10));
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** Merges our decisions into what is on disk (newest wins per finding) and writes the result atomically. */
export function saveReview(file: string, mine: ReviewFile): ReviewFile {
  return withLock(file, () => saveUnlocked(file, mine));
}

function saveUnlocked(file: string, mine: ReviewFile): ReviewFile {
  const onDisk = loadReview(file).file;
  const merged: ReviewFile = { ...mine, updated: new Date().toISOString(), decisions: { ...(onDisk?.decisions ?? {}) } };
  for (const [fp, d] of Object.entries(mine.decisions)) merged.decisions[fp] = newer(merged.decisions[fp], d)!;
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(merged, null, 2) + '\n');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    throw new UsageError(`${file}: cannot write review file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return merged;
}

export function emptyReview(report: Report): ReviewFile {
  return { driftcheckReview: 1, reference: report.reference.path, suspect: report.suspect.path, updated: new Date().toISOString(), decisions: {} };
}

/** Marks findings the review dismissed (they no longer count) and carries the decision into the report. */
/** The report with the file's decisions marked (the core's applyDecisions: one implementation). */
export function applyReview(report: Report, review: ReviewFile | null): Report {
  return applyDecisions(report, review);
}
