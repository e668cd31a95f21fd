// Several sentences lined up with several others only loosely: a change found in there cannot be pinned to one
// place (a dropped "not" may sit in a clause the copy says elsewhere), so it is shown, but not loudly.
import { reason, regrade, type Step } from './context.js';

/** Groups of two or more sentences on both sides aligned with less similarity than this. */
export const LOOSE_GROUP = 0.55;

export const looseGroup: Step = (findings, ctx) => findings.map((f) => {
  const p = ctx.alignment[f.pair];
  if (!p || !p.reference.length || !p.suspect.length || p.reference.length < 2 || p.suspect.length < 2 || p.similarity >= LOOSE_GROUP) return f;
  return f.severity === 'minor' ? f : regrade(f, 'minor', reason(ctx, 'loose-group'));
});
