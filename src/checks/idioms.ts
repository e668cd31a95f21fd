// Idioms read literally: a fixed phrase whose meaning is not that of its words ("pass as", "second only to",
// rules/lexicon/idioms.yaml) on one side, and on the other its main word kept but the phrase broken up, so that the
// word says its literal meaning: another preposition or particle after a verb ("could pass as a star" / "could pass
// through a star"), or another word of the phrase moved before it ("second only to the record" / "only her second
// after the record").
import type { SideToken } from '../core/diff.js';
import { matchOf, type PairContext, type Side } from '../core/pair.js';

export interface IdiomBreak { ref: SideToken[]; sus: SideToken[]; idiom: string }

/** How far from the main word a moved word of the phrase is looked for. */
const MOVED_WINDOW = 3;
/** Word classes of a phrase's words that say little alone: never counted as a moved word. */
const LIGHT = new Set(['ADP', 'PART', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PUNCT']);

const says = (t: SideToken | undefined, w: string, sent: number) => !!t && t.isWord && t.sent === sent && (t.norm === w || t.lemma === w);

/** Where the words of PHRASE first stand in a row on a side (by lemma or as written), as its first token; -1 if nowhere. */
function firstAt(side: Side, phrase: string[]): number {
  const toks = side.tokens;
  return toks.findIndex((first, k) => phrase.every((w, i) => says(toks[k + i], w, first.sent)));
}

/** The copy word U, the phrase's head, read literally: another preposition after it, or a word of the phrase moved. */
function literal(toks: SideToken[], u: SideToken, words: string[], hi: number, verb: boolean): SideToken[] | null {
  // A verb's particle is what makes the phrase ("pass as"); after another word a preposition may only say where
  // ("second only to the record" / "second after the record").
  if (verb && hi + 1 < words.length) {
    // The word after the head (past one adverb: "pass easily through").
    let j = u.k + 1;
    if (toks[j]?.pos === 'ADV' && toks[j]?.sent === u.sent && !words.includes(toks[j]!.norm)) j++;
    const p = toks[j];
    if (p && p.isWord && p.sent === u.sent && (p.pos === 'ADP' || p.pos === 'PART') && !words.includes(p.norm) && !words.includes(p.lemma)) return toks.slice(u.k, j + 1);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i === hi) continue;
    const dir = i > hi ? -1 : 1;
    for (let d = 1; d <= MOVED_WINDOW; d++) {
      const t = toks[u.k + dir * d];
      if (!t || t.sent !== u.sent) break;
      if (says(t, w, u.sent) && !LIGHT.has(t.pos)) return dir < 0 ? toks.slice(t.k, u.k + 1) : toks.slice(u.k, t.k + 1);
    }
  }
  return null;
}

export function brokenIdioms(ctx: PairContext): IdiomBreak[] {
  const out: IdiomBreak[] = [];
  for (const from of ['ref', 'sus'] as const) {
    const to = from === 'ref' ? 'sus' : 'ref';
    const side = ctx[from], other = ctx[to];
    const otherMatch = matchOf(ctx, to);
    for (const { words, head, same } of ctx.lex.idioms) {
      const at = firstAt(side, words);
      if (at < 0 || firstAt(other, words) >= 0 || same.some((s) => firstAt(other, s) >= 0)) continue;
      const hi = words.indexOf(head);
      if (hi < 0) continue;
      const h = side.tokens[at + hi]!;
      const heads = (s: Side) => s.tokens.filter((t) => t.isWord && (t.norm === head || t.lemma === head)).length;
      // The copy says the main word no more often than the side with the idiom: it is that word, not another use of it.
      if (heads(other) > heads(side)) continue;
      for (const u of other.tokens) {
        if (!u.isWord || (u.norm !== head && u.lemma !== head) || (h.pos === 'VERB' && u.pos !== 'VERB')) continue;
        const m = otherMatch[u.k]!;
        if (m >= 0 && m !== h.k) continue;
        const lit = literal(other.tokens, u, words, hi, h.pos === 'VERB');
        if (!lit) continue;
        const idiom = side.tokens.slice(at, at + words.length);
        out.push(from === 'ref' ? { ref: idiom, sus: lit, idiom: words.join(' ') } : { ref: lit, sus: idiom, idiom: words.join(' ') });
        break;
      }
    }
  }
  return out;
}
