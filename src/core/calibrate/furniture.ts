// Page structure (headlines, captions, repeated blocks: segment marks them) is furniture: a headline or caption
// with no counterpart is shown (minor, with the reason), never as a claim, and one set against article text says
// what changed only quietly.
import { reason, regrade, sentencesOf, type Step } from './context.js';

export const furniture: Step = (findings, ctx) => findings.flatMap((f) => {
  const rs = sentencesOf(ctx.ref, f.reference), ss = sentencesOf(ctx.sus, f.suspect);
  const all = (list: typeof rs) => list.length > 0 && list.every((s) => s.structure);
  // Shown, as furniture: never louder than minor, whatever it holds.
  if ((f.kind === 'omission' && all(rs) && (!f.suspect || all(ss))) || (f.kind === 'addition' && all(ss) && (!f.reference || all(rs)))) return [regrade(f, 'minor', reason(ctx, 'furniture'))];
  const pair = ctx.alignment[f.pair];
  if (!pair || !pair.reference.length || !pair.suspect.length) return [f];
  const side = (doc: typeof ctx.ref, ix: number[]) => ix.every((i) => doc.sentences[i]?.structure);
  if (side(ctx.ref, pair.reference) || side(ctx.sus, pair.suspect)) return [regrade(f, 'minor', reason(ctx, 'headline-pair'))];
  return [f];
});
