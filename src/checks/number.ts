// number: counts, amounts, percentages and dates that differ between the aligned sentences.
// "more than 300" = "over 300" (same comparator), formatting is ignored (values are normalised).
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { isOrdinalWord, unitOf } from '../core/lexicons.js';
import { evidence, matchOf, numbersOf, spanEvidence, type PairContext, type Side } from '../core/pair.js';
import type { NumberMention } from '../core/types.js';

// Values are normalised by mentions.ts: "date:…", "300%", "€25" (a currency sign from rules/ in front), "2nd".
// A year is compared with a count: "in 1937" -> "in 1799" and "Rs 2000" -> "Rs 2109" are changed numbers, whatever
// range mentions.ts reads as a year.
const kindOf = (v: string) => (v.startsWith('year:') ? 'count' : v.includes(':') ? v.slice(0, v.indexOf(':')) : /%$/.test(v) ? 'percent' : /^[^\d.]/.test(v) ? 'money' : /\d(st|nd|rd|th)$/.test(v) ? 'ordinal' : 'count');

interface Amount { unit: SideToken; group: number; count: number | null; size: number; mention: NumberMention | null }

/** Every unit word of a side with the count in front of it: "two years" (2), "a week" (1), "40 miles" (40). */
const amountCache = new WeakMap<Side, Amount[]>();
function amounts(ctx: PairContext, side: Side): Amount[] {
  const hit = amountCache.get(side);
  if (hit) return hit;
  const out: Amount[] = [];
  amountCache.set(side, out);
  for (const t of side.tokens) {
    const u = unitOf(ctx.lex, t);
    if (!u) continue;
    const prev = side.tokens[t.k - 1];
    if (!prev || prev.sent !== t.sent) { out.push({ unit: t, group: u.group, count: null, size: u.size, mention: null }); continue; }
    const mention = numbersOf(side).find((n) => n.span[1] === prev.end) ?? null;
    const value = mention && /^\d+(\.\d+)?$/.test(mention.value) ? Number(mention.value) : null;
    // "a week", "one year", and "the first quarter" (one quarter: "the first three months" is the same span).
    const ordinal = isOrdinalWord(ctx.lex, prev.norm);
    const count = value ?? (ordinal || ctx.lex.singleCount.has(prev.norm) ? 1 : null);
    out.push({ unit: t, group: u.group, count, size: u.size, mention });
  }
  return out;
}

const sameAmount = (a: Amount, b: Amount) =>
  a.count !== null && b.count !== null && Math.abs(a.count * a.size - b.count * b.size) <= 0.1 * Math.max(a.count * a.size, b.count * b.size);

const convertedCache = new WeakMap<PairContext, Set<NumberMention>>();
/**
 * Numbers that state one amount in other units on the two sides ("a week" / "seven days", "40 miles" / "64
 * kilometres", "the first three months" / "the first quarter"): neither changed nor dropped.
 */
export function convertedNumbers(ctx: PairContext): Set<NumberMention> {
  let converted = convertedCache.get(ctx);
  if (converted) return converted;
  converted = new Set();
  convertedCache.set(ctx, converted);
  // Only a number that the other side does not have can have been converted.
  const rv = numbersOf(ctx.ref).map((n) => n.value), sv = numbersOf(ctx.sus).map((n) => n.value);
  if (rv.every((v) => sv.includes(v)) && sv.every((v) => rv.includes(v))) return converted;
  const refA = amounts(ctx, ctx.ref), susA = amounts(ctx, ctx.sus);
  for (const r of refA) {
    const s = susA.find((x) => x.group === r.group && x.unit.lemma !== r.unit.lemma && sameAmount(r, x));
    if (s) { if (r.mention) converted.add(r.mention); if (s.mention) converted.add(s.mention); }
  }
  return converted;
}

