// Triggers: cheap tests on a pair's tokens that tell a check the sentence analysis cannot hold what it looks for,
// so that it need not be worked out. Each is a necessary condition of what src/core/analysis/analyse.ts builds:
// when a trigger is absent, reading the analysis would have found nothing, so skipping it changes no finding.
import { isParticiple } from './analysis/analyse.js';
import type { Lexicons } from './lexicons.js';
import type { Side } from './pair.js';

const firstWords = new WeakMap<string[][], Set<string>>();

/** The first words of a list of phrases, as a set, made once per list. */
function firstWordsOf(phrases: string[][]): Set<string> {
  let s = firstWords.get(phrases);
  if (!s) {
    s = new Set(phrases.map((p) => p[0]!));
    firstWords.set(phrases, s);
  }
  return s;
}

/** Whether the side may hold a condition clause: it has the first word of a condition marker ("if", "unless", "in case"). */
export function mayHoldCondition(side: Side, lex: Lexicons): boolean {
  const first = firstWordsOf(lex.structure.conditionMarkers);
  return side.tokens.some((t) => first.has(t.norm));
}

/** Whether the side may hold a belief frame: a verb of belief ("thought", "hoped") is the lemma of one of its words. */
export function mayHoldBelief(side: Side, lex: Lexicons): boolean {
  return side.tokens.some((t) => lex.structure.beliefVerbs.has(t.lemma));
}

/**
 * Whether tokens up to position K of sentence SENT (side positions) may lie inside a relative or participial
 * clause: such a clause starts at a relative pronoun ("who", "which") or at a participle ("the official briefed
 * by ..."), so one of them must stand at or before K in the same sentence.
 */
export function mayEmbed(side: Side, sent: number, k: number, lex: Lexicons): boolean {
  const toks = side.tokens;
  for (let j = Math.min(k, toks.length - 1); j >= 0; j--) {
    const t = toks[j]!;
    if (t.sent !== sent) break;
    if (lex.relativePronouns.has(t.norm) || isParticiple(t, lex)) return true;
  }
  return false;
}
