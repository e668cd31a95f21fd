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

export function modalCues(toks: SideToken[], lex: Lexicons, inQuote: boolean): CueHit[] {
  const out: CueHit[] = [];
  const words = toks.filter((t) => t.isWord);
  const index = byFirstWord(lex.modal, (cue) => cue.tokens);
  for (let i = 0; i < words.length; i++) {
    for (const cue of candidates(index, words[i]!)) {
      if (cue.quoteOnly && !inQuote) continue;
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
