// quantifier: how much of a group. "Most residents" -> "some residents", "only a few buildings" -> "many
// buildings": a quantifier in a changed stretch of the pair replaced by one far along the scale from none to all.
import type { Check } from '../core/compare.js';
import type { SideToken } from '../core/diff.js';
import { clauseAround, evidence, type PairContext } from '../core/pair.js';

/** The quantifiers among changed words; one that makes a superlative ("the most important") is not an amount. */
function quantifiers(ctx: PairContext, side: 'ref' | 'sus', toks: SideToken[]): { t: SideToken; strength: number }[] {
  const all = ctx[side].tokens;
  const out: { t: SideToken; strength: number }[] = [];
  for (const t of toks) {
    const strength = ctx.lex.quantifiers.get(t.norm) ?? ctx.lex.quantifiers.get(t.lemma);
    if (strength === undefined || t.quoted) continue;
    const next = all[t.k + 1];
    if (ctx.lex.superlatives.has(t.norm) && next && (next.pos === 'ADJ' || next.pos === 'ADV')) continue;
    out.push({ t, strength });
  }
  return out;
}

export const quantifier: Check = (ctx, emit) => {
  const min = Number(ctx.rules.settings.get('quantifier')?.minShift ?? 0.3);
  for (const h of ctx.diff.hunks) {
    const r = quantifiers(ctx, 'ref', h.ref), s = quantifiers(ctx, 'sus', h.sus);
    if (r.length !== 1 || s.length !== 1) continue;
    if (Math.abs(r[0]!.strength - s[0]!.strength) < min) continue;
    emit('quantifier.shifted', {
      reference: evidence(ctx.ref, clauseAround(ctx.ref, r[0]!.t.k, 4)),
      suspect: evidence(ctx.sus, clauseAround(ctx.sus, s[0]!.t.k, 4)),
    });
  }
};
