// modality: certainty and obligation. Dropping a hedge ("a suspected strike" -> "a strike"), adding a booster
// ("clearly", "fully") or a stronger modal raises certainty: major. Other shifts are minor.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { endingOf, type Lexicons } from '../core/lexicons.js';
import { clauseAround, evidence, type PairContext } from '../core/pair.js';
import { counterpart } from './negation.js';
import { modalCues, type CueHit } from './modal-cues.js';
import { analysesOf } from '../core/analysis/view.js';
import { mayHoldCondition } from '../core/triggers.js';
import type { Emit } from '../core/check.js';
import { echoedIn, sameStem } from './words.js';
import { phraseAt } from '../core/token.js';

const text = (h: CueHit) => h.toks.map((t) => t.text).join(' ');
const MODAL_SCALES = new Set(['obligation', 'possibility', 'prediction']);
const isModal = (h: CueHit) => MODAL_SCALES.has(h.cue.scale) && !h.cue.hedge && !h.cue.booster;
const isHedge = (h: CueHit) => h.cue.hedge || h.cue.scale === 'possibility';
/** A fall in certainty at least this large, from a booster to a hedge, is a claim weakened (modality.weaker). */
const WEAKER = 0.5;
/** A hedge this weak or weaker is an accusation or a bare possibility ("be accused of", "allegedly", "possibly"). */
const ACCUSATION = 0.3;
/** Evidence that neither hedges nor boosts ("the records show"), said or not said, moves no claim's certainty. */
const plainEvidence = (h: CueHit) => h.cue.evidenceOnly && !h.cue.hedge && !h.cue.booster;
const comparable = (a: CueHit, b: CueHit) => (isModal(a) && isModal(b)) || (a.cue.scale === b.cue.scale && !isModal(a) && !isModal(b));

function unmatchedCues(mine: CueHit[], theirs: CueHit[]): CueHit[] {
  const left = [...theirs];
  // The same cue first: "suggests ... more likely" / "more likely" leaves "suggests", not "likely", unmatched.
  const same = new Set(mine.filter((h) => {
    const k = left.findIndex((x) => x.cue === h.cue);
    if (k >= 0) { left.splice(k, 1); return true; }
    return false;
  }));
  return mine.filter((h) => {
    if (same.has(h)) return false;
    const k = left.findIndex((x) => x.cue.scale === h.cue.scale && Math.abs(x.cue.strength - h.cue.strength) < 0.25 && x.cue.hedge === h.cue.hedge && x.cue.booster === h.cue.booster);
    if (k >= 0) { left.splice(k, 1); return false; }
    return true;
  });
}

function where(ctx: PairContext, side: 'ref' | 'sus', h: CueHit) {
  return evidence(ctx[side], clauseAround(ctx[side], h.toks[0]!.k, 6));
}

/** "a clear picture" / "clearly understood": an adverb cue whose adjective the other side has says the same. */
function restated(ctx: PairContext, h: CueHit, other: 'ref' | 'sus'): boolean {
  const ending = h.toks.length === 1 ? endingOf(h.toks[0]!.norm, ctx.lex.endings.adverb) : null;
  if (ending === null) return false;
  const adjective = h.toks[0]!.norm.slice(0, -ending.length);
  return ctx[other].tokens.some((t) => t.norm === adjective || t.lemma === adjective);
}

/**
 * "will by no means succeed" / "will certainly not succeed": a booster right before a negation, where the other
 * side negates too, stresses the negation rather than adding certainty (a shift, minor).
 */
function negationStressed(ctx: PairContext, h: CueHit): boolean {
  const last = h.toks[h.toks.length - 1]!;
  const next = ctx.sus.tokens.slice(last.k + 1).find((t) => t.isWord);
  return !!next && next.sent === last.sent && next.negCue && ctx.ref.tokens.some((t) => t.negCue);
}

/**
 * "confirmed cases" / "cases were confirmed", "has proved" / "has proven": a booster whose words the other side says
 * too, in another form or another word class (where it is no cue), adds no certainty.
 */
function saidBy(ctx: PairContext, h: CueHit, other: 'ref' | 'sus'): boolean {
  const sameWord = (a: SideToken, b: SideToken) => a.lemma === b.lemma || sameStem(a.norm, b.norm);
  return h.toks.filter((t) => t.isWord).every((t) => ctx[other].tokens.some((u) => u.isWord && sameWord(t, u)));
}

