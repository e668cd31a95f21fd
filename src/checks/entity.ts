// entity: names and titles that changed (a misspelt surname, another first name, another office), and
// participants that changed class (people become a group or a place: "the men" -> "the two militaries").
import stringSimilarity from 'string-similarity';
import type { Check } from '../core/check.js';
import { areSynonyms, endingOf, isOrdinaryPlural, ordinarySingular, type Lexicons } from '../core/lexicons.js';
import type { SideToken } from '../core/diff.js';
import { spanEvidence, evidence } from '../core/pair.js';
import { editDistanceAtMostOne, foldName, loneOpening, nameChange, sameAlias } from './words.js';
import type { NameMention } from '../core/types.js';

const initialOf = (a: string, b: string) => a.length <= 2 && b.startsWith(a.replace(/\.$/, ''));

/** A name part folded for comparison: no case, accents, spaces, hyphens or apostrophes ("Banaś" = "banas"). */

/**
 * A part of a person's name: letters only, and no dictionary word unless WordNet knows it first as a name
 * ("Turner") or it is a common first name ("Tom", "Bell": given-names.json).
 */
const nameLike = (lex: Lexicons, w: string, given = true) => {
  if (!/^\p{L}{3,}$/u.test(w)) return false;
  const l = w.toLowerCase();
  return lex.synonyms.get(l) === undefined || lex.properNouns.has(l) || (given && lex.givenNames.has(l));
};

/**
 * A word WordNet knows as a common word ("invoice"), or whose lemma or singular it knows ("Ingesting": ingest,
 * "Drugs" read as a proper noun: drug).
 */
const dictionaryWord = (lex: Lexicons, w: string, lemma?: string) => {
  const known = (l: string) => lex.synonyms.get(l) !== undefined || lex.nounClasses.get(l) !== undefined || lex.categories.get(l) !== undefined;
  const l = w.toLowerCase();
  return /^\p{L}{3,}$/u.test(w) && (known(l) || (!!lemma && known(lemma)) || ordinarySingular(lex, l) !== null);
};
/**
 * Whether a side still says a name's word as a word of a name, capitalised ("2004 Summer Olympics in Athens"
 * still says the "Athens" of "2004 Athens Olympics"): the name is said in another order, not renamed. A
 * lower-case word ("eating plans") is an ordinary word, whatever name's word it spells.
 */
const saysAsName = (toks: readonly SideToken[], w: string, lemma = true) => {
  const l = w.toLowerCase();
  return toks.some((t) => (t.norm === l || (lemma && t.lemma === l)) && /^\p{Lu}/u.test(t.text));
};
/** The lemma of a name part as its side says it ("Ingesting": ingest). */
const lemmaIn = (toks: readonly SideToken[], w: string) => toks.find((t) => t.norm === w.toLowerCase())?.lemma;

/**
 * How two mentions of a name that share a part differ. 'other' (another person) only for a person's name: as
 * many parts on both sides, one part in the same place replaced by another name that is no dictionary word
 * ("Melissa Gutierrez" / "Melissa Hernandez"); a longer or shorter title of a body ("Ashford Magistrates" /
 * "Ashford District Court") is a name written otherwise, at most minor.
 */
