// omission: a reference sentence with no counterpart, or content dropped inside an aligned sentence.
// Severity by what the lost text carries: a claim with a quote, number or negation is major; a headline,
// byline, caption or credit is minor; a dropped place, name or number inside a sentence is major.
import type { Check } from '../core/compare.js';
import type { SideToken } from '../core/diff.js';
import { evidence, sentenceEvidence, type PairContext, type Side } from '../core/pair.js';
import type { Sentence } from '../core/types.js';

function countRun(toks: SideToken[], words: string[]): number {
  let n = 0;
  for (let i = 0; i + words.length <= toks.length; i++) if (words.every((w, k) => toks[i + k]!.norm === w)) n++;
  return n;
}

export function carriesClaim(s: Sentence): boolean {
  if (s.furnitureLike) return false;
  return s.quotes.length > 0 || s.numbers.length > 0 || s.tokens.some((t) => t.negCue);
}

/** Entity keys and number values dropped from one side relative to the other, with the hunk tokens that held them. */
export function droppedMentions(ctx: PairContext, from: 'ref' | 'sus', newOnly = false): { toks: SideToken[]; what: string }[] {
  const to = from === 'ref' ? 'sus' : 'ref';
  const count = (side: Side) => {
    const m = new Map<string, number>();
    for (const e of side.entities) m.set(e.key, (m.get(e.key) ?? 0) + 1);
    return m;
  };
  const have = count(ctx[from]), other = count(ctx[to]);
  const otherNums = new Set(ctx[to].sentences.flatMap((s) => s.numbers.map((n) => n.value)));
  const out: { toks: SideToken[]; what: string }[] = [];
  for (const h of ctx.diff.hunks) {
    const toks = h[from];
    if (!toks.length) continue;
    const ks = new Set(toks.map((t) => t.k));
    const ents = ctx[from].entities.filter((e) => ks.has(e.k0) && ks.has(e.k1));
    for (const e of ents) {
      const left = (have.get(e.key) ?? 0) - (other.get(e.key) ?? 0);
      if (left <= 0 || (newOnly && other.has(e.key))) continue;
      // The same words in lower case on the other side ("Prices" at a sentence start, "prices" later) are not a dropped name.
      const words = ctx[from].tokens.slice(e.k0, e.k1 + 1).map((t) => t.norm);
      if (countRun(ctx[to].tokens, words) >= countRun(ctx[from].tokens, words)) continue;
      have.set(e.key, (have.get(e.key) ?? 0) - 1);
      // Take the preposition in front along: "against Iran" reads better than "Iran".
      const a = Math.max(toks[0]!.k, e.k0 - (ctx[from].tokens[e.k0 - 1]?.pos === 'ADP' ? 1 : 0));
      out.push({ toks: ctx[from].tokens.slice(a, e.k1 + 1), what: ctx[from].tokens.slice(a, e.k1 + 1).map((t) => t.text).join(' ') });
    }
    for (const s of ctx[from].sentences) {
      for (const n of s.numbers) {
        // "one senior official" and "a senior official" say the same.
        if (otherNums.has(n.value) || (n.value === '1' && !/\d/.test(n.text))) continue;
        const nt = toks.filter((t) => t.start >= n.span[0] && t.end <= n.span[1]);
        if (nt.length) out.push({ toks: nt, what: n.text });
      }
    }
  }
  return out;
}

export const omission: Check = (ctx, emit) => {
  if (ctx.ref.sentences.length && !ctx.sus.sentences.length) {
    const major = ctx.ref.sentences.some(carriesClaim);
    emit(major ? 'omission.claim' : 'omission.sentence', { reference: sentenceEvidence(ctx.ref), suspect: null });
    return;
  }
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  const otherNumbersChanged = new Set(ctx.sus.sentences.flatMap((s) => s.numbers.map((n) => n.value)));
  for (const d of droppedMentions(ctx, 'ref')) {
    // A number replaced by another number is the number check's finding, not an omission.
    if (d.toks.every((t) => /\d/.test(t.norm)) && otherNumbersChanged.size) continue;
    emit('omission.content', { reference: evidence(ctx.ref, d.toks), suspect: sentenceEvidence(ctx.sus), vars: { what: d.what } });
  }
};
