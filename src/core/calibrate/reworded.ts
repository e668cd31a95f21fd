// On real copies a sentence whose meaning changed is usually also reworded heavily: an aligned pair reworded far
// beyond its neighbours, whose changed content words no check explains as a synonym, a paraphrase or furniture
// (the wording check's finding), is a change a reader must see. Measured against the document's own pairs, so a
// round trip that rewords everything is not loud everywhere; texts of a few sentences have no neighbours to
// measure against. A sentence that loses most of what it says with little in its place (wording.hollowed) is as
// loud, on the same terms: in a copy of enough sentences, on a pair no other check already makes loud.
import { SEVERITY_RANK } from '../types.js';
import { HOLLOW_LOST, isWordingChange } from '../check.js';
import { lostNearby } from './nearby.js';
import { reason, regrade, type Step } from './context.js';

/** At least this many aligned pairs to tell what is usual for the document. */
export const MIN_PAIRS = 5;
/** This far below the median similarity of the document's aligned pairs. */
export const BELOW_MEDIAN = 0.35;
/** And never above this similarity: about half its words kept ("died upon arrival" / "perished on his way there") still lets the sense change. */
export const AT_MOST = 0.5;

export const reworded: Step = (findings, ctx) => {
  if (ctx.relation !== 'copy') return findings;
  const sims = ctx.alignment.filter((p) => p.reference.length && p.suspect.length).map((p) => p.similarity).sort((a, b) => a - b);
  if (sims.length < MIN_PAIRS) return findings;
  const median = sims[Math.floor(sims.length / 2)]!;
  const loud = new Set(findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.major).map((f) => f.pair));
  return findings.map((f) => {
    if (!isWordingChange(f.rule) || f.severity !== 'minor' || f.severityReason || loud.has(f.pair)) return f;
    const p = ctx.alignment[f.pair];
    if (p && f.rule === 'wording.hollowed') return lostNearby(ctx, f).length >= HOLLOW_LOST ? regrade(f, 'major', reason(ctx, 'hollowed')) : f;
    if (!p || p.reference.length > 2 || p.suspect.length > 2 || p.similarity > AT_MOST || p.similarity > median - BELOW_MEDIAN) return f;
    return regrade(f, 'major', reason(ctx, 'reworded'));
  });
};
