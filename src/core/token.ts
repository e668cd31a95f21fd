// Token construction in one place. A document of 10,000 sentences holds some 300,000 tokens, so their size
// counts: the six yes/no features, the part of speech and the two positions share one small integer, read
// through getters.
import type { Token } from './types.js';

const WORD = 1, PUNCT = 2, CONTENT = 4, QUOTED = 8, NEG_SCOPE = 16, NEG_CUE = 32;

/**
 * Parts of speech by number: a token keeps the number, in the bits below. wink's tags are the seventeen of
 * Universal Dependencies; a tag beyond the 32th (none yet) makes a token of the wide kind.
 */
const POS_NAMES: string[] = [];
const POS_IDS = new Map<string, number>();
function posId(pos: string): number {
  let id = POS_IDS.get(pos);
  if (id === undefined) {
    if (POS_NAMES.length >= 32) return -1;
    id = POS_NAMES.length;
    POS_NAMES.push(pos);
    POS_IDS.set(pos, id);
  }
  return id;
}

// One small integer holds the six flags (bits 0-5), the part of speech (6-10), i (11-18) and k (19-29): a
// sentence has at most 200 tokens (segment's MAX_SENTENCE_TOKENS) and a flattened group far fewer than 2,048.
const POS_SHIFT = 6, I_SHIFT = 11, K_SHIFT = 19, MAX_I = 1 << 8, MAX_K = 1 << 11;

/** Whether the packed integer BITS (packedBits) says a word; a content word. */
export const packedIsWord = (bits: number): boolean => (bits & WORD) !== 0;
export const packedIsContent = (bits: number): boolean => (bits & CONTENT) !== 0;

/**
 * Whether a token stands in a sentence's folded text (the one string similarity reads): a word, or a quotation
 * mark (a sentence that loses them is not the same sentence).
 */
export const inFolded = (isWord: boolean, norm: string): boolean => isWord || norm === '"' || norm === "'";

/** The six flags, read from the low bits of BITS. */
abstract class FlaggedToken {
  constructor(protected readonly bits: number) {}
  get isWord(): boolean { return (this.bits & WORD) !== 0; }
  get isPunct(): boolean { return (this.bits & PUNCT) !== 0; }
  get content(): boolean { return (this.bits & CONTENT) !== 0; }
  get quoted(): boolean { return (this.bits & QUOTED) !== 0; }
  get negScope(): boolean { return (this.bits & NEG_SCOPE) !== 0; }
  get negCue(): boolean { return (this.bits & NEG_CUE) !== 0; }
}

class PackedToken extends FlaggedToken implements Token {
  constructor(
    bits: number, readonly sent: number, readonly text: string, readonly start: number, readonly end: number,
    readonly norm: string, readonly lemma: string,
  ) { super(bits); }
  get i(): number { return (this.bits >>> I_SHIFT) & (MAX_I - 1); }
  get k(): number { return this.bits >>> K_SHIFT; }
  get pos(): string { return POS_NAMES[(this.bits >>> POS_SHIFT) & 31]!; }
  /** The one integer that holds the flags, tag and positions (what a column store keeps of it). */
  static packedOf(t: PackedToken): number { return t.bits; }
}

/** A token whose position or tag does not fit the packed kind (a long flattened run, an unknown tag): plain fields. */
class WideToken extends FlaggedToken implements Token {
  constructor(
    flags: number, readonly i: number, readonly sent: number, readonly k: number, readonly text: string, readonly start: number,
    readonly end: number, readonly norm: string, readonly lemma: string, readonly pos: string,
  ) { super(flags); }
}

/**
 * Every Token is made here, so that they share one hidden class (two, with the rare wide kind) and code that reads
 * tokens stays monomorphic (a copy made with object spread had another shape and sent the diff back to the
 * interpreter again and again). A document of 30,000 sentences holds close to a million tokens a side, so their
 * size counts: seven fields, 88 bytes.
 */
export function makeToken(i: number, sent: number, k: number, text: string, start: number, end: number, norm: string, lemma: string,
  pos: string, isWord: boolean, isPunct: boolean, content: boolean, quoted: boolean, negScope: boolean, negCue: boolean): Token {
  const flags = (isWord ? WORD : 0) | (isPunct ? PUNCT : 0) | (content ? CONTENT : 0) | (quoted ? QUOTED : 0) |
    (negScope ? NEG_SCOPE : 0) | (negCue ? NEG_CUE : 0);
  const p = posId(pos);
  if (p >= 0 && i >= 0 && i < MAX_I && k >= 0 && k < MAX_K && Number.isInteger(i) && Number.isInteger(k)) {
    return new PackedToken(flags | (p << POS_SHIFT) | (i << I_SHIFT) | (k << K_SHIFT), sent, text, start, end, norm, lemma);
  }
  return new WideToken(flags, i, sent, k, text, start, end, norm, lemma, pos);
}

/** The integer a token of the packed kind keeps its flags, tag and positions in; -1 for a token of the wide kind. */
export const packedBits = (t: Token): number => (t instanceof PackedToken ? PackedToken.packedOf(t) : -1);

/** A token of the packed kind made again from what packedBits gave and its other fields: the same token. */
export function packedToken(bits: number, sent: number, text: string, start: number, end: number, norm: string, lemma: string): Token {
  return new PackedToken(bits, sent, text, start, end, norm, lemma);
}

/** The same token at another position k of a flattened group. */
export function tokenAt(t: Token, k: number): Token {
  return makeToken(t.i, t.sent, k, t.text, t.start, t.end, t.norm, t.lemma, t.pos, t.isWord, t.isPunct, t.content, t.quoted, t.negScope, t.negCue);
}

/** Whether PHRASE starts at token k, word by word on lemmas or on surface forms. */
/** A straight or curly quotation mark standing alone as a token. */
export const QUOTE_MARK = /^["'\u201C\u201D\u2018\u2019]$/;

export function phraseAt(toks: readonly { lemma: string; norm: string }[], k: number, phrase: readonly string[], on: 'lemma' | 'norm' = 'lemma'): boolean {
  for (let i = 0; i < phrase.length; i++) if (toks[k + i]?.[on] !== phrase[i]) return false;
  return true;
}
