// Several sentences lined up with several others only loosely: a change found in there cannot be pinned to one
// place (a dropped "not" may sit in a clause the copy says elsewhere), so it is shown, but not loudly. Unless its
// evidence lies in one sentence on each side, and those two are each other's closest partners in the group: then
// the change is pinned to that pair of sentences.
import { features, similarity } from '../similarity.js';
import type { Sentence } from '../types.js';
import { reason, regrade, sentencesOf, type CalibrationContext, type Step } from './context.js';
import type { Finding } from '../types.js';

/** Groups of two or more sentences on both sides aligned with less similarity than this. */
export const LOOSE_GROUP = 0.55;
/** Two sentences of a loose group that are each other's closest partner at least this closely pin a change. */
export const PINNED_PAIR = 0.3;

function pinned(f: Finding, ctx: CalibrationContext, refIx: number[], susIx: number[]): boolean {
  const rs = sentencesOf(ctx.ref, f.reference), ss = sentencesOf(ctx.sus, f.suspect);
  if (rs.length !== 1 || ss.length !== 1) return false;
  const feats = (doc: typeof ctx.ref, ix: number[]) => new Map(ix.map((i) => [i, features([doc.sentences[i]!])] as const));
  const fr = feats(ctx.ref, refIx), fs = feats(ctx.sus, susIx);
  const best = (from: Map<number, ReturnType<typeof features>>, to: Map<number, ReturnType<typeof features>>, s: Sentence) => {
    let top = -1, at = -1;
    for (const [i, g] of to) { const v = similarity(from.get(s.index)!, g); if (v > top) { top = v; at = i; } }
    return { at, top };
  };
  const a = best(fr, fs, rs[0]!), b = best(fs, fr, ss[0]!);
  return a.at === ss[0]!.index && b.at === rs[0]!.index && a.top >= PINNED_PAIR;
}

export const looseGroup: Step = (findings, ctx) => findings.map((f) => {
  const p = ctx.alignment[f.pair];
  if (!p || !p.reference.length || !p.suspect.length || p.reference.length < 2 || p.suspect.length < 2 || p.similarity >= LOOSE_GROUP) return f;
  if (f.severity === 'minor' || pinned(f, ctx, p.reference, p.suspect)) return f;
  return regrade(f, 'minor', reason(ctx, 'loose-group'));
});
