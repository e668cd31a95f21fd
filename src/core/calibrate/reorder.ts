// A speaker named with the same words in another order ("State Police Colonel Roland Butler" / "Colonel Roland
// Butler of the State Police") is the same speaker: the attribution check's finding is a restatement.
import { foldChars } from '../fold.js';
import { reason, regrade, type Step } from './context.js';

/** The words of a source phrase, its reporting verb left out ("said" / "stated" say the same here). */
const wordSet = (s: string, verbs: Set<string>, fillers: Set<string>) => new Set((foldChars(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  .filter((w) => w.length > 2 && !fillers.has(w) && !verbs.has(w) && !verbs.has(w.replace(/(?:ed|d|s)$/, ''))));

export const reorder: Step = (findings, ctx) => findings.map((f) => {
  if (f.kind !== 'attribution' || f.severity === 'minor' || !f.reference || !f.suspect) return f;
  const a = wordSet(f.reference.text, ctx.lex.reportingVerbs, ctx.lex.orderFillers), b = wordSet(f.suspect.text, ctx.lex.reportingVerbs, ctx.lex.orderFillers);
  if (a.size < 2 || a.size !== b.size || [...a].some((w) => !b.has(w))) return f;
  return regrade(f, 'minor', reason(ctx, 'same-words'));
});
