// Similarity of two groups of sentences: character bigrams (string-similarity) plus content-lemma overlap,
// with shared names and numbers as anchors and a length prior.
import type { Sentence } from './types.js';

export interface GroupFeatures {
  folded: string;
  /** Character bigrams of the folded text (white space removed), as sorted codes. */
  bigrams: Uint32Array;
  lemmas: Map<string, number>;
  nLemmas: number;
  anchors: Set<string>;
  words: number;
  /** First and last non-space code unit of the folded text (-1 when it has none): the bigram across a join. */
  firstCode: number;
  lastCode: number;
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
  const folded = sents.map((s) => s.folded).join(' ');
  return { folded, bigrams: bigramCodes(folded), lemmas, nLemmas, anchors, words, ...edgeCodes(folded) };
}

function edgeCodes(s: string): { firstCode: number; lastCode: number } {
  let a = 0, b = s.length - 1;
  while (a < s.length && isSpace(s.charCodeAt(a))) a++;
  while (b >= 0 && isSpace(s.charCodeAt(b))) b--;
  return a < s.length ? { firstCode: s.charCodeAt(a), lastCode: s.charCodeAt(b) } : { firstCode: -1, lastCode: -1 };
}

function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/**
 * The features of consecutive sentences put together from each one's features: the same values features()
 * gives for the group, without re-reading the text or sorting its bigrams again (the aligner asks for every
 * two- and three-sentence group it might merge).
 */
export function combine(parts: GroupFeatures[]): GroupFeatures {
  if (parts.length === 1) return parts[0]!;
  const lemmas = new Map<string, number>(parts[0]!.lemmas);
  const anchors = new Set<string>(parts[0]!.anchors);
  let nLemmas = parts[0]!.nLemmas, words = parts[0]!.words;
  let bigrams = parts[0]!.bigrams;
  let firstCode = parts[0]!.firstCode, lastCode = parts[0]!.lastCode;
  for (let p = 1; p < parts.length; p++) {
    const f = parts[p]!;
    f.lemmas.forEach((c, l) => { lemmas.set(l, (lemmas.get(l) ?? 0) + c); });
    f.anchors.forEach((k) => { anchors.add(k); });
    nLemmas += f.nLemmas;
    words += f.words;
    bigrams = mergeSorted(bigrams, f.bigrams);
    if (f.firstCode >= 0) {
      // The spaces of the join vanish, so the last letter before it and the first after it make a bigram.
      if (lastCode >= 0) bigrams = mergeSorted(bigrams, Uint32Array.of(((lastCode << 16) | f.firstCode) >>> 0));
      if (firstCode < 0) firstCode = f.firstCode;
      lastCode = f.lastCode;
    }
  }
  return { folded: parts.map((f) => f.folded).join(' '), bigrams, lemmas, nLemmas, anchors, words, firstCode, lastCode };
}

/** White space as the regular expression \s matches it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Bigrams exactly as string-similarity forms them (white space removed), encoded and sorted once per group.
 * Read straight from the string: removing the spaces with a global replace first cost more than the bigrams.
 */
export function bigramCodes(s: string): Uint32Array {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) n++;
  const out = new Uint32Array(Math.max(0, n - 1));
  let prev = -1, k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) continue;
    if (prev >= 0) out[k++] = (prev << 16) | c;
    prev = c;
  }
  return out.sort();
}

/**
 * Dice coefficient of two bigram multisets: the value string-similarity's compareTwoStrings gives for the
 * same strings (a test pins this), computed by merging sorted arrays so the aligner does not rebuild
 * bigram maps for every cell it scores.
 */
export function dice(a: Uint32Array, b: Uint32Array): number {
  return diceOf(a.length && b.length ? sharedCodes(a, b) : 0, a.length, b.length);
}

/** Dice from the count of shared bigrams and the two counts (two empty sets are equal, one empty set shares nothing). */
const diceOf = (shared: number, na: number, nb: number) => (na === 0 || nb === 0 ? (na === nb ? 1 : 0) : (2 * shared) / (na + nb));

/** How many bigrams two sorted code arrays share, counted as multisets. */
function sharedCodes(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return shared;
}

/** How many content lemmas two groups share, counted as multisets. */
function sharedLemmas(a: GroupFeatures, b: GroupFeatures): number {
  let shared = 0;
  // forEach, not for-of over entries: no [key, value] array per entry (this runs for every cell the aligner scores).
  const small = a.lemmas.size < b.lemmas.size ? a.lemmas : b.lemmas, big = small === a.lemmas ? b.lemmas : a.lemmas;
  small.forEach((c, l) => { shared += Math.min(c, big.get(l) ?? 0); });
  return shared;
}

