import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, rulesOf, seedPair } from './helpers.js';

describe('entity check', () => {
  it('finds the changed title and first name of Jon Finer and the misspelt McGurk', () => {
    const r = seedPair();
    const title = r.findings.find((f) => f.rule === 'entity.title')!;
    expect(title.severity).toBe('major');
    expect(title.reference!.text).toBe('Deputy National Security Advisor Jon Finer');
    expect(title.suspect!.text).toBe('Vice President of National Security Adviser John Finer');
    expect(findingsAt(r, 'McGuirk').map((f) => `${f.rule}/${f.severity}`)).toContain('entity.name/minor');
  });

  it('finds altered contributor names and a garbled programme name as minor', () => {
    const r = seedPair();
    expect(findingsAt(r, 'Ladina Zigova').some((f) => f.rule === 'entity.name')).toBe(true);
    expect(findingsAt(r, 'Katherine Nichols').some((f) => f.rule === 'entity.name')).toBe(true);
    expect(findingsAt(r, 'Union').some((f) => f.rule === 'entity.name' && f.severity === 'minor')).toBe(true);
  });

  it('reads a first name swapped for a dictionary word as another person, a misspelt one as a misspelling', () => {
    const swapped = compareTexts('Harbour master Frank Dowell said the ferry left late.', 'Harbour master Candid Dowell said the ferry left late.');
    expect(swapped.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('entity.person/major');
    const misspelt = compareTexts('Harbour master Frank Dowell said the ferry left late.', 'Harbour master Franck Dowell said the ferry left late.');
    expect(misspelt.findings.filter((f) => f.kind === 'entity').map((f) => `${f.rule}/${f.severity}`)).toEqual(['entity.name/minor']);
    const court = compareTexts('The case was heard at the Leeds Crown Court on Monday.', 'The case was heard at the Leeds County Court on Monday.');
    expect(court.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('entity.replaced/major');
    // The replaced part still said in the copy's sentence: the same event named another way.
    const moved = compareTexts('Her record stood until the 2012 London Games, the federation said.', 'Her record stood until the 2012 Summer Games in London, the federation said.');
    expect(moved.findings.filter((f) => f.kind === 'entity' && f.severity !== 'minor')).toEqual([]);
    const title = compareTexts('Canadian Minister of State Julia Brandt cancelled the trip.', 'Canadian Minister of State Brandt has cancelled her trip.');
    expect(title.findings.filter((f) => f.kind === 'entity' && f.severity !== 'minor')).toEqual([]);
  });

  it('finds people turned into a group', () => {
    const f = findingsAt(seedPair(), 'two militaries').filter((x) => x.kind === 'entity');
    expect(f.map((x) => `${x.rule}/${x.severity}`)).toEqual(['entity.participant/major']);
  });

  it('reads persons named by what they do, said by the verb on the other side, as the same persons', () => {
    const major = (a: string, b: string) => compareTexts(a, b).findings.filter((x) => x.rule === 'entity.participant');
    expect(major('The healthy eaters in the study lived longer, the researchers said.', 'People eating healthily in the study lived longer, the researchers said.')).toEqual([]);
    expect(major('The voters in the district rejected the plan.', 'The people in the district rejected the plan.').map((x) => x.severity)).toEqual(['major']);
  });

  it.each([
    ['a capital for its country', 'Salami warned that Tehran would respond directly if Israel retaliates.', 'Salami warned that Iran would respond directly if Israel retaliated.'],
    ['a title added to a known name', 'After the meeting, Biden connected with Netanyahu.', 'After the meeting, Biden contacted Prime Minister Benjamin Netanyahu.'],
    ['a name and its apposition reordered', 'John Kirby, the White House national security spokesman, said Sunday the talks went well.', 'White House national security spokesman John Kirby said Sunday that the talks went well.'],
    ['an honorific', 'Kirby said the attack did not constitute the start of a wider war.', 'Mr Kirby said the attack did not constitute the start of a wider war.'],
    ['equivalent offices', 'Austin asked his counterpart, Minister Yoav Gallant, to notify the US.', 'Austin asked Defense Secretary Yoav Gallant to notify the US.'],
    ['an ordinary plural opening the sentence before a name', 'Shares of Nordlys Energy fell 8% on Wednesday.', 'Nordlys Energy shares fell 8% on Wednesday.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(rulesOf(compareTexts(a, b)).filter((x) => x.startsWith('entity.'))).toEqual([]);
  });

  it('reads an initial written out before the same word as the same name, before another word as another one', () => {
    const entity = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'entity').map((f) => `${f.rule}/${f.severity}/${f.reference?.text}/${f.suspect?.text}`);
    expect(entity('P. chinguelas, discovered on a cliffside of Cerro Chinguelas, has a body dotted with large tubercles.',
      'Pristimantis chinguelas, discovered on a cliffside of Cerro Chinguelas, has a body dotted with large tubercles.')).toEqual([]);
    expect(entity('The samples were handed to J. harlan at the field station.', 'The samples were handed to John harlan at the field station.')).toEqual([]);
    expect(entity('Pristimantis yonke, the smallest of the three, was found in bromeliads.', 'P. yonke, the smallest of the three, was found in bromeliads.')).toEqual([]);
    expect(entity('P. yonke, the smallest of the three, was found nestled in bromeliads.', 'Pristimantis chinguelas, the smallest of the three, was found nestled in bromeliads.'))
      .toEqual(['entity.replaced/major/P. yonke/Pristimantis chinguelas']);
  });

  it('does not read a company\'s legal form or a time zone alone as a participant replaced', () => {
    const replaced = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.rule === 'entity.replaced').map((f) => `${f.reference?.text}/${f.suspect?.text}`);
    expect(replaced('Holders will get two shares of the parent company, Orbis, Inc., for each share they own.',
      'Holders will get two Orbis shares, as well as shares of OrbisLabs, for each share they own.')).toEqual([]);
    expect(replaced('Organisers extended the vote until 8am (AEST) today.', 'Organisers extended the vote until 6 p.m. EDT on Sunday.')).toEqual([]);
    expect(replaced('Holders will get two shares of the parent company, Orbis, for each share they own.',
      'Holders will get two shares of the parent company, Vantor, for each share they own.')).toEqual(['Orbis/Vantor']);
  });

  it('reads a capitalised plural after a heading\'s colon as a word, not a participant replaced', () => {
    const replaced = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.rule === 'entity.replaced').map((f) => `${f.reference?.text}/${f.suspect?.text}`);
    expect(replaced('TEN YEARS ON: Families rebuild the homes the flood took.', 'TEN YEARS ON: Households rebuild the homes the flood took.')).toEqual([]);
    // A name after the colon is still a name.
    const named = compareTexts('TEN YEARS ON: Dorset rebuilds the homes the flood took.', 'TEN YEARS ON: Somerset rebuilds the homes the flood took.');
    expect(named.findings.filter((f) => f.kind === 'entity' && f.severity !== 'minor')).not.toEqual([]);
  });

  it('reads a place word between a title and a name as a given name, not a place', () => {
    const loud = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.severity !== 'minor').map((f) => f.rule);
    expect(loud('“We will vote against it,” Hale said.', '“We will vote against it,” said Senator Jordan Hale.')).toEqual([]);
    expect(loud('“They are small and quiet,” Chavez says.', '“They are small and quiet,” said Dr. German Chavez.')).toEqual([]);
    expect(loud('“We will vote against it,” Hale said.', '“We will vote against it,” said Senator Jordan Price.')).not.toEqual([]);
  });
});

