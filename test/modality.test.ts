import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, seedPair } from './helpers.js';

const modal = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'modality').map((f) => `${f.rule}/${f.severity}`);

describe('modality check', () => {
  it('finds "did not necessarily have to constitute" weakened to "did not necessarily constitute" as minor', () => {
    expect(findingsAt(seedPair(), 'did not necessarily constitute').filter((f) => f.kind === 'modality').map((f) => f.severity)).toEqual(['minor']);
  });

  it.each([
    ['a dropped hedge', 'US officials blamed a suspected Israeli strike on the consulate.', 'US officials blamed an Israeli strike on the consulate.', 'modality.hedge-dropped/major'],
    ['an added booster', 'The results showed the plan had worked.', 'The results clearly showed the plan had worked.', 'modality.booster-added/major'],
    ['a stronger modal', 'Residents may leave before the storm arrives.', 'Residents must leave before the storm arrives.', 'modality.stronger/major'],
    ['a certainty phrase added', 'The storm caused the outage, the utility said.', 'Without a doubt the storm caused the outage, the utility said.', 'modality.booster-added/major'],
    ['a booster before a negation the reference does not make', 'The minister said the talks will end this week.', 'The minister said the talks will certainly not end this week.', 'modality.booster-added/major'],
    ['an accusation made a conviction', 'The former mayor was accused of taking bribes.', 'The former mayor was convicted of taking bribes.', 'modality.stronger/major'],
    ['a conviction made an accusation', 'The two brothers were found guilty of arson last week.', 'The two brothers were accused of arson last week.', 'modality.weaker/major'],
    ['a finding made an accusation', 'The inquiry said the firm was found to have hidden its losses.', 'The inquiry said the firm was accused of hiding its losses.', 'modality.weaker/major'],
    ['a charge stated as the act', 'The driver is charged with causing the crash on the bridge.', 'The driver caused the crash on the bridge.', 'modality.hedge-dropped/major'],
    ['a plan stated as done', 'The government plans to raise taxes on fuel.', 'The government has raised taxes on fuel.', 'modality.realized/major'],
    ['a future stated as done', 'The company will cut 500 jobs next year.', 'The company has cut 500 jobs.', 'modality.realized/major'],
    ['a signing looked forward to stated as done', 'The governor said she looks forward to swiftly signing the bill.', 'The governor said she signed the bill.', 'modality.realized/major'],
    ['an expected announcement stated as made', 'The senator is expected to announce her decision on Friday.', 'The senator announced her decision on Friday.', 'modality.realized/major'],
    ['a weaker obligation', 'Officials have to think carefully about escalation.', 'Officials should think carefully about escalation.', 'modality.shifted/minor'],
    ['a hedge restated as a modal of possibility', 'The new drug is widely expected to replace older treatments.', 'The new drug could replace older treatments.', 'modality.shifted/minor'],
    ['a bare possibility made a likelihood', 'The coach said it is possible that the final is delayed.', 'The coach spoke of the likelihood that the final is delayed.', 'modality.stronger/major'],
  ])('flags %s', (_w, a, b, expected) => {
    expect(modal(a, b)).toEqual([expected]);
  });

  it.each([
    ['the month May', 'The dam has been closed since May 2021 for repairs.', 'The dam has been closed for repairs since last spring.'],
    ['a month in the middle of a sentence', 'Sales fell in May and rose again in June.', 'Sales fell in spring and rose again in June.'],
    ['an adverb inside a verdict', 'Three men were again found guilty of the attack.', 'Three men were found guilty of the attack again.'],
    ['two hedges of the same strength', 'There will likely be political pressure from inside Israel.', 'There will probably be political pressure from within Israel.'],
    ['"suspected" and "apparent"', 'The attack followed a suspected Israeli strike on the complex.', 'The attack followed an apparent Israeli attack on the complex.'],
    ['"have to" and "must"', 'Residents have to leave before the storm arrives.', 'Residents must leave before the storm arrives.'],
    ['one prospect for another', 'The government plans to raise taxes on fuel.', 'The government intends to raise taxes on fuel.'],
    ['a past told in another tense', 'The company cut 500 jobs last year.', 'The company has cut 500 jobs since last year.'],
    ['"allegedly" and "accused of"', 'The suspect allegedly stole the paintings.', 'The suspect is accused of stealing the paintings.'],
    ['"there is no doubt" and "certainly"', 'There is no doubt the storm caused the outage, the utility said.', 'The storm certainly caused the outage, the utility said.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(modal(a, b)).toEqual([]);
  });

  it.each([
    ['"cannot" and "will not be able to"', 'Firms on the list cannot buy chips from local suppliers unless they get a licence.', 'Companies on the list will not be able to buy chips from local suppliers unless they get a licence.'],
    ['a possibility inside a condition the copy keeps', 'Officials said that if the region could share the cost of the new towers, it would free up budgets.', 'Officials said that if the region were to share the cost of the new towers, it would free up budgets.'],
    ['a noun of likelihood in place of another noun', 'The talks would limit the prospects of a wider war in the region.', 'The talks would limit the possibility of a wider war in the region.'],
    ['a booster stressing a negation both sides make', 'The minister said the talks will by no means end this week.', 'The minister said the talks will certainly not end this week.'],
    ['a booster the reference says in another word class', 'The region now has more than 4,000 confirmed cases, officials said.', 'More than 4,000 cases have now been confirmed in the region, officials said.'],
    ['evidence that suggests, given as the source', 'A new survey suggests that people who sleep less are more likely to catch colds.', 'According to the survey, people who sleep less are more likely to catch colds.'],
  ])('finds nothing above minor on %s', (_w, a, b) => {
    expect(modal(a, b).filter((x) => !x.endsWith('/minor'))).toEqual([]);
  });

  it('reads "whether" after a word as an embedded question, not a condition', () => {
    const ref = 'On Monday the minister faced repeated questions about whether ferry fares rose again in the spring.';
    expect(modal(ref, 'On Monday the minister faced persistent questions about the cost of ferry travel.')).not.toContain('modality.condition-dropped/major');
    // The doubted claim stated as fact is still a hedge dropped; a condition that opens the sentence is still one.
    expect(modal('It is unclear whether the ferry fares rose again in the spring.', 'The ferry fares rose again in the spring.')).toContain('modality.hedge-dropped/major');
    expect(modal('Whether or not the fares rise, the ferry will sail daily.', 'The ferry will sail daily.').filter((x) => !x.endsWith('/minor')).length).toBeGreaterThan(0);
  });

  it('reads a fact the copy gives as an accusation as weakened, and a hedge kept in other words as a shift', () => {
    expect(modal('The two brothers were also members of the smuggling ring.', 'The two brothers were also accused of being members of the smuggling ring.')).toContain('modality.weaker/major');
    expect(modal('The two brothers were allegedly members of the smuggling ring.', 'The two brothers were accused of being members of the smuggling ring.')).not.toContain('modality.weaker/major');
  });

  it('reads an accusation through a "not only" inside its words ("were not only accused of")', () => {
    expect(modal('Not only did the two brothers take part in the bank robbery, they also ran the getaway car.',
      'The two brothers were not only accused of the bank robbery, they also ran the getaway car.')).toContain('modality.weaker/major');
    expect(modal('The two brothers were not only accused of the bank robbery, they also ran the getaway car.',
      'The two brothers were accused not only of the bank robbery, they also ran the getaway car.')).not.toContain('modality.weaker/major');
  });

  it('reads what will or must be turned into what may be as weakened, and a smaller step as a shift', () => {
    expect(modal('So there are going to be families that never get their homes back.', 'This means some families may never get their homes back.')).toContain('modality.weaker/major');
    expect(modal('Visitors must show a ticket at the gate.', 'Visitors may show a ticket at the gate.')).toContain('modality.weaker/major');
    expect(modal('The ferry will leave at noon.', 'The ferry would leave at noon.')).not.toContain('modality.weaker/major');
    expect(modal('The ferry would leave at noon.', 'The ferry might leave at noon.')).toEqual(['modality.shifted/minor']);
  });

  it('still finds the hedge of a survey dropped with its source', () => {
    expect(modal('A new survey suggests that people who sleep less are more likely to catch colds.', 'People who sleep less are more likely to catch colds.')).toEqual(['modality.hedge-dropped/major']);
  });

  it.each([
    ['a hedge beside one the copy keeps', 'Comets may possibly have brought water to the early planet.', 'Comets may have brought the water to the early planet.'],
    ['an ability said as "capable of"', 'Many of these birds can fly across the whole ocean.', 'Many of these birds are capable of flying across the whole ocean.'],
    ['a hedge noun said as another', 'The straps pose a risk because of the potential for a foot to get stuck.', 'The straps pose a risk because of the possibility of a foot getting stuck.'],
  ])('does not read %s as a dropped hedge', (_w, ref, sus) => {
    expect(modal(ref, sus).filter((r) => r.endsWith('/major'))).toEqual([]);
  });

  it('reads evidence that "shows" as near what "indicates": a shift, not a hedge dropped', () => {
    expect(modal('The inspector said the tyre marks indicated that the van had braked late.', 'The inspector said the tyre marks showed that the van had braked late.')).toEqual(['modality.shifted/minor']);
    expect(modal('The inspector said the tyre marks suggested that the van had braked late.', 'The inspector said the tyre marks showed that the van had braked late.')).toEqual(['modality.stronger/major']);
  });

  it('still finds the only hedge of a claim dropped', () => {
    expect(modal('Comets may possibly have brought water to the early planet.', 'Comets brought the water to the early planet.')).toContain('modality.hedge-dropped/major');
  });
});

describe('a hedge said again in another form', () => {
  const dropped = (a: string, b: string) => modal(a, b).filter((r) => r.startsWith('modality.hedge-dropped'));
  it('keeps a charge given as a noun, and the question an embedded "whether" hangs from', () => {
    expect(dropped('All three men were charged with robbery and fraud.', 'The three men are being held on charges of robbery and fraud, police said.')).toEqual([]);
    expect(dropped('The minister faced repeated questioning about whether public spending continued to rise last year.',
      'The minister faced persistent questioning about the role of public spending in rising prices.')).toEqual([]);
  });
  it('still finds a "whether" dropped where the copy states the answer', () => {
    expect(dropped('Police are investigating whether the fire at the warehouse was arson.', 'Police said the fire at the warehouse was arson.')).toEqual(['modality.hedge-dropped/major']);
  });
});

describe('an ability to be perceived', () => {
  const dropped = (a: string, b: string) => modal(a, b).filter((r) => !r.endsWith('/minor'));
  it('is a property, not a possibility: "can be heard" / "resonate"', () => {
    expect(dropped('The bird’s shrill whistle can be heard on misty mornings.', 'Its shrill calls ring out on misty mornings.')).toEqual([]);
  });
  it('keeps a possibility dropped elsewhere', () => {
    expect(dropped('The bridge can be closed on misty mornings.', 'The bridge is closed on misty mornings.')).toEqual(['modality.hedge-dropped/major']);
  });
});
