// addition: a suspect sentence with no counterpart in the reference, or a place, name or number inserted
// into an aligned sentence that the reference sentence does not have.
import type { Check } from '../core/compare.js';
import { evidence, sentenceEvidence } from '../core/pair.js';
import type { Sentence } from '../core/types.js';
import { carriesClaim, droppedMentions } from './omission.js';

const TERMINAL = /[.!?]["'\u201D\u2019)]*$/;

/**
 * A full statement about someone the reference names ("Meridian's chief executive resigned"): a claim about the
 * story's own people that the reference never made, not a caption, credit or stray fragment.
 */
function statesAboutReferenceName(s: Sentence, refText: string): boolean {
  const text = s.text.trim();
  if (s.furnitureLike || !TERMINAL.test(text) || !s.tokens.some((t) => t.pos === 'VERB')) return false;
  // Words the reference already has, as they stand ("Kirby told CNN's Jake Tapper."), repeat it: no new claim.
  if (refText.includes(text.replace(/[.!?"'\u201D\u2019)]+$/, ''))) return false;
  return s.names.some((n) => n.text.length > 1 && refText.includes(n.text));
}

export const addition: Check = (ctx, emit) => {
  if (ctx.sus.sentences.length && !ctx.ref.sentences.length) {
    const major = ctx.sus.sentences.some((s) => carriesClaim(s) || statesAboutReferenceName(s, ctx.refText));
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
