// align: monotone dynamic programming over sentences with 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1 moves,
// searched in a band around a path of anchor sentences (rare shared lemmas), so cost grows near-linearly.
// A second pass pairs omitted and added sentences that moved.
import { foldSameLength, squashSpaces } from './fold.js';
import { combine, features, groupSizes, similarity, similarityBound, type GroupFeatures, type GroupSizes, type Shared } from './similarity.js';
import type { AlignedPair, Sentence } from './types.js';

export interface AlignOptions {
  /** Pairs scoring below this are not worth matching. */
  threshold?: number;
  /** Half-width of the band around the anchor path. */
  band?: number;
  /** Similarity needed to call an omitted/added couple "moved". */
  movedThreshold?: number;
}

const MOVES: [number, number][] = [[1, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1]];
const MERGE_FLOOR = 0.2;

/**
 * Group features and similarities the DP asks for. Features live in maps under numeric keys; the DP walks rows in
 * order and its band only moves forward, so features behind the current window are dropped every few rows and
 * memory stays bounded by the band, not the text. 1-1 similarities, asked for again and again (every merge move
 * first checks them), are kept in a flat array over the band's cells; a merge is scored when asked.
 */
class SimCache {
  private refF = new Map<number, GroupFeatures>();
  private susF = new Map<number, GroupFeatures>();
  private one: Float64Array | null = null;
  /** What the two sentences of each scored 1-1 cell share: bigrams, lemmas, anchors. */
  private shared: Uint16Array | null = null;
  private cell: ((i: number, j: number) => number) | null = null;
  private readonly scratch: Shared = { bigrams: 0, lemmas: 0, anchors: 0 };
  private readonly sum: Shared = { bigrams: 0, lemmas: 0, anchors: 0 };
  constructor(private ref: Sentence[], private sus: Sentence[]) {}
  /** The band's cells: cell(i, j) is an index below size, or -1 outside the band. */
  useCells(size: number, cell: (i: number, j: number) => number): void {
    this.one = new Float64Array(size).fill(NaN);
    this.shared = new Uint16Array(size * 3);
    this.cell = cell;
  }
  private feat(cache: Map<number, GroupFeatures>, list: Sentence[], a: number, n: number): GroupFeatures {
    const key = a * 4 + n;
    let f = cache.get(key);
    if (!f) {
      // A group is put together from its sentences' own features.
      if (n === 1 || a + 1 >= list.length) f = features(list.slice(a, a + 1));
      else {
        const parts: GroupFeatures[] = [];
        for (let k = a; k < Math.min(list.length, a + n); k++) parts.push(this.feat(cache, list, k, 1));
        f = combine(parts);
      }
      cache.set(key, f);
    }
    return f;
  }
  sim(i: number, k: number, j: number, l: number): number {
    if (k === 1 && l === 1 && this.one) {
      const c = this.cell!(i, j);
      if (c >= 0) {
        let s = this.one[c]!;
        if (Number.isNaN(s)) {
          const sh = this.scratch;
          s = similarity(this.feat(this.refF, this.ref, i, 1), this.feat(this.susF, this.sus, j, 1), sh);
          this.one[c] = s;
          // Counts above 65,535 cannot occur in a sentence capped at MAX_SENTENCE_TOKENS; clamp all the same.
          this.shared![3 * c] = Math.min(65535, sh.bigrams);
          this.shared![3 * c + 1] = Math.min(65535, sh.lemmas);
          this.shared![3 * c + 2] = Math.min(65535, sh.anchors);
        }
        return s;
      }
    }
    return similarity(this.feat(this.refF, this.ref, i, k), this.feat(this.susF, this.sus, j, l));
  }
  /**
   * An upper bound of sim(i, k, j, l) from its 1-1 cells (Infinity when one lies outside the band): a merge that
   * cannot reach the threshold or beat the best move so far need not be scored.
   */
  bound(i: number, k: number, j: number, l: number): number {
    const sum = this.sum;
    sum.bigrams = 0; sum.lemmas = 0; sum.anchors = 0;
    for (let a = i; a < i + k; a++) {
      for (let b = j; b < j + l; b++) {
        const c = this.cell!(a, b);
        if (c < 0) return Infinity;
        if (Number.isNaN(this.one![c]!)) this.sim(a, 1, b, 1);
        sum.bigrams += this.shared![3 * c]!;
        sum.lemmas += this.shared![3 * c + 1]!;
        sum.anchors += this.shared![3 * c + 2]!;
      }
    }
    // Sizes from the sentences' own features: a merge ruled out here is never put together.
    return similarityBound(this.sizes(this.refF, this.ref, i, k), this.sizes(this.susF, this.sus, j, l), sum, k - 1 + l - 1);
  }
  /** (One list for the parts, filled afresh at each call: the aligner asks this for every merge it weighs.) */
  private readonly parts: GroupFeatures[] = [];
  private sizes(cache: Map<number, GroupFeatures>, list: Sentence[], a: number, n: number): GroupSizes {
    const parts = this.parts;
    parts.length = 0;
    for (let x = 0; x < n; x++) parts.push(this.feat(cache, list, a + x, 1));
    return groupSizes(parts);
  }
  /** Forget the features before reference row i and suspect column j (called every few rows). */
  forgetBefore(i: number, j: number): void {
    for (const key of this.refF.keys()) if (key >> 2 < i) this.refF.delete(key);
    for (const key of this.susF.keys()) if (key >> 2 < j) this.susF.delete(key);
  }
}

