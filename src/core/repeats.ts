// Findings that say the same thing (same rule, same evidence text) in different places of the texts: each gets
// a fingerprint of its own, keyed by where it is (the text of its sentences and their neighbours), not by its
// rank among the repeats. A rank shifts when one repeat goes away, and a reviewer's decision on one would pass
// to another; a context does not. A finding said once keeps the plain fingerprint (rule + evidence).
import crypto from 'node:crypto';
import { foldChars, squashSpaces } from './fold.js';
import type { AlignedPair, Doc, Finding } from './types.js';

const norm = (s: string) => squashSpaces(foldChars(s).toLowerCase()).trim();
const hex = (s: string) => crypto.createHash('sha1').update(s).digest('hex');

/** The text around a pair on its reference side (its copy side for an added sentence): the sentences and one on each side. */
function contextOf(pair: AlignedPair, ref: Doc, sus: Doc): string {
  const [doc, idx] = pair.reference.length ? [ref, pair.reference] : [sus, pair.suspect];
  const lo = Math.min(...idx), hi = Math.max(...idx);
  const texts: string[] = [];
  for (let i = lo - 1; i <= hi + 1; i++) texts.push(doc.sentences[i]?.text ?? '');
  return norm(texts.join('\u0000'));
}

export function distinguishRepeats(findings: Finding[], ref: Doc, sus: Doc, alignment: AlignedPair[]): void {
  const count = new Map<string, number>();
  for (const f of findings) count.set(f.fingerprint, (count.get(f.fingerprint) ?? 0) + 1);
  const taken = new Set<string>();
  for (const f of findings) {
    if (count.get(f.fingerprint)! < 2) continue;
    const ctx = contextOf(alignment[f.pair]!, ref, sus);
    // The same change in the same surroundings twice (a repeated paragraph): the second is told apart by its rank there.
    let key = hex(`${f.fingerprint}\u0000${ctx}`).slice(0, 8);
    for (let n = 2; taken.has(`${f.fingerprint}~${key}`); n++) key = hex(`${f.fingerprint}\u0000${ctx}\u0000${n}`).slice(0, 8);
    f.fingerprint = `${f.fingerprint}~${key}`;
    taken.add(f.fingerprint);
    f.id = `${f.id}~${key.slice(0, 4)}`;
  }
}
