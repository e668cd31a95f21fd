// Token construction in one place.
import type { Token } from './types.js';

/**
 * Every Token is made here, so all of them share one hidden class: code that reads tokens stays monomorphic
 * (a copy made with object spread has another shape and sent the diff back to the interpreter again and again).
 */
export function makeToken(i: number, sent: number, k: number, text: string, start: number, end: number, norm: string, lemma: string,
  pos: string, isWord: boolean, isPunct: boolean, content: boolean, quoted: boolean, negScope: boolean, negCue: boolean): Token {
  return { i, sent, k, text, start, end, norm, lemma, pos, isWord, isPunct, content, quoted, negScope, negCue };
}

/** The same token at another position k of a flattened group. */
export function tokenAt(t: Token, k: number): Token {
  return makeToken(t.i, t.sent, k, t.text, t.start, t.end, t.norm, t.lemma, t.pos, t.isWord, t.isPunct, t.content, t.quoted, t.negScope, t.negCue);
}
