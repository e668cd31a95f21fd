// antonym: a word replaced by its opposite (WordNet pairs plus a curated news list), unless a negation or
// another opposite in the same region balances it; and a word replaced by another step of its scale
// ("accused" -> "convicted", rules/lexicon/scales.yaml).
import type { Check, Emit } from '../core/check.js';
import { areAntonyms, hasOpposite } from '../core/lexicons.js';
import { evidence, type PairContext } from '../core/pair.js';
import { setting } from '../core/rules.js';
import type { SideToken } from '../core/diff.js';
import { polarity, type Region } from './polarity.js';

export const antonym: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  const regions = polarity(ctx).filter((r) => r.flipped && r.antonyms.length && (r.refCues.length + r.susCues.length) % 2 === 0 && !degreeBalanced(ctx, r));
  const cancelled = complementChange(ctx, regions.flatMap((r) => r.antonyms));
  for (const r of regions) {
    // (When a negation cue changed as well, the negation check speaks for the region.)
    for (const sub of r.antonyms) {
      if (cancelled.has(sub)) continue;
      emit(sub.valence ? 'antonym.valence' : 'antonym.substituted', { reference: evidence(ctx.ref, sub.ref), suspect: evidence(ctx.sus, sub.sus), vars: { a: sub.a, b: sub.b } });
    }
  }
  // Opposites that change places: "rose in the north but fell in the south" / "fell in the north but rose in the
  // south". Both words stay on both sides, so no word was substituted; what each one is said of has changed.
  swappedOpposites(ctx, emit);
  // Another step of the same scale where the wording changed: "was accused of" -> "was convicted of".
  const steps = ctx.lex.scaleSteps;
  const changed = (side: 'ref' | 'sus') => {
    const out: SideToken[] = [];
    for (const h of ctx.diff.hunks) for (const t of h[side]) if (steps.has(t.lemma)) out.push(t);
    return out;
  };
  const refS = changed('ref');
  if (!refS.length) return;
  const susS = changed('sus');
  const lemmas = (side: 'ref' | 'sus') => new Set(ctx[side].tokens.map((t) => t.lemma));
  const refL = lemmas('ref'), susL = lemmas('sus');
  const used = new Set<SideToken>();
  // A step still said on the other side in other words ("start" / "begin") has not changed.
  const stepsOf = (l: Set<string>) => new Set([...l].flatMap((w) => (steps.get(w) ?? []).map((x) => `${x.scale}:${x.step}`)));
  const refSteps = stepsOf(refL), susSteps = stepsOf(susL);
  for (const a of refS) {
    if (susL.has(a.lemma)) continue;
    for (const b of susS) {
      if (used.has(b) || refL.has(b.lemma)) continue;
      const hit = steps.get(a.lemma)!.find((x) => !susSteps.has(`${x.scale}:${x.step}`) &&
        steps.get(b.lemma)!.some((y) => y.scale === x.scale && y.step !== x.step && !refSteps.has(`${y.scale}:${y.step}`)));
      if (!hit) continue;
      used.add(b);
      emit('antonym.scale', { reference: evidence(ctx.ref, [a]), suspect: evidence(ctx.sus, [b]), vars: { a: a.lemma, b: b.lemma } });
      break;
    }
  }
};

/**
 * A degree word turned round with an opposite says the same: "more optimistic" / "less pessimistic" (two
 * opposites, one of them "more"/"less"), "less expensive" / "cheaper" (one opposite and a degree word on one
 * side only).
 */
function degreeBalanced(ctx: PairContext, r: Region): boolean {
  const deg = ctx.lex.comparatives;
  const isDegree = (s: Region['antonyms'][number]) => s.ref.length === 1 && deg.has(s.ref[0]!.norm);
  const degreeSubs = r.antonyms.filter(isDegree).length, others = r.antonyms.length - degreeSubs;
  if (degreeSubs === 1 && others === 1) return true;
  if (degreeSubs || others !== 1) return false;
  // A degree word right before the opposite, changed with it: "less expensive" where the copy has "cheaper".
  const sub = r.antonyms[0]!;
  const before = (side: 'ref' | 'sus', t: SideToken) => {
    const u = ctx[side].tokens[t.k - 1];
    return !!u && u.sent === t.sent && deg.has(u.norm) && r[side].includes(u);
  };
  return before('ref', sub.ref[0]!) !== before('sus', sub.sus[0]!);
}