export const number: Check = (ctx, emit) => {
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  const refN = numbersOf(ctx.ref), susN = numbersOf(ctx.sus);
  const converted = convertedNumbers(ctx);
  const refLeft = converted.size ? refN.filter((n) => !converted.has(n)) : [...refN];
  const susLeft = converted.size ? susN.filter((n) => !converted.has(n)) : [...susN];
  // Same value: matched; a different comparator is a smaller change.
  for (const r of [...refLeft]) {
    const k = susLeft.findIndex((s) => s.value === r.value);
    if (k < 0) continue;
    const s = susLeft[k]!;
    susLeft.splice(k, 1);
    refLeft.splice(refLeft.indexOf(r), 1);
    if (s.cmp !== r.cmp) {
      // "more than 200" against "fewer than 200" bounds the number the other way: not a nuance.
      const reversed = (r.cmp === '>' && s.cmp === '<') || (r.cmp === '<' && s.cmp === '>');
      emit(reversed ? 'number.direction' : 'number.qualifier', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, s.span) });
    }
  }
  // What is left on both sides, of the same kind, is a changed value.
  for (const r of refLeft) {
    const k = susLeft.findIndex((s) => kindOf(s.value) === kindOf(r.value));
    if (k < 0) continue;
    const s = susLeft.splice(k, 1)[0]!;
    emit('number.changed', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, s.span) });
  }
  // A unit swapped for another of the same measure where the wording changed: "two years" -> "two months".
  if (ctx.diff.hunks.some((h) => h.ref.some((t) => unitOf(ctx.lex, t)) && h.sus.some((t) => unitOf(ctx.lex, t)))) {
    const refA = amounts(ctx, ctx.ref), susA = amounts(ctx, ctx.sus);
    const changed = (a: Amount, side: 'ref' | 'sus') => matchOf(ctx, side)[a.unit.k]! < 0;
    for (const r of refA) {
      if (!changed(r, 'ref') || susA.some((x) => x.unit.lemma === r.unit.lemma)) continue;
      const s = susA.find((x) => changed(x, 'sus') && x.group === r.group && !refA.some((y) => y.unit.lemma === x.unit.lemma) && !sameAmount(r, x));
      if (!s) continue;
      // With the count in front: "two years", "a year".
      const withCount = (side: Side, a: Amount) => side.tokens.slice(Math.max(0, a.unit.k - 1), a.unit.k + 1).filter((x) => x.sent === a.unit.sent);
      emit('number.unit', { reference: evidence(ctx.ref, withCount(ctx.ref, r)), suspect: evidence(ctx.sus, withCount(ctx.sus, s)) });
      break;
    }
  }
  // A score or a vote read the other way round: "52 to 48" -> "48 to 52".
  const refPairs = pairsOf(ctx, ctx.ref), susPairs = pairsOf(ctx, ctx.sus);
  for (const [a, b] of refPairs) {
    if (a.value === b.value || refPairs.some(([x, y]) => x.value === b.value && y.value === a.value)) continue;
    const swapped = susPairs.find(([x, y]) => x.value === b.value && y.value === a.value);
    if (!swapped || susPairs.some(([x, y]) => x.value === a.value && y.value === b.value)) continue;
    emit('number.order', { reference: spanEvidence(ctx.ref, [a.span[0], b.span[1]]), suspect: spanEvidence(ctx.sus, [swapped[0].span[0], swapped[1].span[1]]) });
  }
};

/** Two numbers joined as a score or a tally: "52 to 48", "3-1", "12 votes against 9". */
function pairsOf(ctx: PairContext, side: Side): [NumberMention, NumberMention][] {
  const out: [NumberMention, NumberMention][] = [];
  for (const s of side.sentences) {
    for (let i = 0; i + 1 < s.numbers.length; i++) {
      const a = s.numbers[i]!, b = s.numbers[i + 1]!;
      const between = side.text.slice(a.span[1], b.span[0]).trim().toLowerCase();
      if (ctx.lex.tallyJoiners.has(between)) out.push([a, b]);
    }
  }
  return out;
}
