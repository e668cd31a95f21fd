// The analyses of one side of an aligned pair, with each sentence's token positions in the side (k = base + i).
import type { Side } from '../pair.js';
import type { Sentence } from '../types.js';
import type { Analysis } from './types.js';

export interface SentenceView { sentence: Sentence; base: number; analysis: Analysis }

const views = new WeakMap<Side, SentenceView[]>();

export function analysesOf(side: Side): SentenceView[] {
  let v = views.get(side);
  if (!v) {
    v = [];
    let base = 0;
    for (const s of side.sentences) { v.push({ sentence: s, base, analysis: s.analysis }); base += s.tokens.length; }
    views.set(side, v);
  }
  return v;
}

const PRONOUN_KEYS: Record<string, string> = {
  he: 'he', him: 'he', himself: 'he', she: 'she', her: 'she', herself: 'she', they: 'they', them: 'they', themselves: 'they',
  i: 'i', me: 'i', myself: 'i', we: 'we', us: 'we', ourselves: 'we', you: 'you', yourself: 'you', it: 'it', itself: 'it',
};

/** A pronoun's person and gender ("him" and "he" are one participant), or null for any other word. */
export const pronounKey = (norm: string): string | null => PRONOUN_KEYS[norm] ?? null;
