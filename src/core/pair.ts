// The view of one aligned pair that every check reads: both sides' tokens, the diff, entity counts.
import { diffTokens, type Diff, type SideToken } from './diff.js';
import type { Lexicons } from './lexicons.js';
import { entityMentions, type EntityMention } from './mentions.js';
import { tokenAt } from './token.js';
import type { RuleSet } from './rules.js';
import type { AlignedPair, Evidence, NumberMention, Sentence, Span } from './types.js';

export interface Side {
  sentences: Sentence[];
  tokens: SideToken[];
  entities: (EntityMention & { sent: number; k0: number; k1: number })[];
  text: string;
}

export interface PairContext {
  index: number;
  pair: AlignedPair;
  ref: Side;
  sus: Side;
  diff: Diff;
  lex: Lexicons;
  rules: RuleSet;
  refText: string;
  /** Every sentence of the reference, for checks that ask about the whole document. */
  refDoc: Sentence[];
  susText: string;
  /** Every sentence of the copy. */
  susDoc: Sentence[];
}

type SideEntity = Side['entities'][number];
/**
 * The entity mentions of the sentences read lately (a sentence is in one pair, seldom two or three, and one pair
 * reads each of its sentences once): kept for every sentence of a document, they were some 14 MB at 30,000
 * sentences a side.
 */
const RECENT_ENTITIES = 256;
const entityCache = new Map<Sentence, SideEntity[]>();

/** A sentence's entity mentions with positions in the sentence: the view of a single-sentence group. */
function sentenceEntities(s: Sentence, lex: Lexicons): SideEntity[] {
  let hit = entityCache.get(s);
  if (hit) {
    entityCache.delete(s);
  } else {
    hit = entityMentions(s, lex).map((e) => ({ key: e.key, a: e.a, b: e.b, place: e.place, sent: s.index, k0: e.a, k1: e.b }));
    if (entityCache.size >= RECENT_ENTITIES) entityCache.delete(entityCache.keys().next().value!);
  }
  entityCache.set(s, hit);
  return hit;
}

/**
 * One side of a pair. Tokens carry their position in the group (k); for the first sentence of a group that is
 * their position in the sentence, so a single sentence (most pairs) is used as it is, without copying a token.
 */
function side(sents: Sentence[], text: string, lex: Lexicons): Side {
  if (sents.length === 1) return { sentences: sents, tokens: sents[0]!.tokens, entities: sentenceEntities(sents[0]!, lex), text };
  const tokens: SideToken[] = [];
  const entities: SideEntity[] = [];
  for (const s of sents) {
    const base = tokens.length;
    for (const t of s.tokens) tokens.push(base === 0 ? t : tokenAt(t, base + t.i));
    for (const e of sentenceEntities(s, lex)) entities.push(base === 0 ? e : { ...e, k0: base + e.k0, k1: base + e.k1 });
  }
  return { sentences: sents, tokens, entities, text };
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}{1,3}\d{1,2}$/u;

/**
 * An acronym on one side for a name written out on the other ("the UN" / "the United Nations", "EPA" /
 * "Environmental Protection Agency", "G7" / "Group of Seven") is the same participant: it takes the written-out
 * name's key.
 */
function unifyAcronyms(a: Side, b: Side, lex: Lexicons): void {
  // Most pairs have no acronym to unify: then there is nothing to gather.
  const acronym = (side: Side) => side.entities.some((e) => e.k0 === e.k1 && ACRONYM.test(side.tokens[e.k0]!.text));
  if (!acronym(a) && !acronym(b)) return;
  const byInitials = new Map<string, string>();
  for (const side of [a, b]) {
    for (const e of side.entities) {
      if (e.place) continue;
      const caps = side.tokens.slice(e.k0, e.k1 + 1).filter((t) => t.isWord && /^\p{Lu}/u.test(t.text));
      if (caps.length < 2) continue;
      byInitials.set(caps.map((t) => t.norm[0]).join(''), e.key);
      // "Group of Seven" is also "G7": a number word gives its digits.
      const digits = caps.map((t) => { const v = lex.numberWords.get(t.norm); return v && /^\d+$/.test(v) ? v : t.norm[0]; }).join('');
      byInitials.set(digits, e.key);
    }
  }
  if (!byInitials.size) return;
  for (const side of [a, b]) {
    let copied = false;
    side.entities.forEach((e, i) => {
      if (e.k0 !== e.k1 || !ACRONYM.test(side.tokens[e.k0]!.text)) return;
      const key = byInitials.get(side.tokens[e.k0]!.text.replace(/\./g, '').toLowerCase());
      if (key === undefined || key === e.key) return;
      // The cached list is shared by every pair of this sentence: change a copy.
      if (!copied) { side.entities = [...side.entities]; copied = true; }
      side.entities[i] = { ...e, key };
    });
  }
}

