// Shallow clause reading shared by the role and attribution checks: who is the subject of a verb,
// what it acts on, and whether it is passive. Works on wink-nlp's part-of-speech tags only.
import type { SideToken } from '../core/diff.js';
import { endingOf, type Lexicons } from '../core/lexicons.js';
import type { Side } from '../core/pair.js';

export type Ent = Side['entities'][number];

const BOUNDARY = /^[,;:()\u2014\u2013"'\u201C\u201D]$|^-$/;

const entityMaps = new WeakMap<Side, Map<number, Ent>>();

/** Token position -> entity mention covering it, built once per side of a pair. */
export function entityAt(side: Side): Map<number, Ent> {
  let m = entityMaps.get(side);
  if (!m) {
    m = new Map();
    for (const e of side.entities) for (let k = e.k0; k <= e.k1; k++) m.set(k, e);
    entityMaps.set(side, m);
  }
  return m;
}

export function isPassive(toks: SideToken[], k: number, lex: Lexicons): boolean {
  const v = toks[k]!;
  if (v.pos !== 'VERB' || v.norm === v.lemma || endingOf(v.norm, lex.endings.gerund)) return false;
  let j = k - 1;
  while (j >= 0 && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART' && !lex.infinitiveMarkers.has(toks[j]!.norm))) j--;
  return j >= 0 && lex.passiveAuxiliaries.has(toks[j]!.lemma) && toks[j]!.sent === v.sent;
}

/** Nearest entity before the verb in its clause, passing over auxiliaries, adverbs and catenative verbs ("continued to be"). */
export function subjectOf(side: Side, k: number, ents: Map<number, Ent>, lex: Lexicons): Ent | null {
  const toks = side.tokens;
  const v = toks[k]!;
  for (let j = k - 1, steps = 0; j >= 0 && steps < 12; j--, steps++) {
    const t = toks[j]!;
    if (t.sent !== v.sent) return null;
    const e = ents.get(j);
    if (e) return e;
    if (BOUNDARY.test(t.norm) || t.pos === 'SCONJ' || lex.complementizers.has(t.norm) || lex.relativePronouns.has(t.norm)) return null;
    if (t.pos === 'VERB' && !(lex.catenative.has(t.lemma) && lex.infinitiveMarkers.has(toks[j + 1]?.norm ?? ''))) return null;
  }
  return null;
}

/** First entity after the verb in its clause: the object ("told Netanyahu", "called Netanyahu's approach"). */
export function objectOf(side: Side, k: number, ents: Map<number, Ent>, lex: Lexicons, maxSteps = 6): Ent | null {
  const toks = side.tokens;
  const v = toks[k]!;
  for (let j = k + 1, steps = 0; j < toks.length && steps < maxSteps; j++, steps++) {
    const t = toks[j]!;
    if (t.sent !== v.sent) return null;
    const e = ents.get(j);
    if (e) return e;
    if (BOUNDARY.test(t.norm) || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'AUX' || lex.complementizers.has(t.norm) || lex.passiveAgentPreps.has(t.norm)) return null;
  }
  return null;
}

/** The agent named by "by X" after a passive verb. */
export function byAgent(side: Side, k: number, ents: Map<number, Ent>, lex: Lexicons): Ent | null {
  const toks = side.tokens;
  for (let j = k + 1; j < Math.min(toks.length, k + 4); j++) {
    if (lex.passiveAgentPreps.has(toks[j]!.norm)) return objectOf(side, j, ents, lex, 5);
    if (BOUNDARY.test(toks[j]!.norm)) return null;
  }
  return null;
}

/**
 * A participant named only by a common noun ("the agency", "the state's environmental agency"): its head, keyed by
 * its lemma like a name is by its surname, so "Police arrested ..." (tagged as a name) and "... arrested police" meet.
 */
export interface NounHead { key: string; k0: number; k1: number }

const NP_INSIDE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/** For a verb without a named subject: the nearest noun before it in its clause ("the agency sued" -> agency). */
export function subjectNoun(side: Side, k: number, lex: Lexicons): NounHead | null {
  const toks = side.tokens;
  const v = toks[k]!;
  for (let j = k - 1, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const t = toks[j]!;
    if (t.sent !== v.sent || BOUNDARY.test(t.norm) || t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'ADP' || lex.complementizers.has(t.norm)) return null;
    if (t.pos === 'NOUN') return { key: t.lemma, k0: j, k1: j };
    if (t.pos === 'VERB' && !(lex.catenative.has(t.lemma) && lex.infinitiveMarkers.has(toks[j + 1]?.norm ?? ''))) return null;
  }
  return null;
}

/** For a verb without a named object: the head (last noun) of the noun phrase right after it ("sued the agency"). */
export function objectNoun(side: Side, k: number): NounHead | null {
  const toks = side.tokens;
  const v = toks[k]!;
  let head: NounHead | null = null;
  for (let j = k + 1; j < toks.length && j <= k + 6; j++) {
    const t = toks[j]!;
    if (t.sent !== v.sent || !NP_INSIDE.has(t.pos) || (t.pos === 'PART' && !/^'s?$/.test(t.norm))) break;
    if (t.pos === 'NOUN') head = { key: t.lemma, k0: j, k1: j };
  }
  return head;
}
