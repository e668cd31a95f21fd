// category: a word replaced by a sister term, another member of the same category ("red" -> "blue", "beer" ->
// "cider", "kitchen" -> "bedroom", "violin" -> "harp"). Both are placed under a few category roots by WordNet
// (rules/lexicon/wordnet-categories.json): two words under one root, neither above the other and not synonyms,
// name different things, so the copy states another fact. A hypernym or hyponym ("dog" -> "animal", "car" ->
// "sedan") says the same thing more or less precisely and is left to the wording check.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { areAntonyms, areSynonyms, type Lexicons } from '../core/lexicons.js';
import { evidence, type PairContext } from '../core/pair.js';
import { setting } from '../core/rules.js';

/** Parts of speech a category member is read as: nouns, and adjectives for colours ("a red shirt"). */
const MEMBER_POS = new Set(['NOUN', 'ADJ', 'PROPN']);

interface Candidate { toks: SideToken[]; word: string }

/** The words of a hunk that can name a member: single nouns and adjectives, and two-word compounds ("dining room"). */
function candidates(lex: Lexicons, toks: SideToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!, u = toks[i + 1];
    if (u && u.k === t.k + 1 && u.sent === t.sent && t.isWord && u.isWord) {
      for (const w of [`${t.norm} ${u.lemma}`, `${t.norm} ${u.norm}`]) {
        if (lex.categories.get(w) !== undefined) { out.push({ toks: [t, u], word: w }); i++; break; }
      }
      if (out[out.length - 1]?.toks[0] === t) continue;
    }
    if (!t.isWord || !MEMBER_POS.has(t.pos)) continue;
    // A name written with a capital inside a sentence ("Brown", "Cook") is the entity check's, not a colour or a trade.
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && t.i > 0 && !lex.weekdays.has(t.norm) && !lex.months.has(t.norm)) continue;
    for (const w of [t.lemma, t.norm]) if (lex.categories.get(w) !== undefined) { out.push({ toks: [t], word: w }); break; }
  }
  return out;
}

/**
 * The category two words share as sister terms, named by their closest common kind ("room", "stringed
 * instrument"), or null when they are not sisters: no shared root, one above the other, or one sense in common.
 */
export function sisterCategory(lex: Lexicons, a: string, b: string, broad: ReadonlySet<string> = new Set()): { root: string; kind: string } | null {
  if (a === b) return null;
  const pa = lex.categories.get(a)?.split(' ').map((p) => p.split('.')), pb = lex.categories.get(b)?.split(' ').map((p) => p.split('.'));
  if (!pa || !pb) return null;
  const ownA = new Set(pa.map((c) => c[c.length - 1]!)), ownB = new Set(pb.map((c) => c[c.length - 1]!));
  // One sense in common, or one word a kind of the other ("puppy" is a dog): the same thing, said more or less precisely.
  for (const c of pa) if (c.some((id) => ownB.has(id))) return null;
  for (const c of pb) if (c.some((id) => ownA.has(id))) return null;
  // The closest common kind wins (fewest steps down to the two words), then the shortest chains: "rum" and "gin"
  // are both liquors as drinks and as substances, and "drink" is the nearer root.
  let best: { root: string; kind: string; steps: number; length: number } | null = null;
  for (const x of pa) {
    for (const y of pb) {
      // Roots of one category (matter and building materials are both "material") share a name, not an id.
      if (x[0] !== y[0] && lex.categoryNames.get(x[0]!) !== lex.categoryNames.get(y[0]!)) continue;
      let d = 0;
      while (d < x.length && d < y.length && x[d] === y[d]) d++;
      if (x[0] === y[0] && d < 2 && broad.has(lex.categoryNames.get(x[0]!) ?? '')) continue;
      const steps = x.length + y.length - 2 * d, length = x.length + y.length;
      if (!best || steps < best.steps || (steps === best.steps && length < best.length)) {
        best = { root: lex.categoryNames.get(x[0]!) ?? x[0]!, kind: d ? lex.categoryNames.get(x[d - 1]!) ?? '' : '', steps, length };
      }
    }
  }
  return best ? { root: best.root, kind: best.kind } : null;
}

export const category: Check = (ctx: PairContext, emit) => {
  const lex = ctx.lex;
  const broad = new Set(setting<string[]>(ctx.rules, 'category', 'broadRoots', []));
  const notMembers = new Set(setting<string[]>(ctx.rules, 'category', 'notMembers', []));
  const hunks = ctx.diff.hunks.filter((h) => h.ref.length && h.sus.length);
  if (!hunks.length) return;
  // Each side's words, gathered only for a pair with a candidate (most have none).
  const lemmas = (side: 'ref' | 'sus') => {
    const out = new Set<string>();
    for (const t of ctx[side].tokens) out.add(t.lemma).add(t.norm);
    return out;
  };
  let refL: Set<string> | null = null, susL: Set<string> | null = null;
  const onBoth = (c: Candidate, other: Set<string>) => c.toks.length === 1 ? other.has(c.toks[0]!.lemma) || other.has(c.toks[0]!.norm) : false;
  for (const h of hunks) {
    const ra = candidates(lex, h.ref);
    if (!ra.length) continue;
    susL ??= lemmas('sus');
    const rc = ra.filter((c) => !onBoth(c, susL!) && !notMembers.has(c.word));
    if (!rc.length) continue;
    refL ??= lemmas('ref');
    const sc = candidates(lex, h.sus).filter((c) => !onBoth(c, refL!) && !notMembers.has(c.word));
    const used = new Set<Candidate>();
    for (const a of rc) {
      for (const b of sc) {
        if (used.has(b) || areSynonyms(lex, a.word, b.word) || areAntonyms(lex, a.word, b.word)) continue;
        const cat = sisterCategory(lex, a.word, b.word, broad);
        if (!cat) continue;
        used.add(b);
        const kind = cat.kind && cat.kind !== cat.root ? `${cat.kind} (${cat.root})` : cat.root;
        emit('category.sister', { reference: evidence(ctx.ref, a.toks), suspect: evidence(ctx.sus, b.toks), vars: { a: a.word, b: b.word, category: kind } });
        break;
      }
    }
  }
};
