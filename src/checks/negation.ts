// negation: a negation added or dropped on aligned content — a cue ("not", "no idea") or a word that carries
// one ("failed to thwart") — not balanced in its region by another negation or an antonym
// ("did not oppose" / "supported", "largely unsuccessful" / "largely a failure").
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { clauseAround, evidence, matchOf, type PairContext } from '../core/pair.js';
import { carriesNegation, idioms, opensNotNegating, polarity } from './polarity.js';
import { analysesOf } from '../core/analysis/view.js';
import type { Side } from '../core/pair.js';

/** Negations of verbs, from the sentence analysis: the cue's position and the verb it negates (side positions). */
function verbNegations(side: Side): { cue: number; verb: number }[] {
  const out: { cue: number; verb: number }[] = [];
  for (const { analysis, base } of analysesOf(side)) {
    for (const n of analysis.negations) {
      const c = analysis.clauses[n.clause]!;
      // Verbs of their own: a copula's negation often opens a phrase that does not negate ("was not the only").
      if (c.predicate?.negs.includes(n.cue) && n.target === c.predicate.verb && !c.predicate.copula) out.push({ cue: base + n.cue, verb: base + n.target });
    }
  }
  return out;
}

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
  const reported = new Set<SideToken>();
  // How many negations each side holds (cues that negate, words that carry one, idioms): the pass over verbs below
  // reports no more than one side has beyond the other ("knew not to offend" / "should not be hurt" balance).
  const count = (side: 'ref' | 'sus') => {
    const toks = ctx[side].tokens;
    return toks.filter((t) => (t.negCue ? !opensNotNegating(ctx.lex, toks, t.k) : carriesNegation(ctx.lex, t))).length + idioms(ctx, side).length;
  };
  const nRef = count('ref'), nSus = count('sus');
  const budget = { sus: nSus - nRef, ref: nRef - nSus };
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
    for (const t of added ? susN : refN) reported.add(t);
    budget[side]--;
    const here = clauseAround(ctx[side], cue.k, 8);
    const there = counterpart(ctx, side, cue);
    emit(added ? 'negation.added' : 'negation.dropped', {
      reference: evidence(ctx.ref, added ? there : here),
      suspect: evidence(ctx.sus, added ? here : there),
      vars: { cue: cue.text },
    });
  }
  // Every negation counts by what it negates: "were made and sold" -> "were not made and not sold" adds two, which
  // a count of cues by parity would let cancel out. A verb both sides have, negated on one side only.
  for (const side of ['sus', 'ref'] as const) {
    // A side with no negation beyond the other's reports none here (most pairs: then no analysis is read).
    if (budget[side] <= 0) continue;
    const other = side === 'sus' ? 'ref' : 'sus';
    const match = matchOf(ctx, side);
    // Any negation of the other side's clause balances ("nor do we believe" / "we don't believe").
    const theirs = new Set(analysesOf(ctx[other]).flatMap(({ analysis, base }) => analysis.negations.flatMap((n) => {
      const v = analysis.clauses[n.clause]!.predicate?.verb;
      return v === undefined ? [base + n.target] : [base + n.target, base + v];
    })));
    const idiomStarts = new Set(idioms(ctx, other));
    for (const n of verbNegations(ctx[side])) {
      const cue = ctx[side].tokens[n.cue]!;
      const m = match[n.verb]!;
      // A negation just before the other side's verb balances it, a cue, a word that carries one or an idiom
      // ("unless the company raises" / "if the company does not raise", "has yet to release" / "has not released").
      const near = m >= 0 && ctx[other].tokens.slice(Math.max(0, m - 4), m).some((t) =>
        t.negCue || idiomStarts.has(t) || carriesNegation(ctx.lex, t));
      // "not only ... but also": the cue opens a phrase that negates nothing.
      const inert = !!opensNotNegating(ctx.lex, ctx[side].tokens, n.cue);
      if (reported.has(cue) || m < 0 || theirs.has(m) || near || inert || match[n.cue]! >= 0 || budget[side] <= 0) continue;
      reported.add(cue);
      budget[side]--;
      const here = clauseAround(ctx[side], cue.k, 8), there = clauseAround(ctx[other], m, 8);
      emit(side === 'sus' ? 'negation.added' : 'negation.dropped', {
        reference: evidence(ctx.ref, side === 'sus' ? there : here), suspect: evidence(ctx.sus, side === 'sus' ? here : there), vars: { cue: cue.text },
      });
    }
  }
};
