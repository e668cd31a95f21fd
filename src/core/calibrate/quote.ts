// A reworded quotation graded by what changed inside it: a negation, a number or a name makes it major; an
// altered one stays major for a modal or booster (intensifier), a describing (evaluative) word of another sense
// or a word cut with nothing in its place; a word replaced by
// another (a synonym the lexicon may not know, a translation's choice) or words reordered is minor. The quote
// check finds the change; this step says how much it weighs.
import { modalCues } from '../../checks/modal-cues.js';
import { joinedWith, misspelt, negationShift, sameMonth } from '../../checks/quote.js';
import { isReportingVerb, sameStem } from '../../checks/words.js';
import { diffTokens } from '../diff.js';
import { areSynonyms } from '../lexicons.js';
import { tokenAt } from '../token.js';
import type { Evidence, Finding, Token } from '../types.js';
import { reason, regrade, sentencesOf, type CalibrationContext, type Step } from './context.js';

/**
 * The words of an evidence span: its quoted words where it has any (a quotation cut in two by its attribution
 * is read without the attribution), else all of them.
 */
function quoted(ctx: CalibrationContext, side: 'ref' | 'sus', e: Evidence): Token[] {
  const toks = sentencesOf(ctx[side], e).flatMap((s) => s.tokens).filter((t) => t.start >= e.span[0] && t.end <= e.span[1]);
  const q = toks.filter((t) => t.quoted);
  return (q.some((t) => t.isWord) ? q : toks.filter((t) => t.isWord)).map((t, k) => tokenAt(t, k));
}

/** The words of an evidence's sentences outside quotation marks. */
const narration = (ctx: CalibrationContext, side: 'ref' | 'sus', e: Evidence) => sentencesOf(ctx[side], e).flatMap((s) => s.tokens).filter((t) => !t.quoted);

/**
 * What changed between the two quotations: 'fact' for a negation, a number or a name (enough to make a reworded
 * quote major), 'sense' for a modal or booster, a describing word of another sense or a word cut with nothing in
 * its place (enough to keep an altered quote major), else null (synonyms, reordering).
 */
