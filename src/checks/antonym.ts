// antonym: a word replaced by its opposite (WordNet pairs plus a curated news list), unless a negation or
// another opposite in the same region balances it.
import type { Check } from '../core/compare.js';
import { evidence } from '../core/pair.js';
import { polarity } from './polarity.js';

export const antonym: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  for (const r of polarity(ctx)) {
    if (!r.flipped || !r.antonyms.length) continue;
    // When a negation cue changed as well, the negation check speaks for the region.
    if ((r.refCues.length + r.susCues.length) % 2 === 1) continue;
    for (const sub of r.antonyms) {
      emit('antonym.substituted', { reference: evidence(ctx.ref, sub.ref), suspect: evidence(ctx.sus, sub.sus), vars: { a: sub.a, b: sub.b } });
    }
  }
};