/** Anchors: ref sentence -> suspect sentence sharing rare content lemmas; kept only on a monotone chain. */
function anchorPath(ref: Sentence[], sus: Sentence[]): [number, number][] {
  const df = new Map<string, number>();
  const index = new Map<string, number[]>();
  sus.forEach((s, j) => {
    for (const l of new Set(s.contentLemmas)) {
      df.set(l, (df.get(l) ?? 0) + 1);
      const list = index.get(l);
      if (list) { if (list.length < 64) list.push(j); } else index.set(l, [j]);
    }
  });
  const maxDf = Math.max(3, Math.ceil(Math.sqrt(sus.length)));
  const anchors: [number, number, number][] = [];
  ref.forEach((s, i) => {
    const score = new Map<number, number>();
    for (const l of new Set(s.contentLemmas)) {
      const d = df.get(l);
      if (!d || d > maxDf) continue;
      const w = Math.log(1 + sus.length / d);
      for (const j of index.get(l)!) score.set(j, (score.get(j) ?? 0) + w);
    }
    let best = -1, bestScore = 0, second = 0;
    for (const [j, sc] of score) {
      if (sc > bestScore) { second = bestScore; bestScore = sc; best = j; } else if (sc > second) second = sc;
    }
    if (best >= 0 && bestScore >= 2 * Math.log(2) && bestScore > 1.5 * second) anchors.push([i, best, bestScore]);
  });
  // Longest chain increasing in both coordinates (patience sorting on j).
  const tails: number[] = [];
  const prev: number[] = new Array(anchors.length).fill(-1);
  const tailIdx: number[] = [];
  anchors.forEach(([, j], k) => {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tails[mid]! < j) lo = mid + 1; else hi = mid; }
    tails[lo] = j;
    tailIdx[lo] = k;
    prev[k] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const chain: [number, number][] = [];
  let k = tailIdx[tails.length - 1] ?? -1;
  while (k >= 0) { chain.push([anchors[k]![0], anchors[k]![1]]); k = prev[k]!; }
  return chain.reverse();
}

function bandCenters(n: number, m: number, chain: [number, number][]): number[] {
  const pts: [number, number][] = [[0, 0], ...chain.filter(([i, j]) => i > 0 && j > 0 && i < n && j < m), [n, m]];
  const centers = new Array<number>(n + 1);
  let p = 0;
  for (let i = 0; i <= n; i++) {
    while (p + 1 < pts.length - 1 && pts[p + 1]![0] <= i) p++;
    const [i0, j0] = pts[p]!;
    const [i1, j1] = pts[Math.min(p + 1, pts.length - 1)]!;
    centers[i] = i1 === i0 ? j0 : Math.round(j0 + ((i - i0) * (j1 - j0)) / (i1 - i0));
  }
  return centers;
}

