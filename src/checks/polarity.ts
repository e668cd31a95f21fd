// Polarity bookkeeping shared by the negation and antonym checks. The changed words of a pair are grouped into
// regions (diff hunks a few words apart); in each region a flip is an odd number of unmatched negation cues,
// implicit negatives ("failed", "unsuccessful") and antonym substitutions. Regions keep two unrelated changes in
// one sentence from cancelling each other out, while "did not oppose" / "supported" still balance.
import { areAntonyms, areSynonyms, byFirstWord, endingOf, hasOpposite, negatedBase, similarAdjectives, type Lexicons } from '../core/lexicons.js';
import { sameStem } from './words.js';
import type { SideToken } from '../core/diff.js';
import type { NumberMention } from '../core/types.js';
import { inNumber, matchOf, type PairContext, type Side } from '../core/pair.js';
import { phraseAt } from '../core/token.js';
import { entityAt, subjectNoun, subjectOf } from './clauses.js';
import { analysesOf } from '../core/analysis/view.js';

export interface AntonymSub { ref: SideToken[]; sus: SideToken[]; a: string; b: string; valence?: boolean }

export interface Region {
  ref: SideToken[];
  sus: SideToken[];
  refCues: SideToken[];
  susCues: SideToken[];
  refImplicit: SideToken[];
  susImplicit: SideToken[];
  /** Words that balance a negation but are not reported alone ("prevented", "defeated"). */
  refBalancing: SideToken[];
  susBalancing: SideToken[];
  antonyms: AntonymSub[];
  flipped: boolean;
}

/** Hunks closer than this many matched words on the reference side form one region. */
const REGION_GAP = 4;

const cache = new WeakMap<PairContext, Region[]>();

function unmatched(ctx: PairContext, side: 'ref' | 'sus'): SideToken[] {
  const m = matchOf(ctx, side);
  return ctx[side].tokens.filter((t) => t.isWord && m[t.k]! < 0);
}

function findPhrase(toks: SideToken[], phrase: string[]): SideToken[] | null {
  for (let k = 0; k < toks.length; k++) if (phraseAt(toks, k, phrase)) return toks.slice(k, k + phrase.length);
  return null;
}

const isModifier = (t: SideToken) => t.pos === 'ADJ' || t.pos === 'ADV';
const WORD_CLASS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
/** The word classes that carry what a sentence says: a word of these reworded is a change of wording. */
const CONTENT_CLASS = new Set([...WORD_CLASS, 'ADV']);
/** "safe" and "unsafe": one adjective and the same adjective with a negative prefix. */
const prefixOpposites = (lex: Lexicons, a: SideToken, b: SideToken) =>
  isModifier(a) && isModifier(b) && (negatedBase(lex, b.norm) === a.norm || negatedBase(lex, a.norm) === b.norm);

/** The adjective an adverb in -ly is made from, where the lexicons know it ("happily" -> "happy"), else the word. */
function adjectiveOf(lex: Lexicons, w: string): string {
  const m = /^(.{3,}?)(ily|ly)$/.exec(w);
  if (!m) return w;
  const stem = m[2] === 'ily' ? `${m[1]}y` : m[1]!;
  return hasOpposite(lex, stem) || lex.synonyms.get(stem) !== undefined ? stem : w;
}

/**
 * The degree word a superlative form says ("hardest" -> "most"), or null. Not a comparative: "lower than" says
 * "less than" (the adjective's own direction counts), while "the areas hardest hit" / "least hit" is turned round.
 */
function degreeOf(lex: Lexicons, t: SideToken): string | null {
  if (!isModifier(t) || lex.comparatives.has(t.norm) || lex.superlatives.has(t.norm)) return null;
  const m = /^(.{2,}?)(est)$/.exec(t.norm);
  if (!m) return null;
  const stem = m[1]!;
  // "hardest" from "hard", "largest" from "large", "biggest" from "big", "happiest" from "happy".
  const known = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')].some((x) => x.length > 1 && lex.synonyms.get(x) !== undefined);
  return known ? 'most' : null;
}

/**
 * Opposites written in other forms: an adverb against the adjective with a negative prefix ("happily" /
 * "unhappy"), a superlative form against the opposite degree word ("hardest hit" / "least hit"),
 * and compounds whose one changed part is an opposite ("short-sleeved" / "long-sleeved", "cell-death" / "life").
 */
