// wording: other content changes on an aligned pair (content words lost or brought in that are neither
// synonyms nor the same stem). Never more than minor: it is the catch-all a careful reader still wants to see.
import { HOLLOW_LOST, HOLLOW_SHARE, type Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import type { Lexicons } from '../core/lexicons.js';
import { evidence, type Side } from '../core/pair.js';
import { echoedIn, isReportingVerb, opensSourcePhrase } from './words.js';

function unexplained(mine: Side, match: Int32Array, theirs: Side, lex: Lexicons): SideToken[] {
  const theirContent = theirs.tokens.filter((t) => t.content);
  const theirPlaces = new Set(theirs.entities.map((e) => e.key));
  const placeOf = new Map<number, string>();
  for (const e of mine.entities) for (let k = e.k0; k <= e.k1; k++) placeOf.set(k, e.key);
  // Numbers belong to the number check.
  return mine.tokens.filter((t) => t.content && t.pos !== 'NUM' && !/\d/.test(t.norm) && match[t.k]! < 0 && !lex.lightNouns.has(t.lemma)
    && !theirPlaces.has(placeOf.get(t.k) ?? '\u0000')
    && !echoedIn(lex, theirContent, t));
}

export const wording: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  let lost = unexplained(ctx.ref, ctx.diff.refMatch, ctx.sus, ctx.lex);
  let gained = unexplained(ctx.sus, ctx.diff.susMatch, ctx.ref, ctx.lex);
  // "X said Y" / "according to X, Y": a reporting verb and a source phrase say the same; who is the source is the
  // attribution check's business.
  const reporting = (t: SideToken) => isReportingVerb(ctx.lex, t), sourceWord = (t: SideToken) => opensSourcePhrase(ctx.lex, t);
  if ((lost.some(reporting) && gained.some(sourceWord)) || (lost.some(sourceWord) && gained.some(reporting))) {
    lost = lost.filter((t) => !reporting(t) && !sourceWord(t));
    gained = gained.filter((t) => !reporting(t) && !sourceWord(t));
  }
  const refContent = ctx.ref.tokens.filter((t) => t.content).length || 1;
  if (lost.length === 0 || lost.length + gained.length < 2 || lost.length / refContent < 0.1) return;
  const hollowed = lost.length >= HOLLOW_LOST && gained.length <= lost.length * HOLLOW_SHARE;
  emit(hollowed ? 'wording.hollowed' : 'wording.changed', {
    reference: evidence(ctx.ref, lost),
    suspect: evidence(ctx.sus, gained.length ? gained : ctx.sus.tokens.filter((t) => t.isWord)),
    vars: { lost: lost.map((t) => t.text).join(', '), gained: gained.map((t) => t.text).join(', ') || '(nothing)' },
  });
};
