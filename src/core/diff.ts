// Word-level diff of an aligned pair: LCS over word tokens keyed by lemma, grouped into hunks.
import type { Token } from './types.js';

/** A token seen from an aligned pair: sent and k (its position in the flattened group) are on every Token. */
export type SideToken = Token;

export interface Hunk {
  ref: SideToken[];
  sus: SideToken[];
}

export interface Diff {
  /** For each ref token position k: the sus position it is matched to, or -1. */
  refMatch: Int32Array;
  susMatch: Int32Array;
  hunks: Hunk[];
}

const key = (t: Token) => t.lemma;

export function diffTokens(ref: SideToken[], sus: SideToken[]): Diff {
  const a = ref.filter((t) => t.isWord), b = sus.filter((t) => t.isWord);
  const refMatch = new Int32Array(ref.length).fill(-1);
  const susMatch = new Int32Array(sus.length).fill(-1);
  const n = a.length, m = b.length;
  if (n * m <= 400_000) {
    // Keys as small integers, so that the table compares numbers rather than strings.
    const ids = new Map<string, number>();
    const ka = new Int32Array(n), kb = new Int32Array(m);
    for (let i = 0; i < n; i++) { const k = key(a[i]!); let id = ids.get(k); if (id === undefined) { id = ids.size; ids.set(k, id); } ka[i] = id; }
    for (let j = 0; j < m; j++) kb[j] = ids.get(key(b[j]!)) ?? -1;
    const L = new Uint16Array((n + 1) * (m + 1));
    const w = m + 1;
    for (let i = n - 1; i >= 0; i--) {
      const ki = ka[i]!, row = i * w, below = row + w;
      for (let j = m - 1; j >= 0; j--) {
        L[row + j] = ki === kb[j]! ? L[below + j + 1]! + 1 : Math.max(L[below + j]!, L[row + j + 1]!);
      }
    }
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (ka[i] === kb[j]) { refMatch[a[i]!.k] = b[j]!.k; susMatch[b[j]!.k] = a[i]!.k; i++; j++; }
      else if (L[(i + 1) * w + j]! >= L[i * w + j + 1]!) i++;
      else j++;
    }
  } else {
    // Very long pairs: greedy forward matching keeps the cost linear.
    let j = 0;
    for (let i = 0; i < n && j < m; i++) {
      const stop = Math.min(m, j + 20);
      for (let jj = j; jj < stop; jj++) {
        if (key(a[i]!) === key(b[jj]!)) { refMatch[a[i]!.k] = b[jj]!.k; susMatch[b[jj]!.k] = a[i]!.k; j = jj + 1; break; }
      }
    }
  }
  const hunks: Hunk[] = [];
  let i = 0, j = 0;
  let cur: Hunk | null = null;
  const flush = () => { if (cur && (cur.ref.some((t) => t.isWord) || cur.sus.some((t) => t.isWord))) hunks.push(cur); cur = null; };
  while (i < ref.length || j < sus.length) {
    const ri = i < ref.length ? ref[i]! : null;
    const sj = j < sus.length ? sus[j]! : null;
    if (ri && ri.isWord && refMatch[i]! >= 0 && sj && sj.isWord && refMatch[i] === j) { flush(); i++; j++; continue; }
    if (ri && (!ri.isWord || refMatch[i]! < 0)) {
      if (ri.isWord) (cur ??= { ref: [], sus: [] }).ref.push(ri);
      i++;
      continue;
    }
    if (sj && (!sj.isWord || susMatch[j]! < 0)) {
      if (sj.isWord) (cur ??= { ref: [], sus: [] }).sus.push(sj);
      j++;
      continue;
    }
    // Both sides sit on matched words that are not matched to each other cannot happen with LCS; advance safely.
    if (ri) i++;
    if (sj) j++;
  }
  flush();
  return { refMatch, susMatch, hunks };
}
