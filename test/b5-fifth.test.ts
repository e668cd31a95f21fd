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

  it('reads "do what we can" as an effort, not a hedge the copy drops', () => {
    const rules = (ref: string, sus: string) => loud(ref, sus).map((f) => f.split(':')[0]);
    expect(rules('The mayor said the city is working with the utility to do what we can to restore power.', 'The mayor said the city is working with the utility to restore power.')).not.toContain('modality.hedge-dropped');
    // A possibility the copy drops is still one.
    expect(rules('The mayor said the utility can restore power by Friday.', 'The mayor said the utility will restore power by Friday.').length).toBeGreaterThan(0);
  });

  it('reads "is slated to" as the plan "is expected to" says', () => {
    const rules = (ref: string, sus: string) => loud(ref, sus).map((f) => f.split(':')[0]);
    expect(rules('The new ferry is expected to enter service in Oslo next spring.', 'Oslo is where the new ferry is slated to enter service next spring.')).not.toContain('modality.hedge-dropped');
    expect(rules('The new ferry is expected to enter service in Oslo next spring.', 'Oslo is where the new ferry enters service next spring.')).toContain('modality.hedge-dropped');
  });

  it('does not read a word the copy puts in a lost word\'s place as a gap ("the near future")', () => {
    const rules = (ref: string, sus: string) => loud(ref, sus).map((f) => f.split(':')[0]);
    expect(rules('The agency expects no such storms in the foreseeable future, its director said.', 'The agency expects no such storms in the near future, its director said.')).not.toContain('omission.gap');
    expect(rules('The company can now offer the new scanner to hospitals.', 'The company can now the new scanner to hospitals.')).toContain('omission.gap');
  });
});

describe('fifth-batch shapes, second set', () => {
  const rules = (ref: string, sus: string) => loud(ref, sus).map((f) => f.split(':')[0]);
  it('reads an ordinal word said as its cardinal, or one before a plural noun, as no lost rank', () => {
    expect(rules('Lindqvist led by two seconds after the first leg, with three rowers close behind.', 'Lindqvist led by two seconds after leg one, with three rowers close behind.')).not.toContain('omission.content');
    expect(rules('But the first measurements are in, and the bridge held up far better than engineers hoped.', 'The bridge, however, held up far better than engineers hoped.')).not.toContain('omission.content');
    expect(rules('Lindqvist won the race in first place, ahead of three rowers.', 'Lindqvist won the race, ahead of three rowers.')).toContain('omission.content');
  });
  it('reads a place qualifying a person, named elsewhere in the reference, as the setting', () => {
    const ref = 'The storm reached Kauai on Sunday night.\n\nI understand a local Kauai official believes many of the missing were elderly residents who stayed home.';
    // Only the first sentence's "Kauai" ("the island") stays a dropped name.
    const dropped = (sus: string) => loud(ref, sus).filter((f) => f.startsWith('omission.content') && f.includes('Kauai'));
    expect(dropped('The storm reached the island on Sunday night.\n\nI understand a local official believes many of the missing were elderly residents who stayed home.')).toHaveLength(1);
  });
  it('reads "still somewhat mysterious" / "unclear" as the same unknown, not an added negation', () => {
    expect(rules('The cause of the leak is still somewhat mysterious, and some engineers blame the valves.', 'The cause of the leak is unclear, and some engineers blame the valves.')).not.toContain('negation.added');
    expect(rules('The cause of the leak is clear, and some engineers blame the valves.', 'The cause of the leak is unclear, and some engineers blame the valves.').length).toBeGreaterThan(0);
  });
  it('reads "enemies" for "detractors" as the same people', () => {
    expect(rules('The detractors of the mayor want the new tax scrapped before the summer.', 'The enemies of the mayor want the new tax scrapped before the summer.')).not.toContain('entity.participant');
    // People become a group still: the rule's own example.
    expect(rules('The dispute deepened the tension between the men over the budget.', 'The dispute deepened the tension between the two militaries over the budget.')).toContain('entity.participant');
  });
});
