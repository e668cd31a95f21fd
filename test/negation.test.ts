import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, rulesOf, seedPair } from './helpers.js';

describe('negation check', () => {
  it('finds the reversed claim of the seed pair as critical', () => {
    const f = findingsAt(seedPair(), 'no idea').filter((x) => x.kind === 'negation');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.reference!.text).toContain('good sense');
  });

  it('flags a dropped negation', () => {
    const r = compareTexts('Kirby said the attack did not constitute the start of a broader regional war.', 'Kirby said the attack constituted the start of a broader regional war.');
    expect(rulesOf(r)).toContain('negation.dropped');
  });

  it.each([
    ['an implicit negative on both sides', 'Biden said Iran’s attacks had been largely unsuccessful.', 'Biden said the Iranian attack was largely a failure.'],
    ['a contraction', 'We didn’t believe it had to be that way, he said.', 'We did not believe it had to be that way, he said.'],
    ['a negation present on both sides', 'Gallant warned Sunday that the confrontation with Iran is “not over yet.”', 'Gallant warned Sunday that the conflict with Iran is “not over yet.”'],
    ['a negation balanced by an antonym', 'The senator said she did not oppose the measure.', 'The senator said she supported the measure.'],
    ['"nor" against a second "don\'t"', '“We don’t believe it is nor do we believe it is needed,” he said.', '“We don’t believe that is the case, and we don’t believe it is needed,” he said.'],
  ])('stays quiet on %s', (_what, a, b) => {
    expect(rulesOf(compareTexts(a, b)).filter((r) => r.startsWith('negation.'))).toEqual([]);
  });
});
