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
 * The lined-up sentences of one text by content lemma and by number, with each one's content lemmas: built once
 * per step, so a text with many sentences dropped or added is not scanned whole for each of them (that was
 * quadratic: some 17 minutes for 30,000 sentences a side), nor are a long text's tokens made again for each
 * sentence tested.
 */
interface KeptIndex { byLemma: Map<string, number[]>; byValue: Map<string, number[]>; lemmas: (string[] | undefined)[] }

const post = (m: Map<string, number[]>, key: string, at: number) => {
  const list = m.get(key);
  if (!list) m.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
};

/** By position in the text's list of sentences (each position once per lemma and per number). */
export function keptIndex(doc: Doc, kept: Set<number>): KeptIndex {
  const index: KeptIndex = { byLemma: new Map(), byValue: new Map(), lemmas: [] };
  doc.sentences.forEach((o, at) => {
    if (!kept.has(o.index)) return;
    const lemmas = o.contentLemmas;
    index.lemmas[at] = lemmas;
    for (const w of lemmas) post(index.byLemma, w, at);
    for (const n of o.numbers) post(index.byValue, n.value, at);
  });
  return index;
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
  let pool: Iterable<number> = candidates(words, index);
  // A sentence restated has every number of S: when S has one, only the sentences with its rarest number are read.
  if (s.numbers.length) {
    const inPool = pool as Set<number>;
    const fewest = s.numbers.map((n) => index.byValue.get(n.value) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    if (fewest.length < inPool.size) pool = fewest.filter((at) => inPool.has(at));
  }
  let mine: number | null = null;
  for (const at of pool) {
    const o = doc.sentences[at]!;
    if (o.index === s.index) continue;
    // Not when it says it with other numbers or the other way round ("did not approve" beside "approved").
    const values = new Set(o.numbers.map((n) => n.value));
    if (!s.numbers.every((n) => values.has(n.value))) continue;
    const there = index.lemmas[at]!;
    if (words.filter((w) => there.includes(w)).length < RESTATED * words.length) continue;
    if ((mine ??= negations(s)) === negations(o)) return true;
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
