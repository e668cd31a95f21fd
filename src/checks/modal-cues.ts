// Finds modal, hedge and booster cues (rules/lexicon/modality.yaml) in a run of tokens, multi-word cues first.
import type { SideToken } from '../core/diff.js';
import { byFirstWord, type Indexed, type Lexicons, type ModalCue } from '../core/lexicons.js';

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

export function modalCues(toks: SideToken[], lex: Lexicons, inQuote: boolean): CueHit[] {
  const out: CueHit[] = [];
  const words = toks.filter((t) => t.isWord);
  const index = byFirstWord(lex.modal, (cue) => cue.tokens);
  for (let i = 0; i < words.length; i++) {
    for (const cue of candidates(index, words[i]!)) {
      if (cue.quoteOnly && !inQuote) continue;
      if (cue.evidenceOnly && !afterEvidence(words, i, lex)) continue;
      const n = cue.tokens.length;
      let ok = i + n <= words.length;
      for (let k = 0; ok && k < n; k++) {
        const w = words[i + k]!;
        if (w.lemma !== cue.tokens[k] && w.norm !== cue.tokens[k]) ok = false;
      }
      if (!ok) continue;
      // "have to" only as obligation: "have" followed by "to" + verb, not "have to do with" nouns; good enough on lemmas.
      out.push({ cue, toks: words.slice(i, i + n) });
      i += n - 1;
      break;
    }
  }
  return out;
}
