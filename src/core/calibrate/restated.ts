// A sentence left out of the copy (or put into it) whose words the same text says again in a sentence that is
// lined up with the other side: a standfirst repeating the lede, a paragraph a page prints twice. Nothing is lost
// or gained; the finding is shown, minor, with the reason.
import type { Doc, Sentence } from '../types.js';
import { reason, regrade, sentencesOf, type Step } from './context.js';

/** At least this share of the sentence's content words in one other sentence of its text. */
export const RESTATED = 0.9;
/** Sentences with fewer content words than this say too little to tell. */
const MIN_WORDS = 4;

function lined(alignment: { reference: number[]; suspect: number[] }[], side: 'reference' | 'suspect'): Set<number> {
  const out = new Set<number>();
  for (const p of alignment) if (p.reference.length && p.suspect.length) for (const i of p[side]) out.add(i);
  return out;
}

const negations = (s: Sentence) => s.tokens.filter((t) => t.negCue).length;

function restatedIn(doc: Doc, s: Sentence, kept: Set<number>): boolean {
  const words = s.contentLemmas;
  if (words.length < MIN_WORDS) return false;
  return doc.sentences.some((o) => {
    if (o.index === s.index || !kept.has(o.index)) return false;
    const there = new Set(o.contentLemmas);
    if (words.filter((w) => there.has(w)).length < RESTATED * words.length) return false;
    // Not when it says it the other way round or with other numbers ("did not approve" beside "approved").
    const values = new Set(o.numbers.map((n) => n.value));
    return negations(s) === negations(o) && s.numbers.every((n) => values.has(n.value));
  });
}

const WHOLE = new Set(['omission.claim', 'omission.sentence', 'addition.claim', 'addition.sentence']);

export const restated: Step = (findings, ctx) => {
  const keptRef = lined(ctx.alignment, 'reference'), keptSus = lined(ctx.alignment, 'suspect');
  return findings.map((f) => {
    if (!WHOLE.has(f.rule) || f.severityReason) return f;
    const omitted = f.kind === 'omission';
    const doc = omitted ? ctx.ref : ctx.sus;
    const ss = sentencesOf(doc, omitted ? f.reference : f.suspect);
    if (!ss.length || !ss.every((s) => restatedIn(doc, s, omitted ? keptRef : keptSus))) return f;
    return regrade(f, 'minor', reason(ctx, 'restated'));
  });
};
