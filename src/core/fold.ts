// Folding for comparison only: the text as read is never changed, offsets keep pointing into it.

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

const FOLDABLE = /[`\u0080-\uffff]/;

/** Fold typography that must not count as a difference; keeps the string's meaning, not its length. */
export function foldChars(s: string): string {
  // Every character folded is past ASCII but the backtick: most strings have none and are returned as they are.
  if (!FOLDABLE.test(s)) return s;
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, (c) => QUOTES[c] ?? c)
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '');
}

/** The same folding, one code unit for one, so offsets found in the result hold in the original. */
export function foldSameLength(s: string): string {
  if (!FOLDABLE.test(s)) return s;
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, (c) => QUOTES[c] ?? c)
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}

/** Folded, lower-cased form of one token; dots inside acronyms go ("U.S." -> "us"). */
export function foldToken(s: string, spelling?: Map<string, string>): string {
  // Most tokens are plain ASCII words: nothing to fold but the case.
  // Accents and the German sharp s do not make another word ("Guaraní" / "Guarani", "Talstraße" / "Talstrasse").
  let t = /^[\x21-\x7e]*$/.test(s) ? s.toLowerCase() : foldChars(s).toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').normalize('NFKC');
  if (/^([a-z]\.){2,}$/.test(t) || /^([a-z]\.)+[a-z]$/.test(t)) t = t.replace(/\./g, '');
  return spelling?.get(t) ?? t;
}

/**
 * White space runs as one space: the same as s.replace(/\s+/g, ' '), but a string with nothing to change is
 * returned as it is. A global replace builds its result out of many pieces (about 2 KB kept for one sentence
 * in V8), which keys and messages that live as long as a report must not hold on to.
 */
export function squashSpaces(s: string): string {
  return /[^\S ]|\s{2,}/.test(s) ? s.split(/\s+/).join(' ') : s;
}

/** One part of a contraction split into its full form: its text (a piece of the token), lemma and part of speech. */
export interface ContractionPart { text: string; lemma: string; pos: string }

/**
 * The parts of a contraction written as one token ("didnt" -> "did" + "nt", "cannot" -> "can" + "not",
 * contractions.yaml), or null. The parts' texts spell the token, so their offsets partition its span.
 */
export function contractionParts(token: string, table: Map<string, ContractionPart[]>): ContractionPart[] | null {
  if (token.length < 3 || token.length > 8) return null;
  const parts = table.get(foldChars(token).toLowerCase());
  return parts && parts.reduce((n, p) => n + p.text.length, 0) === token.length ? parts : null;
}
