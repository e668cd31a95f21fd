// The fifth batch's shapes (fixtures/real/45-52), on sentences of our own: one dropped word of page furniture or
// a restated hedge is not a lost claim.
import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const loud = (ref: string, sus: string) => compareTexts(ref, sus).findings.filter((f) => f.severity !== 'minor').map((f) => `${f.rule}: ${f.message}`);

describe('fifth-batch shapes', () => {
  it('does not report a live share-price move printed in a ticker', () => {
    expect(loud('Shares of Harbor Robotics (HRBX 1.37%) fell 8% on Friday after the company cut its outlook.', 'Shares of Harbor Robotics (NYSE: HRBX) fell 8% on Friday after the company cut its outlook.')).toEqual([]);
    // A figure in brackets that is no quote is still a number.
    expect(loud('Shares of Harbor Robotics (up 37% this year) fell 8% on Friday after the company cut its outlook.', 'Shares of Harbor Robotics fell 8% on Friday after the company cut its outlook.').length).toBeGreaterThan(0);
  });
});
