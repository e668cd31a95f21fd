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

describe('a quotation in a long copy looked for in the reference\'s narration', () => {
  it('reads only the sentences that say its rarest word, not every sentence of the reference, and still finds it there', async () => {
    const { compareTexts } = await import('./helpers.js');
    const N = 3600;
    const ref = Array.from({ length: N }, (_, i) => `The harbour board met on Tuesday to discuss berth ${i} and the new cranes.`);
    const sus = [...ref];
    // Late in the text, five sentences of narration the copy puts in quotation marks, with no speaker.
    const at = [3000, 3100, 3200, 3300, 3400];
    for (const k of at) {
      ref[k] = `Dock workers will strike next month over unpaid overtime at berth ${k}.`;
      sus[k] = `“Dock workers will strike next month over unpaid overtime” at berth ${k}.`;
    }
    const text = (xs: string[]) => xs.join('\n');
    expect(text(ref).length).toBeGreaterThan(256 * 1024);
    const remade = vi.spyOn(TokenStore.prototype, 'tokens');
    const report = compareTexts(text(ref), text(sus));
    const reads = remade.mock.calls.length;
    remade.mockRestore();
    // The reference's own narration quoted is no invented quotation.
    expect(report.findings.filter((f) => f.rule === 'quote.invented')).toEqual([]);
    // Each reference sentence made again about once (the index), not once per quotation looked for (five times).
    expect(reads).toBeLessThan(2.5 * N);
  });
});
