// The tokens of a long text in columns: a document of 30,000 sentences holds close to a million tokens a side,
// and an object per token (80 bytes and a slot of 8 in its sentence's array) was most of what the prepared
// texts kept alive. A long text's sentences keep their tokens here, as integers (the packed flags, tag and
// positions, the offsets, and the text, folded form and lemma as numbers into one list of distinct strings:
// 24 bytes a token), and make them again as objects when they are read (src/core/segment.ts). A short text's
// sentences keep their objects.
import { inFolded, packedBits, packedIsContent, packedIsWord, packedToken } from './token.js';
import type { Token } from './types.js';

export class TokenStore {
  #bits = new Int32Array(1024);
  #start = new Int32Array(1024);
  #end = new Int32Array(1024);
  #text = new Int32Array(1024);
  #norm = new Int32Array(1024);
  #lemma = new Int32Array(1024);
  #strings: string[] = [];
  #ids: Map<string, number> | null = new Map();
  #length = 0;

  #id(s: string): number {
    let i = this.#ids!.get(s);
    if (i === undefined) {
      i = this.#strings.length;
      this.#strings.push(s);
      this.#ids!.set(s, i);
    }
    return i;
  }

  #room(n: number): void {
    if (this.#length + n <= this.#bits.length) return;
    let size = this.#bits.length * 2;
    while (size < this.#length + n) size *= 2;
    const grow = (a: Int32Array) => { const b = new Int32Array(size); b.set(a.subarray(0, this.#length)); return b; };
    this.#bits = grow(this.#bits); this.#start = grow(this.#start); this.#end = grow(this.#end);
    this.#text = grow(this.#text); this.#norm = grow(this.#norm); this.#lemma = grow(this.#lemma);
  }

  /**
   * Stores one sentence's tokens; returns the position of the first, or -1 when one of them is of the wide kind
   * (the sentence then keeps its objects) or the store is sealed.
   */
  add(toks: readonly Token[]): number {
    if (!this.#ids) return -1;
    for (const t of toks) if (packedBits(t) < 0) return -1;
    this.#room(toks.length);
    const from = this.#length;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!, j = from + i;
      this.#bits[j] = packedBits(t);
      this.#start[j] = t.start;
      this.#end[j] = t.end;
      this.#text[j] = this.#id(t.text);
      this.#norm[j] = this.#id(t.norm);
      this.#lemma[j] = this.#id(t.lemma);
    }
    this.#length += toks.length;
    return from;
  }

  /** The COUNT tokens from position FROM, made again: tokens of sentence SENT, equal to the ones stored. */
  tokens(from: number, count: number, sent: number): Token[] {
    const out: Token[] = new Array(count);
    const s = this.#strings;
    for (let i = 0; i < count; i++) {
      const j = from + i;
      out[i] = packedToken(this.#bits[j]!, sent, s[this.#text[j]!]!, this.#start[j]!, this.#end[j]!, s[this.#norm[j]!]!, s[this.#lemma[j]!]!);
    }
    return out;
  }

  /**
   * What a sentence's folded text and content lemmas are made of (src/core/segment.ts), read from the columns
   * without making its tokens again: the aligner and the calibration read them for every sentence of a text.
   */
  folded(from: number, count: number): string {
    const words: string[] = [];
    for (let j = from; j < from + count; j++) {
      const norm = this.#strings[this.#norm[j]!]!;
      if (inFolded(packedIsWord(this.#bits[j]!), norm)) words.push(norm);
    }
    return words.join(' ');
  }

  contentLemmas(from: number, count: number): string[] {
    const out: string[] = [];
    for (let j = from; j < from + count; j++) if (packedIsContent(this.#bits[j]!)) out.push(this.#strings[this.#lemma[j]!]!);
    return out;
  }

  /** Once the text is read: no more tokens come, the room left at the end and the string index are let go. */
  seal(): void {
    const n = this.#length;
    this.#bits = this.#bits.slice(0, n); this.#start = this.#start.slice(0, n); this.#end = this.#end.slice(0, n);
    this.#text = this.#text.slice(0, n); this.#norm = this.#norm.slice(0, n); this.#lemma = this.#lemma.slice(0, n);
    this.#ids = null;
  }
}

/**
 * The token objects of a long text's sentences read lately, made again from the store on first use after that.
 * The sentences of the pair being compared are held as well (pinTokens), whatever else is read meanwhile (a
 * check that looks over the whole document): within one pair a sentence's tokens are always the same objects,
 * as the checks, which keep them in sets and compare them, expect.
 */
const RECENT_TOKENS = 256;
const recent = new Map<object, Token[]>();
let pinned: Map<object, Token[]> | null = null;

export function recentTokens(key: object, make: () => Token[]): Token[] {
  const p = pinned?.get(key);
  if (p) return p;
  let t = recent.get(key);
  if (t !== undefined) recent.delete(key);
  else {
    t = make();
    if (recent.size >= RECENT_TOKENS) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, t);
  return t;
}

/** Holds the tokens of these sentences until the next call (null: none). */
export function pinTokens(sentences: readonly { tokens: Token[] }[] | null): void {
  pinned = null;
  if (!sentences) return;
  const next = new Map<object, Token[]>();
  for (const s of sentences) next.set(s, s.tokens);
  pinned = next;
}
