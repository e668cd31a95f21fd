import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, rulesOf, seedPair } from './helpers.js';

describe('negation check', () => {
  it('finds the reversed claim of the seed pair as critical', () => {
    const f = findingsAt(seedPair(), 'no idea').filter((x) => x.kind === 'negation');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('critical');
    expect(f[0]!.reference!.text).toContain('good sense');
  });

  it('flags a dropped negation', () => {
    const r = compareTexts('Kirby said the attack did not constitute the start of a broader regional war.', 'Kirby said the attack constituted the start of a broader regional war.');
    expect(rulesOf(r)).toContain('negation.dropped');
  });

  it('flags a negation carried by a verb ("failed to")', () => {
    const r = compareTexts('The attack, which the air defenses largely thwarted, ended before dawn.', 'The attack, which the air defenses failed to thwart, ended before dawn.');
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('negation.added/critical');
  });

  it('does not let two changes in one sentence cancel each other out', () => {
    const r = compareTexts(
      'After the attack, which the defenses largely thwarted, the president urged the minister to refrain from retaliatory strikes.',
      'After the attack, which the defenses failed to thwart, the president urged the minister to proceed with retaliatory strikes.');
    // Both changes are reported (and the dropped degree hedge "largely" as well).
    expect(r.findings.filter((f) => f.severity !== 'minor').map((f) => f.rule).sort()).toEqual(['antonym.substituted', 'modality.hedge-dropped', 'negation.added']);
  });

  it('stays quiet when reordered clauses move a negative word', () => {
    const r = compareTexts(
      'Even as officials stressed that the decision is up to the cabinet, the president has sought to prevent a wider escalation of the conflict.',
      'The president has sought to prevent the conflict from escalating, even as officials have stressed that the decision rests with the cabinet.');
    expect(r.findings.filter((f) => f.kind === 'negation')).toEqual([]);
  });

  it.each([
    ['an implicit negative on both sides', 'Biden said Iran’s attacks had been largely unsuccessful.', 'Biden said the Iranian attack was largely a failure.'],
    ['a contraction', 'We didn’t believe it had to be that way, he said.', 'We did not believe it had to be that way, he said.'],
    ['a negation present on both sides', 'Gallant warned Sunday that the confrontation with Iran is “not over yet.”', 'Gallant warned Sunday that the conflict with Iran is “not over yet.”'],
    ['a verb that only balances a negation ("beat" / "defeated")', 'Brazil beat Argentina in the final.', 'Brazil defeated Argentina in the final.'],
    ['a negation balanced by such a verb', 'The guards did not allow the crowd to enter.', 'The guards prevented the crowd from entering.'],
    ['a negation balanced by an antonym', 'The senator said she did not oppose the measure.', 'The senator said she supported the measure.'],
    ['"nor" against a second "don\'t"', '“We don’t believe it is nor do we believe it is needed,” he said.', '“We don’t believe that is the case, and we don’t believe it is needed,” he said.'],
    ['"not the only" reworded as "one of several"', 'She was not the only minister to resign over the scandal.', 'She was one of several ministers to resign over the scandal.'],
    ['"not only ... but also" reworded as "and also"', 'The plan will not only cut emissions but also lower household bills.', 'The plan will cut emissions and also lower household bills.'],
    ['"did not rule out" and "left open"', 'The minister did not rule out new elections.', 'The minister left open the possibility of new elections.'],
    ['"unless" and "if ... not"', 'The strike will go ahead unless the company raises wages.', 'The strike will go ahead if the company does not raise wages.'],
    ['"a shortage of" and "a lack of"', 'The project was delayed because of a shortage of vessels.', 'The project was delayed due to a lack of vessels.'],
    ['"safe" and "posed no danger"', 'Officials insisted the water was safe to drink.', 'Officials insisted the water posed no danger to drink.'],
    ['"not many" for "few"', 'Few analysts expected the central bank to raise rates.', 'Not many analysts expected the central bank to raise rates.'],
    ['a negation moved to the word it now sits on ("had no effect on" / "was not hurt by")', 'Yet the storm had no effect on the harvest in the southern provinces, officials said.', 'Yet the harvest in the southern provinces was not hurt by the storm, officials said.'],
    ['"did not do as well" and "did less well"', "But the company's laptop business didn't do quite as well last year.", "However, the company's laptop business performed less well last year."],
    ['"never looked the same" and "seemed different"', 'The striker scored twice but never looked like the same player after the break.', 'The striker scored twice but seemed a different player after the break.'],
    ['"nothing except" said as "only"', 'The old wolf feared nothing, except the winter storms.', 'The old wolf only feared the winter storms.'],
    ['"nor" carrying on a negation, said as "or" under the copy\'s own', "The early settlers didn't have wheat, nor rice, nor sugar.", 'The early settlers did not know wheat, rice or sugar.'],
    ['"neither ... nor" said as a negation and an elliptical "neither did"', 'Neither the players nor the coach knew the result of the appeal.', "The players didn't know the result of the appeal, and neither did the coach."],
    ['"whether or not" said as "whether"', 'Whether you like it or not, the new parking rules start in May.', 'Whether you like it, the new parking rules start in May.'],
    ['"or not" closing a clause, dropped', 'I doubt you noticed it or not, but most ferries left on time.', 'I doubt you noticed that most ferries left on time.'],
  ])('stays quiet on %s', (_what, a, b) => {
    expect(rulesOf(compareTexts(a, b)).filter((r) => r.startsWith('negation.'))).toEqual([]);
  });

  it('still reads a dropped "nor" that carried its own clause as a negation dropped', () => {
    expect(rulesOf(compareTexts('The mayor did not call the families, nor did she write to them.', 'The mayor did not call the families, and she wrote to them.'))).toContain('negation.dropped');
  });

  it('still reads "or not" before a verb as a negation', () => {
    expect(rulesOf(compareTexts('The council may or may not approve the plan.', 'The council may approve the plan.')).filter((r) => r.startsWith('negation.'))).not.toEqual([]);
  });

  it.each([
    ['"not the only" made "the only"', 'She was not the only minister to resign over the scandal.', 'She was the only minister to resign over the scandal.', 'negation.dropped'],
    ['"unless" made "if"', 'The strike will go ahead unless the company raises wages.', 'The strike will go ahead if the company raises wages.', 'negation.dropped'],
    ['"only" made "not only"', 'The plan will only cut emissions this decade.', 'The plan will not only cut emissions this decade.', 'negation.added'],
  ])('still flags a cue that alone comes or goes in such a phrase: %s', (_what, a, b, rule) => {
    expect(rulesOf(compareTexts(a, b))).toContain(rule);
  });

  it('keeps two flips of different cues apart when each negated word stays', () => {
    const r = compareTexts('The storm had no effect on the harvest, and the farmers were paid in full.', 'The storm had an effect on the harvest, and the farmers were not paid in full.');
    expect(rulesOf(r).filter((x) => x.startsWith('negation.')).sort()).toEqual(['negation.added', 'negation.dropped']);
  });

  it('reads "not long after" said as "shortly after" as no negation dropped', () => {
    const r = compareTexts('The driver retired not long after his teammate, because of engine damage.', 'The driver also pulled out shortly after his teammate due to engine damage.');
    expect(r.findings.filter((f) => f.kind === 'negation')).toEqual([]);
  });

  it('reads "not far behind" dropped with its phrase, or said as "close behind", as no negation dropped', () => {
    for (const sus of ['The second film took in $9 million over the weekend.', 'Close behind, the second film took in $9 million over the weekend.']) {
      const r = compareTexts('Falling not far behind, the second film took in $9 million over the weekend.', sus);
      expect(r.findings.filter((f) => f.kind === 'negation')).toEqual([]);
    }
    expect(compareTexts('The hotel is not far from the station.', 'The hotel is far from the station.').findings.map((f) => f.rule)).toContain('negation.dropped');
  });

  it('still finds the "not" of "not long after" dropped on its own', () => {
    const r = compareTexts('The driver retired not long after his teammate.', 'The driver retired long after his teammate.');
    expect(r.findings.map((f) => f.rule)).toContain('negation.dropped');
  });
});

