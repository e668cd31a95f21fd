// Word-level difference of two texts for display: words kept, deleted (reference) and inserted (copy).
import { foldToken } from './fold.js';

export type DiffOp = 'same' | 'del' | 'ins';
export interface DiffSeg { text: string; op: DiffOp }

const WORDS = /\S+\s*/g;

export function wordDiff(a: string, b: string): { ref: DiffSeg[]; sus: DiffSeg[] } {
  const A = a.match(WORDS) ?? [], B = b.match(WORDS) ?? [];
  const key = (w: string) => foldToken(w.trim()).replace(/[^\p{L}\p{N}]+/gu, '');
  const ka = A.map(key), kb = B.map(key);
  const n = ka.length, m = kb.length;
  const inA = new Array<boolean>(n).fill(false), inB = new Array<boolean>(m).fill(false);
  if (n * m <= 1_000_000) {
    const L = new Uint16Array((n + 1) * (m + 1));
    const w = m + 1;
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
      L[i * w + j] = ka[i] === kb[j] ? L[(i + 1) * w + j + 1]! + 1 : Math.max(L[(i + 1) * w + j]!, L[i * w + j + 1]!);
    }
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (ka[i] === kb[j]) { inA[i] = inB[j] = true; i++; j++; } else if (L[(i + 1) * w + j]! >= L[i * w + j + 1]!) i++; else j++;
    }
  }
  const segs = (words: string[], kept: boolean[], op: DiffOp): DiffSeg[] => {
    const out: DiffSeg[] = [];
    words.forEach((wd, k) => {
      const o: DiffOp = kept[k] ? 'same' : op;
      const last = out[out.length - 1];
      if (last && last.op === o) last.text += wd; else out.push({ text: wd, op: o });
    });
    return out;
  };
  return { ref: segs(A, inA, 'del'), sus: segs(B, inB, 'ins') };
}
