// Memos of word-level answers (folded forms, synonym sets, negative prefixes): a text repeats its vocabulary,
// so each word is worked out once. Every memo is bounded, so that a text of endless made-up words cannot grow
// it: a full memo starts again.
export const MEMO_MAX = 200_000;

/** The memo that OWNER (a rule set's lexicon, say) keeps in OWNERS, made on first use. */
export function memoFor<O extends object, V>(owners: WeakMap<O, Map<string, V>>, owner: O): Map<string, V> {
  let memo = owners.get(owner);
  if (!memo) { memo = new Map(); owners.set(owner, memo); }
  return memo;
}

/** KEY's answer from MEMO, or MAKE's, remembered. */
export function remember<V>(memo: Map<string, V>, key: string, make: (key: string) => V): V {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    v = make(key);
    memo.set(key, v);
  }
  return v;
}
