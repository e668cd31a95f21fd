// quantifier: how much of a group. "Most residents" -> "some residents", "only a few buildings" -> "many
// buildings": a quantifier in a changed stretch of the pair replaced by one far along the scale from none to all.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { endingOf, type Lexicons } from '../core/lexicons.js';
import { clauseAround, evidence, matchOf, type PairContext } from '../core/pair.js';
import { phraseAt } from '../core/token.js';
import { echoedIn, hyphenJoined } from './words.js';

/** The quantifiers among changed words; one that makes a superlative ("the most important") is not an amount. */
function quantifiers(ctx: PairContext, side: 'ref' | 'sus', toks: SideToken[]): { t: SideToken; strength: number }[] {
  const all = ctx[side].tokens;
  const out: { t: SideToken; strength: number }[] = [];
  const phraseStarts = new Set<number>();
  for (const t of toks) {
    // A word of a quantifier phrase ("not many", "a handful of") stands for the phrase, counted once.
    const p = phraseOver(ctx, all, t.k);
    if (p) {
      if (!phraseStarts.has(p.start) && !all[p.start]!.quoted) out.push({ t: all[p.start]!, strength: p.strength });
      phraseStarts.add(p.start);
      continue;
    }
    const strength = ctx.lex.quantifiers.get(t.norm) ?? ctx.lex.quantifiers.get(t.lemma);
    if (strength === undefined || t.quoted) continue;
    // A part of a hyphenated compound ("a winner-take-all match", "all-out war") quantifies no group.
    if (hyphenJoined(all, t.k)) continue;
    const next = all[t.k + 1];
    if (ctx.lex.superlatives.has(t.norm) && next && (next.pos === 'ADJ' || next.pos === 'ADV')) continue;
    out.push({ t, strength });
  }
  return out;
}

type Phrase = Lexicons['quantifierPhrases'][number];
const phraseIndexes = new WeakMap<Phrase[], Map<string, { p: Phrase; i: number }[]>>();

/** Each word of the quantifier phrases -> the phrases it is word i of, in the lexicon's order: made once per list. */
function phraseIndex(phrases: Phrase[]): Map<string, { p: Phrase; i: number }[]> {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) p.words.forEach((w, i) => { const at = index!.get(w); if (at) at.push({ p, i }); else index!.set(w, [{ p, i }]); });
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/**
 * The quantifier phrase that word k is part of, if any: where it starts and its strength. Only the phrases that
 * have word k's form somewhere are tried, first phrase first, as a scan of the whole list would.
 */
function phraseOver(ctx: PairContext, all: SideToken[], k: number): { start: number; strength: number } | null {
  for (const { p, i } of phraseIndex(ctx.lex.quantifierPhrases).get(all[k]!.norm) ?? []) {
    const start = k - i;
    if (start >= 0 && phraseAt(all, start, p.words, 'norm')) return { start, strength: p.strength };
  }
  return null;
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
  const settings = ctx.rules.settings.get('quantifier');
  universals(ctx, emit, Number(settings?.universalFrom ?? 0.9), (settings?.anyWords ?? []) as string[]);
  // "the largest protest" -> "one of the largest protests", or the other way round: one among several made the
  // only one. Only where the words changed: the superlative itself must still be there on both sides.
  const scopeWord = (t: SideToken) => ctx.lex.oneOf.some((p) => p[0] === t.norm);
  if (!ctx.diff.hunks.some((h) => h.ref.some(scopeWord) || h.sus.some(scopeWord))) return;
  const r = superlatives(ctx, 'ref'), s = superlatives(ctx, 'sus');
  for (const [adj, a] of r) {
    const b = s.get(adj);
    if (!b || a.oneOf === b.oneOf) continue;
    emit('quantifier.scope', {
      reference: evidence(ctx.ref, a.toks), suspect: evidence(ctx.sus, b.toks),
      vars: { a: a.oneOf ? 'one of several' : 'the only one', b: b.oneOf ? 'one of several' : 'the only one' },
    });
  }
};

