// wording: other content changes on an aligned pair (content words lost or brought in that are neither
// synonyms nor the same stem). Never more than minor: it is the catch-all a careful reader still wants to see.
// Apart from it, a word swapped for a synonym of another of its senses, as a spinner's thesaurus does ("a
// shooting" / "a taking pictures": spinner-senses.yaml), is a change of what is said (wording.spun, major), and so
// is an idiom broken up so that its main word says its literal meaning ("pass as" / "pass through": wording.idiom).
import { HOLLOW_LOST, HOLLOW_SHARE, type Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import type { Lexicons } from '../core/lexicons.js';
import { evidence, type PairContext, type Side } from '../core/pair.js';
import { entityAt } from './clauses.js';
import { echoedIn, isReportingVerb, opensSourcePhrase } from './words.js';
import { brokenIdioms } from './idioms.js';

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

/**
 * The reference's words the copy replaces by a phrase of another of their senses (spinner-senses.yaml), each with
 * the copy's words: neither side keeps the other's word, and names are the entity check's ("Bill Sadler").
 */
function spinnerSwaps(ctx: PairContext): { ref: SideToken; sus: SideToken[] }[] {
  const { ref, sus, diff, lex } = ctx;
  const inName = entityAt(ref);
  const susWords = sus.tokens.filter((t) => t.isWord);
  const said = (side: Side, w: string) => side.tokens.some((t) => t.norm === w || t.lemma === w);
  const swaps: { ref: SideToken; sus: SideToken[] }[] = [];
  const used = new Set<number>();
  for (const t of ref.tokens) {
    if (!t.isWord || diff.refMatch[t.k]! >= 0 || inName.has(t.k) || said(sus, t.norm)) continue;
    const phrases = lex.spinnerSenses.get(t.norm) ?? lex.spinnerSenses.get(t.lemma);
    for (const p of phrases ?? []) {
      if (said(ref, p[0]!)) continue;
      const at = susWords.findIndex((u, i) => p.every((w, j) => {
        const v = susWords[i + j];
        return !!v && v.sent === u.sent && diff.susMatch[v.k]! < 0 && !used.has(v.k) && (v.norm === w || v.lemma === w);
      }));
      if (at < 0) continue;
      const words = susWords.slice(at, at + p.length);
      words.forEach((v) => used.add(v.k));
      swaps.push({ ref: t, sus: words });
      break;
    }
  }
  return swaps;
}

export const wording: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  const swaps = spinnerSwaps(ctx);
  if (swaps.length) {
    emit('wording.spun', {
      reference: evidence(ctx.ref, swaps.map((s) => s.ref)),
      suspect: evidence(ctx.sus, swaps.flatMap((s) => s.sus)),
      vars: { swaps: swaps.map((s) => `“${s.ref.text}” → “${s.sus.map((t) => t.text).join(' ')}”`).join(', ') },
      reason: 'spun',
    });
  }
  // An idiom read literally ("pass as" / "pass through": idioms.ts).
  const broken = brokenIdioms(ctx);
  for (const b of broken) {
    emit('wording.idiom', {
      reference: evidence(ctx.ref, b.ref), suspect: evidence(ctx.sus, b.sus),
      vars: { idiom: b.idiom, ref: b.ref.map((t) => t.text).join(' '), sus: b.sus.map((t) => t.text).join(' ') },
      reason: 'idiom',
    });
  }
  const spun = new Set([...swaps.flatMap((s) => [s.ref, ...s.sus]), ...broken.flatMap((b) => [...b.ref, ...b.sus])]);
  let lost = unexplained(ctx.ref, ctx.diff.refMatch, ctx.sus, ctx.lex).filter((t) => !spun.has(t));
  let gained = unexplained(ctx.sus, ctx.diff.susMatch, ctx.ref, ctx.lex).filter((t) => !spun.has(t));
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
