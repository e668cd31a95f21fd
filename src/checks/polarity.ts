// Polarity bookkeeping shared by the negation and antonym checks: a flip is an odd number of
// unmatched negation cues, implicit negatives and antonym substitutions across the pair.
import { areAntonyms, areSynonyms } from '../core/lexicons.js';
import type { SideToken } from '../core/diff.js';
import type { PairContext } from '../core/pair.js';

export interface AntonymSub { ref: SideToken[]; sus: SideToken[]; a: string; b: string }

export interface Polarity {
  refCues: SideToken[];
  susCues: SideToken[];
  refImplicit: SideToken[];
  susImplicit: SideToken[];
  antonyms: AntonymSub[];
  flipped: boolean;
}

const cache = new WeakMap<PairContext, Polarity>();

function unmatched(ctx: PairContext, side: 'ref' | 'sus'): SideToken[] {
  const m = side === 'ref' ? ctx.diff.refMatch : ctx.diff.susMatch;
  return ctx[side].tokens.filter((t) => t.isWord && m[t.k]! < 0);
}

function phraseAt(toks: SideToken[], k: number, phrase: string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (toks[k + i]?.lemma !== phrase[i]) return false;
  return true;
}

function findPhrase(toks: SideToken[], phrase: string[]): SideToken[] | null {
  for (let k = 0; k < toks.length; k++) if (phraseAt(toks, k, phrase)) return toks.slice(k, k + phrase.length);
  return null;
}

export function polarity(ctx: PairContext): Polarity {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const lex = ctx.lex;
  const refU = unmatched(ctx, 'ref'), susU = unmatched(ctx, 'sus');
  const refLemmas = new Set(ctx.ref.tokens.map((t) => t.lemma));
  const susLemmas = new Set(ctx.sus.tokens.map((t) => t.lemma));
  const antonyms: AntonymSub[] = [];
  const inAntonym = new Set<SideToken>();
  for (const a of refU) {
    if (!a.content && a.pos !== 'ADP') continue;
    for (const b of susU) {
      if (inAntonym.has(b) || (!b.content && b.pos !== 'ADP')) continue;
      if (!areAntonyms(lex, a.lemma, b.lemma) && !areAntonyms(lex, a.norm, b.norm)) continue;
      // Both words on both sides, or a synonym of the one on the other side: not a substitution.
      if (susLemmas.has(a.lemma) || refLemmas.has(b.lemma)) continue;
      if (ctx.sus.tokens.some((t) => t.content && areSynonyms(lex, t.lemma, a.lemma))) continue;
      antonyms.push({ ref: [a], sus: [b], a: a.lemma, b: b.lemma });
      inAntonym.add(a).add(b);
      break;
    }
  }
  for (const [pa, pb] of lex.antonymPhrases) {
    for (const [x, y] of [[pa, pb], [pb, pa]] as const) {
      const r = findPhrase(ctx.ref.tokens, x), s = findPhrase(ctx.sus.tokens, y);
      if (!r || !s) continue;
      if (!r.some((t) => ctx.diff.refMatch[t.k]! < 0) || !s.some((t) => ctx.diff.susMatch[t.k]! < 0)) continue;
      if (findPhrase(ctx.sus.tokens, x) || findPhrase(ctx.ref.tokens, y)) continue;
      if (r.some((t) => inAntonym.has(t)) || s.some((t) => inAntonym.has(t))) continue;
      antonyms.push({ ref: r, sus: s, a: x.join(' '), b: y.join(' ') });
      r.forEach((t) => inAntonym.add(t));
      s.forEach((t) => inAntonym.add(t));
    }
  }
  const isImplicit = (t: SideToken) => !inAntonym.has(t) && (lex.implicitNeg.has(t.lemma) || lex.implicitNeg.has(t.norm));
  const refCues = refU.filter((t) => t.negCue);
  const susCues = susU.filter((t) => t.negCue);
  const refImplicit = refU.filter(isImplicit);
  const susImplicit = susU.filter(isImplicit);
  const total = refCues.length + susCues.length + refImplicit.length + susImplicit.length + antonyms.length;
  const p: Polarity = { refCues, susCues, refImplicit, susImplicit, antonyms, flipped: total % 2 === 1 };
  cache.set(ctx, p);
  return p;
}