const sameKey = (s: Sentence) => squashSpaces(foldSameLength(s.text));

/**
 * Sentences that are exactly the same on both sides and occur once on each side anchor the alignment
 * (as in patience diff), extended to the equal sentences next to them; the dynamic program then runs only
 * in the gaps between anchors. Faithful stretches cost a hash lookup, not a search.
 */
function exactAnchors(ref: Sentence[], sus: Sentence[]): [number, number][] {
  const kr = ref.map(sameKey), ks = sus.map(sameKey);
  const count = (keys: string[]) => { const m = new Map<string, number>(); for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1); return m;};
  const cr = count(kr), cs = count(ks);
  const posS = new Map<string, number>();
  ks.forEach((k, j) => { if (cs.get(k) === 1) posS.set(k, j); });
  const cand: [number, number][] = [];
  kr.forEach((k, i) => { if (cr.get(k) === 1 && posS.has(k)) cand.push([i, posS.get(k)!]); });
  // Longest chain increasing in both (the candidates are sorted by i).
  const tails: number[] = [], tailIdx: number[] = [], prev = new Array<number>(cand.length).fill(-1);
  cand.forEach(([, j], c) => {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tails[mid]! < j) lo = mid + 1; else hi = mid; }
    tails[lo] = j; tailIdx[lo] = c; prev[c] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const chain: [number, number][] = [];
  for (let c = tailIdx[tails.length - 1] ?? -1; c >= 0; c = prev[c]!) chain.push(cand[c]!);
  chain.reverse();
  // Extend each anchor (and both ends of the texts) over equal neighbours.
  const out = new Set<string>();
  const add = (i: number, j: number) => out.add(`${i},${j}`);
  const points: [number, number][] = [[-1, -1], ...chain, [ref.length, sus.length]];
  for (let p = 0; p < points.length - 1; p++) {
    const [i0, j0] = points[p]!, [i1, j1] = points[p + 1]!;
    if (p > 0) add(i0, j0);
    let a = i0 + 1, b = j0 + 1;
    while (a < i1 && b < j1 && kr[a] === ks[b]) { add(a, b); a++; b++; }
    let c = i1 - 1, d = j1 - 1;
    while (c >= a && d >= b && kr[c] === ks[d]) { add(c, d); c--; d--; }
  }
  return [...out].map((x) => x.split(',').map(Number) as [number, number]).sort((x, y) => x[0] - y[0]);
}

export function align(ref: Sentence[], sus: Sentence[], opts: AlignOptions = {}): AlignedPair[] {
  const anchors = exactAnchors(ref, sus);
  const pairs: AlignedPair[] = [];
  let i0 = 0, j0 = 0;
  for (const [i, j] of [...anchors, [ref.length, sus.length] as [number, number]]) {
    if (i > i0 || j > j0) {
      for (const p of alignGap(ref.slice(i0, i), sus.slice(j0, j), opts)) {
        pairs.push({ ...p, reference: p.reference.map((k) => k + i0), suspect: p.suspect.map((k) => k + j0) });
      }
    }
    if (i < ref.length) pairs.push({ reference: [i], suspect: [j], similarity: 1, status: 'match' });
    i0 = i + 1;
    j0 = j + 1;
  }
  return markMoved(joinSplitQuotes(pairs, ref, sus), ref, sus, opts.movedThreshold ?? 0.5);
}

/**
 * Content lemmas inside quotation marks. A sentence with no quotation (no quote span holding a word: every quoted
 * content word lies in one) has none, and its tokens (made again from a long text's store) are not read.
 */
const quotedLemmas = (sents: Sentence[]) => sents.flatMap((s) => (s.quotes.length ? s.tokens.filter((t) => t.quoted && t.content).map((t) => t.lemma) : []));

/** Share of the content lemmas of a quotation piece that a quotation has. */
const PIECE_OF = 0.8;

