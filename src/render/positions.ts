// Line and column (1-based, UTF-16 code units) of offsets in a text, for formats that locate results.
import { sourceOffsets } from '../core/sourcemap.js';
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  at(offset: number): { line: number; col: number } {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}

/** The file as written, when the report's text was extracted from it (HTML, Markdown). */
export interface Original { text: string; format: 'html' | 'markdown' }

/** The texts the report's offsets point into, and the files they came from where those differ. */
export interface Texts {
  reference: string;
  suspect: string;
  originals?: { reference?: Original; suspect?: Original };
}

export type Locate = (offset: number, isEnd?: boolean) => { line: number; col: number };

const locators = new WeakMap<Texts, Partial<Record<'reference' | 'suspect', Locate>>>();

/**
 * Line and column in the file as written of an offset in the report's text (for an HTML or Markdown input, mapped
 * back from the extracted text); a span's end is placed just after its last character. Built once per text.
 */
export function locator(texts: Texts, side: 'reference' | 'suspect'): Locate {
  let bySide = locators.get(texts);
  if (!bySide) { bySide = {}; locators.set(texts, bySide); }
  const made = bySide[side];
  if (made) return made;
  const original = texts.originals?.[side];
  let locate: Locate;
  if (!original) {
    const lines = new LineIndex(texts[side]);
    locate = (o) => lines.at(o);
  } else {
    let map: Int32Array | null = null;
    const lines = new LineIndex(original.text);
    const place = (o: number) => {
      map ??= sourceOffsets(texts[side], original.text, original.format);
      return map[Math.max(0, Math.min(o, map.length - 1))]!;
    };
    locate = (o, isEnd) => lines.at(isEnd && o > 0 ? place(o - 1) + 1 : place(o));
  }
  bySide[side] = locate;
  return locate;
}
