// Finds modal, hedge and booster cues (rules/lexicon/modality.yaml) in a run of tokens, multi-word cues first.
import type { SideToken } from '../core/diff.js';
import type { Lexicons, ModalCue } from '../core/lexicons.js';

export interface CueHit { cue: ModalCue; toks: SideToken[] }

export function modalCues(toks: SideToken[], lex: Lexicons, inQuote: boolean): CueHit[] {
  const out: CueHit[] = [];
  const words = toks.filter((t) => t.isWord);
  for (let i = 0; i < words.length; i++) {
    for (const cue of lex.modal) {
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
