// Gaps: a word cut out of the copy leaves its sentence broken where the reference is whole ("Razer can now offer
// the technology" -> "Razer can now the technology", "simulate observations of the galaxy" -> "simulate of the
// galaxy", "no further comment until" -> "no until"). The shapes are word-class sequences no English sentence
// has (rules/lexicon/structure.yaml gapShapes); a gap counts only where the reference, at the same place, has a
// content word the copy lost and does not have the broken shape itself.
import type { SideToken } from '../core/diff.js';
import { matchOf, type PairContext, type Side } from '../core/pair.js';
import { endsSentence } from '../core/segment.js';

/** At most this many of the reference's words in one gap: more is a sentence reworded, not a word cut out. */
const MAX_GAP = 5;

export interface Gap { /** The copy's words either side of the gap. */ sus: SideToken[]; /** What the reference has there. */ ref: SideToken[] }

/** The word class a gap shape names: a part of speech, MODAL (a modal auxiliary), or a word ("the", "of", "."). */
const cls = (t: SideToken) => (t.isWord ? t.pos : 'PUNCT');

/** A shape's places without the gap, each read once: a modal, a word class or a word. */
interface Compiled { words: string[]; kinds: ('modal' | 'class' | 'word')[] }
const compiled = new WeakMap<string[], Compiled>();
function compile(sh: string[]): Compiled {
  let c = compiled.get(sh);
  if (!c) {
    const words = sh.filter((p) => p !== '_');
    c = { words, kinds: words.map((p) => (p === 'MODAL' ? 'modal' : /^[A-Z]+$/.test(p) ? 'class' : 'word')) };
    compiled.set(sh, c);
  }
  return c;
}

/**
 * The shapes by their first place (a word, a word class, a modal; a shape of a gap alone fits anywhere), each list
 * in the shapes' order: a word is tried only against the shapes it can open.
 */
interface ShapeIndex { byWord: Map<string, number[]>; byClass: Map<string, number[]>; modal: number[]; any: number[] }
const indexes = new WeakMap<string[][], ShapeIndex>();
function shapeIndex(shapes: string[][]): ShapeIndex {
  let x = indexes.get(shapes);
  if (!x) {
    const ix: ShapeIndex = { byWord: new Map(), byClass: new Map(), modal: [], any: [] };
    const add = (m: Map<string, number[]>, key: string, i: number) => { const l = m.get(key); if (l) l.push(i); else m.set(key, [i]); };
    shapes.forEach((sh, i) => {
      const { words, kinds } = compile(sh);
      if (!words.length) ix.any.push(i);
      else if (kinds[0] === 'modal') ix.modal.push(i);
      else add(kinds[0] === 'class' ? ix.byClass : ix.byWord, words[0]!, i);
    });
    x = ix;
    indexes.set(shapes, x);
  }
  return x;
}

const NONE: number[] = [];
/** The shapes that can start at FIRST, in order (all of a list of one or two). */
function shapeOrder(shapes: string[][], first: SideToken, modals: Set<string>): number[] {
  if (shapes.length <= 2) return shapes.map((_, i) => i);
  const ix = shapeIndex(shapes);
  const lists = [ix.byClass.get(cls(first)), ix.byWord.get(first.norm), modals.has(first.norm) ? ix.modal : undefined, ix.any].filter((l): l is number[] => !!l?.length);
  if (!lists.length) return NONE;
  return lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
}

function shapesAt(ctx: PairContext, side: Side, shapes: string[][], k: number): string[] | undefined {
  const toks = side.tokens;
  const modals = ctx.lex.structure.modalAuxiliaries;
  const first = toks[k];
  // Before the first word or past the last: no shape starts there (every shape has words besides its gap).
  if (!first) return undefined;
  for (const at of shapeOrder(shapes, first, modals)) {
    const sh = shapes[at]!;
    const { words, kinds } = compile(sh);
    // A hyphenated word ("the on-board camera") is read as its parts: no shape runs into a hyphen.
    if (toks[k + words.length]?.norm === '-') continue;
    let fits = true;
    for (let i = 0; i < words.length && fits; i++) {
      const t = toks[k + i];
      const p = words[i]!, kind = kinds[i];
      fits = !!t && t.sent === first.sent && (kind === 'modal' ? modals.has(t.norm) : kind === 'class' ? cls(t) === p : t.norm === p);
    }
    if (fits) return sh;
  }
  return undefined;
}

