// A sentence left out of the copy (or put into it) that the other side says in other words close by, in a
// sentence the aligner did not pair with it: a round trip or a rewrite that split, merged or reordered its
// source ("Belgians were due to go to the polls in May ..." / "While Belgium was due to go to the polls next
// May, ..."). What is said is not lost or gained wholesale; the finding is shown, minor, with the reason.
import type { AlignedPair, Finding, Sentence, Token } from '../types.js';
import { reason, regrade, sentencesOf, type CalibrationContext, type Step } from './context.js';

/** At least this share of the sentence's content lemmas in one sentence of the other side close by ... */
export const SAID_NEARBY = 0.5;
/** ... and at least this many of them. */
const MIN_SHARED = 4;
/** Close by: the other side's sentences in this many aligned pairs before and after. */
const WINDOW = 3;

const WHOLE = new Set(['omission.claim', 'omission.sentence', 'addition.claim', 'addition.sentence']);
const negations = (s: Sentence) => s.tokens.filter((t) => t.negCue).length;

/** Names and numbers by their keys ("Belgium" and "Belgians" name one place; "May" is a month). */
const anchors = (s: Sentence) => new Set([...s.names.map((n) => `n:${n.key}`), ...s.numbers.map((n) => `#:${n.value}`)]);

function saidIn(s: Sentence, o: Sentence): boolean {
  const words = [...new Set(s.contentLemmas)];
  const there = new Set(o.contentLemmas);
  // Content lemmas in common, and names and numbers in common that their words do not already say.
  const theirs = anchors(o);
  const named = [...anchors(s)].filter((a) => theirs.has(a) && !there.has(a.slice(2)) && !words.includes(a.slice(2))).length;
  const shared = words.filter((w) => there.has(w)).length + named;
  if (shared < MIN_SHARED || shared < SAID_NEARBY * words.length) return false;
  // Not when it says it the other way round or with other numbers.
  const values = new Set(o.numbers.map((n) => n.value));
  return negations(s) === negations(o) && s.numbers.every((n) => values.has(n.value));
}

/** The aligned pairs within WINDOW of pair I. */
function* pairsAround(ctx: CalibrationContext, i: number): Generator<AlignedPair> {
  for (let j = Math.max(0, i - WINDOW); j <= Math.min(ctx.alignment.length - 1, i + WINDOW); j++) yield ctx.alignment[j]!;
}

/** The reference's tokens inside a finding's reference span. */
function droppedTokens(ctx: CalibrationContext, f: Finding): Token[] {
  const [a, b] = f.reference!.span;
  return sentencesOf(ctx.ref, f.reference).flatMap((s) => s.tokens).filter((t) => t.start >= a && t.end <= b);
}

/**
 * Content words of a finding's reference span that neither its own copy sentence nor a copy sentence close by
 * says: what a sentence hollowed out (wording.hollowed) really lost, when the copy merged its clauses into a
 * neighbour ("Taylor lifted his sister in a bear hug" / the sentence before: "... her brother Taylor, who picked
 * her up in a bear hug").
 */
export function lostNearby(ctx: CalibrationContext, f: Finding): string[] {
  const said = new Set<string>();
  for (const p of pairsAround(ctx, f.pair)) for (const k of p.suspect) for (const t of ctx.sus.sentences[k]!.tokens) said.add(t.lemma);
  return [...new Set(droppedTokens(ctx, f).filter((t) => t.isWord && t.content && !said.has(t.lemma)).map((t) => t.lemma))];
}

export const saidNearby: Step = (findings, ctx) => findings.map((f) => {
  if (!WHOLE.has(f.rule) || f.severity === 'minor' || f.severityReason) return f;
  const omitted = f.kind === 'omission';
  const ss = sentencesOf(omitted ? ctx.ref : ctx.sus, omitted ? f.reference : f.suspect);
  const other = omitted ? ctx.sus : ctx.ref, key = omitted ? 'suspect' : 'reference';
  const near: Sentence[] = [];
  for (const p of pairsAround(ctx, f.pair)) for (const k of p[key]) near.push(other.sentences[k]!);
  if (!ss.length || !ss.every((s) => near.some((o) => saidIn(s, o)))) return f;
  return regrade(f, 'minor', reason(ctx, 'said-nearby'));
});

