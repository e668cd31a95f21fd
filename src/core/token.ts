// Token construction in one place. A document of 10,000 sentences holds some 300,000 tokens, so their size
// counts: the six yes/no features share one small integer, read through getters.
import type { Token } from './types.js';

const WORD = 1, PUNCT = 2, CONTENT = 4, QUOTED = 8, NEG_SCOPE = 16, NEG_CUE = 32;

class PackedToken implements Token {
  constructor(
    readonly i: number, readonly sent: number, readonly k: number, readonly text: string, readonly start: number,
    readonly end: number, readonly norm: string, readonly lemma: string, readonly pos: string, private readonly flags: number,
  ) {}
  get isWord(): boolean { return (this.flags & WORD) !== 0; }
  get isPunct(): boolean { return (this.flags & PUNCT) !== 0; }
  get content(): boolean { return (this.flags & CONTENT) !== 0; }
  get quoted(): boolean { return (this.flags & QUOTED) !== 0; }
  get negScope(): boolean { return (this.flags & NEG_SCOPE) !== 0; }
  get negCue(): boolean { return (this.flags & NEG_CUE) !== 0; }
}

/**
 * Every Token is made here, so all of them share one hidden class and code that reads tokens stays monomorphic
 * (a copy made with object spread had another shape and sent the diff back to the interpreter again and again).
 */
export function makeToken(i: number, sent: number, k: number, text: string, start: number, end: number, norm: string, lemma: string,
  pos: string, isWord: boolean, isPunct: boolean, content: boolean, quoted: boolean, negScope: boolean, negCue: boolean): Token {
  const flags = (isWord ? WORD : 0) | (isPunct ? PUNCT : 0) | (content ? CONTENT : 0) | (quoted ? QUOTED : 0) |
    (negScope ? NEG_SCOPE : 0) | (negCue ? NEG_CUE : 0);
  return new PackedToken(i, sent, k, text, start, end, norm, lemma, pos, flags);
}

/** The same token at another position k of a flattened group. */
export function tokenAt(t: Token, k: number): Token {
  return makeToken(t.i, t.sent, k, t.text, t.start, t.end, t.norm, t.lemma, t.pos, t.isWord, t.isPunct, t.content, t.quoted, t.negScope, t.negCue);
}

/** Whether PHRASE starts at token k, word by word on lemmas or on surface forms. */
export function phraseAt(toks: readonly { lemma: string; norm: string }[], k: number, phrase: readonly string[], on: 'lemma' | 'norm' = 'lemma'): boolean {
  for (let i = 0; i < phrase.length; i++) if (toks[k + i]?.[on] !== phrase[i]) return false;
  return true;
}
