// One line of a batch manifest: parse it, read its texts, analyze, and return the output line.
import fs from 'node:fs';
import path from 'node:path';
import { analyze, exitCode, withReview } from '../core/pipeline.js';
import { readSource, textSource, type ReadOptions } from '../core/read.js';
import type { RuleSet } from '../core/rules.js';
import { withRanks } from '../render/order.js';
import { UsageError, type Severity } from '../core/types.js';
import { droppedDecisions, loadReview, otherPair } from '../review/store.js';

export interface JobResult { out: string; drift: boolean; error: boolean }

interface Manifest { id?: unknown; reference?: unknown; suspect?: unknown; referencePath?: unknown; suspectPath?: unknown; review?: unknown }

/**
 * A path the manifest names, resolved against the manifest's folder. Unless allowOutside, it must stay inside that
 * folder once symbolic links are followed: a manifest from elsewhere must not make the report copy /etc/passwd.
 */
export function manifestPath(baseDir: string, file: string, key: string, allowOutside: boolean): string {
  const p = path.resolve(baseDir, file);
  if (allowOutside) return p;
  const real = (q: string) => { try { return fs.realpathSync(q); } catch { return q; } };
  const rel = path.relative(real(baseDir), real(p));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UsageError(`"${key}" ${JSON.stringify(file)} is outside the manifest's folder ${baseDir}; pass --allow-outside to read it`);
  }
  return p;
}

export async function runLine(line: string, lineNo: number, baseDir: string, rules: RuleSet, failOn: Severity, read: ReadOptions,
  allowOutside = false): Promise<JobResult> {
  let id: unknown = null;
  try {
    let m: Manifest;
    try {
      m = JSON.parse(line) as Manifest;
    } catch {
      throw new Error(`line ${lineNo}: not valid JSON`);
    }
    if (!m || typeof m !== 'object' || Array.isArray(m)) throw new Error(`line ${lineNo}: expected a JSON object`);
    id = m.id ?? null;
    if (id !== null && typeof id !== 'string' && typeof id !== 'number') throw new Error(`line ${lineNo}: "id" must be a string or a number`);
    const side = (text: unknown, file: unknown, name: string) => {
      if (typeof text === 'string') return textSource(`${id ?? `line ${lineNo}`}:${name}`, text, read.maxBytes);
      if (typeof file === 'string') return readSource(manifestPath(baseDir, file, `${name}Path`, allowOutside), read);
      throw new Error(`line ${lineNo}: needs "${name}" (text) or "${name}Path" (file)`);
    };
    const ref = await side(m.reference, m.referencePath, 'reference');
    const sus = await side(m.suspect, m.suspectPath, 'suspect');
    let report = analyze(ref, sus, rules);
    let reviewWarnings: string[] = [];
    if (m.review !== undefined) {
      // A review file per pair: its dismissed findings no longer count, as for `check`.
      if (typeof m.review !== 'string') throw new Error(`line ${lineNo}: "review" must be the path of a review file`);
      const loaded = loadReview(path.resolve(baseDir, m.review));
      if (loaded.invalid) throw new Error(`line ${lineNo}: ${m.review}: ${loaded.invalid}`);
      const other = loaded.file && typeof m.referencePath === 'string' && typeof m.suspectPath === 'string' ? otherPair(loaded.file, m.referencePath, m.suspectPath) : null;
      if (other) throw new Error(`line ${lineNo}: ${m.review}: this review file ${other}`);
      reviewWarnings = droppedDecisions(report, loaded.file);
      report = withReview(report, loaded.file);
    }
    // Each finding carries its display rank, as in check --format json.
    return { out: JSON.stringify({ id, ...withRanks(report), ...(reviewWarnings.length ? { reviewWarnings } : {}) }), drift: exitCode(report, failOn) === 1, error: false };
  } catch (e) {
    // Every error, a library's too (a RangeError deep in a parser), is this line's error, in one line naming the line.
    const message = (e as Error).message.split('\n')[0]!;
    return { out: JSON.stringify({ id, line: lineNo, error: message.startsWith(`line ${lineNo}:`) ? message : `line ${lineNo}: ${message}` }), drift: false, error: true };
  }
}