const PARTS = new Set(['omission.clause', 'omission.part']);
/** A dropped clause or phrase of at least this many content words can be told said again anywhere in the copy. */
const PART_WORDS = 3;

/**
 * A clause or phrase dropped from an aligned sentence that the copy says in another sentence ("In entering his
 * guilty plea, Horton admitted ..." / "Horton admitted ...", a paragraph earlier "... entered a guilty plea"):
 * every content word of it, with no negation or number of its own, in one other sentence of the copy. Nothing is
 * lost; the finding is shown, minor, with the reason.
 */
export const partNearby: Step = (findings, ctx) => findings.map((f) => {
  if (!PARTS.has(f.rule) || f.severity === 'minor' || f.severityReason || !f.reference?.span) return f;
  const dropped = droppedTokens(ctx, f);
  const words = [...new Set(dropped.filter((t) => t.isWord && t.content).map((t) => t.lemma))];
  if (words.length < PART_WORDS || dropped.some((t) => t.negCue || /\p{N}/u.test(t.text))) return f;
  const own = new Set(f.suspect?.sentences ?? []);
  const said = ctx.sus.sentences.some((s) => !own.has(s.index) && !s.furnitureLike && words.every((w) => s.tokens.some((t) => t.lemma === w)));
  return said ? regrade(f, 'minor', reason(ctx, 'said-elsewhere')) : f;
});

/** What a dropped negation, hedge or phrase can have moved to. */
const MOVED = new Set(['negation.dropped', 'modality.hedge-dropped', 'omission.content', 'omission.clause', 'omission.part']);
/** Share of the dropped span's content words the sentence it moved to must say. */
const MOVED_SHARE = 2 / 3;

/**
 * A negation, hedge or phrase dropped from an aligned sentence that the copy says in a sentence of its own close by,
 * one the aligner paired with nothing: a rewrite that merged two sentences and moved the second's point down ("But it
 * remains unclear if prosecutors will retry ..." / two paragraphs on, "It is unclear whether prosecutors will retry
 * ..."). Most of its content words, each of its negations and numbers, in that one added sentence: nothing is
 * lost; the finding is shown, minor, with the reason.
 */
export const movedNearby: Step = (findings, ctx) => findings.map((f) => {
  if (!MOVED.has(f.rule) || f.severity === 'minor' || f.severityReason || !f.reference?.span) return f;
  const dropped = droppedTokens(ctx, f);
  const words = [...new Set(dropped.filter((t) => t.isWord && t.content && !t.negCue).map((t) => t.lemma))];
  if (words.length < PART_WORDS) return f;
  const cues = dropped.filter((t) => t.negCue).map((t) => t.lemma);
  const numbers = dropped.filter((t) => /\p{N}/u.test(t.text)).map((t) => t.norm);
  const added: Sentence[] = [];
  for (const p of pairsAround(ctx, f.pair)) if (!p.reference.length) for (const k of p.suspect) added.push(ctx.sus.sentences[k]!);
  const movedTo = added.find((s) => {
    if (s.furnitureLike) return false;
    const lemmas = new Set(s.tokens.map((t) => t.lemma)), norms = new Set(s.tokens.map((t) => t.norm));
    const said = words.filter((w) => lemmas.has(w)).length;
    return said >= PART_WORDS && said >= MOVED_SHARE * words.length && cues.every((c) => lemmas.has(c)) && numbers.every((n) => norms.has(n))
      && s.tokens.filter((t) => t.negCue).length >= cues.length;
  });
  return movedTo ? regrade(f, 'minor', reason(ctx, 'said-elsewhere')) : f;
});
