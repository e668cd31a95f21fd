// clean: split into paragraphs (line breaks) and drop page furniture by rules/lexicon/boilerplate.yaml patterns.
import { foldSameLength } from './fold.js';
import type { Lexicons } from './lexicons.js';
import type { Span } from './types.js';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Cleaned {
  paragraphs: Paragraph[];
  furniture: { span: Span; rule: string }[];
}

const TRIM_LEFT = /^[\s\u00A0\uFEFF\u200B]+/u;
const TRIM_RIGHT = /[\s\u00A0\uFEFF\u200B]+$/u;

export const MAX_FURNITURE_LINE = 400;

/** Runs of white space read as one space: a doubled space inside "Skip to  content" must not hide the furniture. */
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** How many characters of s make the first n characters of collapse(s). */
function uncollapsedLength(s: string, n: number): number {
  let i = 0;
  for (let j = 0; j < n && i < s.length; j++) {
    if (/\s/.test(s[i]!)) while (i < s.length && /\s/.test(s[i]!)) i++;
    else i++;
  }
  return i;
}

export function clean(text: string, lex: Lexicons): Cleaned {
  const paragraphs: Paragraph[] = [];
  const furniture: { span: Span; rule: string }[] = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    const raw = m[0];
    const lead = TRIM_LEFT.exec(raw)?.[0].length ?? 0;
    const trail = TRIM_RIGHT.exec(raw)?.[0].length ?? 0;
    if (lead === raw.length) continue;
    let start = m.index + lead;
    const end = m.index + raw.length - trail;
    // Page furniture is short; long lines are article text and are never run through the whole-line patterns.
    // The length counts white space runs as one space, as the patterns see the line. A prefix (a wire dateline,
    // "WASHINGTON (Reuters) - ") opens a long paragraph as often as a short one: it is looked for in the
    // line's first characters, whatever its length.
    const head = (from: number) => foldSameLength(text.slice(from, Math.min(end, from + MAX_FURNITURE_LINE)));
    let raw0 = head(start);
    let body = collapse(raw0);
    // The whole line (what is left of it after a prefix), for the whole-line patterns; null when it is too long.
    const line = () => end - start > 4 * MAX_FURNITURE_LINE ? null : collapse(foldSameLength(text.slice(start, end)));
    let dropped = false;
    let full: string | null | undefined;
    for (const b of lex.boilerplate) {
      if (b.prefix) {
        const pm = b.re.exec(body);
        if (pm && pm[0].length > 0 && start + uncollapsedLength(raw0, pm[0].length) < end) {
          const len = uncollapsedLength(raw0, pm[0].length);
          furniture.push({ span: [start, start + len], rule: b.id });
          start += len;
          raw0 = head(start);
          body = collapse(raw0);
          full = undefined;
        }
      } else {
        if (full === undefined) full = line();
        if (full === null || full.length > MAX_FURNITURE_LINE || !b.re.test(full)) continue;
        furniture.push({ span: [start, end], rule: b.id });
        dropped = true;
        break;
      }
    }
    if (!dropped) paragraphs.push({ index: paragraphs.length, start, end });
  }
  return { paragraphs, furniture };
}
