// antonym: a word replaced by its opposite (WordNet pairs plus a curated news list), unless a negation
// or another opposite on the pair balances it.
import type { Check } from '../core/compare.js';
import { evidence } from '../core/pair.js';
import { polarity } from './polarity.js';

export const antonym: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  const p = polarity(ctx);
  if (!p.flipped || p.antonyms.length === 0) return;
  // When a negation cue changed as well, the negation check speaks for the pair.
  if ((p.refCues.length + p.susCues.length) % 2 === 1) return;
  for (const sub of p.antonyms) {
    emit('antonym.substituted', {
      reference: evidence(ctx.ref, sub.ref),
      suspect: evidence(ctx.sus, sub.sus),
      vars: { a: sub.a, b: sub.b },
    });
  }
};
