// Baselines: findings accepted once are not reported again. Findings are matched by fingerprint (rule and
// evidence text, not offsets), so edits elsewhere in the texts do not bring accepted findings back.
import fs from 'node:fs';
import { readFileBounded } from './read.js';
import { summarize } from './summarize.js';
import { type Finding, type Report, UsageError } from './types.js';

export interface Baseline {
  driftcheckBaseline: 1;
  findings: { fingerprint: string; rule: string; severity: string; reference: string | null; suspect: string | null }[];
}

const BASELINE_MAX_BYTES = 64 << 20;

export function loadBaseline(file: string): Baseline | null {
  if (!fs.existsSync(file)) return null;
  // Bounded like every other file read: a FIFO or a device named as the baseline is refused, not read for ever.
  const raw = readFileBounded(file, BASELINE_MAX_BYTES, 'a baseline holds one short line per accepted finding').toString('utf8');
  let v: unknown;
  try { v = JSON.parse(raw); } catch { v = null; }
  const b = v as Baseline | null;
  if (!b || b.driftcheckBaseline !== 1 || !Array.isArray(b.findings) || !b.findings.every((f) => f && typeof f.fingerprint === 'string')) {
    throw new UsageError(`${file}: not a driftcheck baseline file (write one with --update-baseline)`);
  }
  return b;
}

export function applyBaseline(report: Report, baseline: Baseline | null): Report & { baselined?: number } {
  if (!baseline) return report;
  const known = new Set(baseline.findings.map((f) => f.fingerprint));
  const findings = report.findings.filter((f) => !known.has(f.fingerprint));
  const summary = { ...summarize(report.alignment, findings, report.reference.sentences.length, report.suspect.sentences.length), baselined: report.findings.length - findings.length };
  return { ...report, findings, summary };
}

const entry = (f: Finding): Baseline['findings'][number] => ({
  fingerprint: f.fingerprint, rule: f.rule, severity: f.severity, reference: f.reference?.text ?? null, suspect: f.suspect?.text ?? null,
});

export function writeBaseline(file: string, report: Report): number {
  const findings = report.findings.filter((f) => !f.dismissed).map(entry);
  save(file, { driftcheckBaseline: 1, findings });
  return findings.length;
}

/** Adds one finding to a baseline (made if missing), so the same false alarm stays quiet on other copies. */
export function addToBaseline(file: string, f: Finding): void {
  const b = loadBaseline(file) ?? { driftcheckBaseline: 1, findings: [] };
  if (b.findings.some((x) => x.fingerprint === f.fingerprint)) return;
  save(file, { ...b, findings: [...b.findings, entry(f)] });
}

function save(file: string, body: Baseline): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, JSON.stringify(body, null, 2) + '\n');
    fs.renameSync(tmp, file);
  } catch (e) {
    throw new UsageError(`${file}: cannot write baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
