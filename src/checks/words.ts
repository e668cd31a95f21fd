// Small word-level equivalences shared by the checks.
import type { SideToken } from '../core/diff.js';
import stringSimilarity from 'string-similarity';
import { byFirstWord, shareSynset, synsets, type Lexicons } from '../core/lexicons.js';
import { foldChars } from '../core/fold.js';
import { lexicon, type RuleSet } from '../core/rules.js';

/** A name folded for comparison: no accents, lower case, no spaces, apostrophes, dots or hyphens. */
export const foldName = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/[\s'’.-]/g, '');

/**
 * How two differing name parts relate: 'same' written otherwise (case, accents, spacing), 'typo' (one letter
 * changed, added, dropped or two swapped in a word of four or more letters: "McCormick" / "McCormack"), else
 * 'other' (another name: "Hillary" / "Lindsey").
 */
export function nameChange(a: string, b: string): 'same' | 'typo' | 'other' {
  const x = foldName(a), y = foldName(b);
  if (x === y) return 'same';
  if (Math.min(x.length, y.length) >= 4 && editDistanceAtMostOne(x, y)) return 'typo';
  // A short name with a letter more or less is the name spelt another way ("Jon" / "John", "Ann" / "Anne"); one
  // letter changed is another name ("Tom" / "Tim").
  if (Math.min(x.length, y.length) === 3 && x.length !== y.length && editDistanceAtMostOne(x, y)) return 'typo';
  // A name spelt another way or cut short keeps its start ("Artjom" / "Artem", "Erdo" / "Erdugan").
  if (x.length >= 3 && y.length >= 3 && x.slice(0, 3) === y.slice(0, 3)) return 'typo';
  return stringSimilarity.compareTwoStrings(x, y) >= 0.75 ? 'typo' : 'other';
}

/**
 * The word at K is one part of a hyphenated compound ("winner-take-all", "al-Sadr"): a hyphen written tight
 * against it and against a word on its other side.
 */
export function hyphenJoined(toks: SideToken[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  const before = toks[k - 1], w0 = toks[k - 2], after = toks[k + 1], w1 = toks[k + 2];
  const hyphen = (h: SideToken | undefined, w: SideToken | undefined) => !!h && !!w && h.norm === '-' && w.isWord && h.sent === t.sent && w.sent === t.sent;
  return (hyphen(before, w0) && w0!.end === before!.start && before!.end === t.start) ||
    (hyphen(after, w1) && t.end === after!.start && after!.end === w1!.start);
}

/** One substitution, insertion, deletion or swap of two neighbouring letters turns X into Y. */
export function editDistanceAtMostOne(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}


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

/** T's word (in any part of speech: "who is seated" / "a seated woman"), a word of its family or a synonym is among WORDS: what T says is still said there. */
export function echoedIn(lex: Lexicons, words: SideToken[], t: SideToken): boolean {
  // T's synonym sets are looked up once, not once per word; a word without any has no synonym to find.
  const mine = synsets(lex, t.lemma);
  for (const u of words) {
    if (u.lemma === t.lemma || u.norm === t.norm || sameStem(u.lemma, t.lemma)) return true;
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
  // (A capital after a colon opens a clause the same way: "ONE YEAR LATER: Families share ...".)
  const before = toks[e.k0 - 1];
  if (before && before.sent === t.sent && before.text === ':') return t;
  return toks.find((x) => x.sent === t.sent && x.isWord) === t ? t : null;
}

/** A verb that reports what someone said ("said", "told", "warned"; reporting.yaml verbs). */
export const isReportingVerb = (lex: Lexicons, t: { pos: string; lemma: string }) => t.pos === 'VERB' && lex.reportingVerbs.has(t.lemma);

/** The first word of a phrase that names a source ("according" of "according to", "citing"; reporting.yaml sources). */
export const opensSourcePhrase = (lex: Lexicons, t: { norm: string }) => byFirstWord(lex.sourcePhrases, (p: string[]) => p).has(t.norm);

/** Two names of one thing (rules/lexicon/aliases.yaml: "Pentagon" / "Defense Department"), words as lower-case norms. */
export function sameAlias(rules: RuleSet, a: string[], b: string[]): boolean {
  const fold = (w: string[]) => w.map((x) => foldChars(x).toLowerCase()).join(' ');
  const x = fold(a), y = fold(b);
  return x !== y && lexicon<string[][]>(rules, 'aliases').some((g) => g.includes(x) && g.includes(y));
}
