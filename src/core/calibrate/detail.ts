// A detail dropped from an aligned sentence whose claim stays: a day or date ("on Friday"), a title
// ("Treasurer Jim Chalmers" -> "Jim Chalmers") or part of a name the copy still gives ("Vanessa Feltz" -> "Feltz").
// (A name replaced by a pronoun is not among them: on the public sets that is as often a dropped participant.)
// The omission check cannot
// tell these from a dropped participant, place or amount, so they are graded here: minor, with the reason.
import { foldChars } from '../fold.js';
import { reason, regrade, sentencesOf, type CalibrationContext, type Step } from './context.js';
import type { Finding } from '../types.js';

const DATE_VALUE = /^(weekday|month|date|time|year):/;
const inside = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const wordsOf = (s: string) => foldChars(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function whyDetail(f: Finding, ctx: CalibrationContext): string | null {
  const ref = sentencesOf(ctx.ref, f.reference), sus = sentencesOf(ctx.sus, f.suspect);
  if (!f.reference || !sus.length) return null;
  const span = f.reference.span;
  const dropped = wordsOf(f.reference.text);
  const numbers = ref.flatMap((s) => s.numbers).filter((n) => inside(n.span, span));
  if (numbers.length && numbers.every((n) => DATE_VALUE.test(n.value))) return 'date-detail';
  const content = dropped.filter((w) => !/^(on|in|at|of|the|a|an|by|for|from|to|with|last|this|next|early|late)$/.test(w));
  if (!content.length) return null;
  if (content.every((w) => ctx.lex.titleWords.has(w))) return 'title-detail';
  if (numbers.length) return null;
  const susWords = new Set(sus.flatMap((s) => s.tokens.map((t) => t.norm)));
  // The rest of the name is still there: "Vanessa Feltz" / "Feltz".
  const names = ref.flatMap((s) => s.names).filter((n) => inside(n.span, span));
  if (names.some((n) => n.parts.some((p) => !content.includes(p) && susWords.has(p)))) return 'name-part';
  return null;
}

export const detail: Step = (findings, ctx) => findings.map((f) => {
  if (f.rule !== 'omission.content' || f.severity === 'minor') return f;
  const why = whyDetail(f, ctx);
  return why ? regrade(f, 'minor', reason(ctx, why)) : f;
});
