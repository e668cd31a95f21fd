import { describe, expect, it } from 'vitest';
import { compareTexts, rulesOf, seedPair } from './helpers.js';

describe('number check', () => {
  it.each([
    ['a count', 'Iran launched more than 300 drones and missiles on Saturday.', 'Iran launched more than 200 drones and missiles on Saturday.'],
    ['a day', 'Biden spoke with Netanyahu late Saturday.', 'Biden spoke with Netanyahu late Sunday.'],
    ['a date', 'The consulate was struck on April 1, killing seven people.', 'The consulate was struck on April 11, killing seven people.'],
    ['a percentage', 'Turnout rose by 5 percent compared with last year.', 'Turnout rose by 15 percent compared with last year.'],
    ['an amount', 'The fund received $2.5 million from donors.', 'The fund received $25 million from donors.'],
    ['a count of times against another multiple', 'The ferry may be delayed three more times before the spring.', 'The ferry may be delayed twice more before the spring.'],
    ['a multiple', 'Sales of electric vans doubled in the first quarter.', 'Sales of electric vans tripled in the first quarter.'],
    ['date with an abbreviated month', 'The exhibition stays open until October 12 this year.', 'The exhibition stays open until Oct. 19 this year.'],
    ['date with an ordinal day', 'The new ferry line opens on March 3rd, the council said.', 'The new ferry line opens on March 13, the council said.'],
    ['date written day first with an ordinal', 'The strike ended on 9th May after talks.', 'The strike ended on May 19 after talks.'],
    ['decade', 'The factory was built in the 1950s by a local family.', 'The factory was built in the 1980s by a local family.'],
    ['a compound number word', 'The ferry crossing took 1 hour and 48 minutes.', 'The ferry crossing took one hour and forty-seven minutes.'],
  ])('flags a changed %s as major', (_w, a, b) => {
    const r = compareTexts(a, b);
    const f = r.findings.filter((x) => x.rule === 'number.changed');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('major');
  });

  it.each([
    ['"more than" and "over"', 'One tense moment occurred when over 100 ballistic missiles were in the sky.', 'One tense moment occurred when more than 100 ballistic missiles were in the sky.'],
    ['digit grouping', 'The agency counted 1,500 displaced families.', 'The agency counted 1500 displaced families.'],
    ['a number word and digits', 'Preparations started nearly two weeks ago.', 'Preparations started almost 2 weeks ago.'],
    ['a scale word', 'The fund received 1.5 million dollars.', 'The fund received 1,500,000 dollars.'],
    ['a range that shares its scale word', 'Profit will be between 1.1 billion and 1.3 billion kroner.', 'Profit will be 1.1 to 1.3 billion kroner.'],
    ['a multiple as a verb and as an adverb', 'Sales of electric vans doubled in the first quarter.', 'Sales of electric vans rose twofold in the first quarter.'],
    ['a compound number word', 'The ferry crossing took 1 hour and 47 minutes.', 'The ferry crossing took one hour and forty-seven minutes.'],
    ['a compound number word without its hyphen', 'The club has 62 members.', 'The club has sixty two members.'],
    ['a count of times and its multiple word', 'The ferry may be delayed two more times before the spring.', 'The ferry may be delayed twice more before the spring.'],
    ['metres written "m" after a space', 'The new footbridge is 4.50 m wide and 120 m long.', 'The new footbridge is 4.5 metres wide and 120 metres long.'],
    ['a range whose unit the copy gives at both ends', 'The craters are 40 to 90 metres across.', 'The craters are 40 m to 90 m across.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(rulesOf(compareTexts(a, b)).filter((x) => x.startsWith('number.'))).toEqual([]);
  });

  it('still reads a one-letter scale against the figure or after a currency as a scale', () => {
    expect(rulesOf(compareTexts('The club paid $3 m for the striker.', 'The club paid $3 million for the striker.')).filter((x) => x.startsWith('number.'))).toEqual([]);
    expect(rulesOf(compareTexts('The club paid 3m euros for the striker.', 'The club paid 30m euros for the striker.'))).toContain('number.changed');
  });

  it.each([
    ['an abbreviated month', 'The exhibition stays open until October 12 this year.', 'The exhibition stays open until Oct. 12 this year.'],
    ['an ordinal day', 'The new ferry line opens on March 3rd, the council said.', 'The new ferry line opens on March 3, the council said.'],
    ['a decade in figures and in words', 'The factory was built in the 1950s by a local family.', 'The factory was built in the fifties by a local family.'],
    ['a first name that is also a month abbreviation', 'Jan Horak opened the exhibition on Friday.', 'Jan Horak opened the show on Friday.'],
  ])('reads %s as the same', (_w, a, b) => {
    expect(compareTexts(a, b).findings.filter((f) => f.kind === 'number' || f.severity !== 'minor')).toEqual([]);
  });

  it('reports a changed qualifier as minor and is quiet on the seed pair', () => {
    const r = compareTexts('About 40 people were hurt in the blast.', 'More than 40 people were hurt in the blast.');
    expect(r.findings.find((f) => f.rule === 'number.qualifier')?.severity).toBe('minor');
    expect(compareTexts('Nearly 40 people were hurt in the blast.', 'Almost 40 people were hurt in the blast.').findings).toEqual([]);
    expect(seedPair().findings.filter((f) => f.kind === 'number')).toEqual([]);
  });

  it('reads "nearly" as just below the number: against "more than" it is bounded the other way', () => {
    const major = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.severity !== 'minor').map((f) => f.rule);
    expect(major('The fund lost nearly $2 billion last year, the filing shows.', 'The fund lost over $2 billion last year, the filing shows.')).toEqual(['number.direction']);
    expect(major('Just over 300 homes were flooded.', 'Fewer than 300 homes were flooded.')).toEqual(['number.direction']);
    // Close to the number on both sides, or about it: a nuance.
    expect(major('Nearly 300 homes were flooded.', 'Just over 300 homes were flooded.')).toEqual([]);
    expect(major('Nearly 300 homes were flooded.', 'About 300 homes were flooded.')).toEqual([]);
  });

  it('reads a comparator opening a sentence as part of the number, not as a name ("Fewer than half" / "Less than 50%")', () => {
    const r = compareTexts('Fewer than half of the workers voted for the strike.', 'Less than 50% of the workers voted for the strike.');
    expect(r.findings.filter((f) => f.severity !== 'minor')).toEqual([]);
  });
});