function formOpposites(lex: Lexicons, a: SideToken, b: SideToken): boolean {
  if (isModifier(a) && isModifier(b)) {
    const na = negatedBase(lex, b.norm), nb = negatedBase(lex, a.norm);
    if ((na !== null && na === adjectiveOf(lex, a.norm)) || (nb !== null && nb === adjectiveOf(lex, b.norm))) return true;
  }
  const da = degreeOf(lex, a), db = degreeOf(lex, b);
  if (da && (lex.comparatives.has(b.norm) || lex.superlatives.has(b.norm)) && areAntonyms(lex, da, b.norm)) return true;
  if (db && (lex.comparatives.has(a.norm) || lex.superlatives.has(a.norm)) && areAntonyms(lex, a.norm, db)) return true;
  if (!a.norm.includes('-') && !b.norm.includes('-')) return false;
  const pa = a.norm.split('-').filter(Boolean), pb = b.norm.split('-').filter(Boolean);
  if (pa.length === pb.length) {
    const diff = pa.map((_, i) => i).filter((i) => pa[i] !== pb[i]);
    return diff.length === 1 && areAntonyms(lex, pa[diff[0]!]!, pb[diff[0]!]!);
  }
  // One compound against one word: its head, the last part, against the word ("cell-death" / "life").
  if (pa.length > 1 && pb.length === 1) return areAntonyms(lex, pa[pa.length - 1]!, b.lemma);
  if (pb.length > 1 && pa.length === 1) return areAntonyms(lex, a.lemma, pb[pb.length - 1]!);
  return false;
}

/** "France sold jets to India" / "India bought jets from France": converse verbs with another doer restate. */
function converseRestated(ctx: PairContext, a: SideToken, b: SideToken): boolean {
  if (!ctx.lex.converseVerbs.has(`${a.lemma} ${b.lemma}`)) return false;
  const who = (side: Side, t: SideToken) => subjectOf(side, t.k, entityAt(side), ctx.lex)?.key ?? subjectNoun(side, t.k, ctx.lex)?.key ?? null;
  const x = who(ctx.ref, a), y = who(ctx.sus, b);
  return x !== null && y !== null && x !== y;
}

const directed = new WeakMap<[string[], string[]][], [string[], string[]][]>();
/** Each pair of opposite phrases in both directions, in order: [a, b], [b, a], then the next pair. */
function bothWays(pairs: [string[], string[]][]): [string[], string[]][] {
  let d = directed.get(pairs);
  if (!d) { d = pairs.flatMap(([a, b]): [string[], string[]][] => [[a, b], [b, a]]); directed.set(pairs, d); }
  return d;
}

