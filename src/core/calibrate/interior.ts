// A whole sentence of article text left out of the copy, or put into it, in the middle of the text (aligned
// sentences before and after it) is a claim a reader loses or gains, whether or not it holds a number, a quote or
// a negation: on real copies the dropped or added sentence is usually a fact ("The first care providers tried to
// bind the bleeding with towels."). Short lines, headlines and captions stay minor; so do a rewrite's additions
// (its own explanation) and the ends of a text cut short (the truncated step's).
// An added sentence that only says again what the reference says across its sentences is minor too.
import { endsSentence } from '../segment.js';
import type { Sentence } from '../types.js';
import type { Lexicons } from '../lexicons.js';
import { onlyPending, pendingNote } from '../../checks/omission.js';
import { reason, regrade, sentencesOf, type Step } from './context.js';

/** An interior sentence at least this long (in words) is a claim. */
export const CLAIM_WORDS = 8;

// (Not a reporter's note that something is not known yet: "It was not immediately clear who would succeed him.")
const isClaim = (lex: Lexicons) => (s: Sentence) => !s.furnitureLike && endsSentence(s.text) && s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  && s.tokens.filter((t) => t.isWord).length >= CLAIM_WORDS && !onlyPending(s, lex) && !pendingNote(s, lex);

/** A dropped sentence at least this share of whose content words the copy says elsewhere is no claim lost whole. */
export const SAID_SHARE = 0.5;

/** The share of the sentence's content lemmas the copy has anywhere. */
const saidShare = (s: Sentence, copy: Set<string>) => s.contentLemmas.length ? s.contentLemmas.filter((l) => copy.has(l)).length / s.contentLemmas.length : 0;

/** Names by their keys and numbers by their values. */
const anchorsOf = (s: Sentence) => [...s.names.map((n) => `n:${n.key}`), ...s.numbers.map((n) => `#:${n.value}`)];

/** What a whole text says: its content lemmas, and its names and numbers. */
interface Said { words: Set<string>; anchors: Set<string> }
const saidBy = (doc: { sentences: Sentence[] }): Said => ({
  words: new Set(doc.sentences.flatMap((s) => s.contentLemmas)), anchors: new Set(doc.sentences.flatMap(anchorsOf)),
});

/**
 * An added sentence that says again what the reference says across its sentences: every name and number of it
 * the reference gives, and at least SAID_SHARE of its content words ("The newly identified members of the genus
 * are P. chinguelas, P. nunezcortezi and P. yonke.", each named in a sentence of its own in the reference), with
 * no negation or quoted words of its own.
 */
function restatesReference(ss: Sentence[], ref: Said): boolean {
  // A negation of its own says the reverse of what it repeats ("The minister did not approve the plan"), and
  // quoted words the reference does not have put words in someone's mouth ('said the referee was "biased"').
  const own = (s: Sentence) => s.tokens.some((t) => t.negCue || (t.quoted && t.content && !ref.words.has(t.lemma)));
  return ss.length > 0 && ss.every((s) => s.contentLemmas.length > 0 && !own(s) && anchorsOf(s).every((a) => ref.anchors.has(a)) && saidShare(s, ref.words) >= SAID_SHARE);
}

export const interior: Step = (findings, ctx) => {
  const both = ctx.alignment.map((p) => p.reference.length > 0 && p.suspect.length > 0);
  const first = both.indexOf(true), last = both.lastIndexOf(true);
  // What each whole text says, gathered once, when a finding first asks (not once per finding: a long copy has
  // many added and dropped sentences).
  let refSaid: Said | undefined, copySaid: Said | undefined;
  const ref = () => (refSaid ??= saidBy(ctx.ref)), copy = () => (copySaid ??= saidBy(ctx.sus));
  return findings.map((f) => {
    if (f.rule === 'addition.claim' && f.severity !== 'minor' && !f.severityReason
      && restatesReference(sentencesOf(ctx.sus, f.suspect), ref())) return regrade(f, 'minor', reason(ctx, 'said-across'));
    if (f.severity !== 'minor' || f.severityReason || f.pair <= first || f.pair >= last) return f;
    if (f.rule === 'omission.sentence') {
      const claims = sentencesOf(ctx.ref, f.reference).filter(isClaim(ctx.lex));
      if (!claims.length) return f;
      // Most of its words said in the copy's other sentences: what is gone is a part, not the whole claim.
      return claims.some((s) => saidShare(s, copy().words) < SAID_SHARE) ? regrade(f, 'major', reason(ctx, 'interior-claim')) : regrade(f, 'minor', reason(ctx, 'interior-said'));
    }
    if (f.rule === 'addition.sentence' && ctx.relation === 'copy') {
      const added = sentencesOf(ctx.sus, f.suspect);
      if (!added.some(isClaim(ctx.lex))) return f;
      return restatesReference(added, ref()) ? regrade(f, 'minor', reason(ctx, 'said-across')) : regrade(f, 'major', reason(ctx, 'interior-claim'));
    }
    return f;
  });
};