/**
 * A quotation said in one sentence on one side and in two on the other, its attribution with one part ("“They're
 * small and unassuming,” Chávez says, “but these frogs are ...”" / "“They're small and unassuming,” said Dr.
 * Chávez, a herpetologist at ... ¶ “But these frogs are ...”"): the sentence next to the pair that holds the
 * missing part of the quotation, left added or omitted, joins the pair. The piece must be quoted on its own side,
 * its quoted words (two content words at least) nearly all quoted in the other side's sentence, and nearly none of
 * them in the pair's own sentence: the rest of the quotation, not the same words twice.
 */
function joinSplitQuotes(pairs: AlignedPair[], ref: Sentence[], sus: Sentence[]): AlignedPair[] {
  const out = [...pairs];
  const share = (piece: string[], whole: string[]) => {
    const w = new Set(whole);
    return piece.length ? piece.filter((l) => w.has(l)).length / piece.length : 0;
  };
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    if (p.status !== 'changed' || !p.reference.length || !p.suspect.length) continue;
    for (const side of ['suspect', 'reference'] as const) {
      const mine = side === 'suspect' ? sus : ref, other = side === 'suspect' ? ref : sus;
      const otherSide = side === 'suspect' ? 'reference' : 'suspect';
      const whole = quotedLemmas(p[otherSide].map((i) => other[i]!));
      if (!whole.length) continue;
      for (const n of [k - 1, k + 1]) {
        const q = out[n];
        if (!q || q.status !== (side === 'suspect' ? 'added' : 'omitted') || q[side].length !== 1) continue;
        const at = q[side][0]!, own = p[side];
        if (at !== Math.min(...own) - 1 && at !== Math.max(...own) + 1) continue;
        const piece = quotedLemmas([mine[at]!]);
        if (piece.length < 2 || share(piece, whole) < PIECE_OF || share(piece, quotedLemmas(own.map((i) => mine[i]!))) > 1 - PIECE_OF) continue;
        p[side] = [...own, at].sort((a, b) => a - b);
        p.similarity = round(similarity(features(p.reference.map((i) => ref[i]!)), features(p.suspect.map((i) => sus[i]!))));
        out.splice(n, 1);
        if (n < k) k--;
        break;
      }
    }
  }
  return out;
}

