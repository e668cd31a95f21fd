// Similarity of two groups of sentences: character bigrams (string-similarity) plus content-lemma overlap,
// with shared names and numbers as anchors and a length prior.
import stringSimilarity from 'string-similarity';
import type { Sentence } from './types.js';

export interface GroupFeatures {
  folded: string;
  lemmas: Map<string, number>;
  nLemmas: number;
  anchors: Set<string>;
  words: number;
}

export function features(sents: Sentence[]): GroupFeatures {
  const lemmas = new Map<string, number>();
  let nLemmas = 0;
  const anchors = new Set<string>();
  let words = 0;
  for (const s of sents) {
    for (const l of s.contentLemmas) { lemmas.set(l, (lemmas.get(l) ?? 0) + 1); nLemmas++; }
    for (const n of s.names) anchors.add(`n:${n.key}`);
    for (const n of s.numbers) anchors.add(`#:${n.value}`);
    words += s.tokens.reduce((k, t) => k + (t.isWord ? 1 : 0), 0);
  }
  return { folded: sents.map((s) => s.folded).join(' '), lemmas, nLemmas, anchors, words };
}

export function lemmaOverlap(a: GroupFeatures, b: GroupFeatures): number {
  if (a.nLemmas === 0 || b.nLemmas === 0) return 0;
  let shared = 0;
  const [small, big] = a.lemmas.size < b.lemmas.size ? [a, b] : [b, a];
  for (const [l, c] of small.lemmas) shared += Math.min(c, big.lemmas.get(l) ?? 0);
  return (2 * shared) / (a.nLemmas + b.nLemmas);
}

export function similarity(a: GroupFeatures, b: GroupFeatures): number {
  const lem = lemmaOverlap(a, b);
  if (lem === 0 && a.nLemmas > 2 && b.nLemmas > 2) return 0;
  const dice = a.folded && b.folded ? stringSimilarity.compareTwoStrings(a.folded, b.folded) : 0;
  let s = 0.45 * dice + 0.55 * lem;
  let sharedAnchors = 0;
  for (const k of a.anchors) if (b.anchors.has(k)) sharedAnchors++;
  if (sharedAnchors > 0) s += Math.min(0.08, 0.03 * sharedAnchors);
  const r = Math.min(a.words, b.words) / Math.max(1, a.words, b.words);
  if (r < 0.5) s *= 0.7 + 0.6 * r;
  return Math.min(1, s);
}
