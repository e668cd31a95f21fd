// A detail dropped from an aligned sentence whose claim stays: a day or date ("on Friday"), a title
// ("Treasurer Jim Chalmers" -> "Jim Chalmers") or part of a name the copy still gives ("Vanessa Feltz" -> "Feltz").
// (A person's name with a personal pronoun in its very place is no dropped name at all: the omission check passes
// it over. A name given as a pronoun elsewhere in the sentence is not among these: on the public sets that is as
// often a dropped participant.)
// The omission check cannot
// tell these from a dropped participant, place or amount, so they are graded here: minor, with the reason.
import { editDistanceAtMostOne, foldName, samePlace } from '../../checks/words.js';
import { foldChars } from '../fold.js';
import { QUOTE_MARK } from '../token.js';
import { escapeRegExp } from '../lexicons.js';
import { reason, regrade, sentencesOf, type CalibrationContext, type Step } from './context.js';
import type { Finding, Sentence } from '../types.js';

const DATE_VALUE = /^(weekday|month|date|time|year):/;
/** A number the copy gives this many sentences before or after the one it aligns with is not lost. */
const NUMBER_NEARBY = 3;
const inside = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const wordsOf = (s: string) => foldChars(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function whyDetail(f: Finding, ctx: CalibrationContext): string | null {
  const ref = sentencesOf(ctx.ref, f.reference), sus = sentencesOf(ctx.sus, f.suspect);
  if (!f.reference || !sus.length) return null;
  const span = f.reference.span;
  const dropped = wordsOf(f.reference.text);
  const numbers = ref.flatMap((s) => s.numbers).filter((n) => inside(n.span, span));
  // A period named by an ordinal and a fraction ("in the second half of last year") dates the claim as a month does.
  const period = (n: { value: string; span: [number, number] }) => /^\d+(st|nd|rd|th)$/.test(n.value)
    && ctx.lex.fractions.has((/^\s*(\p{L}+)/u.exec(ctx.ref.source.text.slice(n.span[1], n.span[1] + 12))?.[1] ?? '').toLowerCase());
  if (numbers.length && numbers.every((n) => DATE_VALUE.test(n.value) || period(n))) return 'date-detail';
  // "a 23-year-old American" dropped from what is said of a person the copy still names: an age (and the
  // nationality said with it) is a detail.
  const refText0 = ctx.ref.source.text;
  const { age: AGE, ageBefore: AGE_BEFORE, rankBefore: RANK_BEFORE, perUnit: PER_UNIT, restated } = patterns(ctx.lex);
  const RESTATED = (between: string) => restated.test(between);
  if (numbers.length && numbers.every((n) => AGE.test(refText0.slice(n.span[1], n.span[1] + 12)))) return 'age-detail';
  if (!numbers.length && AGE_BEFORE.test(refText0.slice(Math.max(0, span[0] - 14), span[0])) && dropped.length === 1) return 'age-detail';
  // "No. 1-ranked" / "top-ranked": the same rank.
  if (numbers.length === 1 && numbers[0]!.value === '1' && RANK_BEFORE.test(refText0.slice(Math.max(0, span[0] - 8), span[0]))
    && sus.some((s) => s.tokens.some((t) => ctx.lex.firstRankWords.has(t.norm)))) return 'same-rank';
  // "finished 56 seconds adrift in second place" / "finished in second place": the margin, the standing kept.
  if (numbers.length && numbers.every((n) => isMargin(ctx, ref, n.span))) return 'margin-detail';
  // An amount given in two units ("1.6-mile (2.57 km)") of which the copy keeps one.
  const susValues = new Set(sus.flatMap((s) => s.numbers.map((n) => n.value)));
  // An ordinal spelled as a word, the copy giving its cardinal ("in the first run" / "in heat one"), or one before a
  // plural noun, where it says "early" ("the first results are in"; not a record: "the first women to fly"): no
  // rank or count is lost.
  if (numbers.length && numbers.every((n) => ordinalSaid(ctx, ref, n, sus))) return 'ordinal-restated';
  const all = ref.flatMap((s) => s.numbers);
  const refText = ctx.ref.source.text;
  // The kept one before or after the dropped one, the second in brackets.
  const bracketed = (x: { span: [number, number] }, y: { span: [number, number] }) =>
    y.span[0] > x.span[1] && y.span[0] - x.span[1] <= 16 && refText.slice(x.span[1], y.span[0]).includes('(');
  if (numbers.length && numbers.every((n) => all.some((m) => m !== n && susValues.has(m.value) && (bracketed(n, m) || bracketed(m, n))))) return 'unit-conversion';
  // "$1.05 billion, or $1.16 per share" / "$1.05 billion": the same amount again per unit, the amount kept.
  const perUnit = (n: { span: [number, number] }) => PER_UNIT.test(refText.slice(n.span[1], n.span[1] + 24))
    && all.some((m) => m !== n && susValues.has(m.value) && m.span[1] <= n.span[0] && RESTATED(refText.slice(m.span[1], n.span[0])));
  if (numbers.length && numbers.every(perUnit)) return 'per-unit';
  const content = dropped.filter((w) => !ctx.lex.dateFrameWords.has(w));
  if (!content.length) return null;
  if (!numbers.length && toldWhom(ctx, ref, span, sus)) return 'audience';
  if (!numbers.length && regionOfPlace(ctx, ref, span, sus)) return 'place-region';
  if (!numbers.length && publishedIn(ctx, ref, span)) return 'publication';
  if (!numbers.length && ofSource(ctx, ref, span, sus)) return 'source-detail';
  if (!numbers.length && inApposition(ctx, ref, span, sus)) return 'apposition-detail';
  if (content.every((w) => ctx.lex.titleWords.has(w))) return 'title-detail';
  // The copy's sentences still say every dropped word as often as the reference's do (a sentence split in two,
  // the second half read apart), a place's adjective perhaps as its name ("the Chinese Foreign Ministry" /
  // "China's foreign ministry").
  const count = (list: Sentence[], w: string) => list.reduce((n, s) => n + s.tokens.filter((t) => t.norm.toLowerCase() === w || samePlace(ctx.lex, t.norm, w)).length, 0);
  if (content.every((w) => count(sus, w) >= count(ref, w) && count(sus, w) > 0)) return 'still-there';
  // A word the reference's sentence says twice and the copy's once, with a pronoun more ("Since Japan has many
  // islands, Japan is called ..." / "Since Japan has many islands, it is called ..."): the second mention is the pronoun.
  const pronouns = (list: Sentence[]) => list.reduce((n, s) => n + s.tokens.filter((t) => ctx.lex.thirdPersonPronouns.has(t.norm)).length, 0);
  if (content.every((w) => count(sus, w) > 0 && count(ref, w) >= 2) && pronouns(sus) > pronouns(ref)) return 'repeated';
  // The same characters spaced or written differently: "(90 + 8)" / "(90+8)", "km²" / "km2", "Co-operation" / "Cooperation".
  if (sameCharacters(ctx.ref.source.text, ref, span, sus)) return 'same-characters';
  // A name the copy spells a letter otherwise ("al-Qaida" / "Al Qaeda"): every dropped word is a capitalised word
  // of the copy's sentence a letter off (the entity check's reading of a misspelt name).
  const capitals = sus.flatMap((s) => s.tokens).filter((t) => t.isWord && /^\p{Lu}/u.test(t.text)).map((t) => foldName(t.text));
  const letterOff = (w: string) => w.length >= 5 && capitals.some((c) => c.length >= 5 && c !== w && editDistanceAtMostOne(w, c));
  if (/^\p{Lu}/u.test(f.reference.text) && content.every((w) => letterOff(foldName(w)))) return 'name-spelling';
  const own = new Set(sus.map((s) => s.index));
  const nearby = (k: number) => {
    const out: Sentence[] = [];
    for (const s of sus) for (let i = Math.max(0, s.index - k); i <= s.index + k; i++) if (!own.has(i) && ctx.sus.sentences[i]) out.push(ctx.sus.sentences[i]!);
    return out;
  };
  // The copy gives the number within NUMBER_NEARBY sentences (a sentence split in two, the number kept in the
  // half the aligner did not pair: "Of the 41 patients ... for four weeks" / "gave half of the 41 patients ...",
  // three sentences on "The study lasted for four weeks ...").
  const nearValues = new Set(nearby(NUMBER_NEARBY).flatMap((s) => s.numbers.map((n) => n.value)));
  if (numbers.length) return numbers.every((n) => nearValues.has(n.value)) && dropped.every((w) => /^\p{N}|^[$.,%]/u.test(w) || numbers.some((n) => (wordsOf(n.text) as string[]).includes(w))) ? 'number-nearby' : null;
  // "Cupertino, Calif.-based Apple" / "Apple": where the body is based, the body kept.
  if (basedOn(ctx, f.reference.span, sus)) return 'based-detail';
  const susWords = new Set(sus.flatMap((s) => s.tokens.map((t) => t.norm)));
  // A capitalised word the copy brings in ("White House spokesman" -> "Israeli spokesman") replaced the name.
  const refWords = new Set(ref.flatMap((s) => s.tokens.map((t) => t.norm)));
  const brought = sus.some((s) => s.tokens.some((t, i) => i > 0 && t.isWord && /^\p{Lu}/u.test(t.text) && !refWords.has(t.norm)));
  // The rest of the name is still there: "Vanessa Feltz" / "Feltz".
  const names = ref.flatMap((s) => s.names).filter((n) => inside(n.span, span));
  if (!brought && names.some((n) => n.parts.some((p) => !content.includes(p) && susWords.has(p)))) return 'name-part';
  // The copy names it in a sentence next to this one ("A study by the University of Edinburgh examined ..." /
  // "The researchers examined ...", the sentence before: "the Edinburgh study").
  // Not a name the copy's sentence still has: that is a second mention dropped, which the omission check means.
  const near = new Set(nearby(2).flatMap((s) => s.tokens.map((t) => t.norm)));
  const core = (n: (typeof names)[number]) => n.parts.filter((p) => !ctx.lex.titleWords.has(p));
  if (!brought && names.length && names.every((n) => core(n).some((p) => near.has(p)) && !core(n).some((p) => susWords.has(p)))) return 'name-nearby';
  // A name that qualifies a noun ("Swiatek's victory", "the Johns Hopkins team"), dropped where the copy names
  // it elsewhere: what is gone is the qualifier, not the name. (A name the sentence is about, "the attack
  // against Iran", is a participant, however often the copy names it.)
  // Not where the copy brings in a capitalised word in its place ("White House spokesman" -> "Israeli spokesman").
  if (!brought && names.length && names.every((n) => qualifies(ctx, ref, n.span) && core(n).length > 0 && core(n).every((p) => copyWords(ctx).has(p)))) return 'name-qualifier';
  // A place that qualifies a person ("a local Maui official" / "a local official"), dropped where the reference
  // names it in another sentence too: the story's setting, given once more, not who the person is.
  if (!brought && names.length && names.every((n) => qualifies(ctx, ref, n.span) && ofPerson(ctx, ref, n.span) && core(n).length > 0
    && core(n).every((p) => ctx.lex.places.has(p) || ctx.lex.nounClasses.get(p) === 'location') && core(n).every((p) => namedElsewhere(ctx, ref, p)))) return 'name-setting';
  // A named speaker given as a pronoun: "Vanessa said today: '...'" / "'...' she said".
  if (names.length && speaksAfter(ref, span, ctx) && sus.some((s) => pronounSpeaks(s, ctx))) return 'speaker-pronoun';
  // A named subject the copy refers back to ("Microsoft has identified ..." / "The company has identified ...",
  // "He has identified ..."): the same verb, its subject a pronoun or a definite description, no new name brought in.
  // (A description may bring in the capitalised words that qualify it: "Waagner represented himself" / "the
  // Venango County man represented himself".)
  const back = names.length && content.every((w) => names.some((n) => n.parts.includes(w))) ? referredBack(ctx, ref, span, sus) : null;
  if (back && !sus.some((s) => s.tokens.some((t, i) => i > 0 && t.isWord && /^\p{Lu}/u.test(t.text) && !refWords.has(t.norm) && !back.has(t.norm)))) return 'subject-referred';
  // Indirect speech made direct: "the ministry's spokesman said the ministry will ..." / "the ministry's spokesman
  // said: 'we will ...'". The copy still names it (in the attribution), and in its quotation the speaker says "we".
  const firstPerson = (ss: Sentence[], quoted: boolean) => ss.reduce((k, s) => k + s.tokens.filter((t) => ctx.lex.firstPersonPronouns.has(t.norm) && (!quoted || t.quoted)).length, 0);
  if (names.length && names.every((n) => core(n).every((p) => susWords.has(p))) && firstPerson(sus, true) > firstPerson(ref, false)) return 'speaker-first-person';
  return null;
}

const anyOf = (words: string[]) => `(?:${words.map(escapeRegExp).join('|') || '(?!)'})`;

/** The patterns read around a dropped detail, made from the number lexicon's words once per lexicon. */
interface DetailPatterns { age: RegExp; ageBefore: RegExp; rankBefore: RegExp; perUnit: RegExp; restated: RegExp; based: RegExp }
const patternsMemo = new WeakMap<object, DetailPatterns>();
function patterns(lex: CalibrationContext['lex']): DetailPatterns {
  let p = patternsMemo.get(lex);
  if (!p) {
    const dash = '[-\\u2010\\u2011 ]';
    const age = `${anyOf(lex.ageUnits)}${dash}${anyOf(lex.ageWords)}`;
    p = {
      // An age said of someone named beside it ("a 23-year-old American"), not one that stands for the person
      // ("told the 49-year-old, whose family ...").
      age: new RegExp(`^${dash}?${age}\\s+\\p{L}`, 'iu'),
      ageBefore: new RegExp(`\\d${dash}${age}\\s$`, 'iu'),
      rankBefore: new RegExp(`(?<![\\p{L}\\p{N}])${anyOf(lex.rankMarkers)}\\s?$`, 'iu'),
      perUnit: new RegExp(`^\\s*${anyOf(lex.perUnitWords)}\\s+\\p{L}+`, 'u'),
      // Between an amount and the same amount per unit: "$1.05 billion, or $1.16 per share".
      restated: new RegExp(`^\\s*,\\s*(?:${anyOf(lex.restatementWords)}\\s+)?$`, 'u'),
      based: new RegExp(`^(?:,\\s*\\p{Lu}[\\p{L}.]*)?[-\\u2010\\u2011]?\\s?${anyOf(lex.basedWords)}\\s+(?:\\p{L}+\\s+)?(\\p{L}+)`, 'u'),
    };
    patternsMemo.set(lex, p);
  }
  return p;
}

/** Every word of the copy, once per copy. */
const copyWordsMemo = new WeakMap<object, Set<string>>();
function copyWords(ctx: CalibrationContext): Set<string> {
  let w = copyWordsMemo.get(ctx.sus);
  if (!w) { w = new Set(ctx.sus.sentences.flatMap((s) => s.tokens.map((t) => t.norm))); copyWordsMemo.set(ctx.sus, w); }
  return w;
}

/** The name at span qualifies the noun after it: a possessive ("Swiatek's victory") or a noun ("the Johns Hopkins team"). */
function qualifies(ctx: CalibrationContext, ref: Sentence[], span: [number, number]): boolean {
  for (const s of ref) {
    const k = s.tokens.findIndex((t) => t.start >= span[1]);
    if (k < 0 || s.tokens[k]!.start > span[1] + 1) continue;
    const t = s.tokens[k]!;
    return /^['\u2019]s$/.test(t.norm) || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !ctx.lex.reportingVerbs.has(t.lemma));
  }
  return false;
}

/**
 * An ordinal word (no digits) whose cardinal the copy's sentences say more often than the reference's ("in the first
 * run" / "in heat one"; not "one of the first trials" / "one among the primary trials", whose "one" is the
 * reference's own), or one before a plural noun not followed by a record marker.
 */
function ordinalSaid(ctx: CalibrationContext, ref: Sentence[], n: { value: string; text: string; span: [number, number] }, sus: Sentence[]): boolean {
  const m = /^(\d+)(st|nd|rd|th)$/.exec(n.value);
  if (!m || /\d/.test(n.text)) return false;
  const times = (list: Sentence[]) => list.reduce((k, s) => k + s.numbers.filter((x) => x.value === m[1]).length, 0);
  if (times(sus) > times(ref)) return true;
  for (const s of ref) {
    const k = s.tokens.findIndex((t) => t.start >= n.span[1]);
    if (k < 0) continue;
    const noun = s.tokens[k]!, after = s.tokens[k + 1];
    return noun.pos === 'NOUN' && noun.norm !== noun.lemma && !(after && ctx.lex.recordMarkers.has(after.norm));
  }
  return false;
}

/** The noun after the name at span is a person noun ("official", "residents"). */
function ofPerson(ctx: CalibrationContext, ref: Sentence[], span: [number, number]): boolean {
  for (const s of ref) {
    const t = s.tokens.find((x) => x.start >= span[1]);
    if (t) return t.pos === 'NOUN' && ctx.lex.nounClasses.get(t.lemma) === 'person';
  }
  return false;
}

/** The reference names WORD in a sentence other than REF's. */
function namedElsewhere(ctx: CalibrationContext, ref: Sentence[], word: string): boolean {
  const own = new Set(ref);
  return ctx.ref.sentences.some((s) => !own.has(s) && s.tokens.some((t) => t.norm === word));
}

/** The amount at span is a margin: its unit (one word at most), then a margin word ("56 seconds adrift"). */
function isMargin(ctx: CalibrationContext, ref: Sentence[], span: [number, number]): boolean {
  for (const s of ref) {
    const k = s.tokens.findIndex((t) => t.start >= span[1]);
    if (k < 0) continue;
    const a = s.tokens[k], b = s.tokens[k + 1];
    return !!a && (ctx.lex.marginWords.has(a.norm) || (a.isWord && !!b && ctx.lex.marginWords.has(b.norm)));
  }
  return false;
}

/** Characters folded and compatibility-normalised (NFKC: "²" is "2"), lower-cased. */
const folded = (s: string) => foldChars(s).normalize('NFKC').toLowerCase();
const squash = (s: string) => folded(s).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The dropped text, alone or run together with the word before or after it, is what a run of the copy's words
 * says once spaces, hyphens and signs are left out and characters folded (NFKC: "²" is "2"), cut into words
 * another way ("90 + 8" / "90+8"; the same words cut the same way are the diff's to match).
 */
function sameCharacters(refText: string, ref: Sentence[], span: [number, number], sus: Sentence[]): boolean {
  const toks = ref.flatMap((s) => s.tokens).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const cut = (list: { text: string }[]) => list.map((t) => folded(t.text)).join('|');
  const within = (a: number, b: number) => toks.filter((t) => t.start < b && t.end > a);
  const before = toks.filter((t) => t.end <= span[0]).pop(), after = toks.find((t) => t.start >= span[1]);
  const runs: [number, number][] = [[span[0], span[1]]];
  if (before) runs.push([before.start, span[1]]);
  if (after) runs.push([span[0], after.end]);
  const wanted = runs.map(([a, b]) => ({ sq: squash(refText.slice(a, b)), parts: cut(within(a, b)) })).filter((w) => w.sq.length >= 3);
  if (!wanted.length) return false;
  for (const s of sus) {
    // Each copy word folded once: a run of up to four is joined from them.
    const w = s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    const sqs = w.map((t) => squash(t.text)), cuts = w.map((t) => folded(t.text));
    for (let i = 0; i < w.length; i++) {
      let sq = '', parts = '';
      for (let j = i; j < Math.min(w.length, i + 4); j++) {
        sq += sqs[j];
        parts = j === i ? cuts[j]! : `${parts}|${cuts[j]}`;
        if (wanted.some((x) => x.sq === sq && x.parts !== parts)) return true;
      }
    }
  }
  return false;
}

/** The dropped words (or they and a state after a comma: "Cupertino, Calif.") end in "-based" before a word the copy still has. */
function basedOn(ctx: CalibrationContext, span: [number, number], sus: Sentence[]): boolean {
  const after = patterns(ctx.lex).based.exec(ctx.ref.source.text.slice(span[1], span[1] + 60));
  if (!after) return false;
  const head = foldChars(after[1]!).toLowerCase();
  return sus.some((s) => s.tokens.some((t) => t.norm === head));
}

/** The reference tokens around a span: the last word before it (and its index) and the token after it. */
function around(ref: Sentence[], span: [number, number]): { s: Sentence; k: number; next: Sentence['tokens'][number] | undefined } | null {
  for (const s of ref) {
    const k = s.tokens.findIndex((t) => t.start >= span[0]);
    if (k < 0 || s.tokens[k]!.start >= span[1]) continue;
    return { s, k, next: s.tokens.find((t) => t.start >= span[1]) };
  }
  return null;
}

const hasReportingVerb = (ctx: CalibrationContext, sus: Sentence[]) => sus.some((s) => s.tokens.some((t) => ctx.lex.reportingVerbs.has(t.lemma)));

/**
 * Who heard it, dropped where the copy still reports the claim: "Bennett told Newsweek that ..." / "..., he
 * said". The dropped words follow an audience verb (reporting.yaml audience), with at most an article between.
 */
function toldWhom(ctx: CalibrationContext, ref: Sentence[], span: [number, number], sus: Sentence[]): boolean {
  const at = around(ref, span);
  if (!at) return false;
  let j = at.k - 1;
  while (j >= 0 && at.s.tokens[j]!.pos === 'DET') j--;
  return j >= 0 && at.k - j <= 2 && ctx.lex.audienceVerbs.has(at.s.tokens[j]!.lemma) && hasReportingVerb(ctx, sus);
}

/**
 * The region after a place the copy keeps: "of Colorado Springs, Colo., is" / "of Colorado Springs is",
 * "In Nairobi, Kenya, the provost said" / "... in Nairobi". A preposition, the place, a comma, the dropped name,
 * then punctuation that does not go on to another name (a list of places: "in Ohio, Iowa, Utah and Maine").
 */
function regionOfPlace(ctx: CalibrationContext, ref: Sentence[], span: [number, number], sus: Sentence[]): boolean {
  const at = around(ref, span);
  if (!at || !/^\p{Lu}/u.test(ctx.ref.source.text.slice(span[0], span[1]))) return false;
  const toks = at.s.tokens;
  if (toks[at.k - 1]?.text !== ',') return false;
  let j = at.k - 2;
  const place = toks[j];
  if (!place || !/^\p{Lu}/u.test(place.text)) return false;
  while (j > 0 && /^\p{Lu}/u.test(toks[j - 1]!.text) && toks[j - 1]!.pos !== 'ADP') j--;
  if (toks[j - 1]?.pos !== 'ADP') return false;
  const next = at.next;
  if (next && !/^[,.;:)]$/.test(next.text)) return false;
  if (next?.text === ',') {
    const after = toks[next.i + 1];
    if (after && /^\p{Lu}/u.test(after.text) && after.pos === 'PROPN') return false;
  }
  return sus.some((s) => s.tokens.some((t) => t.norm === place.norm));
}

/**
 * Where a finding was published, dropped: "(reported in Lancet eClinical Medicine)", "published in Evolutionary
 * Systematics", "in the journal Nature" (reporting.yaml publicationVerbs, venueNouns). Not a place ("the cases
 * reported in Beijing").
 */
function publishedIn(ctx: CalibrationContext, ref: Sentence[], span: [number, number]): boolean {
  const at = around(ref, span);
  if (!at) return false;
  const toks = at.s.tokens, first = toks[at.k]!;
  const names = at.s.names.filter((n) => inside(n.span, span));
  if (!names.length || names.some((n) => ctx.lex.places.has(n.parts.join(' ')) || n.parts.some((p) => ctx.lex.places.has(p)))) return false;
  const prev = toks[at.k - 1];
  if (first.norm === 'in') return !!prev && prev.pos === 'VERB' && ctx.lex.publicationVerbs.has(prev.lemma);
  // "in the journal Nature": the venue noun before the name, "in" before it.
  return !!prev && ctx.lex.venueNouns.has(prev.norm) && toks.slice(Math.max(0, at.k - 3), at.k - 1).some((t) => t.norm === 'in');
}

/** A token of a noun phrase naming or describing someone: "co-author and Johns Hopkins physicist Ibrahima Bah",
 * "Lawrence Keefe, United States Attorney for the Northern District of Florida". */
const inPhrase = (ctx: CalibrationContext, t: Sentence['tokens'][number]) => t.isWord
  ? ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'PART'].includes(t.pos) && !ctx.lex.complementizers.has(t.norm)
  : t.text === ',' || t.text === '-';

/**
 * The dropped name is (in) the source of a reporting verb, who said it or how the speaker is described: "Lawrence
 * Keefe, United States Attorney for ..., announced that ...", "..., said co-author and Johns Hopkins physicist
 * Ibrahima Bah.", "said Carolyn Greene Bennett, Cedar Grove's town recorder." What is said stays; a source lost or
 * changed is the attribution check's finding. Only where the copy drops the reporting verb with it, or still names
 * the speaker (a part of the phrase's name, or a pronoun that speaks: "Bennett said", "they said"); a copy that
 * gives the verb to someone else has changed the source.
 */
function ofSource(ctx: CalibrationContext, ref: Sentence[], span: [number, number], sus: Sentence[]): boolean {
  const at = around(ref, span);
  if (!at) return false;
  const toks = at.s.tokens;
  let k1 = at.k;
  while (toks[k1 + 1] && toks[k1 + 1]!.start < span[1]) k1++;
  const reporting = (t: Sentence['tokens'][number] | undefined) => !!t && t.pos === 'VERB' && ctx.lex.reportingVerbs.has(t.lemma) && !t.quoted;
  let phrase: Sentence['tokens'] | null = null, verb: Sentence['tokens'][number] | null = null;
  // The subject of a verb after it: from the sentence start (or a quote mark) over the phrase to the verb, with no
  // comma or two between (an apposition): "Iran, officials said" has a claim before the comma, not a source.
  let j = at.k - 1;
  while (j >= 0 && inPhrase(ctx, toks[j]!)) j--;
  let i = k1 + 1;
  while (i < toks.length && inPhrase(ctx, toks[i]!)) i++;
  while (i < toks.length && (toks[i]!.pos === 'AUX' || toks[i]!.pos === 'ADV')) i++;
  const commas = toks.slice(j + 1, i).filter((t) => t.text === ',').length;
  if ((j < 0 || QUOTE_MARK.test(toks[j]!.text)) && reporting(toks[i]) && commas % 2 === 0) { phrase = toks.slice(j + 1, i); verb = toks[i]!; }
  else {
    // The phrase after a verb that follows what is said ("..., said X", "'...,' said X") and runs to the sentence end.
    let b = at.k - 1;
    while (b >= 0 && inPhrase(ctx, toks[b]!) && !reporting(toks[b])) b--;
    let e = k1 + 1;
    while (e < toks.length && inPhrase(ctx, toks[e]!)) e++;
    const ends = toks.slice(e).every((t) => t.isPunct && !QUOTE_MARK.test(t.text));
    if (b > 0 && reporting(toks[b]) && (toks[b - 1]!.text === ',' || QUOTE_MARK.test(toks[b - 1]!.text)) && ends) { phrase = toks.slice(b + 1, e); verb = toks[b]!; }
  }
  if (!phrase || !verb) return false;
  const copy = sus.flatMap((s) => s.tokens);
  if (!copy.some((t) => t.lemma === verb!.lemma)) return true;
  const kept = phrase.filter((t) => (t.pos === 'PROPN' || t.pos === 'NOUN') && (t.start < span[0] || t.start >= span[1]));
  // Another body or place said in its stead just before the speaker ("White House spokesman John Kirby" / "Israeli
  // spokesman John Kirby"): the source's side changed, not a detail dropped.
  const refWords = new Set(ref.flatMap((s) => s.tokens.map((t) => t.norm)));
  const replaced = copy.some((u, k) => kept.some((t) => t.pos === 'PROPN' && u.norm === t.norm) &&
    copy.slice(Math.max(0, k - 4), k).some((w) => w.sent === u.sent && (w.pos === 'PROPN' || ctx.lex.places.has(w.norm)) && !refWords.has(w.norm)));
  if (replaced) return false;
  return kept.some((t) => copy.some((u) => u.norm === t.norm || u.lemma === t.lemma)) || sus.some((s) => pronounSpeaks(s, ctx));
}

/**
 * The dropped words lie in an apposition that describes a noun the copy keeps: "The European Commission, the EU's
 * antitrust enforcer, is expected ..." / "The European Commission is expected ...". Between a comma after that
 * noun and a comma, dash or the sentence end: a noun phrase opened by an article, with no verb, whose head
 * nouns the copy does not say (a description dropped, not one restated).
 */
function inApposition(ctx: CalibrationContext, ref: Sentence[], span: [number, number], sus: Sentence[]): boolean {
  const at = around(ref, span);
  if (!at) return false;
  const toks = at.s.tokens;
  const stop = (t: Sentence['tokens'][number]) => t.text === ',' || /^[-\u2013\u2014;:.!?()]+$/.test(t.text) || QUOTE_MARK.test(t.text);
  let a = at.k - 1;
  while (a >= 0 && !stop(toks[a]!)) a--;
  let b = at.k;
  while (b < toks.length && (toks[b]!.start < span[1] || !stop(toks[b]!))) b++;
  const head = toks[a - 1], inner = toks.slice(a + 1, b);
  if (a < 1 || toks[a]!.text !== ',' || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  if (b < toks.length && toks[b]!.text === ',' && toks[b + 1] && toks[b + 1]!.pos === 'PROPN') return false;
  if (!inner.length || inner[0]!.pos !== 'DET' || inner.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return false;
  const copy = sus.flatMap((s) => s.tokens);
  const nouns = inner.filter((t) => t.pos === 'NOUN' && (t.start >= span[1] || t.end <= span[0]));
  return copy.some((t) => t.norm === head.norm) && nouns.length > 0 && !nouns.some((n) => copy.some((t) => t.lemma === n.lemma));
}

/** The word after the dropped name is a reporting verb ("Vanessa said"). */
function speaksAfter(ref: Sentence[], span: [number, number], ctx: CalibrationContext): boolean {
  for (const s of ref) {
    const k = s.tokens.findIndex((t) => t.start >= span[1] && t.isWord);
    if (k >= 0 && ctx.lex.reportingVerbs.has(s.tokens[k]!.lemma)) return true;
  }
  return false;
}

/**
 * The token after the dropped name is a verb the copy's sentence has with a pronoun or "the" + noun before it, the
 * noun perhaps qualified by capitalised words ("the Venango County man"): null if not, else those words.
 */
function referredBack(ctx: CalibrationContext, ref: Sentence[], span: [number, number], sus: Sentence[]): Set<string> | null {
  for (const s of ref) {
    // The verb straight after the name, nothing between: not a name inside an apposition ("the suspect, a man
    // from Leeds, had been arrested").
    const verb = s.tokens.find((t) => t.start >= span[1]);
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    for (const c of sus) {
      const w = c.tokens.filter((t) => t.isWord);
      for (let i = 1; i < w.length; i++) {
        if (w[i]!.lemma !== verb.lemma) continue;
        const before = w[i - 1]!;
        if (ctx.lex.thirdPersonPronouns.has(before.norm)) return new Set();
        if (before.pos !== 'NOUN' || /^\p{Lu}/u.test(before.text)) continue;
        let j = i - 2;
        while (j >= 0 && i - 2 - j < 4 && /^\p{Lu}/u.test(w[j]!.text) && !ctx.lex.definiteArticles.has(w[j]!.norm)) j--;
        if (ctx.lex.definiteArticles.has(w[j]?.norm ?? '')) return new Set(w.slice(j + 1, i - 1).map((t) => t.norm));
      }
    }
  }
  return null;
}

/** A personal pronoun next to a reporting verb: "she said", "said she". */
function pronounSpeaks(s: Sentence, ctx: CalibrationContext): boolean {
  const w = s.tokens.filter((t) => t.isWord);
  return w.some((t, i) => ctx.lex.speakerPronouns.has(t.norm) && [w[i - 1], w[i + 1]].some((u) => !!u && ctx.lex.reportingVerbs.has(u.lemma)));
}

export const detail: Step = (findings, ctx) => findings.map((f) => {
  if (f.rule !== 'omission.content' || f.severity === 'minor') return f;
  const why = whyDetail(f, ctx);
  return why ? regrade(f, 'minor', reason(ctx, why)) : f;
});
