// The review file: a reviewer's decisions, keyed by finding fingerprint (rule + evidence text, not offsets),
// so they survive re-running the tool. Written atomically on every decision (temporary file + rename);
// merged with what is on disk first, so two processes reviewing the same pair keep each other's decisions.
// Reading never changes the file: `check` may run in a read-only checkout, and a file that is not ours is
// reported, never moved or replaced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyDecisions, type DecisionKind } from '../core/decisions.js';
import type { Finding, Report } from '../core/types.js';
import { UsageError } from '../core/types.js';

export type { DecisionKind } from '../core/decisions.js';

/** One decision, with what an auditor needs to read it without re-running the tool. */
export interface Decision {
  /** null: an undone decision (kept so a merge does not bring it back). */
  decision: DecisionKind | null;
  /** The reviewer's note. */
  reason?: string;
  rule: string;
  at: string;
  reviewer?: string;
  message?: string;
  /** The evidence texts of the finding as it was decided (null: nothing on that side). */
  reference?: string | null;
  suspect?: string | null;
  /** The baseline file the finding was also added to. */
  baseline?: string;
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

/** The per-user state folder ($XDG_STATE_HOME/driftcheck, else ~/.local/state/driftcheck). */
export function stateDir(): string {
  const x = process.env.XDG_STATE_HOME;
  return path.join(x && path.isAbsolute(x) ? x : path.join(os.homedir(), '.local', 'state'), 'driftcheck');
}

function isReviewFile(v: unknown): v is ReviewFile {
  if (!v || typeof v !== 'object') return false;
  const o = v as Partial<ReviewFile>;
  if (o.driftcheckReview !== 1 || !o.decisions || typeof o.decisions !== 'object' || Array.isArray(o.decisions)) return false;
  return Object.values(o.decisions).every((d) => d && typeof d === 'object' && (d.decision === null || d.decision === 'confirmed' || d.decision === 'dismissed') && typeof d.at === 'string');
}

/** `invalid` says why a file that exists is not a review file; the file itself is left as it is. */
export interface LoadResult { file: ReviewFile | null; invalid?: string }

export function loadReview(file: string): LoadResult {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: null };
    throw new UsageError(`${file}: cannot read review file (${code ?? 'error'})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { file: null, invalid: 'not valid JSON' };
  }
  if (isReviewFile(parsed)) return { file: parsed };
  return { file: null, invalid: 'not a driftcheck review file' };
}

const name = (p: string) => path.basename(p);

/**
 * A review file made for another pair of texts: null when it names this pair (by file name, so a moved
 * checkout keeps its decisions), else a message saying which pair it names.
 */
export function otherPair(review: ReviewFile, reference: string, suspect: string): string | null {
  const sameName = (a: string, b: string) => a === '-' || b === '-' || name(a) === name(b);
  if (typeof review.reference !== 'string' || typeof review.suspect !== 'string') return 'names no pair';
  if (sameName(review.reference, reference) && sameName(review.suspect, suspect)) return null;
  return `is for ${name(review.reference)} → ${name(review.suspect)}, not ${name(reference)} → ${name(suspect)}`;
}

function newer(a: Decision | undefined, b: Decision | undefined): Decision | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.at >= b.at ? a : b;
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A lock older than this is left over (a save holds it for milliseconds). */
export const STALE_LOCK_MS = 10_000;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a lock file is stale (its owner is gone, or it is old), or null while it may still be in use. */
export function staleLock(lock: string, now = Date.now()): string | null {
  let st: fs.Stats, raw = '';
  try {
    st = fs.statSync(lock);
    raw = fs.readFileSync(lock, 'utf8');
  } catch {
    return 'gone';
  }
  if (now - st.mtimeMs > STALE_LOCK_MS) return 'old';
  let owner: { pid?: unknown; host?: unknown } = {};
  try { owner = JSON.parse(raw) as typeof owner; } catch { /* written by an older driftcheck, or cut short */ }
  if (typeof owner.pid === 'number' && owner.host === os.hostname() && owner.pid !== process.pid && !pidAlive(owner.pid)) return `its owner (process ${owner.pid}) has ended`;
  // (A lock is made whole, its owner written before it appears: an empty one was cut short, and waits its age.)
  return null;
}

/**
 * A lock file around read-merge-write, so two processes deciding at the same moment do not both read the old
 * file and overwrite each other. The lock names its owner (process id and host): a lock whose owner has ended,
 * or one older than STALE_LOCK_MS, is taken over at once.
 */
function withLock<T>(file: string, waitMs: number, fn: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      createLock(lock);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new UsageError(`${file}: cannot write review file (${lockProblem(file, code)})`);
      const why = staleLock(lock);
      // Gone: its owner just let it go; try again (removing it now could remove the next owner's new lock).
      if (why === 'gone') continue;
      if (why) { takeOver(lock); continue; }
      if (Date.now() > deadline) throw new UsageError(`${file}: another driftcheck is saving (lock ${lock}); remove the lock if no review is running`);
      sleepSync(5 + Math.floor(Math.random() * 10));
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Makes the lock with its owner already in it: the owner is written to a file of our own, which is then linked
 * to the lock's name (atomic, and refused when the lock exists). A lock opened first and written after could be
 * seen empty by another process, and judged abandoned, while its owner was only slow (under load, for seconds).
 */
function createLock(lock: string): void {
  const mine = `${lock}.${process.pid}.${Date.now()}.new`;
  fs.writeFileSync(mine, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }), { flag: 'wx' });
  try {
    fs.linkSync(mine, lock);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A file system without hard links: open the lock exclusively instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    const fd = fs.openSync(lock, 'wx');
    try { fs.writeSync(fd, fs.readFileSync(mine)); } finally { fs.closeSync(fd); }
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Removes a stale lock, and only that one: between judging it stale and removing it, another process may have
 * taken it over and made a lock of its own. The lock is moved aside under a name of our own (atomic), and a move
 * that caught a lock that is not stale after all is put back (a hard link, which fails if yet another lock exists).
 */
function takeOver(lock: string): void {
  const aside = `${lock}.${process.pid}.${Date.now()}.stale`;
  try { fs.renameSync(lock, aside); } catch { return; }
  try {
    if (staleLock(aside) === null) {
      try { fs.linkSync(aside, lock); } catch { /* a newer lock is there: its owner holds it */ }
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function lockProblem(file: string, code: string | undefined): string {
  if (code === 'ENOENT') return `the folder ${path.dirname(file)} does not exist`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `the folder ${path.dirname(file)} is read-only`;
  return code ?? 'error';
}

const writable = (mode: number) => (mode & 0o222) !== 0;

/**
 * Refuses to replace what the user protected: a read-only review file, or one in a read-only folder, is
 * reported, never silently replaced (a rename over a read-only file succeeds where the folder is writable,
 * and always for root, so the permission bits are read rather than relied on).
 */
function checkWritable(file: string): void {
  const dir = path.dirname(file);
  let d: fs.Stats;
  try {
    d = fs.statSync(dir);
  } catch {
    throw new UsageError(`${file}: cannot write review file (the folder ${dir} does not exist)`);
  }
  if (!d.isDirectory()) throw new UsageError(`${file}: cannot write review file (${dir} is not a folder)`);
  if (!writable(d.mode)) throw new UsageError(`${file}: cannot write review file (the folder ${dir} is read-only)`);
  try {
    if (!writable(fs.statSync(file).mode)) throw new UsageError(`${file}: the review file is read-only; not replacing it`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
}

export interface SaveOptions {
  /** How long to wait for a lock another live process holds (default 2 s). */
  waitMs?: number;
}

/** Merges our decisions into what is on disk (newest wins per finding) and writes the result atomically. */
export function saveReview(file: string, mine: ReviewFile, opts: SaveOptions = {}): ReviewFile {
  checkWritable(file);
  return withLock(file, opts.waitMs ?? 2_000, () => saveUnlocked(file, mine));
}

function saveUnlocked(file: string, mine: ReviewFile): ReviewFile {
  const loaded = loadReview(file);
  if (loaded.invalid) throw new UsageError(`${file}: ${loaded.invalid}; not replacing it`);
  const merged: ReviewFile = { ...mine, updated: new Date().toISOString(), decisions: { ...(loaded.file?.decisions ?? {}) } };
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
    throw new UsageError(`${file}: cannot write review file (${lockProblem(file, (e as NodeJS.ErrnoException).code)})`);
  }
  return merged;
}

export function emptyReview(report: Report): ReviewFile {
  return { driftcheckReview: 1, reference: report.reference.path, suspect: report.suspect.path, updated: new Date().toISOString(), decisions: {} };
}

/** What a decision records about its finding, so the review file reads as an audit trail. */
export function decisionFor(f: Finding, decision: DecisionKind | null, reviewer: string | undefined, extra: { reason?: string; baseline?: string } = {}): Decision {
  return {
    decision, rule: f.rule, at: new Date().toISOString(),
    ...(reviewer ? { reviewer } : {}),
    message: f.message, reference: f.reference?.text ?? null, suspect: f.suspect?.text ?? null,
    ...(extra.reason ? { reason: extra.reason } : {}),
    ...(extra.baseline ? { baseline: extra.baseline } : {}),
  };
}

/** The part of a fingerprint that names the change, without what tells repeated identical changes apart. */
export const fingerprintBase = (fp: string) => fp.replace(/~[0-9a-f]+$|-\d+$/, '');

/**
 * Decisions that no longer apply because the number of identical findings changed: a repeated change is told
 * apart by its context, so when one copy of it goes (or a second appears) the others' decisions are not handed
 * to the wrong finding; they are dropped, and this says which, so the reviewer looks again.
 */
export function droppedDecisions(report: Report, review: ReviewFile | null): string[] {
  if (!review) return [];
  const current = new Set(report.findings.map((f) => f.fingerprint));
  const bases = new Map<string, Finding>();
  for (const f of report.findings) bases.set(fingerprintBase(f.fingerprint), f);
  const dropped = new Map<string, { rule: string; n: number }>();
  for (const [fp, d] of Object.entries(review.decisions)) {
    if (!d.decision || current.has(fp)) continue;
    const base = fingerprintBase(fp);
    const f = bases.get(base);
    if (f) dropped.set(base, { rule: f.rule, n: (dropped.get(base)?.n ?? 0) + 1 });
  }
  return [...dropped.values()].map(({ rule, n }) => `${n === 1 ? 'a decision' : `${n} decisions`} on a repeated finding (${rule}) no longer ${n === 1 ? 'applies' : 'apply'}: the number of identical findings changed; review them again`);
}

/** The report with the file's decisions marked (the core's applyDecisions: one implementation). */
export function applyReview(report: Report, review: ReviewFile | null): Report {
  return applyDecisions(report, review);
}
