import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const rules = (a: string, b: string) => compareTexts(a, b).findings.map((f) => `${f.rule}/${f.severity}`);

describe('period check', () => {
  it('reads a period counted from another point as major', () => {
    expect(rules('Hers was one of the few post-lockdown weddings held in the old chapel.',
      'Hers was one of the few weddings held in the old chapel since the outbreak of the flu.')).toContain('period.anchor/major');
    expect(rules('Ticket sales have tripled since the stadium opened its new stand, officials said.',
      'Ticket sales have tripled since the renovation, officials said.')).not.toContain('period.anchor/major');
  });

  it('stays quiet where the copy counts from the same point, in other words', () => {
    expect(rules('Hers was one of the few post-lockdown weddings held in the old chapel.',
      'Hers was one of the few weddings held in the old chapel since the lockdown.')).not.toContain('period.anchor/major');
    // A date as the point is the number check's.
    expect(rules('Prices have risen since March, the agency said.', 'Prices have risen since the election, the agency said.')).not.toContain('period.anchor/major');
  });
});
