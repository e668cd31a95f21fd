import { describe, expect, it, vi } from 'vitest';
import { clean } from '../src/core/clean.js';
import { lexicons } from '../src/core/lexicons.js';
import { loadRules } from '../src/core/rules.js';
import { segment } from '../src/core/segment.js';
import { TokenStore } from '../src/core/tokenstore.js';

const lex = lexicons(loadRules());

describe('a long text\'s sentences, kept in the column store', () => {
  it('give their folded text and content lemmas without making their tokens again, the same as from the tokens', () => {
    const lines = [
      'The harbour board said on Tuesday that "the old crane will not be moved" before 2031.',
      "Nobody at the quay wanted the 'rusty giant' gone, a dock worker told reporters.",
      'Shipments rose by 12 per cent in the first quarter, the port authority reported.',
    ];
    // Past the size at which a text keeps token objects (segment's KEEP_ANALYSES, 256 KB).
    const text = Array.from({ length: 3600 }, (_, i) => lines[i % lines.length]!.replace(/\.$/, ` (item ${i}).`)).join('\n');
    expect(text.length).toBeGreaterThan(256 * 1024);
    const sentences = segment(text, clean(text, lex), lex);
    const remade = vi.spyOn(TokenStore.prototype, 'tokens');
    const read = sentences.map((s) => ({ folded: s.folded, lemmas: s.contentLemmas }));
    expect(remade).not.toHaveBeenCalled();
    remade.mockRestore();
    sentences.forEach((s, i) => {
      const toks = s.tokens;
      expect(read[i]!.folded).toBe(toks.filter((t) => t.isWord || t.norm === '"' || t.norm === "'").map((t) => t.norm).join(' '));
      expect(read[i]!.lemmas).toEqual(toks.filter((t) => t.content).map((t) => t.lemma));
    });
    expect(read.some((r) => r.folded.includes('"'))).toBe(true);
  });
});