/** The prospect phrase ending right before verb k ("plans to" + raise), on lemmas: its tokens, or null. */
function prospectBefore(toks: SideToken[], k: number, lex: Lexicons): SideToken[] | null {
  let end = k - 1;
  // Over adverbs and a passive's "be": "will soon raise", "will be abolished".
  while (end >= 0 && (toks[end]!.pos === 'ADV' || (lex.copulas.has(toks[end]!.lemma) && end === k - 1)) && toks[end]!.sent === toks[k]!.sent) end--;
  for (const p of lex.prospects) {
    const at = end - p.length + 1;
    if (p.every((w, i) => { const t = toks[at + i]; return !!t && t.sent === toks[k]!.sent && (t.lemma === w || t.norm === w); })) return toks.slice(at, end + 1);
  }
  return null;
}

/** Verb k is stated as done: after a perfect auxiliary ("has raised", "has been abolished") or in an active past form. */
function statedDone(toks: SideToken[], k: number, lex: Lexicons): boolean {
  const v = toks[k]!;
  for (let j = k - 1; j >= Math.max(0, k - 3) && toks[j]!.sent === v.sent; j--) {
    const t = toks[j]!;
    if (lex.perfectAuxiliaries.has(t.lemma)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
  }
  return v.norm !== v.lemma && endingOf(v.norm, lex.endings.past) !== null && !(toks[k - 1] && lex.passiveAuxiliaries.has(toks[k - 1]!.lemma));
}

/**
 * "The government plans to raise taxes" -> "The government has raised taxes", "will cut" -> "has cut": the verb
 * stays, its prospect goes and it is stated as done.
 */
function realized(ctx: PairContext, emit: Parameters<Check>[1]): Set<SideToken> {
  const ref = ctx.ref.tokens, sus = ctx.sus.tokens;
  const reported = new Set<SideToken>();
  for (const v of ref) {
    const prospect = v.pos === 'VERB' ? prospectBefore(ref, v.k, ctx.lex) : null;
    if (!prospect) continue;
    const u = sus.find((t) => t.pos === 'VERB' && t.lemma === v.lemma && !prospectBefore(sus, t.k, ctx.lex) && statedDone(sus, t.k, ctx.lex));
    if (!u || sus.some((t) => t.lemma === v.lemma && t !== u && prospectBefore(sus, t.k, ctx.lex))) continue;
    prospect.forEach((t) => reported.add(t));
    emit('modality.realized', {
      reference: evidence(ctx.ref, clauseAround(ctx.ref, v.k, 4)), suspect: evidence(ctx.sus, clauseAround(ctx.sus, u.k, 4)),
      vars: { a: v.text, b: u.text },
    });
  }
  return reported;
}

/**
 * Conditions from the sentence analysis: "If X, Y" -> "Y" states unconditionally what held only under X; "If X, Y"
 * -> "X" (or "Unless X, Y" -> "X") states as fact what was only supposed. A copy with a condition of its own
 * ("provided X, Y") keeps the condition.
 */
function conditions(ctx: PairContext, emit: Emit): void {
  // No condition marker in the reference: no condition to drop (most pairs: no analysis read).
  if (!mayHoldCondition(ctx.ref, ctx.lex)) return;
  const susConditions = mayHoldCondition(ctx.sus, ctx.lex) && analysesOf(ctx.sus).some((v) => v.analysis.conditions.length);
  // "If used without ..." -> "When the term is used without ...": a clause of time keeps the condition.
  if (susConditions || ctx.sus.tokens.some((t) => ctx.lex.structure.conditionLike.has(t.norm))) return;
  const match = ctx.diff.refMatch;
  const susContent = ctx.sus.tokens.filter((t) => t.content);
  const kept = (k: number) => match[k]! >= 0 || echoedIn(ctx.lex, susContent, ctx.ref.tokens[k]!);
  for (const { analysis, base } of analysesOf(ctx.ref)) {
    for (const i of analysis.conditions) {
      const c = analysis.clauses[i]!;
      const main = analysis.clauses[c.parent];
      // "If we believe a report, ..." frames a source, not a condition (attribution's business).
      if (!c.predicate || !main?.predicate || c.marker < 0 || ctx.lex.structure.beliefVerbs.has(c.predicate.lemma) || ctx.lex.reportingVerbs.has(c.predicate.lemma)) continue;
      if (embeddedQuestion(ctx, base + c.marker)) continue;
      const condKept = kept(base + c.predicate.verb), mainKept = kept(base + main.predicate.verb);
      const toks = ctx.ref.tokens.slice(base + c.a, base + c.b + 1);
      if (mainKept && !condKept) {
        emit('modality.condition-dropped', { reference: evidence(ctx.ref, toks), suspect: evidence(ctx.sus, ctx.sus.tokens.filter((t) => t.isWord)), vars: { a: toks.map((t) => t.text).join(' ') } });
        return;
      }
      if (condKept && !mainKept) {
        emit('modality.condition-asserted', { reference: evidence(ctx.ref, toks), suspect: evidence(ctx.sus, ctx.sus.tokens.filter((t) => t.isWord)), vars: { a: ctx.ref.tokens[base + c.marker]!.text } });
        return;
      }
    }
  }
}

/** The marker at k opens an embedded question: "whether" after a word of its sentence ("questions about whether"). */
function embeddedQuestion(ctx: PairContext, k: number): boolean {
  const m = ctx.ref.tokens[k], prev = ctx.ref.tokens[k - 1];
  return !!m && !!prev && ctx.lex.structure.questionMarkers.has(m.norm) && prev.sent === m.sent && prev.isWord;
}

/**
 * A hedge whose claim the copy still leaves open: a hedge beside it that the copy keeps, a modal inside a condition the copy keeps ("if Europe could
 * share" / "if the EU were to share"), or evidence that only suggests, given as the claim's source ("a study
 * suggests that" / "according to the study").
 */
function hedgeKept(ctx: PairContext, h: CueHit, kept: CueHit[]): boolean {
  const toks = ctx.ref.tokens, k = h.toks[0]!.k, susNorms = new Set(ctx.sus.tokens.map((t) => t.norm));
  // Another hedge right beside it that the copy keeps ("may possibly have been" / "may have been"): the claim
  // stays open.
  if (kept.some((x) => x !== h && isHedge(x) && Math.min(Math.abs(x.toks[0]!.k - h.toks[h.toks.length - 1]!.k), Math.abs(h.toks[0]!.k - x.toks[x.toks.length - 1]!.k)) <= 2)) return true;
  if (h.cue.scale === 'possibility') {
    for (let j = k - 1; j >= 0 && j >= k - 6 && toks[j]!.sent === toks[k]!.sent && toks[j]!.norm !== ','; j--) {
      const n = toks[j]!.norm;
      if (ctx.lex.structure.conditionMarkers.some((p) => p.length === 1 && p[0] === n) && susNorms.has(n)) return true;
    }
  }
  // "can be heard", "can be seen from the road": what there is to perceive, not a possibility.
  const be = toks[h.toks[h.toks.length - 1]!.k + 1], verb = toks[h.toks[h.toks.length - 1]!.k + 2];
  if (h.cue.scale === 'possibility' && !!be && ctx.lex.beForms.has(be.lemma) && verb?.sent === toks[k]!.sent && verb.pos === 'VERB' && ctx.lex.structure.perceptionVerbs.has(verb.lemma)) return true;
  // "do what we can to assess", "everything they could": a modal of ability after a pronoun after one of
  // structure.yaml's effortHeads says how hard someone tries, not that something may be so.
  const pron = toks[k - 1], head = toks[k - 2];
  if (h.cue.scale === 'possibility' && pron?.pos === 'PRON' && head?.sent === toks[k]!.sent && ctx.lex.structure.effortHeads.has(head.norm)) return true;
  // The hedge said in another form that keeps its word ("were charged with robbery" / "are held on charges of
  // robbery"), or the word an embedded question hangs from still there ("questioning about whether demand rose" /
  // "questioning about the role of demand"): the claim stays open.
  const susLemmas = ctx.sus.tokens.filter((t) => t.content).map((t) => t.lemma);
  const keptWord = (t: SideToken | undefined) => !!t && t.content && susLemmas.some((l) => l === t.lemma || sameStem(l, t.lemma));
  if (h.toks.some(keptWord)) return true;
  if (embeddedQuestion(ctx, k)) {
    let j = k - 1;
    while (j >= 0 && j >= k - 3 && toks[j]!.sent === toks[k]!.sent && !toks[j]!.content && toks[j]!.isWord) j--;
    if (toks[j]?.sent === toks[k]!.sent && keptWord(toks[j])) return true;
  }
  return !!h.cue.evidenceOnly && ctx.sus.tokens.some((_, i) => ctx.lex.sourcePhrases.some((p) => phraseAt(ctx.sus.tokens, i, p, 'norm')));
}

export const modality: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  conditions(ctx, emit);
  // A prospect that became a fact is one finding, not also a dropped modal.
  const done = realized(ctx, emit);
  const r = modalCues(ctx.ref.tokens, ctx.lex, false).filter((h) => !h.toks.some((t) => done.has(t)));
  const s = modalCues(ctx.sus.tokens, ctx.lex, false);
  const rOnly = unmatchedCues(r, s);
  const sOnly = unmatchedCues(s, r);
  const other = (side: 'ref' | 'sus', h: CueHit) => {
    const toks = counterpart(ctx, side, h.toks[0]!);
    return evidence(ctx[side === 'ref' ? 'sus' : 'ref'], toks);
  };
  for (const h of rOnly) {
    const repl = sOnly.find((x) => comparable(h, x));
    let hedged: CueHit | undefined;
    if (repl) {
      sOnly.splice(sOnly.indexOf(repl), 1);
      const rise = repl.cue.strength - h.cue.strength;
      // A certainty the reference establishes ("was convicted of", "confirmed") only supposed in the copy ("was
      // accused of", "possibly"): the claim loses its standing.
      // So does a modal of what will be or must be that became one of what may be ("there are going to be people
      // lost" / "some people may be lost").
      const weaker = rise <= -WEAKER && ((h.cue.booster && repl.cue.hedge) || (isModal(h) && isModal(repl) && repl.cue.scale === 'possibility'));
      emit(rise >= 0.25 ? 'modality.stronger' : weaker ? 'modality.weaker' : 'modality.shifted', {
        reference: where(ctx, 'ref', h), suspect: where(ctx, 'sus', repl), vars: { a: text(h), b: text(repl) },
      });
    } else if (restated(ctx, h, 'sus') || plainEvidence(h)) {
      continue;
    } else if (isHedge(h) && (hedged = sOnly.find(isHedge))) {
      // A hedge of another scale in its place ("is expected to replace" / "could replace"): the claim stays open.
      sOnly.splice(sOnly.indexOf(hedged), 1);
      emit('modality.shifted', { reference: where(ctx, 'ref', h), suspect: where(ctx, 'sus', hedged), vars: { a: text(h), b: text(hedged) } });
    } else if (isHedge(h) && !hedgeKept(ctx, h, r.filter((x) => !rOnly.includes(x)))) {
      emit('modality.hedge-dropped', { reference: where(ctx, 'ref', h), suspect: other('ref', h), vars: { a: text(h) } });
    } else if (isHedge(h)) {
      emit('modality.shifted', { reference: where(ctx, 'ref', h), suspect: other('ref', h), vars: { a: text(h), b: '(nothing)' } });
    } else {
      // A booster or a modal dropped: less certain or less binding, a minor shift.
      emit('modality.shifted', { reference: where(ctx, 'ref', h), suspect: other('ref', h), vars: { a: text(h), b: '(nothing)' } });
    }
  }
  for (const h of sOnly) {
    if (restated(ctx, h, 'ref') || plainEvidence(h) || (h.cue.booster && saidBy(ctx, h, 'ref'))) continue;
    if (h.cue.booster && !negationStressed(ctx, h)) emit('modality.booster-added', { reference: other('sus', h), suspect: where(ctx, 'sus', h), vars: { b: text(h) } });
    // What the reference states as fact, the copy gives as an accusation ("they were members of IS" / "they were
    // accused to be members of IS"): the claim loses its standing, as when a conviction becomes a charge.
    // A noun of likelihood names a possibility ("would limit the possibility of a wider war") rather than
    // hedging what the sentence states: a shift.
    else if (h.cue.hedge && h.cue.strength <= ACCUSATION && !r.some(isHedge) && !h.toks.every((t) => t.pos === 'NOUN')) emit('modality.weaker', { reference: other('sus', h), suspect: where(ctx, 'sus', h), vars: { a: 'what it states', b: text(h) } });
    else emit('modality.shifted', { reference: other('sus', h), suspect: where(ctx, 'sus', h), vars: { a: '(nothing)', b: text(h) } });
  }
};
