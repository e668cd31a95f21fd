// addition: a suspect sentence with no counterpart in the reference, or a place, name or number inserted
// into an aligned sentence that the reference sentence does not have.
import type { Check } from '../core/check.js';
import { evidence, sentenceEvidence } from '../core/pair.js';
import { endsSentence } from '../core/segment.js';
import type { Sentence } from '../core/types.js';
import { docIndex, gramsOf } from '../core/docindex.js';
import type { SideToken } from '../core/diff.js';
import { endingOf, type Lexicons } from '../core/lexicons.js';
import { carriesClaim, droppedClauses, droppedMentions, hasOwnNumber, pendingNote } from './omission.js';
import { droppedParts } from './parts.js';
import { isReportingVerb } from './words.js';

/**
 * A full statement about someone the reference names ("Meridian's chief executive resigned"): a claim about the
 * story's own people that the reference never made, not a caption, credit or stray fragment.
 */
function statesAboutReferenceName(s: Sentence, doc: Sentence[]): boolean {
  if (s.furnitureLike || !endsSentence(s.text) || !s.tokens.some((t) => t.pos === 'VERB')) return false;
  const ix = docIndex(doc);
  if (!s.names.some((n) => n.text.length > 1 && ix.names.has(n.text))) return false;
  // Words the reference already has, as they stand ("Kirby told CNN's Jake Tapper."), repeat it: no new claim.
  const grams = gramsOf(s.folded);
  return !(grams.length > 0 && grams.every((g) => ix.grams.has(g)));
}

/**
 * "Critics say the agency ignored warnings for years": a statement the copy puts in the mouth of a source named
 * by a noun (not "he added", which goes on from what is there), with a clause of its own after the verb ("Kirby
 * told CNN." states nothing), is a claim the reference never reported.
 */
function attributedStatement(s: Sentence, lex: Lexicons): boolean {
  if (s.furnitureLike || !endsSentence(s.text)) return false;
  return s.tokens.some((t, i) => isReportingVerb(lex, t) && !endingOf(t.norm, lex.endings.gerund) &&
    (s.tokens[i - 1]?.pos === 'NOUN' || s.tokens[i - 1]?.pos === 'PROPN') && s.tokens.some((u) => u.i > i && u.pos === 'VERB'));
}

export const addition: Check = (ctx, emit) => {
  if (ctx.sus.sentences.length && !ctx.ref.sentences.length) {
    const major = ctx.sus.sentences.some((s) => carriesClaim(s, ctx.lex) || (!pendingNote(s, ctx.lex) && (statesAboutReferenceName(s, ctx.refDoc) || attributedStatement(s, ctx.lex))));
    emit(major ? 'addition.claim' : 'addition.sentence', { reference: null, suspect: sentenceEvidence(ctx.sus) });
    return;
  }
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  // With a number only the reference has, a new number of the copy replaced it (the number check's finding).
  const replaced = hasOwnNumber(ctx, 'ref');
  const reported: SideToken[] = [];
  for (const d of droppedMentions(ctx, 'sus', true)) {
    if (d.toks.every((t) => /\d/.test(t.norm)) && replaced) continue;
    reported.push(...d.toks);
    emit('addition.content', { reference: sentenceEvidence(ctx.ref), suspect: evidence(ctx.sus, d.toks), vars: { what: d.what } });
  }
  const min = Number(ctx.rules.settings.get('addition')?.minClauseWords ?? 3);
  for (const toks of droppedClauses(ctx, min, 'sus')) {
    if (toks.some((t) => reported.includes(t))) continue;
    reported.push(...toks);
    emit('addition.clause', { reference: sentenceEvidence(ctx.ref), suspect: evidence(ctx.sus, toks), vars: { what: toks.map((t) => t.text).join(' ') } });
  }
  for (const p of droppedParts(ctx, 'sus')) {
    if (p.toks.some((t) => reported.includes(t))) continue;
    emit(p.colour ? 'addition.colour' : 'addition.part', {
      reference: sentenceEvidence(ctx.ref), suspect: evidence(ctx.sus, p.toks), vars: { what: p.toks.map((t) => t.text).join(' '), part: p.what },
    });
  }
};