describe('a negated verb said again by a negated participle in a reordered clause', () => {
  const REF = 'The school record was not broken until a junior from Leeds ran 10.2 seconds in 2019.';
  const neg = (sus: string) => compareTexts(REF, sus).findings.filter((f) => f.kind === 'negation' && f.severity !== 'minor').map((f) => f.rule);
  it('is no dropped negation ("was not broken until X" / "until X, remained unbeaten")', () => {
    expect(neg('Up until a junior from Leeds ran 10.2 seconds in 2019, the school record remained unbeaten.')).toEqual([]);
  });
  it('is still dropped where the copy says it was broken', () => {
    expect(neg('Up until a junior from Leeds ran 10.2 seconds in 2019, the school record was broken.')).toEqual(['negation.dropped']);
  });
});

describe('a correlative "neither ... nor"', () => {
  const neg = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'negation' && f.severity !== 'minor').map((f) => f.rule);
  it('is one negation, as "no" is', () => {
    expect(neg('But when no justice announced a retirement in June, the efforts were seen as moot.',
      'But when neither Justice Moore nor any other justice announced a retirement in June, the efforts were seen as moot.')).toEqual([]);
  });
  it('is still found when the copy drops it', () => {
    expect(neg('Neither the mayor nor any councillor attended the opening of the bridge.', 'The mayor and a councillor attended the opening of the bridge.')).toEqual(['negation.dropped']);
  });
});