function alignGap(ref: Sentence[], sus: Sentence[], opts: AlignOptions): AlignedPair[] {
  const n = ref.length, m = sus.length;
  if (n === 0) return sus.map((_, j) => ({ reference: [], suspect: [j], similarity: 0, status: 'added' as const }));
  if (m === 0) return ref.map((_, i) => ({ reference: [i], suspect: [], similarity: 0, status: 'omitted' as const }));
  const tau = opts.threshold ?? 0.3;
  const cache = new SimCache(ref, sus);
  let lo: number[], hi: number[];
  const W = opts.band ?? 24;
  if (n * m <= 40_000) {
    lo = new Array(n + 1).fill(0);
    hi = new Array(n + 1).fill(m);
  } else {
    const centers = bandCenters(n, m, anchorPath(ref, sus));
    lo = centers.map((c) => Math.max(0, c - W));
    hi = centers.map((c) => Math.min(m, c + W));
    // Keep the band connected and monotone so the DP always has a path from (0,0) to (n,m).
    for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!) , hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!), hi[i] = Math.min(hi[i]!, hi[i + 1]!);
    for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
    lo[0] = 0; hi[n] = m;
  }
  const rowOff = new Array<number>(n + 2);
  rowOff[0] = 0;
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + (hi[i]! - lo[i]! + 1);
  const size = rowOff[n + 1]!;
  const score = new Float64Array(size).fill(-Infinity);
  const back = new Uint8Array(size); // move index: 0..5 = MOVES, 6 = 1-0, 7 = 0-1
  const at = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? -1 : rowOff[i]! + j - lo[i]!);
  cache.useCells(size, at);
  score[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 8 && i % 16 === 0) cache.forgetBefore(i - 4, lo[i]! - 4);
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      let best = -Infinity, move = 0;
      const up = at(i - 1, j);
      if (up >= 0 && score[up]! > best) { best = score[up]!; move = 6; }
      const left = at(i, j - 1);
      if (left >= 0 && score[left]! > best) { best = score[left]!; move = 7; }
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj] = MOVES[k]!;
        const from = at(i - di, j - dj);
        if (from < 0 || score[from] === -Infinity) continue;
        // A merge is only worth scoring when one of its sentences already overlaps the other side.
        if (k > 0 && cache.sim(i - di, 1, j - dj, 1) < MERGE_FLOOR && cache.sim(i - 1, 1, j - 1, 1) < MERGE_FLOOR) continue;
        if (k > 0) {
          const ub = cache.bound(i - di, di, j - dj, dj);
          if (ub < tau || score[from]! + (ub - tau) <= best) continue;
        }
        const s = cache.sim(i - di, di, j - dj, dj);
        if (s < tau) continue;
        const v = score[from]! + (s - tau);
        if (v > best) { best = v; move = k; }
      }
      score[here] = best;
      back[here] = move;
    }
  }
  const pairs: AlignedPair[] = [];
  let i = n, j = m;
  while (i > 0 || j > 0) {
    const mv = back[at(i, j)]!;
    if (mv === 6) { pairs.push({ reference: [i - 1], suspect: [], similarity: 0, status: 'omitted' }); i--; continue; }
    if (mv === 7) { pairs.push({ reference: [], suspect: [j - 1], similarity: 0, status: 'added' }); j--; continue; }
    const [di, dj] = MOVES[mv]!;
    const s = cache.sim(i - di, di, j - dj, dj);
    pairs.push({
      reference: Array.from({ length: di }, (_, k) => i - di + k),
      suspect: Array.from({ length: dj }, (_, k) => j - dj + k),
      similarity: round(s),
      status: 'changed',
    });
    i -= di;
    j -= dj;
  }
  pairs.reverse();
  // "Same" means the same characters once typography is folded: a hidden character makes a pair changed.
  const same = (s: Sentence[]) => s.map(sameKey).join(' ');
  for (const p of pairs) {
    if (p.status !== 'changed') continue;
    if (same(p.reference.map((k) => ref[k]!)) === same(p.suspect.map((k) => sus[k]!))) { p.status = 'match'; p.similarity = 1; }
  }
  return pairs;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Pair omitted reference sentences with added suspect sentences that say the same thing elsewhere. */
function markMoved(pairs: AlignedPair[], ref: Sentence[], sus: Sentence[], threshold: number): AlignedPair[] {
  const omitted = pairs.filter((p) => p.status === 'omitted');
  const added = pairs.filter((p) => p.status === 'added');
  if (!omitted.length || !added.length) return pairs;
  const addedBy = new Map<string, AlignedPair[]>();
  for (const p of added) {
    for (const l of new Set(sus[p.suspect[0]!]!.contentLemmas)) {
      const list = addedBy.get(l);
      if (list) { if (list.length < 64) list.push(p); } else addedBy.set(l, [p]);
    }
  }
  const used = new Set<AlignedPair>();
  const susFeat = new Map<AlignedPair, GroupFeatures>();
  for (const o of omitted) {
    const rs = ref[o.reference[0]!]!;
    // Candidates ranked by how many of this sentence's lemmas they share; only the best few are scored.
    const shared = new Map<AlignedPair, number>();
    for (const l of new Set(rs.contentLemmas)) for (const p of addedBy.get(l) ?? []) if (!used.has(p)) shared.set(p, (shared.get(p) ?? 0) + 1);
    const candidates = [...shared].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([p]) => p);
    let best: AlignedPair | null = null, bestSim = threshold;
    const rf = features([rs]);
    for (const c of candidates) {
      let cf = susFeat.get(c);
      if (!cf) { cf = features([sus[c.suspect[0]!]!]); susFeat.set(c, cf); }
      const s = similarity(rf, cf);
      if (s >= bestSim) { bestSim = s; best = c; }
    }
    if (best) {
      used.add(best);
      o.suspect = best.suspect;
      o.similarity = round(bestSim);
      o.status = 'moved';
    }
  }
  return pairs.filter((p) => !used.has(p));
}
