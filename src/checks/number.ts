// number: counts, amounts, percentages and dates that differ between the aligned sentences.
// "more than 300" = "over 300" (same comparator), formatting is ignored (values are normalised).
import type { Check } from '../core/compare.js';
import { spanEvidence } from '../core/pair.js';
import type { NumberMention } from '../core/types.js';

// Values are normalised by mentions.ts: "date:…", "300%", "€25" (a currency sign from rules/ in front), "2nd".
const kindOf = (v: string) => (v.includes(':') ? v.slice(0, v.indexOf(':')) : /%$/.test(v) ? 'percent' : /^[^\d.]/.test(v) ? 'money' : /\d(st|nd|rd|th)$/.test(v) ? 'ordinal' : 'count');

export const number: Check = (ctx, emit) => {
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  const refN: NumberMention[] = ctx.ref.sentences.flatMap((s) => s.numbers);
  const susN: NumberMention[] = ctx.sus.sentences.flatMap((s) => s.numbers);
  const refLeft = [...refN], susLeft = [...susN];
  // Same value: matched; a different comparator is a smaller change.
  for (const r of refN) {
    const k = susLeft.findIndex((s) => s.value === r.value);
    if (k < 0) continue;
    const s = susLeft[k]!;
    susLeft.splice(k, 1);
    refLeft.splice(refLeft.indexOf(r), 1);
    if (s.cmp !== r.cmp) {
      // "more than 200" against "fewer than 200" bounds the number the other way: not a nuance.
      const reversed = (r.cmp === '>' && s.cmp === '<') || (r.cmp === '<' && s.cmp === '>');
      emit(reversed ? 'number.direction' : 'number.qualifier', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, s.span) });
    }
  }
  // What is left on both sides, of the same kind, is a changed value.
  for (const r of refLeft) {
    const k = susLeft.findIndex((s) => kindOf(s.value) === kindOf(r.value));
    if (k < 0) continue;
    const s = susLeft.splice(k, 1)[0]!;
    emit('number.changed', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, s.span) });
  }
};