function antonymSubs(ctx: PairContext): AntonymSub[] {
  const lex = ctx.lex;
  const refU = unmatched(ctx, 'ref'), susU = unmatched(ctx, 'sus');
  const subs: AntonymSub[] = [];
  const used = new Set<SideToken>();
  // Content words, adjectives wink lists as stop words ("former"), prepositions ("before"/"after"), superlative
  // markers ("the most/least important") and degree words ("more"/"less").
  const candidate = (t: SideToken) => t.content || t.pos === 'ADJ' || t.pos === 'ADP' || t.pos === 'ADV' || lex.superlatives.has(t.norm) || lex.comparatives.has(t.norm);
  // How often each word is said on each side: "a woman ... the man" / "a man ... the man" says "man" on both
  // sides, yet one "woman" became a "man".
  const count = (toks: SideToken[]) => {
    const m = new Map<string, number>();
    for (const t of toks) for (const w of t.lemma === t.norm ? [t.lemma] : [t.lemma, t.norm]) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  // (Counted only for a pair with a pair of opposites to weigh: most have none.)
  let counts: [Map<string, number>, Map<string, number>] | null = null;
  const n = (m: Map<string, number>, w: string) => m.get(w) ?? 0;
  // The copy says A less often and B more often than the reference: one was put in the other's place.
  const stillSaid = (a: SideToken, b: SideToken) => {
    const [refCount, susCount] = counts ??= [count(ctx.ref.tokens), count(ctx.sus.tokens)];
    return [a.lemma, a.norm].some((w) => n(susCount, w) >= n(refCount, w)) || [b.lemma, b.norm].some((w) => n(refCount, w) >= n(susCount, w));
  };
  // The words a suspect modifier negates by its prefix ("unsafe": "safe"), so that a reference word that has no
  // opposite in the lexicons and no prefixed twin on the other side is passed over without trying every word.
  const susBases = new Set(susU.filter(isModifier).map((b) => negatedBase(lex, b.norm)));
  const mayHaveOpposite = (a: SideToken) => hasOpposite(lex, a.lemma) || hasOpposite(lex, a.norm) || a.norm.includes('-') || degreeOf(lex, a) !== null ||
    lex.comparatives.has(a.norm) || lex.superlatives.has(a.norm) || (isModifier(a) && hasOpposite(lex, adjectiveOf(lex, a.norm))) ||
    (isModifier(a) && (negatedBase(lex, a.norm) !== null || susBases.has(a.norm)));
  const hunkOf = new Map<SideToken, number>();
  ctx.diff.hunks.forEach((h, i) => { for (const t of h.ref) hunkOf.set(t, i); for (const t of h.sus) hunkOf.set(t, i); });
  /** T, a changed copy word, sits in a changed stretch whose reference side is one content word other than A. */
  const replacesOther = (t: SideToken, a: SideToken) => {
    const h = hunkOf.get(t);
    if (h === undefined) return false;
    const others = ctx.diff.hunks[h]!.ref.filter((u) => u.content && u !== a);
    return others.length === 1 && !ctx.diff.hunks[h]!.ref.includes(a);
  };
  const direct = (a: SideToken, b: SideToken) => areAntonyms(lex, a.lemma, b.lemma) || areAntonyms(lex, a.norm, b.norm) || prefixOpposites(lex, a, b);
  // Opposites in their own forms first; only then in other forms ("less expensive" / "cheaper" pairs "expensive"
  // with "cheaper" before "less" could be paired with it as "more").
  // (Which words can be one end at all is worked out once, not for every word of the other side and every pass.)
  const refCandidates = refU.filter((a) => candidate(a) && mayHaveOpposite(a)), susCandidates = susU.filter(candidate);
  for (const opposite of [direct, (a: SideToken, b: SideToken) => formOpposites(lex, a, b)]) for (const a of refCandidates) {
    if (used.has(a)) continue;
    for (const b of susCandidates) {
      if (used.has(b)) continue;
      if (!opposite(a, b)) continue;
      // A preposition is the opposite of a preposition, an adverb or a participle used as one ("before" / "after",
      // "near" / "far", "following" / "before"), never of an adjective, noun or other verb form: "like something
      // else" (the preposition) / "something different".
      if ([a, b].some((t) => t.pos === 'ADP') && [a, b].some((t) => WORD_CLASS.has(t.pos) && !(t.pos === 'VERB' && endingOf(t.norm, lex.endings.gerund)))) continue;
      if (converseRestated(ctx, a, b)) continue;
      // Both words on both sides, or a synonym of the one on the other side: not a substitution.
      if (stillSaid(a, b)) continue;
      // (A word already paired as another opposite says that one: "grew" for "shrank" is not "raising"; nor is
      // the opposite itself, a synonym only in another sense: "to mother" / "to father".)
      // A synonym that stands in the place of another reference word restates that word, not A: "the start ...
      // marks the launch" / "the end ... marks the beginning" ("beginning" took the place of "launch").
      if (ctx.sus.tokens.some((t) => t !== b && t.content && !used.has(t) && t.lemma !== a.lemma && areSynonyms(lex, t.lemma, a.lemma) && !replacesOther(t, a))) continue;
      // Nor is a near-synonym of it the copy brings in ("previous and current" / "past and present").
      if (susU.some((t) => t !== b && t.content && !used.has(t) && similarAdjectives(lex, t.lemma, a.lemma))) continue;
      // "females ... than males" / "women ... than men": both sides name both ends of the scale, each in its own
      // words (the same words turned round are swappedOpposites' case).
      const bothEnds = (t: SideToken) => t !== b && t.content && areAntonyms(lex, t.lemma, b.lemma);
      if (ctx.ref.tokens.some((t) => t !== a && t.content && areAntonyms(lex, t.lemma, a.lemma)) && ctx.sus.tokens.some(bothEnds)) continue;
      // "lost the first but won the second" / "was beaten in the first but triumphed in the second": B took the
      // place of A's own opposite, which the reference says elsewhere; it restates that word, not A.
      const hb = hunkOf.get(b) === undefined ? undefined : ctx.diff.hunks[hunkOf.get(b)!];
      if (hb && !hb.ref.includes(a) && hb.ref.some((t) => t !== a && t.isWord && areAntonyms(lex, t.lemma, a.lemma))) continue;
      // "previous and current" / "past and present": the copy names both ends together, where A stood.
      if (susU.some((t) => bothEnds(t) && hunkOf.get(t) === hunkOf.get(b))) continue;
      // "the north ... the south" / "northern ... southern": both opposites are still said, in other forms.
      if (ctx.sus.tokens.some((t) => t !== b && t.content && sameStem(t.lemma, a.lemma)) && ctx.ref.tokens.some((t) => t !== a && t.content && sameStem(t.lemma, b.lemma))) continue;
      subs.push({ ref: [a], sus: [b], a: a.lemma, b: b.lemma });
      used.add(a).add(b);
      break;
    }
  }
  // A word that says something good replaced by one that says something bad, or the reverse ("grateful" /
  // "angry", "blamed" / "pardoned"): no dictionary pair, but what is said is turned round. Only a word whose
  // own valence is not just borrowed from its neighbours: both changed, both of the same kind of word.
  const valenceOf = (t: SideToken) => lex.valence.get(t.norm) ?? lex.valence.get(t.lemma) ?? 0;
  // A participle says a quality as an adjective does ("a popular" / "a loathed activity", wink tags it a verb).
  const kindOf = (t: SideToken) => (t.pos === 'ADV' || (t.pos === 'VERB' && endingOf(t.norm, lex.endings.participle)) ? 'ADJ' : t.pos);
  // And only within one changed stretch, where the one word stood in the other's place ("destroyed buildings to
  // free" / "devastated buildings to rescue" pairs "destroyed" with "devastated", not with "rescue").
  for (const a of refU) {
    const va = valenceOf(a);
    if (!va || used.has(a) || !a.content) continue;
    for (const b of susU) {
      if (hunkOf.get(a) === undefined || hunkOf.get(a) !== hunkOf.get(b)) continue;
      if (used.has(b) || !b.content || kindOf(a) !== kindOf(b) || Math.sign(valenceOf(b)) !== -Math.sign(va)) continue;
      if (stillSaid(a, b)) continue;
      subs.push({ ref: [a], sus: [b], a: a.lemma, b: b.lemma, valence: true });
      used.add(a).add(b);
      break;
    }
  }
  // A quality of the same thing made a bad one: "professional training" / "inefficient training", "a softer sound"
  // / "a harsher sound". The reference's word is the good end of a scale and not rated bad itself, the copy's is
  // clearly bad, and both stand right before the same word of the other side, the thing they describe.
  const describes = (t: SideToken, side: 'ref' | 'sus') => {
    const next = ctx[side].tokens[t.k + 1];
    return next && next.sent === t.sent && (next.pos === 'NOUN' || next.pos === 'PROPN') ? next : null;
  };
  // The good end of a scale: a word one of whose opposites is clearly bad ("professional" / "unprofessional").
  const goodEnd = (t: SideToken) => [t.lemma, t.norm].some((w) => [...lex.antonyms.get(w) ?? []].some((x) => (lex.valence.get(x) ?? 0) <= -2));
  for (const a of refU) {
    if (used.has(a) || kindOf(a) !== 'ADJ') continue;
    const na = describes(a, 'ref');
    if (!na || ctx.diff.refMatch[na.k]! < 0 || valenceOf(a) < 0 || !goodEnd(a)) continue;
    const b = susU.find((t) => !used.has(t) && t.k + 1 === ctx.diff.refMatch[na.k] && kindOf(t) === 'ADJ' && valenceOf(t) <= -2);
    if (!b || stillSaid(a, b) || areSynonyms(lex, a.lemma, b.lemma) || similarAdjectives(lex, a.lemma, b.lemma)) continue;
    subs.push({ ref: [a], sus: [b], a: a.lemma, b: b.lemma, valence: true });
    used.add(a).add(b);
  }
  const lemmasOf = (side: Side) => { const out = new Set<string>(); for (const t of side.tokens) out.add(t.lemma); return out; };
  const refLemmas = lemmasOf(ctx.ref), susLemmas = lemmasOf(ctx.sus);
  // Most pairs have neither phrase: only the phrases whose first word the reference says, and whose opposite's first
  // word the copy says, are scanned for, in the lexicon's order.
  const phrases = bothWays(lex.antonymPhrases), byFirst = byFirstWord(phrases, ([x]) => x);
  const orders: number[] = [];
  for (const w of refLemmas) for (const e of byFirst.get(w) ?? []) if (susLemmas.has(e.item[1][0]!)) orders.push(e.order);
  orders.sort((a, b) => a - b);
  for (const o of orders) {
    const [x, y] = phrases[o]!;
    const r = findPhrase(ctx.ref.tokens, x), s = findPhrase(ctx.sus.tokens, y);
    if (!r || !s) continue;
    if (!r.some((t) => ctx.diff.refMatch[t.k]! < 0) || !s.some((t) => ctx.diff.susMatch[t.k]! < 0)) continue;
    if (findPhrase(ctx.sus.tokens, x) || findPhrase(ctx.ref.tokens, y)) continue;
    if (r.some((t) => used.has(t)) || s.some((t) => used.has(t))) continue;
    subs.push({ ref: r, sus: s, a: x.join(' '), b: y.join(' ') });
    r.forEach((t) => used.add(t));
    s.forEach((t) => used.add(t));
  }
  // A word of a number's bound ("at least one", "no more than five") is the number check's to compare; not one
  // of an approximation, which may as well say where ("close to three bicycles" / "far from three bicycles").
  const bound = (n: NumberMention) => n.cmp === '>' || n.cmp === '<';
  return subs.filter((x) => !x.ref.some((t) => inNumber(ctx.ref, t, bound)) && !x.sus.some((t) => inNumber(ctx.sus, t, bound)));
}

const NOUN_PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** A word whose meaning carries a negation ("failed", "unless"; negation.yaml implicit). */
export const carriesNegation = (lex: Lexicons, t: SideToken) => lex.implicitNeg.has(t.lemma) || lex.implicitNeg.has(t.norm);

/** The cue at k opens a phrase that negates nothing ("not only", "no doubt"; negation.yaml notNegating). */
export const opensNotNegating = (lex: Lexicons, toks: readonly SideToken[], k: number) =>
  lex.notNegating.find((p) => phraseAt(toks, k, p, 'norm'));

const idiomCache = new WeakMap<PairContext, { ref?: readonly SideToken[]; sus?: readonly SideToken[] }>();

/** The first word of every negating idiom on one side ("yet" of "has yet to"), found once per pair and side. */
export function idioms(ctx: PairContext, side: 'ref' | 'sus'): readonly SideToken[] {
  let hit = idiomCache.get(ctx);
  if (!hit) { hit = {}; idiomCache.set(ctx, hit); }
  return (hit[side] ??= findIdioms(ctx, side));
}

function findIdioms(ctx: PairContext, side: 'ref' | 'sus'): SideToken[] {
  const toks = ctx[side].tokens;
  const out: SideToken[] = [];
  for (const idiom of ctx.lex.negIdioms) {
    for (let k = 0; k < toks.length; k++) {
      if (!phraseAt(toks, k, idiom, 'norm')) continue;
      // "far from the river" is a place, not "far from over": a locative idiom before a noun phrase negates nothing.
      const next = toks[k + idiom.length];
      if (next && NOUN_PHRASE.has(next.pos) && ctx.lex.locativeIdioms.some((l) => phraseAt(toks, k, l, 'norm'))) continue;
      out.push(toks[k]!);
    }
  }
  // "would rather stay than go": the idiom's two words apart, in order, in one sentence; a second word already
  // part of the idiom said whole ("rather than") is not counted again.
  for (const [first, second] of ctx.lex.splitIdioms) {
    const whole = new Set(out.filter((t) => t.norm === first && toks[t.k + 1]?.norm === second).map((t) => t.k + 1));
    for (const t of toks) {
      if (t.norm !== first || toks[t.k + 1]?.norm === second) continue;
      const later = toks.find((u) => u.k > t.k && u.sent === t.sent && u.norm === second && !whole.has(u.k));
      if (later) { whole.add(later.k); out.push(t); }
    }
  }
  return out;
}

/** Where a hunk sits on the reference side, also for a hunk that only inserts words. */
function refSpan(ctx: PairContext, ref: SideToken[], sus: SideToken[]): [number, number] {
  if (ref.length) return [ref[0]!.k, ref[ref.length - 1]!.k];
  for (let k = (sus[0]?.k ?? 0) - 1; k >= 0; k--) {
    const m = ctx.diff.susMatch[k]!;
    if (m >= 0) return [m + 1, m + 1];
  }
  return [0, 0];
}

export function polarity(ctx: PairContext): Region[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const lex = ctx.lex;
  const groups: { ref: SideToken[]; sus: SideToken[]; span: [number, number] }[] = [];
  for (const h of ctx.diff.hunks) {
    const span = refSpan(ctx, h.ref, h.sus);
    const last = groups[groups.length - 1];
    if (last && span[0] - last.span[1] <= REGION_GAP) {
      last.ref.push(...h.ref);
      last.sus.push(...h.sus);
      last.span[1] = Math.max(last.span[1], span[1]);
    } else {
      groups.push({ ref: [...h.ref], sus: [...h.sus], span });
    }
  }
  const subs = antonymSubs(ctx);
  // "not only", "not the only", "no doubt": a cue that opens such a phrase negates nothing when the rest of the
  // phrase was reworded as well ("one of several ministers"); when the rest is still there, the cue counts.
  // A cue carrying on an earlier negation of its sentence: a "nor" ("did not have corn, nor tomatoes"), or, when
  // elliptical too, one before an auxiliary ("and neither did the doctors").
  const carriesOn = (toks: SideToken[], t: SideToken) => t.negCue
    && (lex.continuingCues.has(t.norm) || (lex.ellipticalCues.has(t.norm) && toks[t.k + 1]?.pos === 'AUX' && toks[t.k + 1]?.sent === t.sent))
    && toks.some((u) => u.sent === t.sent && u.k < t.k && u.negCue && !lex.continuingCues.has(u.norm));
  const inert = (side: 'ref' | 'sus', t: SideToken) => {
    if (!t.negCue) return false;
    const toks = ctx[side].tokens, match = matchOf(ctx, side);
    if (lex.notNegating.some((p) => phraseAt(toks, t.k, p, 'norm') && p.some((_, i) => i > 0 && match[t.k + i]! < 0))) return true;
    // "neither ... nor": the second half of one negation.
    const opener = lex.correlativeCues.get(t.norm);
    if (opener && toks.some((u) => u.sent === t.sent && u.k < t.k && u.norm === opener)) return true;
    // "did not have corn, nor tomatoes" / "did not know corn or tomatoes": "nor" goes on with an earlier negation,
    // which the other side keeps, saying it with "or".
    if (lex.continuingCues.has(t.norm) && toks.some((u) => u.sent === t.sent && u.k < t.k && u.negCue && !lex.continuingCues.has(u.norm))) {
      const other = side === 'ref' ? 'sus' : 'ref', otherMatch = matchOf(ctx, other);
      if (ctx[other].tokens.some((u) => u.negCue) && ctx[other].tokens.some((u) => lex.alternativeWords.has(u.norm) && otherMatch[u.k]! < 0)) return true;
    }
    // "the patients did not know, and neither did the doctors" / "neither the patients nor the doctors knew": an
    // elliptical clause ("neither did", "nor was") carries an earlier negation of its sentence to one more
    // participant, which the other side negates with a continuing cue of its own.
    // Either side's cue that carries a negation on (a "nor", an elliptical "neither did") is the same negation
    // when the other side carries one on as well.
    if (carriesOn(toks, t)) {
      const other = ctx[side === 'ref' ? 'sus' : 'ref'].tokens;
      if (other.some((u) => carriesOn(other, u))) return true;
    }
    // "whether or not", "realize it or not,": the cue closes a phrase that names the alternative.
    return lex.closingNotNegating.some((p) => {
      const a = t.k - p.length + 1, next = toks[t.k + 1];
      return p[p.length - 1] === t.norm && a >= 0 && phraseAt(toks, a, p, 'norm')
        && (!next || !next.isWord || next.sent !== t.sent || toks[a - 1]?.norm === 'whether');
    });
  };
  const inertRef = new Set(ctx.ref.tokens.filter((t) => inert('ref', t))), inertSus = new Set(ctx.sus.tokens.filter((t) => inert('sus', t)));
  const inAntonym = new Set(subs.flatMap((s) => [...s.ref, ...s.sus]));
  const negative = (t: SideToken) => t.negCue || carriesNegation(lex, t) || lex.balancingNeg.has(t.lemma);
  // "the biggest protest since 1989" / "has not seen such a protest since 1989": a superlative with "since" on both
  // sides says what a negation says ("nothing as big since").
  const sinceBoth = ctx.ref.tokens.some((t) => lex.sinceMarkers.has(t.norm)) && ctx.sus.tokens.some((t) => lex.sinceMarkers.has(t.norm));
  const sinceSuperlative = (t: SideToken) => sinceBoth && t.pos === 'ADJ' && (lex.superlatives.has(t.norm) || !!endingOf(t.norm, lex.endings.superlative) || lex.sinceSuperlatives.has(t.norm));
  // "no fewer than 12" is a bound on a number (compared by the number check), not a negation.
  const build = (moved: Set<SideToken>) => {
    const isImplicit = (t: SideToken) => !inAntonym.has(t) && !moved.has(t) && !t.negCue && carriesNegation(lex, t);
    return groups.map((g) => {
      const refSet = new Set(g.ref), susSet = new Set(g.sus);
      const antonyms = subs.filter((s) => s.ref.some((t) => refSet.has(t)) || s.sus.some((t) => susSet.has(t)));
      const refCues = g.ref.filter((t) => t.negCue && !moved.has(t) && !inertRef.has(t) && !inNumber(ctx.ref, t));
      const susCues = g.sus.filter((t) => t.negCue && !moved.has(t) && !inertSus.has(t) && !inNumber(ctx.sus, t));
      const refImplicit = g.ref.filter(isImplicit), susImplicit = g.sus.filter(isImplicit);
      // A prefixed adjective ("inexperienced") balances a negation ("lacks experience") but is no negation alone.
      const isBalancing = (t: SideToken) => !inAntonym.has(t) && !moved.has(t) && !t.negCue && !isImplicit(t) &&
        (lex.balancingNeg.has(t.lemma) || lex.balancingNeg.has(t.norm) || (isModifier(t) && negatedBase(lex, t.norm) !== null) || sinceSuperlative(t));
      const refBalancing = g.ref.filter(isBalancing), susBalancing = g.sus.filter(isBalancing);
      const cues = refCues.length + susCues.length;
      const implicit = refImplicit.length + susImplicit.length;
      // A balancing word only counts against a negation in its region; alone it is an ordinary word.
      const balancing = cues + implicit > 0 ? refBalancing.length + susBalancing.length : 0;
      // Opposites balance a negation ("did not oppose" / "supported"), not each other: "shrank ... raising fears"
      // / "grew ... easing fears" is two reversals.
      const total = cues + implicit + balancing + antonyms.length;
      return { ref: g.ref, sus: g.sus, refCues, susCues, refImplicit, susImplicit, refBalancing, susBalancing, antonyms, flipped: cues + implicit + balancing > 0 ? total % 2 === 1 : antonyms.length > 0 };
    });
  };
  // A negation word unmatched on both sides with the same lemma (or two cues among reworded words: "had no
  // influence on the verdicts" / "the verdicts were not affected") was moved by a reordered clause, not added or dropped: but only where it explains two regions that would otherwise both flip. "had failed to report ...
  // had not been trained" against "had not reported ... had never been trained" balances region by region, and
  // pairing its two "not"s would have unbalanced both.
  const first = build(new Set());
  // Two different cues pair up only where each sits among reworded words (what it negates was said another way);
  // "had no effect ... were paid" / "had an effect ... were not paid" keeps both flips.
  const reworded = (toks: SideToken[]) => toks.some((t) => t.isWord && !t.negCue && CONTENT_CLASS.has(t.pos));
  // A negation before its verb ("was not improved", "did not change"), and a participle with a negative prefix.
  const negatesVerb = (toks: SideToken[], t: SideToken) => [1, 2].some((d) => toks[t.k + d]?.sent === t.sent && toks[t.k + d]?.pos === 'VERB');
  const knownVerbForm = (w: string) => [w, w.replace(/(?:ed|en)$/, ''), w.replace(/d$/, '')].some((x) => x.length >= 3 && lex.synonyms.get(x) !== undefined);
  const negatedParticiple = (u: SideToken) => !u.negCue && /(?:ed|en)$/.test(u.norm) && !lex.notPrefixed.has(u.norm) &&
    lex.negPrefixes.some((p) => u.norm.startsWith(p) && knownVerbForm(u.norm.slice(p.length)));
  const regionOf = (t: SideToken, side: 'ref' | 'sus') => groups.findIndex((g) => g[side].includes(t));
  // A cue negates something: its verb, or for a copula the quality it denies ("is not close"), or a noun phrase.
  const about = (side: 'ref' | 'sus', t: SideToken): SideToken[] => {
    const toks = ctx[side].tokens;
    for (const { analysis, base } of analysesOf(ctx[side])) {
      const n = analysis.negations.find((x) => base + x.cue === t.k);
      if (!n) continue;
      const p = analysis.clauses[n.clause]!.predicate;
      const ks = p && n.target === p.verb ? (p.copula && p.adjs.length ? p.adjs : [p.verb]) : [n.target];
      return ks.map((i) => toks[base + i]!).filter((u) => u && u.isWord && CONTENT_CLASS.has(u.pos));
    }
    return [];
  };
  // Two negations of different things: the copy's cue denies a word the reference says too, outside what the
  // reference's cue denies ("does not allow times close to the record" / "his time is not close to the record"),
  // or the reverse. Each side still says both things; the negation went from one to the other, not along with it.
  const negateOther = (t: SideToken, u: SideToken) => {
    if (!t.negCue || !u.negCue) return false;
    const r = about('ref', t), s = about('sus', u);
    if (!r.length || !s.length || r.some((x) => s.some((y) => x.lemma === y.lemma || areSynonyms(lex, x.lemma, y.lemma)))) return false;
    const says = (side: Side, w: SideToken) => side.tokens.some((v) => v.lemma === w.lemma);
    return s.some((y) => says(ctx.ref, y)) || r.some((x) => says(ctx.sus, x));
  };
  const moved = new Set<SideToken>();
  const susNeg = unmatched(ctx, 'sus').filter((t) => negative(t) && !inertSus.has(t));
  for (const t of unmatched(ctx, 'ref').filter((t) => negative(t) && !inertRef.has(t))) {
    const a = regionOf(t, 'ref');
    if (a < 0 || !first[a]!.flipped) continue;
    const twin = susNeg.find((u) => { const b = regionOf(u, 'sus'); return !moved.has(u) && b >= 0 && b !== a && first[b]!.flipped && (u.lemma === t.lemma || (t.negCue && u.negCue && reworded(groups[a]!.ref) && reworded(groups[b]!.sus))) && !negateOther(t, u); });
    if (twin) { moved.add(t); moved.add(twin); continue; }
    // "His time was not improved until ..." / "Up until ..., his time remained unaltered": a negated verb said again
    // by a negated participle ("unaltered", "unbeaten") that a reordered clause put elsewhere in the sentence.
    if (!t.negCue || !negatesVerb(ctx.ref.tokens, t)) continue;
    const said = unmatched(ctx, 'sus').find((u) => { const b = regionOf(u, 'sus'); return !moved.has(u) && b >= 0 && b !== a && !first[b]!.flipped && negatedParticiple(u) && reworded(groups[a]!.ref); });
    if (said) { moved.add(t); moved.add(said); }
  }
  const regions = moved.size ? build(moved) : first;
  // A negation inside an idiom ("has yet to decide", "is far from over") balances a plain one on the other side
  // ("has not yet decided", "is not over"): the idiom's words are often matched, so they are counted per side.
  const refIdioms = idioms(ctx, 'ref'), susIdioms = idioms(ctx, 'sus');
  let delta = refIdioms.length - susIdioms.length;
  for (const r of regions) {
    if (!delta || !r.flipped) continue;
    const refNeg = r.refCues.length + r.refImplicit.length, susNeg = r.susCues.length + r.susImplicit.length;
    if (delta > 0 && susNeg > refNeg) { r.flipped = false; delta--; }
    else if (delta < 0 && refNeg > susNeg) { r.flipped = false; delta++; }
  }
  // An idiom left over, with its words changed, was dropped (or put in) without a plain negation for it:
  // "is far from over" -> "is over".
  for (const t of delta > 0 ? refIdioms : delta < 0 ? susIdioms : []) {
    if (!delta) break;
    const side = delta > 0 ? 'ref' : 'sus';
    if (matchOf(ctx, side)[t.k]! >= 0) continue;
    const r = regions.find((x) => x[side].includes(t));
    if (!r) continue;
    (side === 'ref' ? r.refImplicit : r.susImplicit).push(t);
    r.flipped = !r.flipped;
    delta += delta > 0 ? -1 : 1;
  }
  cache.set(ctx, regions);
  return regions;
}
