import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

// omission findings graded by what the dropped text is: a source, a venue (src/core/calibrate/detail.ts), a sentence said elsewhere (interior.ts).
const content = (ref: string, sus: string) => compareTexts(ref, sus).findings.filter((f) => f.rule === 'omission.content')
  .map((f) => `${f.reference?.text} ${f.severity}`);

describe('omission.content of a source or a venue', () => {
  it('is minor for the speaker of a reporting verb the copy drops with it (fixtures/real/21)', () => {
    const ref = 'Lawrence Keefe, United States Attorney for the Northern District of Florida, announced that David Wayne Horton, who was the city’s Community Services Director at the time of the fraud, entered a guilty plea to wire fraud.';
    const sus = 'David Wayne Horton, who was the city’s Community Services Director at the time of the fraud, entered a guilty plea to wire fraud.';
    expect(content(ref, sus)).toEqual(['Lawrence Keefe minor', 'United States Attorney minor', 'Northern District of Florida minor']);
  });

  it('is minor for the description of a speaker the copy still names', () => {
    expect(content('"The harbour will reopen on Friday," said Maria Olsen, Port Talbot\'s harbour master.', '"The harbour will reopen on Friday," Olsen said.'))
      .toEqual(['Port Talbot minor']);
    expect(content('But a senior Foreign Office official said: "The talks will resume in the spring."', '"The talks will resume in the spring," the official said.'))
      .toEqual(['Foreign minor']);
  });

  it('stays major where the copy gives the verb to someone else, or the name is in what is said', () => {
    expect(content('Maria Olsen said the harbour will reopen on Friday.', 'Critics said the harbour will reopen on Friday.')).toEqual(['Maria Olsen major']);
    expect(content('The storm cut the ferry to Oslo, officials said.', 'The storm cut the ferry, officials said.')).toEqual(['to Oslo major']);
  });

  it('is minor for the journal a finding was published in (fixtures/real/43), not for a place', () => {
    const ref = 'The study, led by herpetologist Germán Chávez and published in Evolutionary Systematics, describes three new species of frog.';
    expect(content(ref, 'The study, led by herpetologist Germán Chávez, describes three new species of frog.')).toEqual(['in Evolutionary Systematics minor']);
    expect(content('Two new cases were reported in Beijing on Monday.', 'Two new cases were reported on Monday.')).toEqual(['in Beijing major']);
  });
});

describe('a whole interior sentence dropped (src/core/calibrate/interior.ts)', () => {
  const ref = 'The ferry service between the two islands resumed on Monday after a week of storms.\n\nEngineers had repaired the damaged pier at the northern harbour over the weekend.\n\nPassengers queued from early morning, and the first boat left on time.\n\nThe operator said timetables would return to normal by Friday.';
  const dropped = (sus: string) => compareTexts(ref, sus).findings.filter((f) => f.rule === 'omission.sentence').map((f) => f.severity);
  it('is a claim lost, major', () => {
    expect(dropped('The ferry service between the two islands resumed on Monday after a week of storms.\n\nPassengers queued from early morning, and the first boat left on time.\n\nThe operator said timetables would return to normal by Friday.')).toEqual(['major']);
  });
  it('stays minor where the copy says most of its words in its other sentences', () => {
    expect(dropped('The ferry service between the two islands resumed on Monday after a week of storms.\n\nPassengers queued from early morning at the northern harbour, and the first boat left on time.\n\nThe operator said the damaged pier had been repaired and timetables would return to normal by Friday.')).toEqual(['minor']);
  });
});

describe('a count given as a collective noun (rules/lexicon/numbers.yaml words)', () => {
  it('is the same number: "the smallest of the three" / "the smallest of the trio" (fixtures/real/44)', () => {
    const loud = compareTexts('The smallest of the three frogs was found in a bromeliad.', 'The smallest of the trio of frogs was found in a bromeliad.').findings.filter((f) => f.severity !== 'minor');
    expect(loud.map((f) => f.rule)).toEqual([]);
  });
});

describe('a speaker whose side the copy changes', () => {
  it('keeps the dropped body major where another body or place stands before the same speaker', () => {
    const f = compareTexts('White House spokesman John Kirby called Israel’s response an “incredible military achievement” on Sunday and said that Biden “doesn’t believe” the situation needs to escalate into a broader war.',
      'On Sunday, Israeli spokesman John Kirby called Iran’s response an “incredible military achievement” and said Biden “doesn’t believe” the situation needs to escalate into a broader war.').findings.filter((x) => x.rule === 'omission.content');
    expect(f.map((x) => x.severity)).toEqual(['major']);
  });
});

describe('omission.content of a name the copy says as a pronoun', () => {
  it('drops no one where a personal pronoun stands in the name\'s place', () => {
    // (Major before: the verb changed too, so the subject was not referred back to by the same verb.)
    expect(content('Okafor kicked a ball into the stands during the final.', 'He was sent off for kicking a ball into the stands during the final.')).toEqual([]);
    expect(content('Doctors said Lindqvist had trained alone for a month.', 'According to her doctors, she trained by herself for a month.')).toEqual([]);
  });

  it('still drops the name where no pronoun takes its place, and still reports a place a pronoun stands for', () => {
    expect(content('Okafor was fined for kicking a ball into the stands during the final.', 'A player was fined for kicking a ball into the stands during the final.')).toEqual(['Okafor major']);
    expect(content('The mayor said Paris would bid for the games.', 'The mayor said he would bid for the games.')).toEqual(['Paris minor']);
  });
});