export function gaps(ctx: PairContext): Gap[] {
  const shapes = ctx.lex.structure.gapShapes;
  if (!shapes.length) return [];
  const sus = ctx.sus.tokens, ref = ctx.ref.tokens;
  const susMatch = matchOf(ctx, 'sus'), refMatch = matchOf(ctx, 'ref');
  const out: Gap[] = [];
  for (let k = 0; k + 1 < sus.length; k++) {
    const sh = shapesAt(ctx, ctx.sus, shapes, k);
    if (!sh) continue;
    // The gap ("_" in the shape) lies between two of the copy's words that are the reference's own (the nearest
    // matched ones, within a word or two: "as a and" for "as an obstetrician and"); the reference's words between
    // them, all unmatched, are what the copy lost.
    const at = k + sh.indexOf('_') - 1;
    let p = at;
    while (p > at - 2 && p > 0 && susMatch[p]! < 0) p--;
    const a = susMatch[p]!;
    if (a < 0) continue;
    let n = at + 1;
    while (n < sus.length && n <= at + 3 && susMatch[n]! < 0) n++;
    let b = susMatch[n] ?? -1;
    // The word diff pairs words, not stops: a stop or comma after the gap stands for the reference's own next one.
    const next = sus[at + 1];
    if (b < 0 && next && !next.isWord && susMatch[next.k]! < 0) {
      const same = ref.slice(a + 1, a + MAX_GAP + 2).find((t) => !t.isWord && t.norm === next.norm && refMatch[t.k]! < 0);
      if (same) b = same.k;
    }
    if (b <= a + 1 || b - a - 1 > MAX_GAP) continue;
    // A word of the copy's own right after the gap, read as a preposition between an article and a noun (or what
    // wink reads as an adjective: "future"), is an adjective in the lost word's place ("in the foreseeable future"
    // / "in the near future"): a word replaced, not cut out.
    if (next?.isWord && next.pos === 'ADP' && susMatch[at + 1]! < 0 && sus[at]!.pos === 'DET' && (sus[at + 2]?.pos === 'NOUN' || sus[at + 2]?.pos === 'ADJ') && sus[at + 2]!.sent === next.sent) continue;
    const between = ref.slice(a + 1, b).filter((t) => refMatch[t.k]! < 0);
    if (!between.some((t) => t.content && t.isWord)) continue;
    // The reference is not broken in the same way (a shape it has is how the text is written).
    if (shapesAt(ctx, ctx.ref, [sh], a - (at - k))) continue;
    out.push({ sus: [sus[at]!, sus[at + 1]!], ref: between });
  }
  return out;
}

/** A pair lined up at least this closely is one sentence said twice: a verb gone from it is a gap, not a rewording. */
const SAME_SENTENCE = 0.6;
/** A copy sentence of fewer words than this may be a fragment by design (a reply, a heading). */
const MIN_WORDS = 6;

/**
 * The predicate cut out: the copy's sentence ends as a sentence, but has no verb at all where the reference's
 * has one it lost ("There has been a recent increase in attacks in Australia, especially in Queensland." ->
 * "Recently, attacks in Australia, especially in Queensland."): what the sentence claimed is gone.
 */
export function lostPredicate(ctx: PairContext): Gap | null {
  if (ctx.pair.reference.length !== 1 || ctx.pair.suspect.length !== 1 || ctx.pair.similarity < SAME_SENTENCE) return null;
  const rs = ctx.ref.sentences[0]!, ss = ctx.sus.sentences[0]!;
  // (A question is often asked without its verb, and a typo may hide it: "What si the difference ...?")
  if (rs.furnitureLike || ss.furnitureLike || !endsSentence(ss.text) || /\?\W*$/.test(ss.text)) return null;
  const sus = ctx.sus.tokens, ref = ctx.ref.tokens;
  if (sus.filter((t) => t.isWord).length < MIN_WORDS || sus.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const refMatch = matchOf(ctx, 'ref');
  // Every verb of the reference's sentence lost (one the copy still has is a word the tagger reads otherwise there).
  // Known miss: a verb the tagger reads as a noun on both sides ("a person possesses correlates" / "of a person
  // correlates") leaves the copy looking verbless.
  const verbs = ref.filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (!verbs.length || verbs.some((t) => refMatch[t.k]! >= 0)) return null;
  return { sus: sus.filter((t) => t.isWord), ref: verbs };
}
