// A reviewer's decisions as plain data, keyed by finding fingerprint. The core applies them; where they are
// stored (src/review/) is none of its business.
import type { Finding, Report } from './types.js';

export type DecisionKind = 'confirmed' | 'dismissed';

export interface DecisionData {
  /** null: an undone decision. */
  decision: DecisionKind | null;
  reason?: string;
}

export interface Decisions { decisions: Record<string, DecisionData> }

/** The report with each decided finding marked; a dismissed finding is flagged, never removed. */
export function applyDecisions(report: Report, review: Decisions | null): Report {
  if (!review) return report;
  const findings: (Finding & { decision?: DecisionKind; reason?: string })[] = report.findings.map((f) => {
    const d = review.decisions[f.fingerprint];
    if (!d || !d.decision) return f;
    return { ...f, dismissed: d.decision === 'dismissed', decision: d.decision, ...(d.reason ? { reason: d.reason } : {}) };
  });
  return { ...report, findings };
}
