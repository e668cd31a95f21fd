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
    // "a 1.6-mile trail": the count stands before the hyphen.
    const hyphen = side.tokens[t.k - 1]?.norm === '-' && side.tokens[t.k - 1]!.start === side.tokens[t.k - 2]?.end;
    const prev = side.tokens[t.k - (hyphen ? 2 : 1)];
    // "a year-long mission": one of the unit, whatever stands before it.
    const dash = side.tokens[t.k + 1], suffix = side.tokens[t.k + 2];
    if (dash?.norm === '-' && dash.start === t.end && suffix?.start === dash.end && ctx.lex.singleSuffixes.has(suffix.norm)) {
      out.push({ unit: t, group: u.group, count: 1, size: u.size, mention: null });
      continue;
    }
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
  // "sentenced twice to life" / "two life sentences": a multiple that counts occasions is the count.
  const refN = numbersOf(ctx.ref), susN = numbersOf(ctx.sus);
  for (const [a, b, aSide] of [[refN, susN, ctx.ref], [susN, refN, ctx.sus]] as const) {
    for (const m of a) {
      if (!m.value.endsWith('x') || b.some((n) => n.value === m.value) || !countsOccasions(ctx, aSide, m)) continue;
      const count = b.find((n) => n.value === m.value.slice(0, -1) && !a.some((x) => x.value === n.value));
      if (count) { converted.add(m); converted.add(count); }
    }
  }
  // "on Tuesday" / "on March 5" in a text about 2024: the same day when March 5, 2024 was a Tuesday.
  for (const d of weekdayDates(ctx)) if (d.same) { converted.add(d.ref); converted.add(d.sus); }
  return converted;
}

interface WeekdayDate { ref: NumberMention; sus: NumberMention; same: boolean; actual: string }

const weekdayCache = new WeakMap<PairContext, WeekdayDate[]>();
/**
 * A weekday on one side against a calendar date on the other, where the texts give the year (one year in the
 * sentences, or else one in the whole reference): the date's weekday says whether it is the same day.
 */
export function weekdayDates(ctx: PairContext): WeekdayDate[] {
  const hit = weekdayCache.get(ctx);
  if (hit) return hit;
  const out: WeekdayDate[] = [];
  weekdayCache.set(ctx, out);
  const refN = numbersOf(ctx.ref), susN = numbersOf(ctx.sus);
  const has = (ns: NumberMention[], kind: string) => ns.some((n) => n.value.startsWith(kind));
  if (!((has(refN, 'weekday:') && has(susN, 'date:')) || (has(refN, 'date:') && has(susN, 'weekday:')))) return out;
  const yearsOf = (ns: NumberMention[]) => ns.filter((n) => n.value.startsWith('year:')).map((n) => n.value.slice(5));
  let years = new Set([...yearsOf(refN), ...yearsOf(susN)]);
  if (!years.size) years = new Set(yearsOf(ctx.refDoc.flatMap((x) => x.numbers)));
  if (years.size !== 1) return out;
  const year = Number([...years][0]);
  const weekdays = [...ctx.lex.weekdays], months = [...ctx.lex.months];
  const weekdayOf = (date: string) => {
    const m = /^date:(\w+)-(\d+)$/.exec(date);
    const month = m ? months.indexOf(m[1]!) : -1;
    if (!m || month < 0) return null;
    const d = new Date(Date.UTC(year, month, Number(m[2])));
    if (d.getUTCMonth() !== month) return null;
    // weekdays.yaml starts on Monday; getUTCDay() counts from Sunday.
    return weekdays[(d.getUTCDay() + 6) % 7] ?? null;
  };
  const valuesR = new Set(refN.map((n) => n.value)), valuesS = new Set(susN.map((n) => n.value));
  for (const [a, b, flip] of [[refN, susN, false], [susN, refN, true]] as const) {
    for (const w of a) {
      if (!w.value.startsWith('weekday:') || (flip ? valuesR : valuesS).has(w.value)) continue;
      const date = b.find((n) => n.value.startsWith('date:') && !(flip ? valuesS : valuesR).has(n.value));
      const actual = date && weekdayOf(date.value);
      if (!date || !actual) continue;
      const same = actual === w.value.slice(8);
      out.push(flip ? { ref: date, sus: w, same, actual } : { ref: w, sus: date, same, actual });
    }
  }
  return out;
}

