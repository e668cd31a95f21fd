// The analyses of the sentences read lately. A sentence's analysis (clauses, phrases, frames) is about as large as
// its tokens and is read only when the sentence is in a pair that is not an exact match, one pair at a time: it is
// worked out on first use and kept for the last RECENT sentences, not for the whole document (at 30,000 sentences
// a side, keeping every analysis cost some 300 MB). It depends only on the tokens and the rule set, so one
// worked out again is the same.
import type { Lexicons } from '../lexicons.js';
import type { Token } from '../types.js';
import { analyse } from './analyse.js';
import type { Analysis } from './types.js';

/** Enough for a seed-sized reference checked against many copies in a batch (each worker keeps its texts). */
export const RECENT = 2048;

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