describe('a superlative with "since" said as a negation', () => {
  const neg = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'negation' && f.severity !== 'minor').map((f) => f.rule);
  const REF = 'It was the biggest protest in the city since thousands marched over the port closure in 1998.';
  it('balances "the biggest ... since" / "has not seen such ... since"', () => {
    expect(neg(REF, 'The city has not seen such a protest since thousands marched over the 1998 port closure.')).toEqual([]);
  });
  it('still finds a negation added to the superlative itself', () => {
    expect(neg(REF, 'It was not the biggest protest in the city since thousands marched over the port closure in 1998.')).toEqual(['negation.added']);
  });
});

describe('a negation that a reordered sentence puts on another predicate', () => {
  const neg = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'negation' && f.severity !== 'minor').map((f) => f.rule).sort();
  it('is one negation dropped and one added, not one moved ("does not permit speeds close to" / "is not even close to")', () => {
    expect(neg('The old engine does not permit speeds close to the limit, although one driver, Mia Park, reached 190 km/h in 2004, only slightly under the then-limit.',
      'Although driver Mia Park narrowly missed the then-limit in 2004, she reached 190 km/h, which is not even close to the limit because of this engine.'))
      .toEqual(['negation.added', 'negation.dropped']);
  });
  it('is still one moved negation when it stays on the same predicate', () => {
    expect(neg('The team was not ready for the final, although its coach said the squad was close to full strength.',
      'Although its coach said the squad was close to full strength, the team was not prepared for the final.')).toEqual([]);
  });
});

describe('"rather ... than" said apart and said whole', () => {
  const neg = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'negation' && f.severity !== 'minor').map((f) => f.rule);
  it('is one idiom: "would rather walk than drive" / "would rather walk rather than drive" adds no negation', () => {
    expect(neg('The mayor said she would rather walk to the hall than drive.', 'The mayor said she would rather walk to the hall rather than drive.')).toEqual([]);
    expect(neg('The mayor said she would rather walk to the hall than drive.', 'The mayor said she would walk to the hall rather than drive.')).toEqual([]);
  });
});
