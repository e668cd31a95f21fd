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
    expect(compareTexts('Police said the suspect had fled the scene before dawn.', 'According to police, the suspect had fled the scene before dawn.').findings).toEqual([]);
    expect(compareTexts('The Iranian reprisals came at a moment of deep tension.', 'The Iran reprisals came at a moment of deep tension.').findings.filter((f) => f.kind === 'wording')).toEqual([]);
  });

  it('does not repeat words another finding reports, and keeps the ones it does not', () => {
    // "criticized" -> "praised" is the antonym finding; a second, minor wording finding on the same words is noise.
    expect(compareTexts('Environmental groups have long criticized the management of the reservoir.', 'Environmental groups have long praised the management of the reservoir.')
      .findings.map((f) => f.rule)).toEqual(['antonym.substituted']);
    // The opposite and an unrelated change in one sentence: the wording finding stays for the words nobody explained.
    expect(compareTexts('Environmental groups have long criticized the management of the reservoir near the mill.', 'Environmental groups have long praised the management of the reservoir near the stadium.')
      .findings.map((f) => f.rule).sort()).toEqual(['antonym.substituted', 'wording.changed']);
  });
});