export function quoteChange(ctx: CalibrationContext, f: Finding): 'fact' | 'sense' | null {
  const lex = ctx.lex;
  const r = quoted(ctx, 'ref', f.reference!), s = quoted(ctx, 'sus', f.suspect!);
  if (negationShift(r, s, narration(ctx, 'ref', f.reference!), narration(ctx, 'sus', f.suspect!), lex) !== 0) return 'fact';
  // Numbers in figures that differ; an amount in words ("a decade" / "ten years") is the number check's to weigh.
  // A figure the quotation takes in from the reference's own words around it (Furthermore, with the rate at 1
  // percent, “further easings could ...” / “Furthermore, with the rate at 1 per cent, further easings could ...”),
  // or leaves to the copy's, is moved, not changed.
  const figures = (toks: Token[]) => toks.filter((t) => /\d/.test(t.norm)).map((t) => t.norm);
  const beyond = (a: string[], b: string[], aside: string[]) => {
    const pool = [...b, ...aside];
    return a.filter((x) => { const k = pool.indexOf(x); if (k < 0) return true; pool.splice(k, 1); return false; });
  };
  const rFig = figures(r), sFig = figures(s);
  if (beyond(sFig, rFig, figures(narration(ctx, 'ref', f.reference!))).length || beyond(rFig, sFig, figures(narration(ctx, 'sus', f.suspect!))).length) return 'fact';
  // Names anywhere in the other side's sentences count as kept (a quote reordered around them).
  const around = (side: 'ref' | 'sus', e: Evidence) => new Set(sentencesOf(ctx[side], e).flatMap((x) => x.tokens.map((t) => t.norm)));
  const rAll = around('ref', f.reference!), sAll = around('sus', f.suspect!);
  // (A name part written as one word with the word next to it is kept: "Web site" / "website"; so is a month
  // abbreviated, "September" / "Sept.", and a name misspelt, "European" / "Eurpoean", which the entity check
  // reports. An honorific is no name: "Cuomo" / "Mr. Cuomo".)
  const gone = (toks: Token[], t: Token, there: Set<string>) => t.pos === 'PROPN' && !there.has(t.norm) && !lex.honorifics.has(t.norm.replace(/\.$/, ''))
    && ![...there].some((w) => joinedWith(toks, t, w) || sameMonth(lex, t.norm, w) || misspelt(t.norm, w));
  if (r.some((t) => gone(r, t, sAll)) || s.some((t) => gone(s, t, rAll))) return 'fact';
  const cues = (toks: Token[]) => new Set(modalCues(toks, lex, true).map((h) => h.cue));
  const rc = cues(r), sc = cues(s);
  if ([...rc].some((c) => !sc.has(c) && !c.hedge) || [...sc].some((c) => !rc.has(c))) return 'sense';
  const kin = (a: Token, pool: Token[]) => pool.some((b) => b.lemma === a.lemma || sameStem(a.lemma, b.lemma) || areSynonyms(lex, a.lemma, b.lemma));
  // What the copy's sentences say outside the quotation counts as kept ("a “monumental loss” for all members of
  // Fleetwood Mac" quotes less of the same sentence).
  const sWords = sentencesOf(ctx.sus, f.suspect!).flatMap((x) => x.tokens);
  for (const h of diffTokens(r, s).hunks) {
    const rc2 = h.ref.filter((t) => t.content), sc2 = h.sus.filter((t) => t.content);
    // A content word cut with nothing in its place.
    if (rc2.length && !sc2.length && rc2.some((t) => (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB') && !lex.structure.colourModifiers.has(t.norm) && !kin(t, sWords))) return 'sense';
    // A describing word replaced by one of another sense ("critically" -> "importantly").
    if (rc2.some((t) => (t.pos === 'ADJ' || t.pos === 'ADV') && !lex.structure.colourModifiers.has(t.norm) && !kin(t, s))) return 'sense';
  }
  return null;
}

/** Quoted words of the copy whose content words the reference's sentences have at least this often are the reference's own. */
export const OWN_WORDS = 0.8;

/**
 * The copy gives the quotation a speaker the reference's sentences do not name ("The chairman said: “...”" where the
 * coach said it): words put in another's mouth, whatever the words.
 */
function otherSpeaker(ctx: CalibrationContext, f: Finding): boolean {
  const refToks = sentencesOf(ctx.ref, f.reference).flatMap((x) => x.tokens);
  const named = new Set(refToks.map((t) => t.lemma.toLowerCase()));
  // A speaker the reference gives only as a pronoun ("he said it appeared his side fell a bit short") is whoever
  // the copy names: no other speaker can be told.
  if (refToks.some((t, k) => !t.quoted && isReportingVerb(ctx.lex, t) && k > 0 && ctx.lex.speakerPronouns.has(refToks[k - 1]!.norm))) return false;
  const toks = sentencesOf(ctx.sus, f.suspect).flatMap((x) => x.tokens);
  // The speaker stands before the verb, or after it where the attribution is inverted (“...,” said the coach): what
  // follows a verb that does not close a quotation is what was said ("She said no company official had ...").
  const inverted = (list: Token[], k: number) => k > 0 && (list[k - 1]!.isPunct || list[k - 1]!.quoted);
  const speakers = (list: Token[], k: number) => [...list.slice(Math.max(0, k - 3), k), ...(inverted(list, k) ? list.slice(k + 1, k + 4) : [])]
    .filter((u) => !u.quoted && (u.pos === 'NOUN' || u.pos === 'PROPN'));
  // A source of the same kind is no other one (reporting.yaml sameSources: "officials" / "authorities"); nor is a
  // document for a document ("the report says" / "the document stated"), or "the company" for the body the
  // reference names as its speaker ("IBM said it believes ..." / "The company added: “IBM believes ...”").
  const lex = ctx.lex, canon = (w: string) => lex.sourceCanon.get(w) ?? w;
  const refWords = refToks.filter((t) => !t.quoted && (t.pos === 'NOUN' || t.pos === 'PROPN')).map((t) => t.lemma.toLowerCase());
  const kinds = new Set(refWords.map(canon));
  const refDocument = refWords.some((w) => lex.documentSources.has(w));
  const namedSpeaker = refToks.some((t, k) => !t.quoted && isReportingVerb(lex, t) && speakers(refToks, k).some((u) => u.pos === 'PROPN'));
  const sameSource = (w: string) => named.has(w) || kinds.has(canon(w)) || (refDocument && lex.documentSources.has(w)) || (namedSpeaker && canon(w) === canon('company'));
  return toks.some((t, k) => !t.quoted && isReportingVerb(lex, t) && speakers(toks, k).some((u) => !sameSource(u.lemma.toLowerCase())));
}

/**
 * Quotation marks the copy puts around words the reference gives without them: its own words, nearly as they are
 * (a scare quote, indirect speech made direct), change how they are presented, not what is said (minor); words
 * reworded and then presented as a quotation attribute a wording nobody used (major).
 */
function inventedGrade(ctx: CalibrationContext, f: Finding): Finding {
  if (otherSpeaker(ctx, f)) return f;
  const s = quoted(ctx, 'sus', f.suspect!).filter((t) => t.content);
  const pool = sentencesOf(ctx.ref, f.reference).flatMap((x) => x.tokens).filter((t) => t.content);
  const kin = (a: Token) => pool.some((b) => b.lemma === a.lemma || b.norm === a.norm || sameStem(a.lemma, b.lemma) || areSynonyms(ctx.lex, a.lemma, b.lemma));
  const own = s.length ? s.filter(kin).length / s.length : 0;
  return own >= OWN_WORDS ? regrade(f, 'minor', reason(ctx, 'quote-marks-only')) : regrade(f, 'major', reason(ctx, 'quote-reworded-as-quote'));
}

export const quoteGrade: Step = (findings, ctx) => findings.map((f) => {
  if (f.rule === 'quote.invented' && f.reference && f.suspect && !f.severityReason) return inventedGrade(ctx, f);
  if ((f.rule !== 'quote.altered' && f.rule !== 'quote.reworded') || !f.reference || !f.suspect || f.severityReason) return f;
  const change = quoteChange(ctx, f);
  if (change === 'fact' && f.severity === 'minor') return regrade(f, 'major', reason(ctx, 'quote-meaning'));
  if (!change && f.severity !== 'minor') return regrade(f, 'minor', reason(ctx, 'quote-synonym'));
  return f;
});
