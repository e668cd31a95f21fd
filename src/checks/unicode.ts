// unicode: characters a reader cannot see that the copy has and the reference does not: zero-width
// characters, bidirectional controls, and words that mix Latin with Cyrillic or Greek letters (homoglyphs).
import type { Check } from '../core/check.js';
import { sentenceEvidence, spanEvidence } from '../core/pair.js';

const INVISIBLE = /[\u200B-\u200D\u2060\u2061-\u2064\uFEFF\u00AD\u180E]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const MIXED_WITH = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

export function hiddenCharacters(text: string, start: number, end: number): { span: [number, number]; what: string }[] {
  const out: { span: [number, number]; what: string }[] = [];
  const slice = text.slice(start, end);
  for (const [re, what] of [[INVISIBLE, 'zero-width character'], [BIDI, 'bidirectional control']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) out.push({ span: [start + m.index, start + m.index + m[0].length], what: `${what} U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Only a sentence with a Cyrillic or Greek letter somewhere can have a word that mixes scripts.
  const mixed = MIXED_WITH.test(slice);
  while (mixed && (m = WORD.exec(slice))) {
    if (LATIN.test(m[0]) && MIXED_WITH.test(m[0])) out.push({ span: [start + m.index, start + m.index + m[0].length], what: `word mixing Latin with Cyrillic or Greek letters` });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

export const unicode: Check = (ctx, emit) => {
  if (!ctx.sus.sentences.length) return;
  const refKinds = new Set<string>();
  for (const s of ctx.ref.sentences) for (const h of hiddenCharacters(ctx.refText, s.start, s.end)) refKinds.add(h.what);
  for (const s of ctx.sus.sentences) {
    for (const h of hiddenCharacters(ctx.susText, s.start, s.end)) {
      if (refKinds.has(h.what)) continue;
      // Widen to the word around an invisible character so the reader can find it.
      let [a, b] = h.span;
      while (a > s.start && /\S/.test(ctx.susText[a - 1]!)) a--;
      while (b < s.end && /\S/.test(ctx.susText[b]!)) b++;
      emit('unicode.hidden', {
        reference: ctx.ref.sentences.length ? sentenceEvidence(ctx.ref) : null,
        suspect: spanEvidence(ctx.sus, [a, b]),
        vars: { what: h.what },
      });
    }
  }
};
