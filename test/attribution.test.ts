import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, seedPair } from './helpers.js';

const attr = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'attribution').map((f) => `${f.rule}/${f.severity}`);

describe('attribution check', () => {
  it('finds the statement of Israel turned into one of a US official', () => {
    const f = findingsAt(seedPair(), 'A senior Biden administration official told').filter((x) => x.kind === 'attribution');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.reference!.text).toBe('Israel told');
  });

  it('reads a body named with its place\'s adjective and the same body given with the place\'s name as one speaker', () => {
    const ref = '"We hope the talks go on," the Chinese Foreign Ministry said in a statement.';
    expect(compareTexts(ref, 'China\'s foreign ministry said: "We hope the talks go on."').findings.filter((f) => f.severity !== 'minor')).toEqual([]);
    expect(attr(ref, 'Japan\'s foreign ministry said: "We hope the talks go on."')).toEqual(['attribution.speaker/critical']);
  });

  it('is otherwise quiet on the seed pair, where sources are renamed but not changed', () => {
    expect(seedPair().findings.filter((f) => f.kind === 'attribution')).toHaveLength(1);
  });

  it.each([
    ['another speaker', 'The minister said the plan would cost billions.', 'The opposition leader said the plan would cost billions.', 'attribution.speaker/critical'],
    ['another source group', 'The talks stalled on Monday, US officials said.', 'The talks stalled on Monday, Israeli officials said.', 'attribution.group/major'],
    ['"according to" with another source', 'The strike hit a depot, according to the army.', 'The strike hit a depot, according to the rebels.', 'attribution.speaker/critical'],
    ['a quotation given to someone else past a relative clause',
      '“We must be careful,” said Professor Karim Osei of the University of Leeds, who was not involved in the study.',
      '“We must be careful,” Dr. Amelia Brandt of the University of Leeds, who was not involved in the study, said.', 'attribution.speaker/critical'],
    ['a source dropped, the statement kept as the copy\'s own', 'The fire was started deliberately, police said.', 'The fire was started deliberately.', 'attribution.dropped/major'],
    ['"according to" dropped', 'According to the rebels, 40 soldiers were killed in the ambush.', '40 soldiers were killed in the ambush.', 'attribution.dropped/major'],
    ['a quotation given to the opposition', '“There will be no new taxes,” the chancellor said.', '“There will be no new taxes,” the opposition said.', 'attribution.speaker/critical'],
    ['a country turned into officials of another', 'Iran said the talks would resume next week.', 'Israeli officials said the talks would resume next week.', 'attribution.speaker/critical'],
    ['another speaker of the same body', 'Harbour Police Inspector Maria Lund said the ferry would sail at noon.', 'Inspector Tomas Berg of the Harbour Police said the ferry would sail at noon.', 'attribution.speaker/critical'],
    ['a source named by a word read as an adjective', 'The officer was taken to the hospital late on Tuesday, police said.', 'The officer was taken to the hospital late on Tuesday, military said.', 'attribution.speaker/critical'],
    ['a country turned into officials of no named country', 'Norway told the summit that the ferry link would close.', 'An official told the summit that the ferry link would close.', 'attribution.speaker/critical'],
    ['an indefinite company', 'Northwind said it now expects a loss in the second quarter.', 'A company said it now expects a loss in the second quarter.', 'attribution.speaker/critical'],
    ['a body of another kind', 'Northwind said it now expects a loss in the second quarter.', 'The police said it now expects a loss in the second quarter.', 'attribution.speaker/critical'],
    ['another person with the same two titles', '“The market keeps growing,” said IAB President and CEO Greg Stuart.', '“The market keeps growing,” said IAB President and CEO Tom Miller.', 'attribution.speaker/critical'],
  ])('flags %s', (_w, a, b, expected) => {
    expect(attr(a, b)).toEqual([expected]);
  });

  it.each([
    ['a name and its surname', 'John Kirby said Sunday the ability to prevent damage was proof.', 'Kirby said Sunday the ability to prevent damage was proof.'],
    ['an honorific', 'Kirby said the attack was the first of its kind.', 'Mr Kirby said the attack was the first of its kind.'],
    ['a name with its role', 'John Kirby, the White House spokesman, said the talks went well.', 'White House spokesman John Kirby said the talks went well.'],
    ['a shortened official', 'The plan is consistent, the senior administration official said.', 'The plan is consistent, the official said.'],
    ['"said X" and "X said"', '“It was a relief,” the official said.', '“It was a relief,” said a senior government official.'],
    ['"according to" and "said"', 'Biden was updated, according to officials.', 'Biden was updated, officials said.'],
    ['a name joined by "to" ("Committee to Protect Journalists")', 'The Committee to Protect Journalists said at least 12 reporters were detained.', 'According to the Committee to Protect Journalists, at least 12 reporters were detained.'],
    ['the source kept with another verb', 'Chile told the United Nations that it was not seeking a wider conflict.', 'Chile informed the United Nations that it was not seeking a wider conflict.'],
    ['a pronoun source with another verb', 'He suggested that the two leaders meet in Geneva.', 'He proposed that the two leaders meet in Geneva.'],
    ['a country and its officials', 'Iran said the talks would resume next week.', 'Iranian officials said the talks would resume next week.'],
    ['a seat of government and the government', 'The Kremlin said the talks would resume next week.', 'The Russian government said the talks would resume next week.'],
    ['a capital and the government', 'Tehran said the talks would resume next week.', 'The Iranian government said the talks would resume next week.'],
    ['the same speaker named with what he is "of"', 'Harbour Police Inspector Maria Lund said the ferry would sail at noon.', 'Inspector Maria Lund of the Harbour Police said the ferry would sail at noon.'],
    ['a speaker\'s name a letter off', 'Lindqvist said that last week most new patients in the region were under 60.', 'Lindqvest said that most new patients in the region last week were under 60.'],
    ['a study and its authors', '"Poor sleep may be one of the causes," the researchers reported.', '"Poor sleep may be one of the causes," the study says.'],
    ['a source left unnamed in a passive ("X said" / "is expected to")', 'Snow will cover much of the north on Monday, forecasters said.', 'Much of the north is expected to see snow on Monday.'],
    // Shapes of mrpc's faithful pairs (own sentences): one source named and described, or named at more length.
    ['a named company and "the company"', 'Northwind said it now expects a loss in the second quarter.', 'The company said it now expects a loss in the second quarter.'],
    ['"the company" and a named company', 'The company said it now expects a loss in the second quarter.', 'Northwind Energy said it now expects a loss in the second quarter.'],
    ['a spokesman whose body is spelt out', 'HBT spokesman Tom Berg said the driver was not hurt.', 'Harbour Bureau of Transport spokesman Tom Berg said the driver was not hurt.'],
    ['a speaker with two titles', '“The market keeps growing,” said IAB President and CEO Greg Stuart.', '“The market keeps growing,” Stuart says.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(attr(a, b)).toEqual([]);
  });

  it('still reads a study and someone who did not write it as two sources', () => {
    expect(attr('"Poor sleep may be one of the causes," the study says.', '"Poor sleep may be one of the causes," the police said.').some((x) => x.startsWith('attribution.speaker'))).toBe(true);
  });

  it.each([
    ['moved to the first half', '“The pool will close in June. It will reopen in the autumn,” the manager said.', '“The pool will close in June,” the manager said. “It will reopen in the autumn.”'],
    ['moved to the second half', '“The pool will close in June,” the manager said. “It will reopen in the autumn.”', '“The pool will close in June.” “It will reopen in the autumn,” the manager said.'],
    ['moved to a paragraph of its own', '“Why would anyone stay? We cannot pay the rent,” the tenant said.', 'The tenant said: “Why would anyone stay?\n\n“We cannot pay the rent.”'],
  ])('keeps a quotation whose attribution moved to its other sentence (%s)', (_w, a, b) => {
    expect(attr(a, b)).toEqual([]);
  });

  it('still finds a quotation cut loose from its source when the next one is another speaker\'s', () => {
    expect(attr('“The pool will close in June,” the manager said. “Fees will rise,” the mayor said.', '“The pool will close in June.” “Fees will rise,” the mayor said.')).toContain('attribution.dropped/major');
  });

  it.each([
    ['a name with letters past Latin-1', 'According to Radim Šťastný, the president of the Dental Chamber, members should be aware of the situation.', 'According to the president of the Dental Chamber, Radim Šťastný, members should be aware of the situation.'],
    ['a plain name', 'According to Anna Berg, the president of the Dental Chamber, members should be aware of the situation.', 'According to the president of the Dental Chamber, Anna Berg, members should be aware of the situation.'],
    ['an office spelt another way', 'According to Anna Berg, the president of the Dental Chambre, members should be aware of the situation.', 'According to the president of the Dental Chamber, Anna Berg, members should be aware of the situation.'],
  ])('reads the speaker and its apposition trading places as the same speaker (%s)', (_w, ref, sus) => {
    expect(attr(ref, sus)).toEqual([]);
  });

  it('still finds another speaker named where the reference names someone', () => {
    expect(attr('According to Anna Berg, members should be aware of the situation.', 'According to the president of the Dental Chamber, members should be aware of the situation.')).toContain('attribution.speaker/critical');
  });

  // Shape of held-out real pair 43: the object of a transitive reporting verb was read as an inverted speaker.
  it.each([
    ['a study described past a participial phrase',
      'The study, led by herpetologist Germán Chávez and published in Evolutionary Systematics, describes Pristimantis chinguelas, a new species.',
      'The study describes Pristimantis chinguelas, a new species.'],
    ['a study and herpetologists who wrote it',
      'The study, led by herpetologist Germán Chávez and published in Evolutionary Systematics, describes Pristimantis chinguelas, a new species.',
      'Herpetologists have described Pristimantis chinguelas, a new species.'],
    ['officials speaking between commas', 'Officials, speaking on condition of anonymity, said the bridge would close.', 'The officials said the bridge would close.'],
  ])('reads no object of the verb as its source (%s)', (_w, a, b) => {
    expect(attr(a, b)).toEqual([]);
  });

  it('still reads an inverted source after a reported clause or a quotation', () => {
    expect(attr('The strike hit a depot, said the army.', 'The strike hit a depot, said the rebels.')).toEqual(['attribution.speaker/critical']);
    expect(attr('“The strike hit a depot,” said the army.', '“The strike hit a depot,” said the rebels.')).toEqual(['attribution.speaker/critical']);
  });

  // Shared real pair 01: the body the speaker speaks for became the one he told.
  it.each([
    ['"of" turned into the one told', 'People rushed to her aid, said Andrew Bibby of NSW Ambulance.', 'People rushed to her aid, Andrew Bibby told the NSW ambulance of the emergency.'],
    ['the one told turned into "\'s"', 'The road will reopen on Monday, Maria Lund told Harbour Transport.', 'The road will reopen on Monday, said Harbour Transport\'s Maria Lund.'],
  ])('flags the speaker\'s body turned into the one told (%s)', (_w, a, b) => {
    const f = compareTexts(a, b).findings.filter((x) => x.rule === 'attribution.affiliation');
    expect(f.map((x) => x.severity)).toEqual(['major']);
    expect(f[0]!.message).toContain('speaks for');
  });

  it('keeps the speaker\'s body kept as such, and a speaker who tells someone else', () => {
    expect(attr('People rushed to her aid, said Andrew Bibby of NSW Ambulance.', 'Andrew Bibby of NSW Ambulance told reporters that people rushed to her aid.')).toEqual([]);
    expect(attr('People rushed to her aid, said Andrew Bibby of NSW Ambulance.', 'People rushed to her aid, Andrew Bibby said.')).toEqual([]);
  });

  it('reads a hyphenated name whole and a name transliterated a letter otherwise as the same speaker', () => {
    const major = (a: string, b: string) => attr(a, b).filter((r) => !r.endsWith('/minor'));
    // "al-Tikriti": the source is the whole name, not "Tikriti" after the hyphen.
    expect(major('"We reject the new council," Hassan al Tikriti said at a rally.', '"We reject and condemn the new council," Hassan al-Tikriti said.')).toEqual([]);
    expect(major('"We reject the new council," Hassan al Tikriti said at a rally.', '"We reject and condemn the new council," Hasan al-Tikriti said.')).toEqual([]);
    // Another person still is another speaker.
    expect(major('"We reject the new council," Hassan al Tikriti said at a rally.', '"We reject the new council," Omar al-Rawi said.')).toEqual(['attribution.speaker/critical']);
  });

  it('reads a body\'s description and its name as one speaker where a text names the body by both', () => {
    const major = (a: string, b: string) => attr(a, b).filter((r) => !r.endsWith('/minor'));
    const ran = 'Researchers at the University of Leeds ran the trial. ';
    expect(major(`${ran}Most patients slept better, the university said.`, `${ran}Most patients slept better, Leeds said.`)).toEqual([]);
    // A body the texts never call by that name is another speaker.
    const city = 'Researchers in Leeds ran the trial. ';
    expect(major(`${city}Most patients slept better, the university said.`, `${city}Most patients slept better, Leeds said.`)).toEqual(['attribution.speaker/critical']);
  });
});
