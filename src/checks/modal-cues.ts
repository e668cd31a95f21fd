// Finds modal, hedge and booster cues (rules/lexicon/modality.yaml) in a run of tokens, multi-word cues first.
import type { SideToken } from '../core/diff.js';
import { byFirstWord, type Indexed, type Lexicons, type ModalCue } from '../core/lexicons.js';
import { phraseAt } from '../core/token.js';

export interface CueHit { cue: ModalCue; toks: SideToken[] }

/** The cues that can start at a word (its lemma or its surface form), in lexicon order. */
function candidates(index: Map<string, Indexed<ModalCue>[]>, w: SideToken): ModalCue[] {
  const a = index.get(w.lemma), b = w.norm !== w.lemma ? index.get(w.norm) : undefined;
  if (!b) return a ? a.map((x) => x.item) : [];
  if (!a) return b.map((x) => x.item);
  return [...a, ...b].sort((x, y) => x.order - y.order).map((x) => x.item);
}

/**
 * "The study suggests that" weighs evidence; "He suggested that they meet" proposes. The word before the cue
 * must be a thing, not a person or a pronoun.
 */
function afterEvidence(words: SideToken[], i: number, lex: Lexicons): boolean {
  let j = i - 1;
  // Over adverbs and a relative pronoun: "a success, really proving", "a success that demonstrated".
  while (j >= 0 && (words[j]!.pos === 'ADV' || lex.relativePronouns.has(words[j]!.norm) || lex.complementizers.has(words[j]!.norm))) j--;
  const w = words[j];
  return !!w && w.sent === words[i]!.sent && w.pos === 'NOUN' && lex.nounClasses.get(w.lemma) !== 'person' && !lex.titleWords.has(w.norm);
}

/** At most this many adverbs inside a cue of several words ("were again found guilty", "is widely expected to"). */
const INNER_ADVERBS = 2;

/**
 * The words of a cue starting at word i, over adverbs inside it that are no cue of their own ("was reportedly
 * charged with" keeps "reportedly" for itself) and a "not only" that negates nothing; null where the cue is not there.
 */
function cueAt(words: SideToken[], i: number, cue: string[], index: Map<string, unknown>, lex: Lexicons): SideToken[] | null {
  const out: SideToken[] = [];
  const is = (w: SideToken | undefined, x: string) => !!w && (w.lemma === x || w.norm === x);
  let j = i;
  for (let k = 0; k < cue.length; k++) {
    // "were not only accused of": a cue and an adverb that negate nothing ("not only", "not just") inside it.
    const inert = k > 0 ? lex.notNegating.find((p) => p.length === 2 && words[j + 1]?.pos === 'ADV' && phraseAt(words, j, p, 'norm')) : undefined;
    if (inert && words[j + 1]!.sent === words[i]!.sent) j += inert.length;
    for (let skipped = 0; k > 0 && skipped < INNER_ADVERBS && words[j]?.pos === 'ADV' && words[j]!.sent === words[i]!.sent && !is(words[j], cue[k]!) &&
      !index.has(words[j]!.lemma) && !index.has(words[j]!.norm); skipped++) j++;
    if (!is(words[j], cue[k]!) || words[j]!.sent !== words[i]!.sent) return null;
    out.push(words[j++]!);
  }
  return out;
}

/** "from May 2020", "in early May": the month, not the modal (capitalised inside a sentence, or before a number). */
function monthNamed(words: SideToken[], i: number, lex: Lexicons): boolean {
  const w = words[i]!;
  if (!lex.months.has(w.norm) || !/^\p{Lu}/u.test(w.text)) return false;
  const prev = words[i - 1], next = words[i + 1];
  return (!!prev && prev.sent === w.sent) || (!!next && next.sent === w.sent && /^\d/.test(next.norm));
}

export function modalCues(toks: SideToken[], lex: Lexicons, inQuote: boolean): CueHit[] {
  const out: CueHit[] = [];
  const words = toks.filter((t) => t.isWord);
  const index = byFirstWord(lex.modal, (cue) => cue.tokens);
  for (let i = 0; i < words.length; i++) {
    for (const cue of candidates(index, words[i]!)) {
      if (cue.quoteOnly && !inQuote) continue;
      if (cue.evidenceOnly && !afterEvidence(words, i, lex)) continue;
      if (monthNamed(words, i, lex)) continue;
      const hit = cueAt(words, i, cue.tokens, index, lex);
      if (!hit) continue;
      // "have to" only as obligation: "have" followed by "to" + verb, not "have to do with" nouns; good enough on lemmas.
      out.push({ cue, toks: hit });
      i = words.indexOf(hit[hit.length - 1]!, i);
      break;
    }
  }
  return out;
}
