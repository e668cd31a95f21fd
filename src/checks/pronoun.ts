// pronoun: a personal pronoun of one gender where the reference has one of the other ("his" -> "her"): the copy
// speaks of another person. Only a pronoun standing in the other's place counts (the same diff hunk), so a
// sentence that adds or drops a person is the omission and addition checks' business.
import type { Check } from '../core/check.js';
import { evidence } from '../core/pair.js';
import type { RuleSet } from '../core/rules.js';

function groups(settings: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const genders = (settings?.genders ?? {}) as Record<string, string[]>;
  for (const [g, words] of Object.entries(genders)) for (const w of words) out.set(w, g);
  return out;
}

/** Longest stretch of changed words read word for word. */
const MAX_HUNK = 3;

let cache: { from: unknown; map: Map<string, string> } | null = null;

/** Personal pronoun -> the gender of the person it points to (pronoun.yaml genders), read once per rule set. */
export function pronounGenders(rules: RuleSet): Map<string, string> {
  const settings = rules.settings.get('pronoun');
  if (!cache || cache.from !== settings) cache = { from: settings, map: groups(settings) };
  return cache.map;
}

export const pronoun: Check = (ctx, emit) => {
  const gender = pronounGenders(ctx.rules);
  if (!gender.size) return;
  for (const h of ctx.diff.hunks) {
    const rw = h.ref.filter((t) => t.isWord), sw = h.sus.filter((t) => t.isWord);
    // Word for word, in the same place ("his love" / "her love"); a rewritten stretch ("his wife" / "she")
    // may bring in another person on purpose.
    if (!rw.length || rw.length !== sw.length || rw.length > MAX_HUNK) continue;
    rw.forEach((r, i) => {
      const s = sw[i]!, a = gender.get(r.norm), b = gender.get(s.norm);
      if (!a || !b || a === b) return;
      emit('pronoun.gender', { reference: evidence(ctx.ref, [r]), suspect: evidence(ctx.sus, [s]), vars: { a: r.text, b: s.text } });
    });
  }
};