/**
 * An opposite change of the opposite set: "a decline in studies that contradicted the hypothesis" / "an increase in
 * studies that agreed with it". Two opposites, the first a change in amount of what follows "in" or "of", the
 * second inside that, on both sides in the same sentence with no comma or conjunction between (that would make
 * them two claims: "prices fell and wages rose").
 */
type Sub = Region['antonyms'][number];

function complementChange(ctx: PairContext, subs: Sub[]): Set<Sub> {
  const out = new Set<Sub>();
  if (subs.length < 2) return out;
  const change = new Set(setting<string[]>(ctx.rules, 'antonym', 'changeWords', []));
  const links = new Set(setting<string[]>(ctx.rules, 'antonym', 'changeLinks', []));
  const nested = (side: 'ref' | 'sus', x: Sub, y: Sub) => {
    const a = x[side][0]!, b = y[side][0]!;
    const toks = ctx[side].tokens;
    if (a.sent !== b.sent || b.k <= a.k || !change.has(a.lemma) || !links.has(toks[a.k + 1]?.norm ?? '')) return false;
    return toks.slice(a.k + 1, b.k).every((t) => !/^[,;:]$/.test(t.norm) && t.pos !== 'CCONJ');
  };
  for (const x of subs) for (const y of subs) {
    if (x !== y && !out.has(x) && !out.has(y) && nested('ref', x, y) && nested('sus', x, y)) { out.add(x); out.add(y); }
  }
  return out;
}

/** The first content word after T in its sentence that is not itself one of the pair: what T is said of. */
function attachedTo(toks: SideToken[], t: SideToken, skip: Set<string>, dir: 1 | -1): string | null {
  for (let k = t.k + dir; k >= 0 && k < toks.length && Math.abs(k - t.k) <= 5; k += dir) {
    const u = toks[k]!;
    if (u.sent !== t.sent) return null;
    if (u.content && !skip.has(u.lemma)) return u.lemma;
  }
  return null;
}

function swappedOpposites(ctx: PairContext, emit: Emit): void {
  const lex = ctx.lex;
  if (!ctx.diff.hunks.some((h) => h.ref.length && h.sus.length)) return;
  // Only words that have an opposite at all can form a pair (most sentences have none or one).
  const refContent = ctx.ref.tokens.filter((t) => t.content && hasOpposite(lex, t.lemma));
  if (refContent.length < 2) return;
  for (let i = 0; i < refContent.length; i++) {
    for (let j = i + 1; j < refContent.length; j++) {
      const a = refContent[i]!, b = refContent[j]!;
      if (!areAntonyms(lex, a.lemma, b.lemma)) continue;
      const sa = ctx.sus.tokens.filter((t) => t.lemma === a.lemma), sb = ctx.sus.tokens.filter((t) => t.lemma === b.lemma);
      if (sa.length !== 1 || sb.length !== 1) continue;
      const pair = new Set([a.lemma, b.lemma]);
      // What each is said of: the words after it ("rose in the north"), or else before it ("the governor supported").
      for (const dir of [1, -1] as const) {
        const ra = attachedTo(ctx.ref.tokens, a, pair, dir), rb = attachedTo(ctx.ref.tokens, b, pair, dir);
        const xa = attachedTo(ctx.sus.tokens, sa[0]!, pair, dir), xb = attachedTo(ctx.sus.tokens, sb[0]!, pair, dir);
        if (!ra || !rb || ra === rb || xa !== rb || xb !== ra) continue;
        emit('antonym.substituted', { reference: evidence(ctx.ref, [a]), suspect: evidence(ctx.sus, [sb[0]!]), vars: { a: `${a.lemma} (${ra})`, b: `${b.lemma} (${ra})` } });
        return;
      }
    }
  }
}
