// quote: words changed inside quotation marks. Severity by what changed: a booster inserted, a modal of
// another strength, a negation moved into the quote, or content nouns lost is major; rewording is minor.
import type { Check } from '../core/check.js';
import { tokenAt } from '../core/token.js';
import { diffTokens, type SideToken } from '../core/diff.js';
import { areSynonyms, unitOf, type Lexicons } from '../core/lexicons.js';
import { evidence, type Side } from '../core/pair.js';
import type { Sentence } from '../core/types.js';
import { plainWordSentences } from '../core/docindex.js';
import { modalCues } from './modal-cues.js';
import { carriesNegation, opensNotNegating } from './polarity.js';
import { echoedIn, editDistanceAtMostOne, foldName, isReportingVerb, samePlace, sameStem } from './words.js';

/**
 * Indirect speech made direct: the reference reports a statement ("The mayor said the bridge would reopen") and
 * the copy quotes it whole, as a statement of its own with a verb, from the same speaker under a reporting verb
 * ("The mayor said: “The bridge will reopen.”"). A fragment quoted inside the same sentence ("called the plan “a
 * gamble”") puts words in a mouth; this is rewording.
 */
function madeDirect(ref: SideToken[], sus: SideToken[], quote: SideToken[], lex: Lexicons): boolean {
  if (quote.filter((t) => t.isWord).length < 4 || !quote.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  const speakers = (toks: SideToken[]) => {
    const out = new Set<string>();
    toks.forEach((t, k) => {
      if (t.quoted || !isReportingVerb(lex, t)) return;
      for (const u of [...toks.slice(Math.max(0, k - 4), k), ...toks.slice(k + 1, k + 4)]) {
        if (!u.quoted && (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON')) out.add(u.lemma.toLowerCase());
      }
    });
    return out;
  };
  const theirs = speakers(ref);
  if (!theirs.size || ref.some((t) => t.quoted)) return false;
  return [...speakers(sus)].some((w) => theirs.has(w));
}

/**
 * The copy quotes the reference's own narration word for word ("... simulations “suggests there could be other
 * bodies”" where the reference, a release, says so in its own voice, in this sentence or another): the words are
 * the source's, put in no one else's mouth. Words the reference reports someone saying ("The minister said the plan
 * was ...") are not its own.
 */
function quotesNarration(refDoc: Sentence[], quote: SideToken[], lex: Lexicons): boolean {
  const want = quote.filter((t) => t.isWord).map((t) => t.norm);
  if (want.length < 4) return false;
  // Only a sentence that says every word of the run outside a quotation can hold it: those of its rarest word.
  const ix = plainWordSentences(refDoc);
  let where: number[] | undefined;
  for (const w of want) {
    const at = ix.get(w);
    if (!at) return false;
    if (!where || at.length < where.length) where = at;
  }
  for (const k of where!) {
    const sent = refDoc[k]!;
    const toks = sent.tokens.filter((t) => t.isWord);
    for (let i = 0; i + want.length <= toks.length; i++) {
      if (!want.every((w, j) => toks[i + j]!.norm === w && !toks[i + j]!.quoted)) continue;
      return !toks.some((t, k) => (k < i || k >= i + want.length) && isReportingVerb(lex, t));
    }
  }
  return false;
}

function segments(side: Side): SideToken[][] {
  const out: SideToken[][] = [];
  let cur: SideToken[] = [];
  for (const t of side.tokens) {
    if (t.quoted) cur.push(t);
    else if (cur.length) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out.filter((s) => s.filter((t) => t.isWord).length >= 1);
}

/** Content words of FROM with no counterpart in TO: same lemma first, then same stem or a synonym, each used once. */
export function lostContent(from: SideToken[], to: SideToken[], lex: Lexicons, pos: Set<string>): SideToken[] {
  const pool = to.filter((t) => t.content);
  const take = (pred: (u: SideToken) => boolean) => {
    const k = pool.findIndex(pred);
    if (k < 0) return false;
    pool.splice(k, 1);
    return true;
  };
  const cands = from.filter((t) => t.content && pos.has(t.pos));
  const rest = cands.filter((t) => !take((u) => u.lemma === t.lemma));
  return rest.filter((t) => !lex.lightNouns.has(t.lemma)
    && !take((u) => sameStem(u.lemma, t.lemma) || areSynonyms(lex, u.lemma, t.lemma) || samePlace(lex, u.norm, t.norm) || sameUnitKind(lex, u, t) || sameMonth(lex, u.norm, t.norm) || (t.pos === 'PROPN' && misspelt(t.norm, u.norm)))
    && !to.some((u) => joinedWith(from, t, u.norm)));
}

/** A name misspelt: one letter changed, added, dropped or two swapped in a word of five letters or more ("European" / "Eurpoean"). */
export const misspelt = (a: string, b: string) => {
  const x = foldName(a), y = foldName(b);
  return x !== y && Math.min(x.length, y.length) >= 5 && editDistanceAtMostOne(x, y);
};

/** A month and its abbreviation ("September" / "Sept."): one word (numbers.yaml monthAbbreviations). */
export const sameMonth = (lex: Lexicons, a: string, b: string) => {
  const month = (w: string) => lex.monthAbbreviations.get(w.replace(/\.$/, '')) ?? (lex.months.has(w) ? w : null);
  const x = month(a);
  return !!x && x === month(b);
};

const unhyphenated = (w: string) => w.replace(/-/g, '');
/** T and the word next to it among WORDS written as the one word U ("Web site" / "website", "e mail" / "e-mail"). */
export function joinedWith(words: readonly SideToken[], t: SideToken, u: string): boolean {
  const one = unhyphenated(u);
  if (one.length <= t.norm.length + 1 || !one.includes(unhyphenated(t.norm))) return false;
  const ws = words.filter((x) => x.isWord), k = ws.indexOf(t);
  const before = ws[k - 1], after = ws[k + 1];
  if (k < 0) return false;
  return (!!after && one === unhyphenated(t.norm + after.norm)) || (!!before && one === unhyphenated(before.norm + t.norm));
}

/** Negations of a run of words: cues ("not", "n't") and words that hold one ("unknown", "unaware", "failed"). */
export function negationsIn(toks: readonly SideToken[], lex: Lexicons): number {
  return toks.filter((t, k) => (t.negCue ? !opensNotNegating(lex, toks, k) : t.isWord && carriesNegation(lex, t))).length;
}

/**
 * How many negations the copy's quotation has more (above 0) or fewer (below 0) than the reference's. A negated
 * verb said as a word that holds the negation ("how much we still don't know" / "the unknown aspects") keeps it.
 * A negation the copy takes out of the quotation and still says around it in its sentence (Lee said he “no longer
 * believes ...” / Lee no longer believes ... “Spike TV”) is not dropped: the copy quotes less. One put into the
 * quotation from the narration (it's not “looking for an escalation” / “does not want any escalation”) puts words
 * in the speaker's mouth. Q and P are the quoted words and the others.
 */
export function negationShift(rq: readonly SideToken[], sq: readonly SideToken[], rp: readonly SideToken[], sp: readonly SideToken[], lex: Lexicons): number {
  const d = negationsIn(sq, lex) - negationsIn(rq, lex);
  const out = negationsIn(sp, lex) - negationsIn(rp, lex);
  return d < 0 && out > 0 ? Math.min(0, d + out) : d;
}

/** Share of X's content lemmas that Y has (0 when X has none). */
function contained(x: SideToken[], y: SideToken[]): number {
  const A = x.filter((t) => t.content).map((t) => t.lemma);
  const B = new Set(y.filter((t) => t.content).map((t) => t.lemma));
  return A.length ? A.filter((l) => B.has(l)).length / A.length : 0;
}

/** Part of a quotation that the other side quotes in another piece: this share of its content words is in it. */
const PART_OF = 0.8;

/** "in a decade" / "in ten years": units of one kind restate an amount, which the number check compares. */
function sameUnitKind(lex: Lexicons, a: SideToken, b: SideToken): boolean {
  const x = unitOf(lex, a), y = unitOf(lex, b);
  return !!x && !!y && x.group === y.group;
}

function overlap(a: SideToken[], b: SideToken[]): number {
  const A = a.filter((t) => t.content).map((t) => t.lemma);
  const B = new Set(b.filter((t) => t.content).map((t) => t.lemma));
  if (!A.length || !B.size) return 0;
  return A.filter((l) => B.has(l)).length / Math.min(A.length, B.size);
}

const NOUNS = new Set(['NOUN', 'PROPN']);
/** Words that can stand in a noun's place: another noun, or a verb saying it ("approach" / "get close"). */
const STAND_IN = new Set(['NOUN', 'VERB']);
const words = (toks: SideToken[]) => toks.filter((t) => t.isWord).map((t) => t.norm).join(' ');

/**
 * Words of the copy's narration (Q's sentences, outside quotation marks) that the reference's narration does not
 * have: words that moved out of a quotation ("Eurex said “the vast majority” of trades would be priced at ...").
 */
function movedOut(copyPlain: SideToken[], refPlain: SideToken[]): SideToken[] {
  const left = new Map<string, number>();
  for (const t of refPlain) if (t.isWord) left.set(t.lemma, (left.get(t.lemma) ?? 0) + 1);
  return copyPlain.filter((t) => {
    if (!t.isWord) return false;
    const n = left.get(t.lemma) ?? 0;
    if (n > 0) { left.set(t.lemma, n - 1); return false; }
    return true;
  });
}

const inOrder = (toks: SideToken[]) => [...toks].sort((a, b) => a.start - b.start);
const outside = (side: Side, q: SideToken[]) => {
  const sents = new Set(q.map((t) => t.sent));
  return side.tokens.filter((t) => !t.quoted && sents.has(t.sent));
};

export const quote: Check = (ctx, emit) => {
  const lex = ctx.lex;
  const rq = segments(ctx.ref), sq = segments(ctx.sus);
  if (!rq.length && !sq.length) return;
  const usedS = new Set<number>();
  // Each reference quotation with the copy's quotation that says most of it.
  const groups: { r: SideToken[][]; s: SideToken[][] }[] = [];
  const alone: SideToken[][] = [];
  for (const r of rq) {
    let best = -1, bestOv = 0.25;
    sq.forEach((s, k) => {
      if (usedS.has(k)) return;
      const ov = overlap(r, s);
      if (ov > bestOv) { bestOv = ov; best = k; }
    });
    if (best < 0) { alone.push(r); continue; }
    usedS.add(best);
    groups.push({ r: [r], s: [sq[best]!] });
  }
  // A quotation cut in two by its attribution on one side and in one piece on the other (“If you pass this bill,”
  // he told colleagues, “Big Brother will be watching you.” / “If you pass this bill, Big Brother will be watching
  // you,” he said): the pieces are read together, in their order.
  const partOf = (piece: SideToken[], whole: SideToken[][], mine: SideToken[][]) =>
    contained(piece, whole.flat()) >= PART_OF && contained(piece, mine.flat()) < PART_OF;
  sq.forEach((s, k) => {
    if (usedS.has(k)) return;
    const g = groups.find((x) => partOf(s, x.r, x.s));
    if (g) { g.s.push(s); usedS.add(k); }
  });
  for (const r of alone) {
    const g = groups.find((x) => partOf(r, x.s, x.r));
    if (g) { g.r.push(r); continue; }
    // The words are still there without quotation marks: the copy no longer presents them as a quote.
    const plain = ctx.sus.tokens.filter((t) => !t.quoted);
    if (ctx.sus.tokens.length && overlap(r, plain) >= 0.8 && r.filter((t) => t.content).length >= 2) {
      emit('quote.unquoted', { reference: evidence(ctx.ref, r), suspect: evidence(ctx.sus, plain.filter((t) => r.some((x) => x.lemma === t.lemma))) });
    }
  }
  for (const g of groups) {
    const r = inOrder(g.r.flat()), s = inOrder(g.s.flat());
    if (words(r) === words(s)) continue;
    const rPlain = outside(ctx.ref, r), sPlain = outside(ctx.sus, s);
    // What the copy says of the quotation outside its quotation marks is still said, no longer quoted.
    const moved = movedOut(sPlain, rPlain);
    const reasons: string[] = [];
    const rModal = modalCues(r, lex, true), sModal = modalCues(s, lex, true);
    // A booster the reference has in other words ("really proving" / "demonstrated") is not added.
    const boosters = sModal.filter((h) => h.cue.booster && !rModal.some((x) => x.cue === h.cue || (x.cue.booster && x.cue.scale === h.cue.scale)));
    if (boosters.length) reasons.push(`adds “${boosters.map((b) => b.toks.map((t) => t.text).join(' ')).join(', ')}”`);
    for (const a of rModal) {
      if (a.cue.booster || a.cue.hedge) continue;
      // A modal the quotation keeps ("they should not be asked" / "they should not be required") is not turned
      // into another one, whatever else the copy adds.
      if (sModal.some((x) => x.cue === a.cue)) continue;
      const b = sModal.find((x) => !x.cue.booster && !x.cue.hedge && x.cue !== a.cue && (x.cue.scale === a.cue.scale || a.cue.scale === 'obligation' || x.cue.scale === 'obligation'));
      if (b && !rModal.some((x) => x.cue === b.cue) && Math.abs(a.cue.strength - b.cue.strength) >= 0.25) {
        reasons.push(`turns “${a.toks.map((t) => t.text).join(' ')}” into “${b.toks.map((t) => t.text).join(' ')}”`);
        break;
      }
    }
    const shift = negationShift(r, s, rPlain, sPlain, lex);
    if (shift) reasons.push(shift > 0 ? 'puts a negation inside the quotation' : 'drops a negation from the quotation');
    const d = diffTokens(r.map((t, k) => tokenAt(t, k)), s.map((t, k) => tokenAt(t, k)));
    // Nouns lost at all, and describing words cut with nothing in their place ("rise so fast" -> "rise"); a
    // describing word replaced ("unclear" -> "unknown") is rewording, and a word of emphasis or degree ("still",
    // "how much") is colour.
    const cut = new Set(d.hunks.filter((h) => h.sus.length === 0).flatMap((h) => h.ref.map((t) => r[t.k]!)));
    // (wink counts some adjectives as stop words: "serious".)
    const cutModifier = (t: SideToken) => cut.has(t) && (t.pos === 'ADJ' || (t.pos === 'ADV' && t.content)) && !lex.structure.colourModifiers.has(t.norm)
      && !s.some((u) => u.lemma === t.lemma) && !moved.some((u) => u.lemma === t.lemma);
    // A common noun with another word standing in its place ("the old path" / "the traditional practice", "barriers"
    // / "fences") is the quotation reworded; a noun cut with nothing in its place, or a name, is what it loses.
    // As many words as they stand for: "meet high standards in terms of" / "are based on" loses what it says.
    const hunkOf = new Map(d.hunks.flatMap((h) => h.ref.map((t) => [r[t.k]!, h] as const)));
    const standIns = (toks: SideToken[]) => toks.filter((u) => u.content && STAND_IN.has(u.pos)).length;
    const replaced = (t: SideToken) => {
      const h = hunkOf.get(t);
      if (t.pos !== 'NOUN' || !h) return false;
      // A pronoun in the place of a short noun phrase ("grant this request" / "grant it") refers to what it names.
      const said = h.sus.filter((u) => u.isWord);
      if (said.length === 1 && said[0]!.pos === 'PRON' && h.ref.filter((x) => x.isWord).length <= 3) return true;
      return standIns(h.sus) >= Math.max(1, standIns(h.ref.map((x) => r[x.k]!)));
    };
    const lost = [...lostContent(r, [...s, ...moved], lex, NOUNS).filter((t) => !replaced(t)), ...r.filter(cutModifier)];
    if (lost.length) reasons.push(`loses “${lost.map((t) => t.text).join('”, “')}”`);
    const changed = d.hunks.length > 0;
    if (!changed) continue;
    // Only words cut, each still said outside the quotation marks: the copy quotes less of the statement.
    const unquoted = !reasons.length && d.hunks.every((h) => !h.sus.some((t) => t.isWord)
      && h.ref.some((t) => t.content) && h.ref.every((t) => !t.content || echoedIn(lex, moved, t)));
    if (unquoted) {
      const cutWords = d.hunks.flatMap((h) => h.ref.map((t) => r[t.k]!));
      emit('quote.unquoted', { reference: evidence(ctx.ref, cutWords), suspect: evidence(ctx.sus, moved.filter((u) => cutWords.some((t) => t.lemma === u.lemma))) });
    } else if (reasons.length) {
      emit('quote.altered', { reference: evidence(ctx.ref, r), suspect: evidence(ctx.sus, s), vars: { what: reasons.join('; ') } });
    } else {
      const shown = d.hunks.slice(0, 3).map((h) => `“${h.ref.map((t) => t.text).join(' ')}” → “${h.sus.map((t) => t.text).join(' ')}”`);
      const what = shown.join(', ') + (d.hunks.length > 3 ? ` and ${d.hunks.length - 3} more` : '');
      emit('quote.reworded', { reference: evidence(ctx.ref, r), suspect: evidence(ctx.sus, s), vars: { what } });
    }
  }
  // A quotation in the copy that the reference does not quote: words put in someone's mouth.
  sq.forEach((s, k) => {
    if (usedS.has(k) || !ctx.ref.tokens.length) return;
    const content = s.filter((t) => t.content);
    if (content.length < 2) return;
    const plain = ctx.ref.tokens.filter((t) => !t.quoted);
    if (overlap(s, plain) >= 0.6) {
      if (madeDirect(ctx.ref.tokens, ctx.sus.tokens, s, lex)) {
        emit('quote.made-direct', { reference: evidence(ctx.ref, plain.filter((t) => s.some((x) => x.lemma === t.lemma))), suspect: evidence(ctx.sus, s) });
        return;
      }
      // Narration quoted by a copy that gives it to no speaker either; "she said ... “...”" puts it in a mouth.
      const speaks = ctx.sus.tokens.some((t) => t.sent === s[0]!.sent && !s.includes(t) && isReportingVerb(lex, t));
      if (!speaks && quotesNarration(ctx.refDoc, s, lex)) return;
      emit('quote.invented', { reference: evidence(ctx.ref, plain.filter((t) => s.some((x) => x.lemma === t.lemma))), suspect: evidence(ctx.sus, s) });
    }
  });
};
