import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const rules = (ref: string, sus: string) => compareTexts(ref, sus).findings.map((f) => `${f.rule}/${f.severity}`);

describe('pronoun check', () => {
  it.each([
    ['a possessive', 'The singer said the tour was cancelled because of his illness.', 'The singer said the tour was cancelled because of her illness.'],
    ['a subject', 'He was one of the few councillors who backed the new mayor.', 'She was one of the few councillors who backed the new mayor.'],
    ['a pronoun inside a quotation', '“I did not hear what he was saying,” the witness said.', '“I did not hear what she was saying,” the witness said.'],
  ])('flags %s of the other gender as major', (_w, ref, sus) => {
    expect(rules(ref, sus)).toContain('pronoun.gender/major');
  });

  it.each([
    ['the same pronoun', 'The singer said the tour was cancelled because of his illness.', 'The singer said the tour was called off because of his illness.'],
    ['a rewritten stretch that names another person', 'The farmer had taken the van to market, so his wife and sons walked.', 'The farmer had taken the van to market, so she and the boys walked.'],
    ['a pronoun turned into a neutral one', 'The animal feared nothing, so he hunted by day.', 'The animal feared nothing, so it hunted by day.'],
  ])('stays quiet on %s', (_w, ref, sus) => {
    expect(rules(ref, sus).filter((r) => r.startsWith('pronoun.'))).toEqual([]);
  });
});
