// A sentence left out of the copy (or put into it) whose words the same text says again in a sentence that is
// lined up with the other side: a standfirst repeating the lede, a paragraph a page prints twice. Nothing is lost
// or gained; the finding is shown, minor, with the reason.
import type { Doc, Sentence } from '../types.js';
import { reason, regrade, sentencesOf, type Step } from './context.js';

/** At least this share of the sentence's content words in one other sentence of its text. */
export const RESTATED = 0.9;
/** Sentences with fewer content words than this say too little to tell. */
const MIN_WORDS = 4;

function lined(alignment: { reference: number[]; suspect: number[] }[], side: 'reference' | 'suspect'): Set<number> {
  const out = new Set<number>();
  for (const p of alignment) if (p.reference.length && p.suspect.length) for (const i of p[side]) out.add(i);
  return out;
}

const negations = (s: Sentence) => s.tokens.filter((t) => t.negCue).length;

/**
 * The lined-up sentences of one text by content lemma: built once per step, so a
 * text with many sentences dropped or added is not scanned whole for each of them (that was quadratic: some 17
 * minutes for 30,000 sentences a side).
 */
interface KeptIndex { byLemma: Map<string, number[]> }

/** By position in the text's list of sentences (each position once per lemma). */
export function keptIndex(doc: Doc, kept: Set<number>): KeptIndex {
  const byLemma = new Map<string, number[]>();
  doc.sentences.forEach((o, at) => {
    if (!kept.has(o.index)) return;
    for (const w of o.contentLemmas) {
      const list = byLemma.get(w);
      if (!list) byLemma.set(w, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  return { byLemma };
}

/**
 * The sentences that can hold RESTATED of S's content words (WORDS): a sentence that lacks all of S's rarest words,
 * as many of them as make up more than the share it may miss, holds too few. Every other sentence is left out
 * without being read; the ones returned are then tested in full.
 */
export function candidates(words: string[], index: KeptIndex): Set<number> {
  const count = new Map<string, number>();
  for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  const rare = [...count.keys()].sort((a, b) => (index.byLemma.get(a)?.length ?? 0) - (index.byLemma.get(b)?.length ?? 0));
  const out = new Set<number>();
  let missed = 0;
  for (const w of rare) {
    for (const i of index.byLemma.get(w) ?? []) out.add(i);
    missed += count.get(w)!;
    if (words.length - missed < RESTATED * words.length) break;
  }
  return out;
}

function restatedIn(doc: Doc, s: Sentence, index: KeptIndex): boolean {
  const words = s.contentLemmas;
  if (words.length < MIN_WORDS) return false;
  for (const at of candidates(words, index)) {
    const o = doc.sentences[at]!;
    if (o.index === s.index) continue;
    const there = new Set(o.contentLemmas);
    if (words.filter((w) => there.has(w)).length < RESTATED * words.length) continue;
    // Not when it says it the other way round or with other numbers ("did not approve" beside "approved").
    const values = new Set(o.numbers.map((n) => n.value));
    if (negations(s) === negations(o) && s.numbers.every((n) => values.has(n.value))) return true;
  }
  return false;
}

const WHOLE = new Set(['omission.claim', 'omission.sentence', 'addition.claim', 'addition.sentence']);

export const restated: Step = (findings, ctx) => {
  const keptRef = lined(ctx.alignment, 'reference'), keptSus = lined(ctx.alignment, 'suspect');
  let refIndex: KeptIndex | null = null, susIndex: KeptIndex | null = null;
  return findings.map((f) => {
    if (!WHOLE.has(f.rule) || f.severityReason) return f;
    const omitted = f.kind === 'omission';
    const doc = omitted ? ctx.ref : ctx.sus;
    const ss = sentencesOf(doc, omitted ? f.reference : f.suspect);
    if (!ss.length) return f;
    const index = omitted ? (refIndex ??= keptIndex(ctx.ref, keptRef)) : (susIndex ??= keptIndex(ctx.sus, keptSus));
    if (!ss.every((s) => restatedIn(doc, s, index))) return f;
    return regrade(f, 'minor', reason(ctx, 'restated'));
  });
};
