// Every finding's message ends with why it has its severity: the reason a calibration step gave, or the
// severity table's line for its kind (rules/severity.yaml).
import { severityTable, type Step } from './context.js';

export const reasons: Step = (findings, ctx) => {
  const table = severityTable(ctx).kinds;
  return findings.map((f) => {
    const why = f.severityReason ?? table[f.kind]?.[f.severity];
    return why ? { ...f, severityReason: why, message: `${f.message} (${f.severity}: ${why})` } : f;
  });
};