function partsChange(lex: Lexicons, a: string[], b: string[]): 'same' | 'typo' | 'other' {
  const fa = a.map(foldName), fb = b.map(foldName);
  const onlyA = a.filter((_, i) => !fb.includes(fa[i]!)), onlyB = b.filter((_, i) => !fa.includes(fb[i]!));
  if (!onlyA.length && !onlyB.length) return 'same';
  if (fa.join('') === fb.join('')) return 'same';
  const one = onlyA.length === 1 && onlyB.length === 1 && a.length === b.length && a.length >= 2 && fa.indexOf(foldName(onlyA[0]!)) === fb.indexOf(foldName(onlyB[0]!));
  // Another surname, whatever else changed around it ("Dr. Keller" / "Dr. Marta Oyelaran"), is another person
  // when both are names and neither side still has the other's.
  const la = a[a.length - 1]!, lb = b[b.length - 1]!;
  // (Here a dictionary word is no name, whatever first names it is among, nor is a plural: "Ashford Magistrates"
  // / "Ashford District Court" is one court.)
  const surname = (w: string) => nameLike(lex, w, false) && !isOrdinaryPlural(lex, w.toLowerCase());
  if (onlyA.includes(la) && onlyB.includes(lb) && nameChange(la, lb) === 'other' && surname(la) && surname(lb)) return 'other';
  const c = onlyA.length === 1 && onlyB.length === 1 ? nameChange(onlyA[0]!, onlyB[0]!) : 'typo';
  if (c === 'other' && !(one && nameLike(lex, onlyA[0]!) && nameLike(lex, onlyB[0]!))) return 'typo';
  return c;
}
/**
 * A name of a body or a work whose words became other words ("Healthy Eating Index" / "Healthy Diet Index",
 * "Alternate Mediterranean Diet" / "Alternative Mediterranean Diet"), as a spinner or a round trip renames what a
 * reader would look up: a name of two parts or more, as many parts on both sides with at least one kept in its
 * place, and every changed part a dictionary word on both sides that is neither a spelling variant, a plural nor
 * the same lemma of the other, nor a word the other side still says. A name cut short is renamed too when the
 * copy's name goes on with words of its own where the dropped ones stood ("JAMA Internal Medicine" / "JAMA Inside
 * Drugs", read as "JAMA"); a person's name, a single word ("Challenger" / "Challenge Award") or a name written
 * longer or shorter in other words ("Ashford Magistrates" / "Ashford District Court") is not.
 */
function renamed(ctx: Parameters<Check>[0], r: NameMention, s: NameMention): boolean {
  const lex = ctx.lex, a = r.parts, b = s.parts;
  if (a.length < 2) return false;
  const word = (w: string, side: 'ref' | 'sus') => dictionaryWord(lex, w, lemmaIn(ctx[side].tokens, w)) && !lex.givenNames.has(w.toLowerCase()) && !lex.titleWords.has(w.toLowerCase());
  // A name said in another order keeps its words as a name's ("2004 Athens Olympics" / "2004 Summer Olympics in
  // Athens"); a name cut short may say the dropped word as an ordinary one ("the pass through the Siskiyou
  // Mountains" / "the Siskiyou Pass").
  const says = (side: 'ref' | 'sus', w: string) => saysAsName(ctx[side].tokens, w);
  const saysAtAll = (side: 'ref' | 'sus', w: string) => ctx[side].tokens.some((t) => t.norm === w.toLowerCase() || t.lemma === w.toLowerCase());
  const variant = (x: string, y: string) => {
    const fx = x.toLowerCase(), fy = y.toLowerCase();
    const base = (w: string) => lex.spelling.get(w) ?? ordinarySingular(lex, w) ?? w;
    return base(fx) === base(fy) || editDistanceAtMostOne(fx, fy);
  };
  const fa = a.map(foldName), fb = b.map(foldName);
  if (a.length === b.length) {
    const at = a.map((_, i) => i).filter((i) => fa[i] !== fb[i]);
    return at.length > 0 && at.length < a.length && at.every((i) => word(a[i]!, 'ref') && word(b[i]!, 'sus') && !variant(a[i]!, b[i]!)
      && !says('sus', a[i]!) && !says('ref', b[i]!));
  }
  if (b.length === 0 || b.length >= a.length || !fb.every((p, i) => p === fa[i])) return false;
  const dropped = a.slice(b.length);
  const next = ctx.sus.tokens.find((t) => t.start >= s.span[1]);
  const last = ctx.sus.tokens.filter((t) => t.end <= s.span[1]).pop();
  return dropped.every((w) => word(w, 'ref') && !saysAtAll('sus', w)) && !!next && !!last && next.sent === last.sent && next.isWord
    && /^\p{Lu}\p{Ll}/u.test(next.text) && !saysAtAll('ref', next.text) && word(next.text, 'sus');
}

