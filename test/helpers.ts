import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { readSource, textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';
import type { Finding, Report } from '../src/core/types.js';

const made: string[] = [];
/** A fresh directory under the system temp dir, removed when the test file is done. */
export function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}
afterAll(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.join(ROOT, 'fixtures', 'seeds');
export const CNN = path.join(SEEDS, '000_bf89464fc697da98.txt');
export const SYNDICATED = path.join(SEEDS, '001_27b120ee423b5bc2.txt');
export const ROUNDTRIP = path.join(SEEDS, '002_2d5e172159065896.txt');
export const TOI = path.join(SEEDS, '003_2cf430755177d245.txt');
export const HUFFPOST = path.join(SEEDS, '004_5912ab74b97d98b5.txt');

/** Compare two texts given inline. */
export function compareTexts(reference: string, suspect: string): Report {
  return analyze(textSource('reference', reference), textSource('suspect', suspect), loadRules());
}

/** Compare two files read as the CLI reads them (HTML and Markdown converted). */
export async function compareFiles(reference: string, suspect: string): Promise<Report> {
  return analyze(await readSource(reference), await readSource(suspect), loadRules());
}

/** Compare two plain UTF-8 text files, synchronously (the fixtures most tests use). */
export function compareTextFiles(reference: string, suspect: string): Report {
  return analyze(textSource(reference, fs.readFileSync(reference, 'utf8')), textSource(suspect, fs.readFileSync(suspect, 'utf8')), loadRules());
}

let seedReport: Report | null = null;
/** 000 against 002, computed once per test file. */
export function seedPair(): Report {
  seedReport ??= compareTextFiles(CNN, ROUNDTRIP);
  return seedReport;
}

export const rulesOf = (r: Report) => r.findings.map((f) => f.rule);
export const kindsOf = (r: Report) => r.findings.map((f) => f.kind);
export const strong = (r: Report): Finding[] => r.findings.filter((f) => f.severity !== 'minor');

/**
 * Runs the CLI on a file without read permission. Root reads any file, so as root the CLI runs as "nobody"
 * (CI runs as root); if "nobody" cannot read the checkout itself the case cannot run here and is skipped.
 */
export function checkUnreadable(file: string, skip: () => void): SpawnSyncReturns<string> {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  fs.chmodSync(file, 0);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) fs.chmodSync(path.dirname(file), 0o755);
  const nobody = asRoot ? { uid: 65534, gid: 65534 } : {};
  if (asRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(cli)}, 4); require('fs').accessSync(${JSON.stringify(CNN)}, 4)`], nobody).status !== 0) skip();
  return spawnSync(process.execPath, [cli, 'check', CNN, file], { encoding: 'utf8', ...nobody });
}

/** Findings whose suspect (or, if none, reference) evidence text contains the snippet. */
export function findingsAt(r: Report, snippet: string): Finding[] {
  return r.findings.filter((f) => (f.suspect?.text ?? '').includes(snippet) || (f.reference?.text ?? '').includes(snippet));
}