/**
 * "compensation for crop losses" -> "compensation for all losses", "schools in the north" -> "all schools": a
 * universal quantifier that only one side has, over a noun phrase, in a changed stretch, makes the claim cover
 * everything (or, dropped, no longer everything). Major when the other side's changed words restrict what it
 * covers (a content word or a number the universal's side does not echo), minor when nothing else changed.
 */
function universals(ctx: PairContext, emit: Parameters<Check>[1], universalFrom: number, anyWords: string[]): void {
  // A sentence only one side has is the omission or addition check's finding.
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  for (const h of ctx.diff.hunks) {
    const r = quantifiers(ctx, 'ref', h.ref), s = quantifiers(ctx, 'sus', h.sus);
    if (r.length + s.length !== 1) continue;
    const side = r.length ? 'ref' : 'sus', other = side === 'ref' ? 'sus' : 'ref';
    const q = (r[0] ?? s[0])!;
    // Only a universal quantifying a noun phrase ("all losses", "every school"), not "at all" or "all but one".
    if (q.strength < universalFrom) continue;
    const toks = ctx[side].tokens, next = toks[q.t.k + 1];
    if (ctx.lex.notQuantifying.some((p) => p.some((w, i) => w === q.t.norm && phraseAt(toks, q.t.k - i, p, 'norm')))) continue;
    if (!next || next.sent !== q.t.sent || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'ADJ' || next.norm === 'of')) continue;
    // The other side quantifies the same stretch some other way: the shifted-quantifier reading's business.
    if (quantifiers(ctx, other, ctx[other].tokens).length) continue;
    const match = matchOf(ctx, other), mine = ctx[side].tokens.filter((t) => t.content);
    // "any traveller" / "all travellers": the other side speaks of any member of the group, in words the diff
    // left unmatched.
    if (ctx[other].tokens.some((t) => anyWords.includes(t.norm) && match[t.k]! < 0)) continue;
    const restricts = ctx[other].tokens.some((t) => (t.content || t.pos === 'NUM') && match[t.k]! < 0 && t.pos !== 'VERB' && !echoedIn(ctx.lex, mine, t));
    const here = evidence(ctx[side], clauseAround(ctx[side], q.t.k, 4));
    const there = evidence(ctx[other], h[other].length ? clauseAround(ctx[other], h[other][0]!.k, 4) : clauseAround(ctx[other], Math.min(ctx[other].tokens.length - 1, q.t.k), 4));
    emit('quantifier.universal', {
      reference: side === 'ref' ? here : there, suspect: side === 'sus' ? here : there,
      vars: { q: q.t.text.toLowerCase(), how: side === 'sus' ? 'adds' : 'drops' },
      ...(restricts ? {} : { severity: 'minor' as const }),
    });
  }
}

/** Superlatives ("the largest", "the most important") by their adjective, and whether "one of" comes first. */
function superlatives(ctx: PairContext, side: 'ref' | 'sus'): Map<string, { oneOf: boolean; toks: SideToken[] }> {
  const toks = ctx[side].tokens;
  const out = new Map<string, { oneOf: boolean; toks: SideToken[] }>();
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!ctx.lex.definiteArticles.has(toks[k - 1]!.norm)) continue;
    const most = ctx.lex.superlatives.has(t.norm) && toks[k + 1]?.pos === 'ADJ';
    const adj = most ? toks[k + 1]! : t;
    if (!most && !(t.pos === 'ADJ' && endingOf(t.norm, ctx.lex.endings.superlative))) continue;
    // "one of the largest" and "among the largest" say the same: a phrase of quantifiers.yaml oneOf before "the".
    const p = ctx.lex.oneOf.find((w) => phraseAt(toks, k - 1 - w.length, w, 'norm'));
    out.set(`${most ? t.norm + ' ' : ''}${adj.lemma}`, { oneOf: !!p, toks: toks.slice(k - 1 - (p?.length ?? 0), (most ? k + 1 : k) + 1) });
  }
  return out;
}
