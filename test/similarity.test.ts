import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { bigramCodes, dice } from '../src/core/similarity.js';
import { seedPair } from './helpers.js';

describe('similarity', () => {
  it('computes the same Dice coefficient as string-similarity on real sentence pairs', () => {
    const r = seedPair();
    let compared = 0;
    for (const p of r.alignment) {
      if (!p.reference.length || !p.suspect.length) continue;
      const a = p.reference.map((i) => r.reference.sentences[i]!.text).join(' ').toLowerCase();
      const b = p.suspect.map((i) => r.suspect.sentences[i]!.text).join(' ').toLowerCase();
      expect(dice(bigramCodes(a), bigramCodes(b))).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });
});