export function pairContext(index: number, pair: AlignedPair, ref: Sentence[], sus: Sentence[], refText: string, susText: string,
  lex: Lexicons, rules: RuleSet): PairContext {
  const r = side(pair.reference.map((i) => ref[i]!), refText, lex);
  const s = side(pair.suspect.map((i) => sus[i]!), susText, lex);
  unifyAcronyms(r, s, lex);
  return { index, pair, ref: r, sus: s, diff: diffTokens(r.tokens, s.tokens), lex, rules, refText, susText, refDoc: ref, susDoc: sus };
}

/** For each token position of one side of the pair: the position of its match on the other side, or -1. */
export function matchOf(ctx: PairContext, side: 'ref' | 'sus'): Int32Array {
  return side === 'ref' ? ctx.diff.refMatch : ctx.diff.susMatch;
}

/** The number mentions of a side, in order (a one-sentence side's own list, not a copy). */
export function numbersOf(side: Side): NumberMention[] {
  return side.sentences.length === 1 ? side.sentences[0]!.numbers : side.sentences.flatMap((s) => s.numbers);
}

/** Token T lies inside a number mention of its sentence (one that WHICH accepts): "per cent" of "33 per cent". */
export function inNumber(side: Side, t: SideToken, which: (n: NumberMention) => boolean = () => true): boolean {
  return side.sentences.some((s) => s.index === t.sent && s.numbers.some((n) => which(n) && t.start >= n.span[0] && t.end <= n.span[1]));
}

/** Evidence for a run of tokens of one side (sentences, span, text as read). */
export function evidence(side: Side, toks: SideToken[]): Evidence {
  if (toks.length === 0) return sentenceEvidence(side);
  const sorted = [...toks].sort((a, b) => a.start - b.start);
  const span: Span = [sorted[0]!.start, sorted[sorted.length - 1]!.end];
  return { sentences: [...new Set(sorted.map((t) => t.sent))], span, text: side.text.slice(span[0], span[1]) };
}

export function spanEvidence(side: Side, span: Span): Evidence {
  const sents = side.sentences.filter((s) => s.start < span[1] && span[0] < s.end).map((s) => s.index);
  return { sentences: sents.length ? sents : side.sentences.map((s) => s.index), span, text: side.text.slice(span[0], span[1]) };
}

export function sentenceEvidence(side: Side): Evidence {
  const first = side.sentences[0]!, last = side.sentences[side.sentences.length - 1]!;
  return { sentences: side.sentences.map((s) => s.index), span: [first.start, last.end], text: side.text.slice(first.start, last.end) };
}

/** Tokens from a to b (inclusive positions in the flattened side), clipped. */
export function range(side: Side, a: number, b: number): SideToken[] {
  return side.tokens.slice(Math.max(0, a), Math.min(side.tokens.length, b + 1));
}

/** Words around position k up to the clause boundary, for a readable evidence span. */
export function clauseAround(side: Side, k: number, maxWords = 8): SideToken[] {
  const toks = side.tokens;
  let a = k, b = k, words = 0;
  while (a > 0 && !/^[,;:()\u2014\u2013-]$|^["'\u201C\u201D]$/.test(toks[a - 1]!.norm) && toks[a - 1]!.sent === toks[k]!.sent && words < maxWords / 2) { a--; if (toks[a]!.isWord) words++; }
  words = 0;
  while (b + 1 < toks.length && !/^[.,;:!?()\u2014\u2013-]$|^["'\u201C\u201D]$/.test(toks[b + 1]!.norm) && toks[b + 1]!.sent === toks[k]!.sent && words < maxWords) { b++; if (toks[b]!.isWord) words++; }
  return toks.slice(a, b + 1);
}
