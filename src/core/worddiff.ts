// Word-level difference of two texts for display: words kept, deleted (reference) and inserted (copy).
import { foldToken } from './fold.js';

export type DiffOp = 'same' | 'del' | 'ins';
export interface DiffSeg { text: string; op: DiffOp }

const WORDS = /\S+\s*/g;

/** The words of both texts (each with its trailing white space) and, for each word of A, the word of B it is kept as (-1: deleted). */
export interface WordMatch { a: string[]; b: string[]; aToB: number[]; bToA: number[] }

export function matchWords(a: string, b: string): WordMatch {
  const A = a.match(WORDS) ?? [], B = b.match(WORDS) ?? [];
  const key = (w: string) => foldToken(w.trim()).replace(/[^\p{L}\p{N}]+/gu, '');
  const ka = A.map(key), kb = B.map(key);
  const n = ka.length, m = kb.length;
  const aToB = new Array<number>(n).fill(-1), bToA = new Array<number>(m).fill(-1);
  if (n * m <= 1_000_000) {
    const L = new Uint16Array((n + 1) * (m + 1));
    const w = m + 1;
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
      L[i * w + j] = ka[i] === kb[j] ? L[(i + 1) * w + j + 1]! + 1 : Math.max(L[(i + 1) * w + j]!, L[i * w + j + 1]!);
    }
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (ka[i] === kb[j]) { aToB[i] = j; bToA[j] = i; i++; j++; } else if (L[(i + 1) * w + j]! >= L[i * w + j + 1]!) i++; else j++;
    }
  }
  return { a: A, b: B, aToB, bToA };
}

export function wordDiff(a: string, b: string): { ref: DiffSeg[]; sus: DiffSeg[] } {
  const m = matchWords(a, b);
  const segs = (words: string[], match: number[], op: DiffOp): DiffSeg[] => {
    const out: DiffSeg[] = [];
    words.forEach((wd, k) => {
      const o: DiffOp = match[k]! >= 0 ? 'same' : op;
      const last = out[out.length - 1];
      if (last && last.op === o) last.text += wd; else out.push({ text: wd, op: o });
    });
    return out;
  };
  return { ref: segs(m.a, m.aToB, 'del'), sus: segs(m.b, m.bToA, 'ins') };
}
