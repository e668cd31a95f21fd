// negation: a negation added or dropped on aligned content — a cue ("not", "no idea") or a word that carries
// one ("failed to thwart") — not balanced in its region by another negation or an antonym
// ("did not oppose" / "supported", "largely unsuccessful" / "largely a failure").
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { clauseAround, evidence, matchOf, type PairContext } from '../core/pair.js';
import { polarity } from './polarity.js';

export function counterpart(ctx: PairContext, side: 'ref' | 'sus', tok: SideToken): SideToken[] {
  const other = side === 'ref' ? 'sus' : 'ref';
  const h = ctx.diff.hunks.find((x) => x[side].includes(tok));
  if (h && h[other].length) return h[other];
  // Nothing replaced it: point at the words around where it would have been.
  const match = matchOf(ctx, side);
  for (let k = tok.k - 1; k >= 0; k--) {
    const m = match[k]!;
    if (m >= 0) return clauseAround(ctx[other], m, 6);
  }
  for (let k = tok.k + 1; k < ctx[side].tokens.length; k++) {
    const m = match[k]!;
    if (m >= 0) return clauseAround(ctx[other], m, 6);
  }
  return [];
}

export const negation: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  for (const r of polarity(ctx)) {
    if (!r.flipped) continue;
    const cueFlip = (r.refCues.length + r.susCues.length) % 2 === 1;
    // An antonym that explains the flip is the antonym check's finding.
    if (!cueFlip && r.antonyms.length) continue;
    const refN = cueFlip ? r.refCues : r.refImplicit, susN = cueFlip ? r.susCues : r.susImplicit;
    if (refN.length === susN.length) continue;
    // "did not allow" / "prevented": the cue is balanced by a word of the balancing list in the same region.
    if (cueFlip && (r.refBalancing.length + r.susBalancing.length) % 2 === 1) continue;
    const added = susN.length > refN.length;
    const side = added ? 'sus' : 'ref';
    const cue = (added ? susN : refN).at(-1)!;
    const here = clauseAround(ctx[side], cue.k, 8);
    const there = counterpart(ctx, side, cue);
    emit(added ? 'negation.added' : 'negation.dropped', {
      reference: evidence(ctx.ref, added ? there : here),
      suspect: evidence(ctx.sus, added ? here : there),
      vars: { cue: cue.text },
    });
  }
};
