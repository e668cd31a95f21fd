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

  it('drops exactly the characters \\s matches when it forms bigrams', () => {
    // Every white-space character JavaScript's \s knows, between words, and look-alikes that are not white space.
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const text = `Iran${spaces}said\u200bit was “fully”\u180eready\u2060now — 300 dead`;
    expect(/\s/.test('\u200b') || /\s/.test('\u180e') || /\s/.test('\u2060')).toBe(false);
    const a = text.toLowerCase(), b = 'iran said it was fully ready now, 300 dead';
    expect(dice(bigramCodes(a), bigramCodes(b))).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
    const stripped = a.replace(/\s+/g, '');
    expect(bigramCodes(a).length).toBe(stripped.length - 1);
  });
});
