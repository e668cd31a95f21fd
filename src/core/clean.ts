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
    let body = foldSameLength(text.slice(start, end));
    let dropped = false;
    // Page furniture is short; long lines are article text and are never run through the patterns.
    for (const b of end - start > MAX_FURNITURE_LINE ? [] : lex.boilerplate) {
      if (b.prefix) {
        const pm = b.re.exec(body);
        if (pm && pm[0].length > 0 && pm[0].length < body.length) {
          furniture.push({ span: [start, start + pm[0].length], rule: b.id });
          start += pm[0].length;
          body = foldSameLength(text.slice(start, end));
        }
      } else if (b.re.test(body)) {
        furniture.push({ span: [start, end], rule: b.id });
        dropped = true;
        break;
      }
    }
    if (!dropped) paragraphs.push({ index: paragraphs.length, start, end });
  }
  return { paragraphs, furniture };
}
