// A rewrite (summarize's relation 'rewritten') restates its source: in sentences it reworded, the checks'
// findings are what a rewrite does, not drift; what it adds is its own explanation. What it leaves out of the
// reference, and what it keeps nearly word for word, is still judged as in a copy.
import { reason, regrade, type Step } from './context.js';

/** Pairs of a rewrite aligned at least this closely are judged as in a copy. */
export const KEPT_CLOSE = 0.7;

export const rewrite: Step = (findings, ctx) => {
  if (ctx.relation !== 'rewritten') return findings;
  return findings.map((f) => {
    if (f.severity === 'minor') return f;
    const p = ctx.alignment[f.pair];
    if (!p) return f;
    if (!p.reference.length) return regrade(f, 'minor', reason(ctx, 'rewrite-addition'));
    if (p.suspect.length && p.similarity < KEPT_CLOSE) return regrade(f, 'minor', reason(ctx, 'rewrite'));
    return f;
  });
};
