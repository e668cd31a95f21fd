// A sentence reworded far beyond its neighbours, its changed content words unexplained by any check, is a change a
// reader must see, also when the rewording still leaves it fairly close (about half its words kept).
import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const KEPT = [
  'The city council met on Tuesday evening to discuss the new budget for the coming year.',
  'Members argued for hours about money for roads, schools and the public library.',
  'The mayor told reporters that the final vote would take place next month.',
  'Several residents spoke during the meeting about the state of the local parks.',
  'The council also agreed to hire two more inspectors for the building department.',
];
const R = 'Legend has it that a courier who walked the whole road to the harbour to deliver the letter fainted upon arrival.';

describe('a sentence reworded far beyond its neighbours', () => {
  it('is major when about half its words are kept but what it says changes', () => {
    const ref = [...KEPT, R].join(' ');
    const sus = [...KEPT, 'Legend has it that a runner who travelled to the harbour to bring the message disappeared on the way.'].join(' ');
    const r = compareTexts(ref, sus);
    const p = r.alignment.find((x) => x.reference.includes(5))!;
    expect(p.similarity).toBeGreaterThan(0.35);
    expect(p.similarity).toBeLessThanOrEqual(0.5);
    const f = r.findings.find((x) => x.rule === 'wording.changed' && x.pair === r.alignment.indexOf(p));
    expect(f?.severity).toBe('major');
  });

  it('stays minor when the sentence is reworded no more than its neighbours', () => {
    const ref = [...KEPT, R].join(' ');
    const sus = [...KEPT, R.replace('fainted', 'collapsed')].join(' ');
    const loud = compareTexts(ref, sus).findings.filter((x) => x.rule === 'wording.changed' && x.severity !== 'minor');
    expect(loud).toEqual([]);
  });
});

// A sentence of a copy that keeps little of what it says (many content words lost, few in their place) is a
// change a reader must see: major in a copy of enough sentences, minor where there are no neighbours to weigh it.
const HOLLOW_R = 'A second clerk, who had worked beside the treasurer since March, knew about the missing funds, shredded the ledgers and booked a flight abroad.';
const HOLLOW_S = 'A second clerk who helped the treasurer was also charged.';

describe('a sentence hollowed out', () => {
  it('is major in a copy whose other sentences are kept', () => {
    const r = compareTexts([...KEPT, HOLLOW_R].join(' '), [...KEPT, HOLLOW_S].join(' '));
    const f = r.findings.find((x) => x.rule === 'wording.hollowed');
    expect(f?.severity).toBe('major');
  });

  it('is minor on a pair of sentences alone, and a sentence reworded with as many words in their place is not hollowed', () => {
    expect(compareTexts(HOLLOW_R, HOLLOW_S).findings.filter((x) => x.rule === 'wording.hollowed').map((x) => x.severity)).toEqual(['minor']);
    const reworded = 'A second clerk, who had toiled next to the cashier from spring, was aware of the absent money, burned the books and reserved a trip overseas.';
    expect(compareTexts([...KEPT, HOLLOW_R].join(' '), [...KEPT, reworded].join(' ')).findings.filter((x) => x.rule === 'wording.hollowed')).toEqual([]);
  });
});

describe('a sentence hollowed out into its neighbour', () => {
  it('is minor when the copy says what it lost in the sentence before (two sentences merged)', () => {
    const ref = [...KEPT, 'Other runners rushed to congratulate her and she was then surprised by her brother, Daniel, who had driven up from the coast with his wife for the race.',
      'Daniel lifted his sister in a tight hug while members of the club handed out caps embroidered with the number 40.'].join(' ');
    const sus = [...KEPT, 'Other runners rushed over to congratulate her, and she was then surprised by her brother Daniel, who picked her up in a tight hug.',
      'Members of the club handed out caps with the number 40 on them.'].join(' ');
    const f = compareTexts(ref, sus).findings.filter((x) => x.rule === 'wording.hollowed');
    expect(f.map((x) => x.severity)).toEqual(['minor']);
  });
});
