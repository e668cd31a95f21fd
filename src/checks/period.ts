// period: the point a period is counted from (or up to) changed: "the post-vaccine era" / "since the onset of
// COVID-19", "since the merger" / "since the float". The words that open a period, the nouns that only name a
// point of a thing ("the onset of", "the start of") and the nouns after "post-X" that only say it is a period
// ("era", "world") are in rules/period.yaml; a date or a figure as the anchor is the number check's.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { evidence, type PairContext, type Side } from '../core/pair.js';
import { setting } from '../core/rules.js';
import { shareSynset, synsets } from '../core/lexicons.js';
import { sameStem } from './words.js';

interface Anchor { side: 'from' | 'until'; words: SideToken[]; toks: SideToken[] }

interface Cues { from: Set<string>; until: Set<string>; prefixFrom: Set<string>; prefixUntil: Set<string>; points: Set<string> }

const NP_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** A word of a noun phrase: its determiners, adjectives and nouns, and a possessive ("the bank's"). */
const inPhrase = (t: SideToken) => NP_WORDS.has(t.pos) || (t.pos === 'PART' && /^'s?$/.test(t.norm));

const cueSets = new WeakMap<PairContext['rules'], Cues>();

/** The period cues of the rule set, read once per rule set (not once per pair). */
function cuesOf(ctx: PairContext): Cues {
  let cues = cueSets.get(ctx.rules);
  if (!cues) {
    const get = (k: string) => new Set(setting<string[]>(ctx.rules, 'period', k, []));
    cues = { from: get('from'), until: get('until'), prefixFrom: get('prefixFrom'), prefixUntil: get('prefixUntil'), points: get('pointNouns') };
    cueSets.set(ctx.rules, cues);
  }
  return cues;
}

/** A word the anchor reader leaves to the number check: a figure, a date, a weekday or a month. */
const dated = (ctx: PairContext, t: SideToken) => t.pos === 'NUM' || /^\d/.test(t.norm) || ctx.lex.months.has(t.norm) || ctx.lex.weekdays.has(t.norm);

/**
 * The noun phrase after a period's opening word, read through a point noun ("the onset of COVID-19": COVID-19);
 * null when a clause follows ("since he left", "since the shares fell") or the phrase names a date.
 */
function phraseAfter(ctx: PairContext, side: Side, k: number, cues: Cues): { words: SideToken[]; end: number } | null {
  const toks = side.tokens, sent = toks[k]!.sent;
  let j = k + 1;
  const words: SideToken[] = [];
  for (;;) {
    const start = j;
    while (toks[j] && toks[j]!.sent === sent && inPhrase(toks[j]!)) j++;
    const np = toks.slice(start, j).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (!np.length) return null;
    const head = np[np.length - 1]!;
    if (cues.points.has(head.lemma) && toks[j]?.norm === 'of' && toks[j]!.sent === sent) { words.push(...np.slice(0, -1)); j++; continue; }
    words.push(...np);
    break;
  }
  const next = toks[j];
  if (next && next.sent === sent && (next.pos === 'VERB' || next.pos === 'AUX')) return null;
  if (words.some((t) => dated(ctx, t))) return null;
  return { words, end: j - 1 };
}

function anchors(ctx: PairContext, side: Side, cues: Cues): Anchor[] {
  const out: Anchor[] = [];
  const toks = side.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.isWord) continue;
    const prefix = /^(\p{L}+)-(\p{L}[\p{L}\d-]*)$/u.exec(t.norm);
    if (prefix && (cues.prefixFrom.has(prefix[1]!) || cues.prefixUntil.has(prefix[1]!))) {
      out.push({ side: cues.prefixFrom.has(prefix[1]!) ? 'from' : 'until', words: [t], toks: [t] });
      continue;
    }
    const which = cues.from.has(t.norm) ? 'from' : cues.until.has(t.norm) ? 'until' : null;
    if (!which) continue;
    const np = phraseAfter(ctx, side, k, cues);
    if (np) out.push({ side: which, words: np.words, toks: toks.slice(k, np.end + 1) });
  }
  return out;
}

/** The word a "post-X" token anchors at ("post-vaccine": vaccine); other words as they are. */
const anchorWord = (t: SideToken) => {
  const m = /^\p{L}+-(\p{L}[\p{L}\d-]*)$/u.exec(t.norm);
  return m ? m[1]! : t.lemma;
};

/** Whether SIDE still says W (as a word, a part of a hyphened word, a word of its family or a synonym). */
function says(ctx: PairContext, side: Side, w: SideToken): boolean {
  const word = anchorWord(w), mine = synsets(ctx.lex, word);
  return side.tokens.some((t) => t.isWord && (t.lemma === word || t.norm.split('-').includes(word) || sameStem(t.lemma, word)
    || (mine.length > 0 && shareSynset(synsets(ctx.lex, t.lemma), mine))));
}

export const period: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  const cues = cuesOf(ctx);
  const ra = anchors(ctx, ctx.ref, cues);
  if (!ra.length) return;
  const sa = anchors(ctx, ctx.sus, cues);
  for (const a of ra) {
    const others = sa.filter((b) => b.side === a.side);
    // One anchor each way, and neither side says the other's point anywhere in the pair.
    if (others.length !== 1 || ra.filter((x) => x.side === a.side).length !== 1) continue;
    const b = others[0]!;
    if (a.words.some((w) => says(ctx, ctx.sus, w)) || b.words.some((w) => says(ctx, ctx.ref, w))) continue;
    emit('period.anchor', {
      reference: evidence(ctx.ref, a.toks), suspect: evidence(ctx.sus, b.toks),
      vars: { a: a.toks.map((t) => t.text).join(' '), b: b.toks.map((t) => t.text).join(' ') },
      reason: 'period',
    });
  }
};
