// term: a term of a factual phrase replaced by another term of its field ("fine" -> "fee", "trial" -> "hearing",
// "audit committee" -> "ethics committee", "stolen" -> "borrowed", "charged" -> "accused"). The fields and their
// terms are curated in rules/lexicon/fact-terms.yaml: two members of one group name different facts, so the copy
// states another one. A member said anywhere on the other side (in any of its words) is still said; synonyms
// (WordNet), opposites (the antonym check) and sister terms WordNet places (the category check) are not swaps.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { areAntonyms, areSynonyms, type Lexicons } from '../core/lexicons.js';
import { evidence, type PairContext, type Side } from '../core/pair.js';
import { lexicon, setting, type RuleSet } from '../core/rules.js';
import { sisterCategory } from './category.js';

interface Group { domain: string; pos?: string[]; heads?: string[]; members: string[][]; distinct?: string[][] }

/** A word's place in the lexicon: its group, its member, and whether it only restates the member. */
interface Place { group: number; member: number; restates: boolean }

interface Index { groups: Group[]; places: Map<string, Place[]>; pos: Set<string>[]; heads: Set<string>[]; distinct: Set<string>[] }

const DEFAULT_POS = ['NOUN', 'VERB'];
const indexes = new WeakMap<object, Index>();

function termIndex(rules: RuleSet): Index {
  const groups = lexicon<Group[]>(rules, 'fact-terms');
  const known = indexes.get(groups);
  if (known) return known;
  const places = new Map<string, Place[]>();
  groups.forEach((g, group) => g.members.forEach((m, member) => {
    for (const raw of m) {
      const restates = raw.startsWith('~'), w = restates ? raw.slice(1) : raw;
      places.set(w, [...(places.get(w) ?? []), { group, member, restates }]);
    }
  }));
  const index: Index = {
    groups, places,
    pos: groups.map((g) => new Set(g.pos ?? DEFAULT_POS)),
    heads: groups.map((g) => new Set(g.heads ?? [])),
    distinct: groups.map((g) => new Set((g.distinct ?? []).flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]))),
  };
  indexes.set(groups, index);
  return index;
}

/**
 * Whether words A and B say one fact: the same word, or words of one member of a group of
 * rules/lexicon/fact-terms.yaml ("conceive" / "pregnant"), restating words included.
 */
export function sameFactTerm(rules: RuleSet, a: string, b: string): boolean {
  if (a === b) return true;
  const places = termIndex(rules).places;
  const bs = places.get(b) ?? [];
  return (places.get(a) ?? []).some((p) => bs.some((q) => q.group === p.group && q.member === p.member));
}

interface Term { toks: SideToken[]; word: string; place: Place }

const nextWord = (side: Side, t: SideToken) => {
  const u = side.tokens[t.k + 1];
  return u && u.k === t.k + 1 && u.sent === t.sent && u.isWord ? u : undefined;
};

/** The terms among TOKS: two-word compounds first ("time sheet"), then single words in their group's parts of speech. */
function termsIn(ix: Index, side: Side, toks: SideToken[]): Term[] {
  const out: Term[] = [];
  const add = (ts: SideToken[], words: string[], single: boolean) => {
    for (const w of words) {
      for (const place of ix.places.get(w) ?? []) {
        if (single && !ix.pos[place.group]!.has(ts[0]!.pos)) continue;
        const heads = ix.heads[place.group]!;
        if (heads.size) {
          const h = nextWord(side, ts[ts.length - 1]!);
          if (!h || !(heads.has(h.norm) || heads.has(h.lemma))) continue;
        }
        out.push({ toks: ts, word: w, place });
      }
      if (out.length && out[out.length - 1]!.toks[0] === ts[0]) return true;
    }
    return false;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isWord) continue;
    const u = nextWord(side, t);
    if (u && toks[i + 1] === u && add([t, u], [`${t.norm} ${u.lemma}`, `${t.norm} ${u.norm}`], false)) { i++; continue; }
    add([t], [t.lemma, t.norm], true);
  }
  return out;
}

/**
 * The members of each group that a side says in words the diff did not pair with the same word on the other side,
 * as "group:member": a term the other side says elsewhere in the pair is still said, while the one it shares with
 * this side says only its own mention ("a birth ... conceived" / "a birth ... born").
 */
function membersSaid(ix: Index, side: Side, match: Int32Array): Set<string> {
  const out = new Set<string>();
  const own = side.tokens.filter((t) => match[t.k]! < 0);
  for (const t of termsIn(ix, side, own)) out.add(`${t.place.group}:${t.place.member}`);
  // A word said in a part of speech or a place the group does not read as a term still says its member.
  for (const t of own) for (const w of [t.lemma, t.norm]) for (const p of ix.places.get(w) ?? []) out.add(`${p.group}:${p.member}`);
  return out;
}

function swapped(lex: Lexicons, ix: Index, a: Term, b: Term, broad: ReadonlySet<string>): boolean {
  if (a.place.group !== b.place.group || a.place.member === b.place.member || a.place.restates || b.place.restates) return false;
  if (areAntonyms(lex, a.word, b.word) || sisterCategory(lex, a.word, b.word, broad)) return false;
  return !areSynonyms(lex, a.word, b.word) || ix.distinct[a.place.group]!.has(`${a.word} ${b.word}`);
}

export const term: Check = (ctx: PairContext, emit) => {
  const hunks = ctx.diff.hunks.filter((h) => h.ref.length && h.sus.length);
  if (!hunks.length) return;
  const ix = termIndex(ctx.rules);
  const broad = new Set(setting<string[]>(ctx.rules, 'category', 'broadRoots', []));
  let refSaid: Set<string> | null = null, susSaid: Set<string> | null = null;
  const key = (t: Term) => `${t.place.group}:${t.place.member}`;
  for (const h of hunks) {
    const ra = termsIn(ix, ctx.ref, h.ref).filter((t) => !t.place.restates);
    if (!ra.length) continue;
    const sb = termsIn(ix, ctx.sus, h.sus).filter((t) => !t.place.restates);
    if (!sb.length) continue;
    susSaid ??= membersSaid(ix, ctx.sus, ctx.diff.susMatch);
    refSaid ??= membersSaid(ix, ctx.ref, ctx.diff.refMatch);
    const used = new Set<Term>();
    for (const a of ra) {
      if (susSaid.has(key(a))) continue;
      const b = sb.find((x) => !used.has(x) && !refSaid!.has(key(x)) && swapped(ctx.lex, ix, a, x, broad));
      if (!b) continue;
      used.add(b);
      emit('term.swapped', {
        reference: evidence(ctx.ref, a.toks), suspect: evidence(ctx.sus, b.toks),
        vars: { a: a.toks.map((t) => t.text).join(' '), b: b.toks.map((t) => t.text).join(' '), domain: ix.groups[a.place.group]!.domain },
        reason: 'fact-term',
      });
    }
  }
};
