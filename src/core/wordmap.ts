// Large word -> value lists (the WordNet synonym and noun-class lists: tens of thousands of words) as the compiled
// rule set stores them: one sorted "word<TAB>value<NL>" string, searched in place. Reading it costs one string;
// an object of 50,000 keys costs about 100 ms to build at every start, and the checks look up only the few
// thousand words a text has.
import { remember } from './memo.js';

/** What the checks ask of such a list (a Map answers it too). */
export interface WordMap {
  get(word: string): string | undefined;
}

const TAB = 9;

/** ENTRIES as one packed string, or null when it cannot be packed (a value that is not a string, a tab or a line break). */
export function packWords(entries: unknown): string | null {
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return null;
  const keys = Object.keys(entries).sort();
  const lines: string[] = [];
  for (const k of keys) {
    const v = (entries as Record<string, unknown>)[k];
    if (typeof v !== 'string' || /[\t\n]/.test(k) || /[\t\n]/.test(v)) return null;
    lines.push(`${k}\t${v}\n`);
  }
  return lines.join('');
}

/** The packed string back as an object (for a user folder that extends the list, or a generic reader). */
export function unpackWords(packed: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < packed.length;) {
    const tab = packed.indexOf('\t', i), nl = packed.indexOf('\n', tab);
    out[packed.slice(i, tab)] = packed.slice(tab + 1, nl);
    i = nl + 1;
  }
  return out;
}

/**
 * A packed list searched by bisection over its characters (each step backs up to the start of a line), so there
 * is no index to build; each word's answer is remembered (a text repeats its words).
 */
export class PackedWordMap implements WordMap {
  private readonly memo = new Map<string, string | null>();
  constructor(private readonly packed: string) {}

  /** Compares WORD with the key of the line starting at AT, in the order the keys were sorted (code units). */
  private compare(word: string, at: number): number {
    const p = this.packed;
    for (let i = 0; ; i++) {
      const a = i < word.length ? word.charCodeAt(i) : -1;
      let b = p.charCodeAt(at + i);
      if (b === TAB) b = -1;
      if (a !== b) return a - b;
      if (a === -1) return 0;
    }
  }

  private find(word: string): string | null {
    const p = this.packed;
    // lo and hi are line starts (hi may be the end); the word's line, if any, starts in [lo, hi).
    let lo = 0, hi = p.length;
    while (lo < hi) {
      // The start of the line holding the middle character: in [lo, middle], so the range always shrinks.
      const line = p.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1;
      const c = this.compare(word, line);
      if (c === 0) return p.slice(line + word.length + 1, p.indexOf('\n', line));
      if (c < 0) hi = line;
      else lo = p.indexOf('\n', line) + 1;
    }
    return null;
  }

  /** (One function for every look-up: a closure made at each call was a good part of what the checks allocate.) */
  private readonly findWord = (w: string) => this.find(w);

  get(word: string): string | undefined {
    return (this.memo.get(word) ?? remember(this.memo, word, this.findWord)) ?? undefined;
  }
}
