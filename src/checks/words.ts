// Small word-level equivalences shared by the checks.
import type { Lexicons } from '../core/lexicons.js';

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
