// The analyses of a long text's sentences read lately. A sentence's analysis (clauses, phrases, frames) is about
// as large as its tokens and is read only when the sentence is in a pair that is not an exact match, one pair at a
// time: for a long text it is worked out on first use and kept for the last RECENT sentences only, not for the
// whole document (at 30,000 sentences a side, keeping every analysis cost some 300 MB). Few enough that an
// analysis dies young: one kept for thousands of sentences outlives two minor collections, is moved to the old
// generation and lies there as garbage until the next full collection (a memory of 2,048 analyses left the
// 30,000-sentence pair's peak where keeping them all had it). It depends only on the tokens and the rule set, so
// one worked out again is the same. A short text's sentences keep theirs (segment.ts).
import type { Lexicons } from '../lexicons.js';
import type { Token } from '../types.js';
import { analyse } from './analyse.js';
import type { Analysis } from './types.js';

/** Far more than the sentences of one aligned pair (at most six), which its checks read in turn. */
export const RECENT = 64;

const recent = new Map<object, Analysis>();

/** The analysis of the sentence KEY (its TOKENS read with LEX), remembered for the last RECENT sentences asked for. */
export function analysisOf(key: object, tokens: Token[], lex: Lexicons): Analysis {
  let a = recent.get(key);
  if (a !== undefined) {
    // Most recently used last.
    recent.delete(key);
  } else {
    a = analyse(tokens, lex);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, a);
  return a;
}
