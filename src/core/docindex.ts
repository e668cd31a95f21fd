// What a whole text says, indexed once per document for the checks that ask whether the reference says something
// anywhere (not only in the aligned sentence): the names it gives, its words (lemmas and forms) and its runs of
// four words. Built on first use and kept as long as the document's sentences are.
import type { Sentence } from './types.js';

export interface DocIndex {
  /** Every name mention's text. */
  names: Set<string>;
  /** Every word's lemma and normal form. */
  words: Set<string>;
  /** Every run of GRAM words of the folded sentences. */
  grams: Set<string>;
}

export const GRAM = 4;

/** The runs of GRAM words of a folded sentence. */
export function gramsOf(folded: string): string[] {
  const w = folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i + GRAM <= w.length; i++) out.push(w.slice(i, i + GRAM).join(' '));
  return out;
}

const indexes = new WeakMap<Sentence[], DocIndex>();

export function docIndex(doc: Sentence[]): DocIndex {
  let ix = indexes.get(doc);
  if (!ix) {
    ix = { names: new Set(), words: new Set(), grams: new Set() };
    for (const s of doc) {
      for (const n of s.names) ix.names.add(n.text);
      for (const t of s.tokens) if (t.isWord) { ix.words.add(t.lemma); ix.words.add(t.norm); }
      for (const g of gramsOf(s.folded)) ix.grams.add(g);
    }
    indexes.set(doc, ix);
  }
  return ix;
}

const plainIndexes = new WeakMap<Sentence[], Map<string, number[]>>();

/**
 * For each normal form the document says outside a quotation, the positions in DOC of the sentences that say it,
 * in order: a check looking for a run of words anywhere in a text reads only the sentences that hold its rarest
 * word, not every sentence's tokens (a long text makes them again from its columns at every read).
 */
export function plainWordSentences(doc: Sentence[]): Map<string, number[]> {
  let ix = plainIndexes.get(doc);
  if (!ix) {
    ix = new Map();
    doc.forEach((s, k) => {
      for (const t of s.tokens) {
        if (!t.isWord || t.quoted) continue;
        const at = ix!.get(t.norm);
        if (!at) ix!.set(t.norm, [k]);
        else if (at[at.length - 1] !== k) at.push(k);
      }
    });
    plainIndexes.set(doc, ix);
  }
  return ix;
}