/** Which side of its number a comparator puts the value: -1 below ("<", "<~"), 1 above (">", ">~"), 0 neither. */
const boundSide = (cmp: string) => (cmp.startsWith('<') ? -1 : cmp.startsWith('>') ? 1 : 0);

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
      // So does "nearly 40" (just below) against "more than 40", or "just over 40" against "under 40".
      const reversed = boundSide(r.cmp) * boundSide(s.cmp) < 0 && (r.cmp.length === 1 || s.cmp.length === 1);
      emit(reversed ? 'number.direction' : 'number.qualifier', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, s.span) });
    }
  }
  // A weekday that the date on the other side is not ("on Tuesday" / "on March 6", a Wednesday, in 2024).
  for (const d of weekdayDates(ctx)) {
    if (d.same || !refLeft.includes(d.ref) || !susLeft.includes(d.sus)) continue;
    refLeft.splice(refLeft.indexOf(d.ref), 1);
    susLeft.splice(susLeft.indexOf(d.sus), 1);
    emit('number.weekday', { reference: spanEvidence(ctx.ref, d.ref.span), suspect: spanEvidence(ctx.sus, d.sus.span), vars: { day: `${d.ref.value.startsWith('date:') ? d.ref.text : d.sus.text} was a ${d.actual.charAt(0).toUpperCase()}${d.actual.slice(1)}` } });
  }
  // What is left on both sides, of the same kind, is a changed value.
  for (const r of refLeft) {
    const k = susLeft.findIndex((s) => kindOf(s.value) === kindOf(r.value));
    if (k < 0) continue;
    const s = susLeft.splice(k, 1)[0]!;
    emit(rounded(r, s) ? 'number.rounded' : boundHolds(r, s) || boundHolds(s, r) ? 'number.qualifier' : 'number.changed', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, s.span) });
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

/** "sentenced twice to life", "was arrested twice": a multiple word with no comparison after it counts occasions. */
function countsOccasions(ctx: PairContext, side: Side, m: NumberMention): boolean {
  const toks = side.tokens;
  const k = toks.findIndex((t) => t.start === m.span[0]);
  const t = toks[k];
  if (!t || t.end !== m.span[1] || !ctx.lex.repeatWords.has(t.norm)) return false;
  const next = toks[k + 1];
  return !next || next.sent !== t.sent || !ctx.lex.multiplierFollowers.has(next.norm);
}

/** A value's figure and what stands around it ("€", "%"), or null for a date or a year. */
function figure(v: string): { pre: string; x: number; digits: string; post: string } | null {
  const m = /^([^\d.:]*)(\d+(?:\.\d+)?)([^\d:]*)$/.exec(v);
  return m ? { pre: m[1]!, x: Number(m[2]), digits: m[2]!, post: m[3]! } : null;
}

/** The most a figure cut to fewer decimals may lose, as a share of it, to be the same figure written shorter. */
const TRUNCATED_BY = 0.02;

/**
 * One side gives the other's value rounded: "0.66%" / "0.7%" (to fewer decimals), "1,523,000" / "1.5 million" (a
 * large amount to its leading figures), "69.8%" / "about 70%". Not "320" / "300" (a round count is another count),
 * nor "more than 18%" / "nearly 20%" (a bound is not rounded).
 */
function rounded(a: NumberMention, b: NumberMention): boolean {
  const fa = figure(a.value), fb = figure(b.value);
  if (!fa || !fb || fa.pre !== fb.pre || fa.post !== fb.post || fa.x === fb.x) return false;
  // The place of a figure's last written digit: -2 for "0.66", 0 for "66", 2 for "1500" (trailing zeros).
  const place = (f: { digits: string }) => {
    const dec = f.digits.split('.')[1];
    return dec ? -dec.length : (/0+$/.exec(f.digits)?.[0].length ?? 0);
  };
  const [coarse, fine, fineCmp] = place(fa) > place(fb) ? [fa, fb, b.cmp] : [fb, fa, a.cmp];
  // A bound is no value to round: "more than 18%" / "nearly 20%" is another figure.
  if (fineCmp !== '=') return false;
  const pc = place(coarse), pf = place(fine);
  if (pc <= pf) return false;
  const unit = 10 ** pc;
  // Or cut to fewer decimals, as papers often give a figure ("$247.7 billion" / "$247 billion", "75.88%" / "75%"),
  // where that moves it by little: "2.5%" / "2%" is another figure.
  const cut = pf < 0 && Math.abs(Math.floor(fine.x / unit) * unit - coarse.x) <= unit * 1e-9 && fine.x - coarse.x <= TRUNCATED_BY * fine.x;
  if (!cut && Math.abs(Math.round(fine.x / unit) * unit - coarse.x) > unit * 1e-9) return false;
  // Rounded to fewer decimals, or to a round large amount.
  return pf < 0 || coarse.x >= 1e5;
}

/**
 * BOUND ("more than 2.9 million", "under 50") holds for VALUE ("about 2.95 million", "46"), which lies on its side
 * of it within one unit of the bound's last written digit: the same figure given as a bound, a qualifier changed.
 * Not "more than 2.9 million" / "2.7 million", nor "more than 300" / "450".
 */
function boundHolds(bound: NumberMention, value: NumberMention): boolean {
  const side = boundSide(bound.cmp);
  if (!side || boundSide(value.cmp)) return false;
  const fb = figure(bound.value), fv = figure(value.value);
  if (!fb || !fv || fb.pre !== fv.pre || fb.post !== fv.post) return false;
  const dec = fb.digits.split('.')[1];
  const unit = 10 ** (dec ? -dec.length : (/0+$/.exec(fb.digits)?.[0].length ?? 0));
  const d = (fv.x - fb.x) * side;
  return d > 0 && d <= unit * (1 + 1e-9);
}

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
