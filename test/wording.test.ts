import { describe, expect, it } from 'vitest';
import { compareTexts, seedPair } from './helpers.js';

describe('wording check', () => {
  it('is never more than minor', () => {
    const w = seedPair().findings.filter((f) => f.kind === 'wording');
    expect(w.length).toBeGreaterThan(0);
    expect(new Set(w.map((f) => f.severity))).toEqual(new Set(['minor']));
  });

  it('flags replaced content words and stays quiet on synonyms and demonyms', () => {
    expect(compareTexts('The leaders discussed trade tariffs at length.', 'The leaders discussed border security at length.').findings.map((f) => f.rule)).toEqual(['wording.changed']);
    expect(compareTexts('The results of the vote were unclear until late in the evening.', 'The outcome of the vote was unclear until late in the evening.').findings).toEqual([]);
    expect(compareTexts('The Iranian reprisals came at a moment of deep tension.', 'The Iran reprisals came at a moment of deep tension.').findings.filter((f) => f.kind === 'wording')).toEqual([]);
  });
});
