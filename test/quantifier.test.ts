import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const quant = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.rule.startsWith('quantifier.')).map((f) => `${f.rule}/${f.severity}`);

describe('quantifier check', () => {
  it('reads a quantifier of several words as one: "not many" is "few", far from "most"', () => {
    expect(quant('Few analysts expected the central bank to raise rates.', 'Not many analysts expected the central bank to raise rates.')).toEqual([]);
    expect(quant('Most analysts expected the central bank to raise rates.', 'Not many analysts expected the central bank to raise rates.')).toEqual(['quantifier.shifted/major']);
    expect(quant('Nearly all residents backed the new park.', 'A handful of residents backed the new park.')).toEqual(['quantifier.shifted/major']);
    expect(quant('Nearly all residents backed the new park.', 'Almost all residents backed the new park.')).toEqual([]);
  });

  it.each([
    ['a restriction replaced by "all"', 'The government has promised compensation for crop losses.', 'The government has promised full compensation for all losses.', 'quantifier.universal/major'],
    ['a place restriction dropped for "all"', 'Schools in the north will close on Monday.', 'All schools will close on Monday.', 'quantifier.universal/major'],
    ['"every" dropped with a restriction added', 'Every hospital in the region reported shortages.', 'Two hospitals in the region reported shortages.', 'quantifier.universal/major'],
    ['"all" added and nothing else', 'The G7 leaders condemned the attack.', 'All G7 leaders condemned the attack.', 'quantifier.universal/minor'],
  ])('flags %s', (_w, a, b, expected) => {
    expect(quant(a, b)).toEqual([expected]);
  });

  it.each([
    ['"all" and "every"', 'The government has promised compensation for all crop losses.', 'The government has promised compensation for every crop loss.'],
    ['"at all"', 'He said the plan did not work at all.', 'He said the plan did not work.'],
    ['"all" on both sides', 'All flights were cancelled because of the strike.', 'Because of the strike, all flights were cancelled.'],
    ['"all the way back"', 'All the way back in 1952, a local runner won the race in the same way.', 'The last man to win in the same way was a local runner in 1952.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(quant(a, b)).toEqual([]);
  });

  it.each([
    ['"any" said as "all"', 'Officials advise that any visitors say they are students.', 'All visitors are advised to say they are students.'],
    ['"one another" said as "each other"', 'The two gases react with one another to form crystals.', 'The two gases interact with each other to form crystals.'],
  ])('does not read %s as a universal added', (_w, ref, sus) => {
    expect(quant(ref, sus).filter((r) => r.startsWith('quantifier.universal'))).toEqual([]);
  });

  it('does not read a part of a hyphenated compound as a quantifier ("a winner-take-all final", "an all-out strike")', () => {
    expect(quant('The two clubs will play for the league title on Sunday.', 'The two clubs will meet in a winner-take-all final on Sunday.')).toEqual([]);
    expect(quant('The unions called a strike at the port.', 'The unions called an all-out strike at the port.')).toEqual([]);
  });

  it('reads "per" as "each": "$40 per night" / "$40 for each night" adds no universal', () => {
    expect(quant('Guests who stay past noon could be charged up to $40 per night.', 'Under the rules, guests who stay past noon can be charged up to $40 for each night.')).toEqual([]);
  });

  it('still finds a universal added where the reference names some', () => {
    expect(quant('Officials advise that visitors from the north say they are students.', 'Officials advise that all visitors say they are students.')).toContain('quantifier.universal/major');
  });

  it('does not read "any" reworded around as a universal added', () => {
    expect(quant('Women: it is recommended that any women visitors say that they are students.', 'For women: all female guests are advised to say they are students.').filter((r) => r.startsWith('quantifier.universal'))).toEqual([]);
  });
});
