// Small word-level equivalences shared by the checks.
import type { SideToken } from '../core/diff.js';
import { byFirstWord, shareSynset, synsets, type Lexicons } from '../core/lexicons.js';

/** Same word family: "region"/"regional", "uncontrollable"/"uncontrolled", "succeed"/"successful"? (no: 'succe' is 5). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k >= 5 && k >= 0.75 * n;
}

/** "Iranian" and "Iran", "American" and "US": the same place. */
export function samePlace(lex: Lexicons, a: string, b: string): boolean {
  const ka = lex.places.get(a), kb = lex.places.get(b);
  return !!ka && ka === kb;
}

/** T's word, a word of its family or a synonym is among WORDS: what T says is still said there. */
export function echoedIn(lex: Lexicons, words: SideToken[], t: SideToken): boolean {
  // T's synonym sets are looked up once, not once per word; a word without any has no synonym to find.
  const mine = synsets(lex, t.lemma);
  for (const u of words) {
    if (u.lemma === t.lemma || sameStem(u.lemma, t.lemma)) return true;
    if (mine.length && shareSynset(synsets(lex, u.lemma), mine)) return true;
  }
  return false;
}

/**
 * A lone word that opens its sentence, which wink tags as a proper noun when it is capitalised ("Police
 * arrested", "Little information"): the token, if the entity is one.
 */
export function loneOpening(toks: SideToken[], e: { k0: number; k1: number; place: boolean }): SideToken | null {
  if (e.place || e.k0 !== e.k1) return null;
  const t = toks[e.k0]!;
  return toks.find((x) => x.sent === t.sent && x.isWord) === t ? t : null;
}

/** A verb that reports what someone said ("said", "told", "warned"; reporting.yaml verbs). */
export const isReportingVerb = (lex: Lexicons, t: { pos: string; lemma: string }) => t.pos === 'VERB' && lex.reportingVerbs.has(t.lemma);

/** The first word of a phrase that names a source ("according" of "according to", "citing"; reporting.yaml sources). */
export const opensSourcePhrase = (lex: Lexicons, t: { norm: string }) => byFirstWord(lex.sourcePhrases, (p: string[]) => p).has(t.norm);
