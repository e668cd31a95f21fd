// omission: a reference sentence with no counterpart, or content dropped inside an aligned sentence.
// Severity by what the lost text carries: a claim with a quote, number or negation is major; a headline,
// byline, caption or credit is minor; a dropped place, name or number inside a sentence is major.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { endingOf, isCommonNoun, type Lexicons } from '../core/lexicons.js';
import { evidence, matchOf, numbersOf, sentenceEvidence, type PairContext, type Side } from '../core/pair.js';
import { convertedNumbers } from './number.js';
import { gaps, lostPredicate } from './gaps.js';
import { droppedParts } from './parts.js';
import { echoedIn, loneOpening, opensSourcePhrase } from './words.js';
import type { Sentence } from '../core/types.js';
import { phraseAt } from '../core/token.js';
import { pronounGenders } from './pronoun.js';
import { analysesOf } from '../core/analysis/view.js';

function countRun(toks: SideToken[], words: string[]): number {
  let n = 0;
  for (let i = 0; i + words.length <= toks.length; i++) if (words.every((w, k) => toks[i + k]!.norm === w)) n++;
  return n;
}

export function carriesClaim(s: Sentence, lex: Lexicons): boolean {
  if (s.furnitureLike) return false;
  // A negation in a reply with no verb ("Not at all.") answers what is around it; it states nothing of its own;
  // nor does one noting that something is not known yet ("did not immediately respond").
  return s.quotes.length > 0 || s.numbers.length > 0 ||
    (s.tokens.some((t, k) => t.negCue && !pendingAt(s, k, lex)) && s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
}

/** Tokens of S from K open one of negation.yaml's pendingPhrases ("not immediately"). */
export const pendingAt = (s: Sentence, k: number, lex: Lexicons) => lex.pendingPhrases.some((p) => phraseAt(s.tokens, k, p, 'norm'));

/**
 * S is a status note that something is still being looked into ("Spike said the cause remains under
 * investigation."), with no number, quotation or negation of its own: it states no finding.
 */
export const pendingNote = (s: Sentence, lex: Lexicons) => !s.numbers.length && !s.quotes.length && !s.tokens.some((t) => t.negCue)
  && s.tokens.some((_, k) => lex.pendingNotes.some((p) => phraseAt(s.tokens, k, p, 'norm')));

/** Every negation of S notes something not known yet ("It was not immediately clear who would succeed him."). */
export const onlyPending = (s: Sentence, lex: Lexicons) => s.tokens.some((t) => t.negCue) && s.tokens.every((t, k) => !t.negCue || pendingAt(s, k, lex));

/** Whether one side has a number value the other side does not. */
export function hasOwnNumber(ctx: PairContext, side: 'ref' | 'sus'): boolean {
  const other = new Set(numbersOf(ctx[side === 'ref' ? 'sus' : 'ref']).map((n) => n.value));
  return numbersOf(ctx[side]).some((n) => !other.has(n.value));
}

/** A word the dictionary knows as an ordinary word, not first as a name ("Police", "Rescue"). */
const ordinaryWord = (ctx: PairContext, w: string) =>
  isCommonNoun(ctx.lex, w) || (ctx.lex.synonyms.get(w) !== undefined && !ctx.lex.properNouns.has(w));

/** A word opening a sentence in the form of a participle or gerund ("Beleaguered", "Firefighting") and not a known name. */
const openingForm = (ctx: PairContext, w: string) => !ctx.lex.properNouns.has(w)
  && (endingOf(w, ctx.lex.endings.past) !== null || endingOf(w, ctx.lex.endings.gerund) !== null);

let legalCache: { from: unknown; set: Set<string> } | null = null;
/** The legal forms of a company name (omission.yaml legalForms), folded to lower case. */
function legalForms(ctx: PairContext): Set<string> {
  const s = ctx.rules.settings.get('omission');
  if (!legalCache || legalCache.from !== s) legalCache = { from: s, set: new Set(((s?.legalForms ?? []) as string[]).map((w) => w.toLowerCase())) };
  return legalCache.set;
}

/** Entity keys and number values dropped from one side relative to the other, with the hunk tokens that held them. */
export function droppedMentions(ctx: PairContext, from: 'ref' | 'sus', newOnly = false): { toks: SideToken[]; what: string }[] {
  const to = from === 'ref' ? 'sus' : 'ref';
  const count = (side: Side) => {
    const m = new Map<string, number>();
    for (const e of side.entities) m.set(e.key, (m.get(e.key) ?? 0) + 1);
    return m;
  };
  const have = count(ctx[from]), other = count(ctx[to]);
  const otherNums = new Set(numbersOf(ctx[to]).map((n) => n.value));
  const converted = convertedNumbers(ctx);
  const out: { toks: SideToken[]; what: string }[] = [];
  // A person's pronoun in the name's place ("Knight was arrested" / "He was arrested") points back to the name
  // where the text says it first: the sentence names the same person, it does not drop one.
  const personal = pronounGenders(ctx.rules);
  for (const h of ctx.diff.hunks) {
    const toks = h[from];
    if (!toks.length) continue;
    const pronounFor = h[to].some((t) => personal.has(t.norm));
    const ks = new Set(toks.map((t) => t.k));
    const ents = ctx[from].entities.filter((e) => ks.has(e.k0) && ks.has(e.k1));
    for (const e of ents) {
      // "Police" or "Rescue" opening a sentence is as likely an ordinary word as a name: "Police arrested two
      // men" / "Two men were arrested" drops no name.
      const opening = loneOpening(ctx[from].tokens, e);
      if (pronounFor && !e.place) continue;
      if (opening && (ordinaryWord(ctx, opening.norm) || openingForm(ctx, opening.norm))) continue;
      const left = (have.get(e.key) ?? 0) - (other.get(e.key) ?? 0);
      if (left <= 0 || (newOnly && other.has(e.key))) continue;
      const words = ctx[from].tokens.slice(e.k0, e.k1 + 1).map((t) => t.norm);
      // A lone letter is a piece of a longer token ("T-Rex", a ticker's ".N"), not a name of its own; a company's
      // legal form alone ("Inc", "Ltd") names no one.
      if (words.join('').replace(/[^\p{L}]/gu, '').length <= 1 || words.every((w) => legalForms(ctx).has(w.replace(/\.$/, '')))) continue;
      // The same words in lower case on the other side ("Prices" at a sentence start, "prices" later) are not a
      // dropped name, nor is a word capitalised only for opening the sentence that the other side still has
      // ("Women: ... any women" / "for women: ...").
      const there = countRun(ctx[to].tokens, words);
      if (there >= countRun(ctx[from].tokens, words) || (opening && there > 0)) continue;
      have.set(e.key, (have.get(e.key) ?? 0) - 1);
      // Take the preposition in front along: "against Iran" reads better than "Iran".
      const a = Math.max(toks[0]!.k, e.k0 - (ctx[from].tokens[e.k0 - 1]?.pos === 'ADP' ? 1 : 0));
      out.push({ toks: ctx[from].tokens.slice(a, e.k1 + 1), what: ctx[from].tokens.slice(a, e.k1 + 1).map((t) => t.text).join(' ') });
    }
    for (const s of ctx[from].sentences) {
      for (const n of s.numbers) {
        // "one senior official" and "a senior official" say the same.
        if (otherNums.has(n.value) || (n.value === '1' && !/\d/.test(n.text)) || converted.has(n)) continue;
        const nt = toks.filter((t) => t.start >= n.span[0] && t.end <= n.span[1]);
        if (nt.length) out.push({ toks: nt, what: n.text });
      }
    }
  }
  return joinAdjacent(out);
}

/** A name and the number right after it ("Phase 2", "Route 54"): one mention, one finding, not two. */
function joinAdjacent(out: { toks: SideToken[]; what: string }[]): { toks: SideToken[]; what: string }[] {
  const sorted = [...out].sort((a, b) => a.toks[0]!.start - b.toks[0]!.start);
  const joined: { toks: SideToken[]; what: string }[] = [];
  for (const d of sorted) {
    const prev = joined[joined.length - 1];
    const end = prev?.toks[prev.toks.length - 1];
    if (prev && end && d.toks[0]!.k === end.k + 1 && /^\p{N}/u.test(d.what) && /\p{L}$/u.test(prev.what)) {
      prev.toks = [...prev.toks, ...d.toks];
      prev.what = `${prev.what} ${d.what}`;
    } else joined.push({ ...d });
  }
  return joined;
}

/**
 * Runs of words on one side (FROM) with no counterpart at all on the other that hold a verb and several content
 * words: a clause dropped from the reference, or (FROM = sus) one put into the copy.
 */
export function droppedClauses(ctx: PairContext, min: number, from: 'ref' | 'sus' = 'ref'): SideToken[][] {
  const to = from === 'ref' ? 'sus' : 'ref';
  const toks = ctx[from].tokens;
  // Pure deletions (or insertions): hunks with nothing of content on the other side, joined across a few
  // function words the diff happened to match ("who had [been] vaccinated only once": "been" / "were").
  const runs: SideToken[][] = [];
  for (const h of ctx.diff.hunks) {
    if (!h[from].length || h[to].some((t) => t.content)) continue;
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? toks.slice(prev.k + 1, h[from][0]!.k).filter((t) => t.isWord) : [];
    if (prev && prev.sent === h[from][0]!.sent && gap.length <= 2 && !gap.some((t) => t.content)) last!.push(...gap, ...h[from]);
    else runs.push([...h[from]]);
  }
  if (!runs.length) return [];
  // A verb of the other side left unmatched elsewhere ("connected with" ... "contacted") means a clause was
  // moved and reworded, not dropped.
  const otherMatch = matchOf(ctx, to);
  if (ctx[to].tokens.some((t) => t.pos === 'VERB' && otherMatch[t.k]! < 0)) return [];
  // A verb, or a participle read as an adjective after "be" ("had been vaccinated").
  const isVerb = (t: SideToken) => t.pos === 'VERB' || (t.pos === 'ADJ' && !!endingOf(t.norm, ctx.lex.endings.participle) && toks[t.k - 1]?.pos === 'AUX');
  // A dropped "according to X" or "X said" is a source, the attribution check's business.
  const sourceWord = (t: SideToken) => ctx.lex.reportingVerbs.has(t.lemma) || opensSourcePhrase(ctx.lex, t);
  const otherContent = ctx[to].tokens.filter((t) => t.content);
  const out: SideToken[][] = [];
  for (const run of runs) {
    // A caveat or a cause ("although the trial was small") may hold only a copula: "was" counts as its verb.
    const opener = run.find((t) => t.isWord);
    const caveat = !!opener && ctx.lex.caveatConjunctions.has(opener.norm);
    if (!run.some((t) => isVerb(t) || (caveat && ctx.lex.copulas.has(t.lemma)))) continue;
    // A relative clause ("who had been vaccinated only once") says its piece in fewer words, and so does a caveat.
    const relative = ctx.lex.relativePronouns.has(run[0]!.norm);
    const need = relative || caveat ? Math.max(1, min - 2) : min;
    if (run.filter((t) => t.content).length < need) continue;
    // Names and titles are the entity check's; what is left must be the clause's own words.
    const lost = run.filter((t) => t.content && t.pos !== 'PROPN' && !ctx.lex.titleWords.has(t.norm) && !echoedIn(ctx.lex, otherContent, t));
    if (lost.length < need || !(caveat || lost.some((t) => isVerb(t) && !sourceWord(t)))) continue;
    // From the first to the last lost word ("who lost most of their spring catch", not the commas around it),
    // or from the relative pronoun that opens it.
    out.push(run.slice(relative || caveat ? run.indexOf(opener ?? run[0]!) : run.indexOf(lost[0]!), run.indexOf(lost[lost.length - 1]!) + 1));
  }
  return out;
}

/**
 * A clause of the reference gone from a copy that rewords the rest of the sentence: its verb and nearly all its own
 * words said nowhere in the copy (nor a synonym), and the copy's own new words too few to have said it in other
 * words (no more than the reference words it lost outside the clause: what the rewording swapped elsewhere). The
 * pure deletions of droppedClauses cannot see it, as the copy's reworded verbs stand elsewhere in the sentence.
 */
export function droppedFromRewording(ctx: PairContext, min: number): SideToken[][] {
  const lex = ctx.lex;
  const refContent = ctx.ref.tokens.filter((t) => t.content), susContent = ctx.sus.tokens.filter((t) => t.content);
  // Names and numbers count as words the clause keeps or the copy brings in ("owned four trophies from Paris" / "won
  // four titles in Paris" is reworded); the words that make the clause a claim of its own are the others.
  const own = (t: SideToken) => t.content && !lex.titleWords.has(t.norm);
  const plain = (t: SideToken) => t.pos !== 'PROPN' && !/\d/.test(t.norm);
  const lostWord = (t: SideToken) => own(t) && ctx.diff.refMatch[t.k]! < 0 && !echoedIn(lex, susContent, t);
  const refLost = ctx.ref.tokens.filter(lostWord);
  if (refLost.filter(plain).length < min) return [];
  const susNew = ctx.sus.tokens.filter((t) => own(t) && ctx.diff.susMatch[t.k]! < 0 && !echoedIn(lex, refContent, t)).length;
  const out: SideToken[][] = [];
  for (const { analysis, base } of analysesOf(ctx.ref)) {
    analysis.clauses.forEach((c, i) => {
      const p = c.predicate;
      if (!p || p.copula || c.b < c.a || c.type === 'condition' || analysis.frames.some((f) => f.clause === i)) return;
      const verb = ctx.ref.tokens[base + p.verb]!;
      if (!lostWord(verb) || lex.reportingVerbs.has(verb.lemma) || lex.auxiliaryVerbs.has(verb.lemma)) return;
      // Its own words, not those of the clauses inside it nor of a subject it shares with another clause.
      const nested = analysis.clauses.filter((d, j) => j !== i && d.b >= d.a && c.a <= d.a && d.b <= c.b && d.b - d.a < c.b - c.a);
      const toks = ctx.ref.tokens.slice(base + c.a, base + c.b + 1).filter((t) => !nested.some((d) => d.a <= t.i && t.i <= d.b) &&
        !c.subject.some((n) => n.a <= t.i && t.i <= n.b));
      const words = toks.filter(own), lost = words.filter(lostWord);
      if (lost.filter(plain).length < min || lost.length < 0.8 * words.length || susNew > refLost.length - lost.length) return;
      out.push(toks.slice(toks.indexOf(lost[0]!), toks.indexOf(lost[lost.length - 1]!) + 1));
    });
  }
  return out;
}

export const omission: Check = (ctx, emit) => {
  if (ctx.ref.sentences.length && !ctx.sus.sentences.length) {
    const major = ctx.ref.sentences.some((s) => carriesClaim(s, ctx.lex));
    emit(major ? 'omission.claim' : 'omission.sentence', { reference: sentenceEvidence(ctx.ref), suspect: null });
    return;
  }
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  // With a number only the copy has, a reference number that is gone was replaced (the number check's finding).
  const replaced = hasOwnNumber(ctx, 'sus');
  const reported: SideToken[] = [];
  for (const d of droppedMentions(ctx, 'ref')) {
    if (d.toks.every((t) => /\d/.test(t.norm)) && replaced) continue;
    reported.push(...d.toks);
    emit('omission.content', { reference: evidence(ctx.ref, d.toks), suspect: sentenceEvidence(ctx.sus), vars: { what: d.what } });
  }
  const min = Number(ctx.rules.settings.get('omission')?.minClauseWords ?? 3);
  const reworded = Number(ctx.rules.settings.get('omission')?.minRewordedClauseWords ?? 5);
  for (const toks of [...droppedClauses(ctx, min), ...droppedFromRewording(ctx, reworded)]) {
    // A clause whose name or number is already reported as dropped is that finding, not a second one.
    if (toks.some((t) => reported.includes(t))) continue;
    reported.push(...toks);
    emit('omission.clause', { reference: evidence(ctx.ref, toks), suspect: sentenceEvidence(ctx.sus), vars: { what: toks.map((t) => t.text).join(' ') } });
  }
  const verbless = lostPredicate(ctx);
  for (const g of verbless ? [...gaps(ctx), verbless] : gaps(ctx)) {
    if (g.ref.some((t) => reported.includes(t))) continue;
    reported.push(...g.ref);
    emit('omission.gap', { reference: evidence(ctx.ref, g.ref), suspect: evidence(ctx.sus, g.sus), vars: { what: g.ref.map((t) => t.text).join(' ') } });
  }
  for (const p of droppedParts(ctx, 'ref')) {
    if (p.toks.some((t) => reported.includes(t))) continue;
    emit(p.colour ? 'omission.colour' : 'omission.part', {
      reference: evidence(ctx.ref, p.toks), suspect: sentenceEvidence(ctx.sus), vars: { what: p.toks.map((t) => t.text).join(' '), part: p.what },
    });
  }
};
