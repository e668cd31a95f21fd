// A copy that covers only part of the reference (an excerpt, a page cut short) is one finding, "the copy ends
// at ...", at the severity of what the missing part carries; not one omission per sentence. The same for a copy
// that goes on past the end of the reference.
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';
import { makeFinding, rangeEvidence, reason, words, type CalibrationContext, type Step } from './context.js';

/** A tail of at least this many sentences with no counterpart is the text's end, not a few dropped sentences. */
export const MIN_TAIL = 2;

function tail(ctx: CalibrationContext, side: 'reference' | 'suspect'): number {
  const other = side === 'reference' ? 'suspect' : 'reference';
  let i = ctx.alignment.length;
  while (i > 0 && ctx.alignment[i - 1]![other].length === 0) i--;
  return i;
}

function collapse(findings: Finding[], ctx: CalibrationContext, side: 'reference' | 'suspect'): Finding[] {
  const from = tail(ctx, side);
  const pairs = ctx.alignment.slice(from);
  const idx = pairs.flatMap((p) => p[side]);
  const last = ctx.alignment[from - 1];
  if (idx.length < MIN_TAIL || !last || from === 0) return findings;
  const kind = side === 'reference' ? 'omission' : 'addition';
  const inTail = (f: Finding) => f.pair >= from && f.kind === kind;
  const gone = findings.filter(inTail);
  let severity: Severity = 'minor';
  for (const f of gone) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[severity]) severity = f.severity;
  const doc = side === 'reference' ? ctx.ref : ctx.sus;
  const otherDoc = side === 'reference' ? ctx.sus : ctx.ref;
  const lastOther = last[side === 'reference' ? 'suspect' : 'reference'];
  const endAt = otherDoc.sentences[lastOther[lastOther.length - 1]!]!;
  const ev = rangeEvidence(doc, Math.min(...idx), Math.max(...idx));
  const vars = { end: `“${words(endAt.text, 12)}”`, n: idx.length, first: `“${words(doc.sentences[Math.min(...idx)]!.text, 12)}”` };
  const made = side === 'reference'
    ? makeFinding(ctx, 'omission.truncated', from, ev, null, severity, reason(ctx, 'truncated'), vars)
    : makeFinding(ctx, 'addition.continues', from, null, ev, severity, reason(ctx, 'continues'), vars);
  if (!made) return findings;
  const out = findings.filter((f) => !inTail(f));
  out.push(made);
  return out;
}

export const truncated: Step = (findings, ctx) => collapse(collapse(findings, ctx, 'reference'), ctx, 'suspect');
