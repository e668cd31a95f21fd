// addition: a suspect sentence with no counterpart in the reference, or a place, name or number inserted
// into an aligned sentence that the reference sentence does not have.
import type { Check } from '../core/compare.js';
import { evidence, sentenceEvidence } from '../core/pair.js';
import { carriesClaim, droppedMentions } from './omission.js';

export const addition: Check = (ctx, emit) => {
  if (ctx.sus.sentences.length && !ctx.ref.sentences.length) {
    const major = ctx.sus.sentences.some(carriesClaim);
    emit(major ? 'addition.claim' : 'addition.sentence', { reference: null, suspect: sentenceEvidence(ctx.sus) });
    return;
  }
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  const refNumbers = new Set(ctx.ref.sentences.flatMap((s) => s.numbers.map((n) => n.value)));
  for (const d of droppedMentions(ctx, 'sus', true)) {
    if (d.toks.every((t) => /\d/.test(t.norm)) && refNumbers.size) continue;
    emit('addition.content', { reference: sentenceEvidence(ctx.ref), suspect: evidence(ctx.sus, d.toks), vars: { what: d.what } });
  }
};
