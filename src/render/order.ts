// What every format shows, and in which order: findings by severity (critical first), then by where they are
// (pair, then offset); dismissed findings after the active ones, in the same order. A --min-severity view
// leaves out the findings below it but keeps the summary's counts, and says how many it left out.
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../core/types.js';

const where = (f: Finding) => (f.suspect ?? f.reference)?.span[0] ?? 0;

export function byRank(a: Finding, b: Finding): number {
  return Number(!!a.dismissed) - Number(!!b.dismissed) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.pair - b.pair || where(a) - where(b);
}

/** The findings in display order (a new array). */
export function ranked(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(byRank);
}

/** The report as shown: findings at or above `min` only (all when unset), with `display` saying what was left out. */
export function displayed(report: Report, min: Severity | undefined): Report {
  if (!min || min === 'minor') return report;
  const findings = report.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[min]);
  return { ...report, findings, display: { minSeverity: min, hidden: report.findings.length - findings.length } };
}

/** The JSON report's findings keep document order; each carries its place in the display order (1 = first). */
export function withRanks(report: Report): Report {
  const rank = new Map(ranked(report.findings).map((f, i) => [f, i + 1]));
  return { ...report, findings: report.findings.map((f) => ({ ...f, rank: rank.get(f)! })) };
}
