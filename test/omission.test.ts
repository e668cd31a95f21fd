import { describe, expect, it } from 'vitest';
import { compareFiles, compareTexts, findingsAt, seedPair, SYNDICATED, CNN, strong } from './helpers.js';

describe('omission and addition checks', () => {
  it('finds the target dropped from "any offensive action against Iran" as major', () => {
    const f = seedPair().findings.filter((x) => x.rule === 'omission.content');
    expect(f.map((x) => [x.reference!.text, x.severity])).toEqual([['against Iran', 'major']]);
  });

  it('reports the missing headline and byline, and the invented fragments, as minor', () => {
    const r = seedPair();
    const omitted = r.findings.filter((f) => f.rule === 'omission.sentence').map((f) => f.reference!.text);
    expect(omitted).toEqual(expect.arrayContaining(['Biden tells Netanyahu US will not participate in any counter-strike against Iran']));
    for (const s of ['He said that this is proof of.', 'He pointed out that he understood.']) {
      expect(findingsAt(r, s).map((f) => `${f.rule}/${f.severity}`)).toEqual(['addition.sentence/minor']);
    }
  });

  it('never reports page furniture as omitted or added', () => {
    const texts = seedPair().findings.flatMap((f) => [f.reference?.text ?? '', f.suspect?.text ?? '']).join('\n');
    for (const furniture of ['[ad_1]', 'Source link', 'Skip to', 'BE PART OF THE CONVERSATION', 'Cable News Network', 'Jump to comments']) {
      expect(texts).not.toContain(furniture);
    }
  });

  it('rates a dropped sentence that carries a quotation as major', () => {
    const r = compareTexts('The storm hit the coast on Monday. “We lost everything,” one resident said. Roads reopened on Tuesday.', 'The storm hit the coast on Monday. Roads reopened on Tuesday.');
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toEqual(['omission.claim/major']);
  });

  it('rates a dropped reply with no verb ("Not at all.") as minor, and a dropped denial as major', () => {
    const sev = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'omission').map((f) => `${f.rule}/${f.severity}`);
    expect(sev('Was the ferry late on Monday? Not at all. It left the harbour at six.', 'Was the ferry late on Monday? It left the harbour at six.')).not.toContain('omission.claim/major');
    expect(sev('Was the ferry late on Monday? It was not late at all. It left the harbour at six.', 'Was the ferry late on Monday? It left the harbour at six.')).toContain('omission.claim/major');
  });

  it('rates a dropped caveat or counterpoint as a major omission, however short, and a moved one as nothing', () => {
    const rules = (a: string, b: string) => compareTexts(a, b).findings.map((f) => `${f.rule}/${f.severity}`);
    expect(rules('The drug cut deaths by 20%, although the trial was small.', 'The drug cut deaths by 20%.')).toEqual(['omission.clause/major']);
    expect(rules('Exports rose in March, but imports fell.', 'Exports rose in March.')).toEqual(['omission.clause/major']);
    expect(rules('The drug cut deaths by 20%, although the trial was small.', 'Although the trial was small, the drug cut deaths by 20%.')).toEqual([]);
  });

  it('keeps a syndicated copy with a new caption and headline free of major findings', async () => {
    const r = await compareFiles(CNN, SYNDICATED);
    expect(strong(r)).toEqual([]);
    expect(r.findings.some((f) => f.rule === 'addition.sentence' && f.suspect!.text.startsWith('In this handout photo'))).toBe(true);
  });

  it.each([
    ['a lone letter of a longer token', 'The dinosaur walked on two legs like a T-Rex, the museum said.', 'The dinosaur walked on two hind legs like a tyrannosaurus rex, the museum said.'],
    ['a participle opening the sentence', 'Beleaguered carmaker Nordwerk is being investigated by two agencies.', 'Two agencies are investigating carmaker Nordwerk.'],
    ['a gerund opening the sentence', 'Firefighting crews finally put out the blaze by midnight.', 'The fire crews finally put out the blaze by midnight.'],
  ])('does not read %s as a dropped name', (_w, ref, sus) => {
    expect(compareTexts(ref, sus).findings.filter((f) => f.rule === 'omission.content')).toEqual([]);
  });

  it.each([
    ['a name opening the sentence', 'Nordwerk is being investigated by two agencies.', 'Two agencies are investigating the carmaker.'],
    ['a name ending like a participle', 'Cullen replaces the chief privacy officer, who left this year.', 'The job had been vacant since the chief privacy officer left this year.'],
  ])('still finds %s dropped', (_w, ref, sus) => {
    expect(compareTexts(ref, sus).findings.filter((f) => f.rule === 'omission.content').map((f) => f.severity)).toContain('major');
  });

  it('does not read a word capitalised for opening the sentence, still in the copy, as a dropped name', () => {
    const r = compareTexts('Women: it is advised that any women visitors carry their card at all times.', 'For women: all female visitors are advised to carry their card at all times.');
    expect(r.findings.filter((f) => f.rule === 'omission.content')).toEqual([]);
  });

  it('does not read a company\'s legal form dropped on its own ("Inc") as a dropped name', () => {
    const r = compareTexts('In a partnership of the rangers and the Hollow Creek Shooters Club (West) Inc, trained volunteers were recruited.',
      'Trained volunteers were recruited in a partnership between the rangers and the Hollow Creek Shooters Club (West).');
    expect(r.findings.filter((f) => f.rule === 'omission.content')).toEqual([]);
  });
});

describe('a clause dropped from a sentence the copy rewords elsewhere', () => {
  const REF = "The 40-year-old, who urged the young driver to flee the scene before the police arrived and hid the stolen jewels, cash and other loot in the driver's garage, was given a five-year sentence.";
  const clauses = (sus: string) => compareTexts(REF, sus).findings.filter((f) => f.rule === 'omission.clause').map((f) => f.reference!.text);
  it('is found when its verb and words are said nowhere in the copy', () => {
    expect(clauses("The 40-year-old who had urged the young motorist to escape in the motorist's car, received a five-year sentence."))
      .toEqual(["hid the stolen jewels, cash and other loot in the driver's garage"]);
  });
  it('is not found when the copy says it in words of its own', () => {
    expect(clauses("The 40-year-old who had urged the young motorist to escape before officers came and concealed the stolen gems, money and other spoils in the motorist's shed, received a five-year sentence.")).toEqual([]);
  });
});
