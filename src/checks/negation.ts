// negation: a negation cue added or dropped on aligned content, not balanced by an implicit negative
// ("unsuccessful" / "a failure") or an antonym ("did not oppose" / "supported").
import type { Check } from '../core/compare.js';
import type { SideToken } from '../core/diff.js';
import { clauseAround, evidence, type PairContext } from '../core/pair.js';
import { polarity } from './polarity.js';

export function counterpart(ctx: PairContext, side: 'ref' | 'sus', tok: SideToken): SideToken[] {
  const other = side === 'ref' ? 'sus' : 'ref';
  const h = ctx.diff.hunks.find((x) => x[side].includes(tok));
  if (h && h[other].length) return h[other];
  // Nothing replaced it: point at the words around where it would have been.
  const match = side === 'ref' ? ctx.diff.refMatch : ctx.diff.susMatch;
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
  const p = polarity(ctx);
  if (!p.flipped || (p.refCues.length + p.susCues.length) % 2 === 0) return;
  const added = p.susCues.length > p.refCues.length;
  const side = added ? 'sus' : 'ref';
  const cues = added ? p.susCues : p.refCues;
  const cue = cues[cues.length - 1]!;
  const here = clauseAround(ctx[side], cue.k, 8);
  const there = counterpart(ctx, side, cue);
  const refToks = added ? there : here;
  const susToks = added ? here : there;
  emit(added ? 'negation.added' : 'negation.dropped', {
    reference: evidence(ctx.ref, refToks),
    suspect: evidence(ctx.sus, susToks),
    vars: { cue: cue.text },
  });
};
