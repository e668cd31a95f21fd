// Parts of a clause that one side has and the other lacks, read from the sentence analysis: a modifier
// ("angry lawyers" -> "lawyers"), an adverb ("cheerfully running"), a prepositional phrase (a place, a time, an
// instrument), an object ("left the region" -> "left"), a coordinated conjunct ("the actor and the banker"), a
// relative or participial clause, or a whole clause. Shared by the omission and addition checks (FROM = the side
// that has the part).
import type { SideToken } from '../core/diff.js';
import { analysesOf } from '../core/analysis/view.js';
import type { Clause, NP, PP } from '../core/analysis/types.js';
import { inNumber, type PairContext, type Side } from '../core/pair.js';
import { docIndex } from '../core/docindex.js';
import { entityAt } from './clauses.js';
import { endingOf } from '../core/lexicons.js';
import { echoedIn } from './words.js';

export interface Part {
  toks: SideToken[];
  /** What kind of part, for the message ("a modifier", "an object"). */
  what: string;
  /** Colour (emphasis, a discourse adverb): a minor change; anything else changes what is claimed. */
  colour: boolean;
}

/** One word a slip of the other: the same letters ("od" / "do"), two words run together ("havea"), or one letter off. */
function typoOf(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if ([...a].sort().join('') === [...b].sort().join('')) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** "sunny" / "sun", "muddy" / "mud", "snowy" / "snow": a word and the noun it is made from. */
const derived = (a: string, b: string) => {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.startsWith(s) && l.length - s.length <= 3;
};

const wordClass = (t: SideToken) => (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' ? 'n' : t.pos === 'ADJ' ? 'a' : t.pos === 'ADV' ? 'r' : t.pos === 'VERB' ? 'v' : '');

/** Tokens inside a phrase of colour ("in fact", "in order"), found on the side's words. */
function colourTokens(side: Side, phrases: Set<string>): Set<number> {
  const out = new Set<number>();
  const toks = side.tokens;
  if (!phrases.size) return out;
  for (let i = 0; i < toks.length; i++) {
    // The phrases of two, three and four words from here, each the one before plus a word.
    let phrase = toks[i]!.norm;
    for (let len = 2; len <= 4 && i + len <= toks.length; len++) {
      phrase += ' ' + toks[i + len - 1]!.norm;
      if (phrases.has(phrase)) for (let k = i; k < i + len; k++) out.add(k);
    }
  }
  return out;
}

const sentenceTokens = (side: Side, base: number, i: number) => side.tokens[base + i]!;

/** A relative clause with a copula says what a noun is ("a person who is not humble"). */
function describedByClause(side: Side, lemma: string): boolean {
  return analysesOf(side).some(({ analysis, base }) => analysis.clauses.some((c) => c.type === 'relative' && c.predicate?.copula &&
    c.subject.some((n) => side.tokens[base + n.head]!.lemma === lemma)));
}

/** A noun with an adjective before it on that side ("a proud person"). */
function modified(side: Side, lemma: string): boolean {
  return analysesOf(side).some(({ analysis, base }) => analysis.nps.some((n) => side.tokens[base + n.head]!.lemma === lemma &&
    n.mods.some((m) => side.tokens[base + m]!.pos === 'ADJ')));
}


/** A word hyphenated to a number ("54-year-old", "a 10-day trial"): the number restated, the number check's. */
function withNumber(side: Side, t: SideToken): boolean {
  const toks = side.tokens;
  for (const dir of [-1, 1]) {
    for (let k = t.k; toks[k + dir]?.norm === '-' && toks[k + 2 * dir]; k += 2 * dir) if (/\d/.test(toks[k + 2 * dir]!.norm)) return true;
  }
  return false;
}

/** The least share of the sentence's content words a part must carry to change its claim (see add below). */
const MIN_SHARE = 0.15;

const isHedgeOrNeg = (ctx: PairContext, t: SideToken) => t.negCue || ctx.lex.structure.hedgeAdverbs.has(t.norm);

export function droppedParts(ctx: PairContext, from: 'ref' | 'sus'): Part[] {
  const to = from === 'ref' ? 'sus' : 'ref';
  const side: Side = ctx[from];
  const match = from === 'ref' ? ctx.diff.refMatch : ctx.diff.susMatch;
  // Every part reported has a word the other side does not match: none, no part.
  if (!side.tokens.some((t) => match[t.k]! < 0)) return [];
  const otherContent = ctx[to].tokens.filter((t) => t.content);
  const fromContent = side.tokens.filter((t) => t.content);
  const lex = ctx.lex;
  // A part dropped from a sentence that otherwise says the same words is a clear change of the claim; in a
  // sentence reworded throughout, the words the other side has in their place may well say it: a minor change.
  const toMatch = from === 'ref' ? ctx.diff.susMatch : ctx.diff.refMatch;
  // (In such a sentence the wording check already lists the changed words: no part is reported.)
  if (ctx[to].tokens.some((t) => t.content && toMatch[t.k]! < 0 && !echoedIn(lex, fromContent, t))) return [];
  const ents = entityAt(side);
  // Where a word of the other side stands in for it, the part was replaced, not dropped (wording and antonyms).
  const replacedAt = new Set<number>();
  for (const h of ctx.diff.hunks) {
    if (h[to].some((t) => t.content && !echoedIn(lex, fromContent, t))) for (const t of h[from]) replacedAt.add(t.k);
    // A word of substance in its place ("a person's" / "someone's", "a part of" / "involved in"): replaced, not dropped.
    // (Not the same word displaced: "Angry lawyers" / "Lawyers".)
    // Only a word of the part itself counts as displaced: "a tiny goal" -> "a little goal" in a sentence that says
    // "little" elsewhere is a word replaced by another.
    const displaced = (u: SideToken) => h[from].some((f) => f.isWord && (f.norm === u.norm || f.lemma === u.lemma));
    for (const t of h[from]) if (h[to].some((u) => u.isWord && wordClass(u) !== '' && !displaced(u))) replacedAt.add(t.k);
    // A slip of the pen ("Why od boys", "havea") is the word it misspells.
    const other = h[to].filter((t) => t.isWord).map((t) => t.norm);
    const joined = other.map((w, i) => w + (other[i + 1] ?? ''));
    for (const t of h[from]) if (other.some((w) => typoOf(t.norm, w)) || joined.includes(t.norm)) replacedAt.add(t.k);
  }
  const otherNorms = ctx[to].tokens.filter((t) => t.isWord).map((t) => t.norm);
  const same = lex.structure.sameAs;
  const gone = (t: SideToken) => match[t.k]! < 0 && !replacedAt.has(t.k) && !echoedIn(lex, otherContent, t) &&
    !otherNorms.some((w) => w === t.norm || derived(w, t.norm) || same.get(w) === (same.get(t.norm) ?? t.norm));
  // What someone says or thinks, and who: the attribution check's.
  const framing = (toks: SideToken[]) => toks.some((t) => lex.reportingVerbs.has(t.lemma) || lex.structure.beliefVerbs.has(t.lemma) || t.norm === 'according');
  const words = (a: number, b: number) => side.tokens.slice(a, b + 1);
  // Every content word gone, none of them a name, number (a word of one too: "per cent" of "33 per cent"), negation
  // or hedge (their own checks report those).
  const colour = colourTokens(side, lex.structure.colourPhrases);
  const lost = (toks: SideToken[]) => {
    const content = toks.filter((t) => !colour.has(t.k) && !lex.whWords.has(t.norm) && (t.content || (t.isWord && t.pos === 'ADV' && !lex.structure.colourModifiers.has(t.norm))));
    if (!content.length || !content.every(gone) || framing(toks)) return false;
    return !toks.some((t) => ents.has(t.k) || t.pos === 'NUM' || /\d/.test(t.norm) || lex.numberWords.has(t.norm) || inNumber(side, t) || isHedgeOrNeg(ctx, t) || lex.quantifiers.has(t.norm));
  };
  const out: Part[] = [];
  const taken = new Set<number>();
  // And what a part carries is weighed against the whole: one modifier of a five-word claim changes it; one of a
  // thirty-word sentence is a detail a careful reader still wants to see.
  const share = (toks: SideToken[]) => toks.filter((t) => t.content).length / Math.max(1, fromContent.length);
  // A word the copy puts before a noun or on a verb that the reference says nowhere ("the bike shops" for "the
  // shops"): a claim of its own however long the sentence. Not a title ("Prime Minister Netanyahu"), a degree word
  // on an adjective ("explicitly clear"), the manner of a reporting verb ("stating emphatically": attribution's), or a
  // word the reference uses elsewhere ("these risk factors" / "cardiovascular risk factors" in a story about them).
  const addedOutright = (t: SideToken) => from === 'sus' && t.pos !== 'PROPN' && !lex.titleWords.has(t.norm) && !withNumber(side, t) &&
    !(t.pos === 'ADV' && (['ADJ', 'ADV'].includes(side.tokens[t.k + 1]?.pos ?? '') || side.tokens.slice(Math.max(0, t.k - 2), t.k + 3).some((u) => lex.reportingVerbs.has(u.lemma)))) &&
    !docIndex(ctx.refDoc).words.has(t.lemma);
  const add = (toks: SideToken[], what: string, colour = false, bare = false) => {
    if (!toks.length || toks.some((t) => taken.has(t.k))) return;
    for (const t of toks) taken.add(t.k);
    // "took various actions to advance" / "advanced": a light verb and a general noun carry no claim of their own.
    const light = toks.filter((t) => t.content).every((t) => lex.structure.lightWords.has(t.lemma) || lex.structure.colourModifiers.has(t.norm));
    out.push({ toks, what, colour: colour || light || (!(bare && addedOutright(toks[0]!)) && share(toks) < MIN_SHARE) });
  };
  for (const { analysis, base } of analysesOf(side)) {
    const np = (n: NP) => words(base + n.a, base + n.b);
    const pp = (p: PP) => words(base + p.a, base + p.b);
    const kept = (c: Clause) => !!c.predicate && !gone(side.tokens[base + c.predicate.verb]!);
    // Whole clauses first: a clause whose verb and words are all gone.
    analysis.clauses.forEach((c, i) => {
      const p = c.predicate;
      if (!p || c.b < c.a || analysis.clauses.length < 2) return;
      const v = side.tokens[base + p.verb]!;
      if (!gone(v) || lex.auxiliaryVerbs.has(v.lemma) && !p.copula) return;
      // A reporting frame ("the minister said") is attribution's business; a clause whose own dependent clause
      // is still there ("designed for racing" / "racing cars") was reworded, not dropped.
      if (analysis.frames.some((f) => f.clause === i)) return;
      if ((c.type === 'participial' || c.type === 'relative') && analysis.clauses.some((d) => d.parent === i && d.predicate && !gone(side.tokens[base + d.predicate.verb]!))) return;
      // Conditions are the modality check's (a condition dropped, or stated as fact).
      if (c.type === 'condition') return;
      // The clause's own words, not those of the clauses inside it ("The artists who saw the lawyer recommended
      // the author": "recommended the author").
      const nested = analysis.clauses.filter((d, j) => j !== i && d.b >= d.a && c.a <= d.a && d.b <= c.b && (d.b - d.a) < (c.b - c.a));
      const toks = words(base + c.a, base + c.b).filter((t) => !/^[,;:]$/.test(t.norm) && !nested.some((d) => d.a <= t.i && t.i <= d.b));
      // The clause's own words: those of its subject are often the antecedent of a relative clause, kept.
      // A subject another clause shares (the antecedent of a relative clause) belongs to that clause too.
      const shared = (n: NP) => analysis.clauses.some((d, j) => j !== i && (d.subject.includes(n) || d.objects.includes(n)));
      const own = toks.filter((t) => !c.subject.some((n) => t.i >= n.a && t.i <= n.b && (shared(n) || (c.type !== 'main' && c.type !== 'coordinate'))));
      const substance = own.filter((t) => t.isWord && !['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART'].includes(t.pos) && !colour.has(t.k) && !lex.whWords.has(t.norm));
      const described = c.type === 'relative' && p.copula && c.subject.some((n) => modified(ctx[to], sentenceTokens(side, base, n.head).lemma));
      if (substance.some((t) => t.content) && substance.every(gone) && !framing(own) && !described) add(own, 'a clause');
    });
    for (const c of analysis.clauses) {
      if (!kept(c)) continue;
      // Objects and conjuncts of a clause whose verb is still there, with what hangs on them ("a bowl of cereal"
      // is not dropped where "cereal" stays). A subject replaced by another is the role check's; a conjunct of a
      // coordinated subject can be dropped.
      const withPPs = (n: NP): SideToken[] => [...np(n), ...n.pps.flatMap((p) => (p.np ? withPPs(p.np) : pp(p)))];
      for (const g of [c.subject, c.objects]) {
        if (g === c.subject && g.length < 2) continue;
        for (const n of g) {
          if (lost(withPPs(n))) add(np(n), g.length > 1 ? 'a conjunct' : 'an object');
        }
      }
      for (const { pp: p } of c.pps) {
        const toks = p.np ? [...pp(p), ...p.np.pps.flatMap((q) => (q.np ? withPPs(q.np) : pp(q)))] : pp(p);
        const phrase = pp(p).filter((t) => t.isWord).map((t) => t.norm).join(' ');
        if (lex.structure.colourPhrases.has(phrase) || pp(p).filter((t) => t.isWord).every((t) => colour.has(t.k))) { if (pp(p).every((t) => match[t.k]! < 0)) add(pp(p), 'a phrase', true); }
        else if (lost(toks)) add(pp(p), 'a prepositional phrase');
      }
      const p = c.predicate!;
      for (const k of [...p.advs, ...c.advs, ...p.adjs]) {
        const t = side.tokens[base + k]!;
        if (!t.isWord || isHedgeOrNeg(ctx, t) || lex.whWords.has(t.norm)) continue;
        // Of adverbs, those of manner ("cheerfully", "swiftly") change what is told; "already", "back", "up" colour it.
        const light = lex.structure.colourModifiers.has(t.norm) || colour.has(t.k) || (t.pos === 'ADV' && !endingOf(t.norm, lex.endings.adverb));
        if (light ? match[t.k]! < 0 && !replacedAt.has(t.k) : lost([t])) add([t], t.pos === 'ADV' ? 'an adverb' : 'a modifier', light, true);
      }
    }
    // Modifiers inside noun phrases that are themselves still there. A light noun's ("a good way to") says
    // little; a modifier the other side turned into a clause on the same noun ("a proud person" / "a person who is
    // not humble") is the antonym and negation checks' to weigh.
    // Who speaks is described as the attribution check weighs it ("the senior administration official" = "the
    // official").
    const sources = analysis.frames.flatMap((f) => f.source);
    for (const n of analysis.nps) {
      const head = side.tokens[base + n.head]!;
      if (gone(head) || lex.lightNouns.has(head.lemma) || describedByClause(ctx[to], head.lemma) || sources.some((x) => x.a <= n.a && n.b <= x.b)) continue;
      for (const m of n.mods) {
        const t = side.tokens[base + m]!;
        // A possessor ("a person's finger") is a participant, not a modifier.
        if (!t.isWord || ents.has(t.k) || isHedgeOrNeg(ctx, t) || /^'s?$/.test(side.tokens[t.k + 1]?.norm ?? '')) continue;
        const light = lex.structure.colourModifiers.has(t.norm) || colour.has(t.k);
        if (light ? match[t.k]! < 0 && !replacedAt.has(t.k) : lost([t])) add([t], 'a modifier', light, true);
      }
    }
  }
  return out;
}
