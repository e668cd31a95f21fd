// A severity the user set in the configuration is the severity: whatever the steps before made of it, the
// finding keeps its rule's configured severity (the loose-pair cap of compare aside).
import { reason, type Step } from './context.js';

export const configured: Step = (findings, ctx) => findings.map((f) => {
  const r = ctx.rules.rules.get(f.rule);
  if (!r?.severityFixed || f.severity === r.severity) return f;
  return { ...f, severity: r.severity, severityReason: reason(ctx, 'configured') };
});
