import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, prepare } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';
import { CNN, HUFFPOST, ROUNDTRIP, SYNDICATED, TOI } from './helpers.js';

const rules = loadRules();
const text = (f: string) => fs.readFileSync(f, 'utf8');

describe('prepared texts are reused', () => {
  it('prepares a text once for many pairs, under each pair\'s own name', () => {
    const a = prepare(textSource('line 1:reference', text(CNN)), rules);
    const b = prepare(textSource('line 2:reference', text(CNN)), rules);
    expect(b.sentences).toBe(a.sentences);
    expect(b.source.path).toBe('line 2:reference');
    expect(a.source.path).toBe('line 1:reference');
  });

  it('gives the same report for a pair whether its texts were prepared before or not', () => {
    const first = JSON.stringify(analyze(textSource('r', text(CNN)), textSource('s', text(ROUNDTRIP)), rules));
    // Other pairs with the same reference in between: nothing they do may change what is kept.
    analyze(textSource('r', text(CNN)), textSource('s', text(SYNDICATED)), rules);
    analyze(textSource('r', text(ROUNDTRIP)), textSource('s', text(CNN)), rules);
    expect(JSON.stringify(analyze(textSource('r', text(CNN)), textSource('s', text(ROUNDTRIP)), rules))).toBe(first);
  });

  it('keeps only a few recent texts, and never a long one', () => {
    const kept = prepare(textSource('r', text(CNN)), rules);
    for (const f of [SYNDICATED, ROUNDTRIP, TOI, HUFFPOST]) prepare(textSource('x', text(f)), rules);
    expect(prepare(textSource('r', text(CNN)), rules).sentences).not.toBe(kept.sentences);
    const long = `${text(CNN)}\n`.repeat(40);
    expect(long.length).toBeGreaterThan(256 * 1024);
    expect(prepare(textSource('r', long), rules).sentences).not.toBe(prepare(textSource('r', long), rules).sentences);
  });
});