/** What two single sentences share, kept by the aligner so that it can bound a merge's score without computing it. */
export interface Shared { bigrams: number; lemmas: number; anchors: number }

export function similarity(a: GroupFeatures, b: GroupFeatures, shared?: Shared): number {
  const sl = a.nLemmas === 0 || b.nLemmas === 0 ? 0 : sharedLemmas(a, b);
  const lem = sl === 0 ? 0 : (2 * sl) / (a.nLemmas + b.nLemmas);
  if (shared) shared.lemmas = sl;
  // Sentences that share almost no content lemma cannot reach the alignment threshold through character
  // bigrams alone; skipping the bigram pass there keeps the search cheap.
  if (lem < 0.1 && a.nLemmas > 2 && b.nLemmas > 2) {
    if (shared) { shared.bigrams = Math.min(a.bigrams.length, b.bigrams.length); shared.anchors = Math.min(a.anchors.size, b.anchors.size); }
    return 0.55 * lem;
  }
  let d = 0, sb = 0;
  if (a.folded && b.folded) {
    const na = a.bigrams.length, nb = b.bigrams.length;
    if (a.folded === b.folded) { d = 1; sb = na; }
    else { sb = na && nb ? sharedCodes(a.bigrams, b.bigrams) : 0; d = diceOf(sb, na, nb); }
  }
  let sharedAnchors = 0;
  for (const k of a.anchors) if (b.anchors.has(k)) sharedAnchors++;
  if (shared) { shared.bigrams = sb; shared.anchors = sharedAnchors; }
  return score(d, smoothed(sl, a.nLemmas + b.nLemmas, d), sharedAnchors, a.words, b.words);
}

/** Weight of the character bigrams in the lemma term, as if they were this many more content lemmas. */
const PRIOR_LEMMAS = 2;

/**
 * The lemma overlap with the bigram Dice as a prior of PRIOR_LEMMAS lemmas: a short question whose one content
 * word changed ("How can I become more happy?" / "... more joyful?") shares no content lemma, but everything
 * else; the prior keeps it a changed copy, not an unrelated text. Long sentences barely move.
 */
function smoothed(sharedLemmas: number, nLemmas: number, d: number): number {
  return (2 * sharedLemmas + PRIOR_LEMMAS * d) / (nLemmas + PRIOR_LEMMAS);
}

/** The score from its parts: bigram Dice, lemma overlap, shared names and numbers, and the two lengths in words. */
function score(d: number, lem: number, anchors: number, wa: number, wb: number): number {
  let s = 0.45 * d + 0.55 * lem;
  if (anchors > 0) s += Math.min(0.08, 0.03 * anchors);
  const r = Math.min(wa, wb) / Math.max(1, wa, wb);
  if (r < 0.5) s *= 0.7 + 0.6 * r;
  return Math.min(1, s);
}

/** The sizes of a group's features, which bound its similarity without the features themselves. */
export interface GroupSizes { bigrams: number; nLemmas: number; words: number }

/** The sizes combine() would give a group, from its sentences' features, without putting them together. */
export function groupSizes(parts: GroupFeatures[]): GroupSizes {
  let bigrams = 0, nLemmas = 0, words = 0, nonEmpty = 0;
  for (const f of parts) {
    bigrams += f.bigrams.length;
    nLemmas += f.nLemmas;
    words += f.words;
    if (f.firstCode >= 0) nonEmpty++;
  }
  // One bigram across each join between two parts that have letters.
  return { bigrams: bigrams + Math.max(0, nonEmpty - 1), nLemmas, words };
}

/**
 * An upper bound of similarity(a, b) for groups of sentences, from what their sentences share pairwise (summed
 * over every pair of sentences, plus the bigrams made across each join): nothing two groups share can be missing
 * from all of their sentence pairs. Every step is monotone, so the bound holds in floating point too.
 */
export function similarityBound(a: GroupSizes, b: GroupSizes, shared: Shared, joins: number): number {
  const nb = a.bigrams + b.bigrams;
  const d = a.bigrams === 0 || b.bigrams === 0 ? 1 : (2 * Math.min(a.bigrams, b.bigrams, shared.bigrams + joins)) / nb;
  const sl = a.nLemmas === 0 || b.nLemmas === 0 ? 0 : Math.min(a.nLemmas, b.nLemmas, shared.lemmas);
  const lem = sl === 0 ? 0 : (2 * sl) / (a.nLemmas + b.nLemmas);
  // At least what similarity() returns when it stops at the lemmas.
  return Math.max(score(d, smoothed(sl, a.nLemmas + b.nLemmas, d), shared.anchors, a.words, b.words), 0.55 * lem);
}