describe('a value given as a bound it meets', () => {
  const num = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'number').map((f) => `${f.rule}/${f.severity}`);
  it('is a qualifier changed: "about 4.35 million" / "more than 4.3 million"', () => {
    expect(num('The trust will hold approximately 4.35 million shares of the bank.', 'The trust will hold more than 4.3 million shares of the bank.')).toEqual(['number.qualifier/minor']);
    expect(num('About 46 people were moved to the hall.', 'Under 50 people were moved to the hall.')).toEqual(['number.qualifier/minor']);
  });
  it('still tells a bound the value does not meet, or one far below it', () => {
    expect(num('The trust will hold approximately 4.35 million shares of the bank.', 'The trust will hold more than 4.5 million shares of the bank.')).toEqual(['number.changed/major']);
    expect(num('The trust will hold approximately 4.35 million shares of the bank.', 'The trust will hold more than 3.9 million shares of the bank.')).toEqual(['number.changed/major']);
  });
});

describe('a unit hyphenated with "long"', () => {
  const num = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'number').map((f) => `${f.rule}/${f.severity}`);
  it('counts one of the unit: "a year-long trial" / "a 12-month trial", "a week-long strike" / "a seven-day strike"', () => {
    expect(num('The board will wait until the current year-long trial is over.', 'The board will wait until its current 12-month trial is over.')).toEqual([]);
    expect(num('Dock workers began a week-long strike on Monday.', 'Dock workers began a seven-day strike on Monday.')).toEqual([]);
  });
  it('still tells another length: "a year-long trial" / "a six-month trial"', () => {
    expect(num('The board will wait until the current year-long trial is over.', 'The board will wait until its current six-month trial is over.')).not.toEqual([]);
  });
});

describe('figures the tokenizer cuts apart', () => {
  const strong = (ref: string, sus: string) => compareTexts(ref, sus).findings.filter((f) => f.severity !== 'minor').map((f) => `${f.rule} ${f.reference?.text} -> ${f.suspect?.text}`);
  it('reads "$US1.06 million" whole, as the same amount as "$1.06 million", and not as a name', () => {
    expect(strong('The trader agreed to repay $US1.06 million in profits and $US342,195 in interest.', 'The trader agreed to repay $1.06 million in profits and $342,195 in interest.')).toEqual([]);
    expect(strong('The trader agreed to repay $US1.06 million in profits.', 'The trader agreed to repay $1.6 million in profits.'))
      .toEqual(['number.changed $US1.06 million -> $1.6 million']);
  });

  it('reads ".85 cent" as 0.85', () => {
    expect(strong('Diesel futures closed .85 cent lower on the day.', 'Diesel futures closed 0.85 cent lower on the day.')).toEqual([]);
  });
});