/**
 * Of the copy's names known by the same key, the one most like R: not yet taken, sharing the most parts, as many
 * parts ("Alternate Healthy Eating Index" goes with "Alternate Balanced Ingesting Index", not with the bare "Index"
 * of another name further on); the first of equals.
 */
function closestByKey(r: NameMention, cands: NameMention[], used: Set<NameMention>): NameMention | undefined {
  let best: NameMention | undefined, bestScore = -1;
  for (const s of cands) {
    const shared = s.parts.filter((p) => r.parts.includes(p)).length;
    const score = (used.has(s) ? 0 : 100) + shared * 2 + (s.parts.length === r.parts.length ? 1 : 0);
    if (score > bestScore) { bestScore = score; best = s; }
  }
  return best;
}

/**
 * Persons a relative clause is said of ("people who ate") replaced by a bare adjective before the same "who" ("radical
 * who ate", as a spinner swaps words): the copy no longer names who did it. Not an adjective after a determiner,
 * which names persons itself ("the elderly who"), nor a synonym.
 */
function personsGone(ctx: Parameters<Check>[0], h: { ref: SideToken[]; sus: SideToken[] }): { p: SideToken; w: SideToken } | null {
  const lex = ctx.lex;
  for (const p of h.ref) {
    const rel = ctx.ref.tokens[p.k + 1];
    if (p.pos !== 'NOUN' || !rel || rel.sent !== p.sent || !lex.relativePronouns.has(rel.norm)) continue;
    const cls = lex.nounClasses.get(p.lemma);
    if (cls !== 'person' && cls !== 'group' && !lex.peopleNouns.has(p.norm) && !lex.peopleNouns.has(p.lemma)) continue;
    const at = ctx.diff.refMatch[rel.k]!;
    const w = at > 0 ? ctx.sus.tokens[at - 1] : undefined;
    if (!w || !h.sus.includes(w) || w.pos !== 'ADJ' || w.sent !== ctx.sus.tokens[at]!.sent || areSynonyms(lex, p.lemma, w.lemma)) continue;
    const before = ctx.sus.tokens[w.k - 1];
    if (before && before.sent === w.sent && (before.pos === 'DET' || before.pos === 'PRON' || lex.definiteArticles.has(before.norm))) continue;
    return { p, w };
  }
  return null;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const entity: Check = (ctx, emit) => {
  if (!ctx.ref.sentences.length || !ctx.sus.sentences.length) return;
  const lex = ctx.lex;
  const refNames = ctx.ref.sentences.flatMap((s) => s.names);
  const susNames = ctx.sus.sentences.flatMap((s) => s.names);
  const susUsed = new Set<NameMention>();
  const pending: NameMention[] = [];
  // Reference spans already reported as a changed name: the same change is not reported twice.
  const reportedRef: [number, number][] = [];
  for (const r of refNames) {
    const exact = susNames.find((s) => s.parts.join(' ') === r.parts.join(' '));
    const same = exact ?? closestByKey(r, susNames.filter((s) => s.key === r.key), susUsed);
    if (!same) { pending.push(r); continue; }
    susUsed.add(same);
    const rt = r.titles.filter((t) => !lex.honorifics.has(t));
    const st = same.titles.filter((t) => !lex.honorifics.has(t));
    // One office named more or less fully ("Minister" / "Defense Minister") is the same office; a qualifier that
    // changes it ("former president" / "president") or another office ("Defense Secretary" / "Secretary of
    // State") is not.
    const A = [...new Set(rt)], B = [...new Set(st)];
    const within = (x: string[], y: string[]) => x.every((w) => y.includes(w)) && !y.some((w) => !x.includes(w) && lex.titleQualifiers.has(w));
    if (rt.length && st.length && !sameSet(A, B) && !within(A, B) && !within(B, A)) {
      emit('entity.title', {
        reference: spanEvidence(ctx.ref, r.fullSpan), suspect: spanEvidence(ctx.sus, same.fullSpan),
        vars: { name: same.parts[same.parts.length - 1] ?? same.text },
      });
    }
    if (r.parts.length >= 2 && same.parts.length >= 2 && r.key === same.key && r.key === r.parts[r.parts.length - 1]) {
      // The given name stands right before the surname ("Foreign Affairs Anna Kovacs": Anna); with as many parts
      // on both sides, the one part that differs is the changed one, wherever it stands ("Anna Kovacs Jr").
      const diff = r.parts.length === same.parts.length ? r.parts.map((_, i) => i).filter((i) => foldName(r.parts[i]!) !== foldName(same.parts[i]!)) : [];
      const at = diff.length === 1 ? diff[0]! : r.parts.length - 2;
      const a = r.parts[at]!, b = same.parts[at - r.parts.length + same.parts.length]!;
      if (a !== b && !initialOf(a, b) && !initialOf(b, a)) {
        // Another first name is another person ("Hillary Clinton" / "Lindsey Clinton"); a letter off is a misspelling.
        // So is a part replaced by a dictionary word that is no spelling of it, as a spinner swaps a name for a word
        // of one of its senses ("Bill Sadler" / "Invoice Sadler": a synonym in WordNet, in another sense) or a rewrite names another court ("Vienna Regional
        // Court" / "Vienna High Court"): another person for a given name, another body else. Not a part the copy's
        // sentence still says elsewhere ("2004 Athens Olympics" / "2004 Summer Olympics in Athens"), nor a word of a
        // title the reference's sentence has ("Secretary of State Antony Blinken" / "Secretary of State Blinken").
        const change = nameChange(a, b);
        const person = change === 'other' && r.parts.length === same.parts.length && nameLike(lex, a) && nameLike(lex, b);
        const swapped = !person && change === 'other' && r.parts.length === same.parts.length && /^\p{L}{3,}$/u.test(a) && dictionaryWord(lex, b, lemmaIn(ctx.sus.tokens, b))
          && !saysAsName(ctx.sus.tokens, a, false) && !saysAsName(ctx.ref.tokens, b, false) && !lex.titleWords.has(b.toLowerCase());
        const rule = person || (swapped && lex.givenNames.has(a.toLowerCase())) ? 'entity.person' : swapped ? 'entity.replaced' : 'entity.name';
        if (change !== 'same') emit(rule === 'entity.name' && renamed(ctx, r, same) ? 'entity.renamed' : rule, { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, same.span) });
      }
    }
  }
  for (const r of pending) {
    const free = susNames.filter((s) => !susUsed.has(s) && !refNames.some((x) => x.key === s.key));
    let best: NameMention | null = null, bestSim = 0;
    for (const s of free) {
      const sim = stringSimilarity.compareTwoStrings(r.parts.join(' '), s.parts.join(' '));
      const shared = r.parts.some((p) => p.length > 2 && s.parts.includes(p));
      const score = Math.max(sim, shared ? 0.55 : 0);
      if (score > bestSim) { bestSim = score; best = s; }
    }
    if (best && bestSim >= 0.5) {
      susUsed.add(best);
      reportedRef.push(r.span);
      // "Melissa Gutierrez" / "Melissa Hernandez" is another person; "Banaś" / "Banas" the same name.
      const change = partsChange(lex, r.parts, best.parts);
      if (change !== 'same') emit(change === 'other' ? 'entity.person' : renamed(ctx, r, best) ? 'entity.renamed' : 'entity.name', { reference: spanEvidence(ctx.ref, r.span), suspect: spanEvidence(ctx.sus, best.span) });
    }
  }
  // A place replaced by another place where it stood ("in Europe" -> "in the United States"), or any named
  // participant by another one ("brokered by the United Nations" -> "brokered by Russia").
  const refKeys = new Set(ctx.ref.entities.map((e) => e.key)), susKeys = new Set(ctx.sus.entities.map((e) => e.key));
  // Whether a key is an ordinary word of the other side: asked only of the rare changed name, so no sets.
  const isWordOf = (toks: SideToken[], key: string) => toks.some((t) => t.norm === key || t.lemma === key);
  const namedAbove = (e: { k0: number; k1: number }) => {
    const a = ctx.ref.tokens[e.k0]!.start, b = ctx.ref.tokens[e.k1]!.end;
    return reportedRef.some(([x, y]) => x < b && a < y);
  };
  // One capitalised dictionary word, or its plural, opening a sentence or the clause after a colon ("Little
  // information", "Police clashed", "ONE YEAR LATER: Families share") is as likely an ordinary word as a name: not
  // enough to call a participant replaced.
  const commonWordOpening = (e: { k0: number; k1: number; place: boolean }, side: 'ref' | 'sus') => {
    const t = loneOpening(ctx[side].tokens, e);
    return !!t && (lex.synonyms.get(t.norm) !== undefined || ordinarySingular(lex, t.norm) !== null);
  };
  const initial = (side: 'ref' | 'sus', e: { k0: number; k1: number }) => e.k0 === e.k1 && /^\p{Lu}\.$/u.test(ctx[side].tokens[e.k0]!.text);
  /** The word a name's initial or first part stands before: the name's next part, or the word after it. */
  const nextPart = (side: 'ref' | 'sus', e: { k0: number; k1: number }) => {
    const toks = ctx[side].tokens, k = e.k0 + 1 <= e.k1 ? e.k0 + 1 : e.k1 + 1;
    return toks[k]?.isWord && toks[k]!.sent === toks[e.k0]!.sent ? k : -1;
  };
  /** Where the evidence of a replaced participant ends on each side; -1 when it is the same name. */
  const initialWrittenOut = (g: { k0: number; k1: number }, c: { k0: number; k1: number }): [number, number] => {
    const gi = initial('ref', g), ci = initial('sus', c);
    if (gi === ci) return [g.k1, c.k1];
    const [short, full] = gi ? [ctx.ref.tokens[g.k0]!, ctx.sus.tokens[c.k0]!] : [ctx.sus.tokens[c.k0]!, ctx.ref.tokens[g.k0]!];
    if (full.text.length < 3 || foldName(full.text)[0] !== foldName(short.text)[0]) return [g.k1, c.k1];
    const a = nextPart('ref', g), b = nextPart('sus', c);
    if (a < 0 || b < 0) return [g.k1, c.k1];
    if (foldName(ctx.ref.tokens[a]!.text) === foldName(ctx.sus.tokens[b]!.text)) return [-1, -1];
    return [Math.max(g.k1, a), Math.max(c.k1, b)];
  };
  // A lone word that names nobody: a company's legal form or a time zone (grammar.yaml namesNobody: "Palm, Inc.",
  // "8am (AEST)").
  const namesNobody = (side: 'ref' | 'sus', e: { k0: number; k1: number }) => e.k0 === e.k1 && lex.namesNobody.has(ctx[side].tokens[e.k0]!.norm);
  // A name that only qualifies a description, "the Venango County man", "the Hopkinton, Mass., company": the
  // description refers to a participant (the man, the company), not to the place it names, so it replaces no name.
  const describes = (side: 'ref' | 'sus', e: { k0: number; k1: number }) => {
    const toks = ctx[side].tokens, sent = toks[e.k0]!.sent;
    if (!lex.definiteArticles.has(toks[e.k0 - 1]?.norm ?? '')) return false;
    let k = e.k1 + 1;
    // The region after a place, between commas: "Hopkinton, Mass., company".
    if (toks[k]?.text === ',' && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ',') k += 3;
    const head = toks[k];
    return !!head && head.sent === sent && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text)
      && ['person', 'group'].includes(lex.nounClasses.get(head.lemma) ?? '');
  };
  // Two names of one thing (rules/lexicon/aliases.yaml: "the Pentagon" / "the Defense Department").
  const nameOf = (side: 'ref' | 'sus', e: { k0: number; k1: number }) => ctx[side].tokens.slice(e.k0, e.k1 + 1).filter((t) => t.isWord).map((t) => t.norm);
  const aliases = (g: { k0: number; k1: number }, c: { k0: number; k1: number }) => sameAlias(ctx.rules, nameOf('ref', g), nameOf('sus', c));
  for (const h of ctx.diff.hunks) {
    const inHunk = (side: 'ref' | 'sus', toks: typeof h.ref) => {
      const ks = new Set(toks.map((t) => t.k));
      return ctx[side].entities.filter((e) => ks.has(e.k0) && ks.has(e.k1));
    };
    // A participant still named, or still there as an ordinary word ("Protesters clashed with police" /
    // "Police clashed with protesters"), has not been replaced.
    const gone = inHunk('ref', h.ref).filter((e) => !susKeys.has(e.key) && !isWordOf(ctx.sus.tokens, e.key) && !namesNobody('ref', e));
    const came = inHunk('sus', h.sus).filter((e) => !refKeys.has(e.key) && !isWordOf(ctx.ref.tokens, e.key) && !namesNobody('sus', e));
    const place = gone.find((e) => e.place), placeCame = came.find((e) => e.place);
    const [g, c, rule] = place && placeCame ? [place, placeCame, 'entity.place'] : [gone[0], came[0], 'entity.replaced'];
    if (!g || !c || (rule === 'entity.replaced' && (namedAbove(g) || commonWordOpening(g, 'ref') || commonWordOpening(c, 'sus')
      || describes('ref', g) || describes('sus', c) || aliases(g, c)))) continue;
    // An initial written out, or a name cut to its initial ("P. chinguelas" / "Pristimantis chinguelas", "J. harlan"
    // / "John harlan"), is the same name when the word after it is the same; with another word after it, the two
    // words are what changed ("P. yonke" / "Pristimantis chinguelas").
    const [gEnd, cEnd] = rule === 'entity.replaced' ? initialWrittenOut(g, c) : [g.k1, c.k1];
    if (gEnd < 0) continue;
    emit(rule, {
      reference: evidence(ctx.ref, ctx.ref.tokens.slice(g.k0, gEnd + 1)),
      suspect: evidence(ctx.sus, ctx.sus.tokens.slice(c.k0, cEnd + 1)),
    });
  }
  // Participants that change class: a person noun replaced by a group or place noun.
  const refLemmas = new Set(ctx.ref.tokens.map((t) => t.lemma));
  const susLemmas = new Set(ctx.sus.tokens.map((t) => t.lemma));
  const placeWord = (w: string) => lex.places.has(w);
  for (const h of ctx.diff.hunks) {
    const people = h.ref.filter((t) => t.pos === 'NOUN' && lex.nounClasses.get(t.lemma) === 'person' && !susLemmas.has(t.lemma) && !placeWord(t.norm));
    // ("staff", "troops": the persons of one role said collectively, not a group in their place.)
    const groups = h.sus.filter((t) => t.pos === 'NOUN' && (lex.nounClasses.get(t.lemma) === 'group' || lex.nounClasses.get(t.lemma) === 'location')
      && !refLemmas.has(t.lemma) && !placeWord(t.norm) && !lex.peopleNouns.has(t.norm) && !lex.peopleNouns.has(t.lemma));
    // A person named by what they do, said by the verb on the other side ("the healthy eaters" / "people eating
    // healthily"): the same persons.
    const byVerb = (p: SideToken) => {
      const e = endingOf(p.lemma, lex.endings.agent);
      if (!e) return false;
      const stem = p.lemma.slice(0, -e.length);
      return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((v) => v.length > 2 && susLemmas.has(v));
    };
    const pairUp = people.find((p) => !byVerb(p) && groups.some((g) => !areSynonyms(lex, p.lemma, g.lemma)));
    if (pairUp && groups.length) {
      emit('entity.participant', { reference: evidence(ctx.ref, h.ref), suspect: evidence(ctx.sus, h.sus), vars: { a: pairUp.text, b: groups[0]!.text } });
      continue;
    }
    const gone = personsGone(ctx, h);
    if (gone) emit('entity.participant', { reference: evidence(ctx.ref, [gone.p]), suspect: evidence(ctx.sus, [gone.w]), vars: { a: gone.p.text, b: gone.w.text } });
  }
};
