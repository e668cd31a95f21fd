import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

describe('unicode check', () => {
  it.each([
    ['a Cyrillic letter inside a Latin word', 'The bank confirmed the transfer on Friday.', 'The b\u0430nk confirmed the transfer on Friday.', 'bаnk'],
    ['a zero-width space', 'The bank confirmed the transfer on Friday.', 'The bank confirmed the trans\u200Bfer on Friday.', 'trans\u200Bfer'],
    ['a bidirectional override', 'The bank confirmed the transfer on Friday.', 'The bank confirmed the \u202Etransfer on Friday.', '\u202Etransfer'],
  ])('flags %s as major with its place', (_w, a, b, where) => {
    const f = compareTexts(a, b).findings.filter((x) => x.kind === 'unicode');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('major');
    expect(f[0]!.suspect!.text).toBe(where);
  });

  it('stays quiet when the reference has the same characters, and on other scripts used alone', () => {
    expect(compareTexts('The b\u0430nk confirmed it.', 'The b\u0430nk confirmed it.').findings).toEqual([]);
    expect(compareTexts('The word for bank is банк in Russian.', 'The word for bank is банк in Russian.').findings).toEqual([]);
  });
});
