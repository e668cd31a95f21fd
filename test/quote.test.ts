import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, seedPair } from './helpers.js';

const quoteFindings = (snippet: string) => findingsAt(seedPair(), snippet).filter((f) => f.kind === 'quote').map((f) => f.severity);

describe('quote check', () => {
  it.each([
    ['an inserted booster', 'fully committed'],
    ['a changed modal', 'it should be'],
    ['a negation moved into the quote', 'does not want any significant escalation'],
    ['lost content nouns', 'full solidarity and solidarity'],
    ['a rewritten quote that loses a claim', 'just as importantly'],
  ])('rates %s as major', (_w, snippet) => {
    expect(quoteFindings(snippet)).toContain('major');
  });

  it.each([
    ['a dropped reflexive', 'no significant damage within Israel.'],
    ['a synonym', 'almost two weeks ago'],
    ['a paraphrase of the same statement', 'Of course, the outcome of the defense was unknown'],
    ['a tense change', 'We will not be involved in any of their responses'],
  ])('rates %s as minor', (_w, snippet) => {
    expect(quoteFindings(snippet)).toEqual(['minor']);
  });

  it('reads an amount restated in another unit inside a quote as rewording ("a decade" / "ten years")', () => {
    const r = compareTexts('“It was the driest summer we have seen in a decade,” the farmer said.', '“It was the driest summer we have seen in ten years,” the farmer said.');
    expect(r.findings.filter((f) => f.kind === 'quote').map((f) => f.severity)).toEqual(['minor']);
  });

  it('reads a pronoun standing for a short noun phrase inside a quote as rewording ("approve the application" / "approve it")', () => {
    const q = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'quote').map((f) => `${f.rule}/${f.severity}`);
    expect(q('"We cannot see the point of this, and we will not approve the application," the mayor said.', '"We cannot see the point of this so we will not approve it," the mayor said.')).toEqual(['quote.reworded/minor']);
    // The noun cut with nothing in its place is still lost.
    expect(q('"We will not approve the application," the mayor said.', '"We will not approve," the mayor said.')).toEqual(['quote.altered/major']);
  });

  it('stays quiet when only the attribution moves around an unchanged quote', () => {
    const r = compareTexts('“We are committed to defending Israel,” the official said.', '“We are committed to defending Israel,” said the official.');
    expect(r.findings.filter((f) => f.kind === 'quote')).toEqual([]);
  });

  it('shows the reference\'s own words newly put between quotation marks as minor', () => {
    const r = compareTexts('The minister said the plan was a reckless gamble with public money.', 'The minister said the plan was “a reckless gamble with public money.”');
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('quote.invented/minor');
  });

  it('reads a noun after a reporting verb as what was said, not as another speaker, unless the attribution is inverted', () => {
    const ref = 'No club employee has received a formal warning letter at this stage.';
    const grade = (sus: string) => compareTexts(ref, sus).findings.filter((f) => f.rule === 'quote.invented').map((f) => f.severity);
    expect(grade('She said no club official had received “a formal warning letter at this stage.”')).toEqual(['minor']);
    expect(grade('“No club employee has received a formal warning letter at this stage,” said the chairman.')).toEqual(['critical']);
  });

  it('rates reworded words presented as a quotation as major', () => {
    const r = compareTexts('The minister said the plan was a reckless gamble with public money.', 'The minister said the plan was “a reckless and ruinous gamble with public savings.”');
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('quote.invented/major');
  });

  it('reads indirect speech made direct, same speaker and statement, as a minor rewording', () => {
    const r = compareTexts('The coach said the team would play without its captain on Sunday.', 'The coach said: “The team will play without its captain on Sunday.”');
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toEqual(['quote.made-direct/minor']);
  });

  it('still flags a statement quoted for another speaker than the reference names', () => {
    const r = compareTexts('The coach said the team would play without its captain on Sunday.', 'The chairman said: “The team will play without its captain on Sunday.”');
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('quote.invented/critical');
  });

  it.each([
    ['straight', "'", "'"],
    ['curly', '\u2018', '\u2019'],
  ])('reads a paragraph-opening quotation in %s single quotes as a quotation', (_w, open, close) => {
    const r = compareTexts(`The council met on Monday.\n\n${open}We will rebuild the bridge,${close} the mayor said.`,
      `The council met on Monday.\n\n${open}We will fully rebuild the bridge,${close} the mayor said.`);
    expect(r.findings.map((f) => `${f.rule}/${f.severity}`)).toContain('quote.altered/major');
  });

  it.each([
    ['a noun with another noun in its place', '“We must leave the old road of borrowing first and paying later,” she said.', '“We must leave the familiar habit of borrowing first and paying later,” she said.'],
    ['a noun said with a verb', '“The guards would not let me approach the judge,” he said.', '“The guards would not let me get close to the judge,” he said.'],
    ['a modal kept beside a new one', '“Farmers should not be asked to carry costs beyond their means,” the minister said.', '“Farmers should not be required to carry costs beyond their means,” the minister said.'],
  ])('reads %s inside a quotation as rewording (minor)', (_w, ref, sus) => {
    const r = compareTexts(ref, sus);
    expect(r.findings.filter((f) => f.kind === 'quote').map((f) => f.severity)).toEqual(['minor']);
  });

  it.each([
    ['a noun cut with nothing in its place', '“We must leave the old road of borrowing first and paying later,” she said.', '“We must leave the old of borrowing first and paying later,” she said.'],
    ['several nouns said in one verb', '“The plans meet high standards in terms of safety,” the engineer said.', '“The plans are based on safety,” the engineer said.'],
  ])('still rates %s inside a quotation as major', (_w, ref, sus) => {
    const r = compareTexts(ref, sus);
    expect(r.findings.filter((f) => f.kind === 'quote').map((f) => `${f.rule}/${f.severity}`)).toContain('quote.altered/major');
  });

  it('does not call the words of a quotation whose opening mark the reference left out invented', () => {
    const r = compareTexts('We will rebuild the old bridge before the spring floods."', '"We will rebuild the old bridge before the spring floods," the mayor said.');
    expect(r.findings.filter((f) => f.rule === 'quote.invented')).toEqual([]);
  });

  const quoteRules = (ref: string, sus: string) => compareTexts(ref, sus).findings.filter((f) => f.kind === 'quote').map((f) => `${f.rule}/${f.severity}`);

  it('reads a quotation cut in two by its attribution as the one quotation it was', () => {
    expect(quoteRules('“If the council closes the library, the whole street will suffer,” said councillor Dana Whitlock.',
      '“If the council closes the library,” councillor Dana Whitlock told the meeting, “the whole street will suffer.”')).toEqual([]);
    expect(quoteRules('“If the council closes the library,” councillor Dana Whitlock told the meeting, “the whole street will suffer.”',
      '“If the council closes the library, the whole street will suffer,” said councillor Dana Whitlock.')).toEqual([]);
    // A piece of it changed is still seen.
    expect(quoteRules('“If the council closes the library, the whole street will suffer,” said councillor Dana Whitlock.',
      '“If the council closes the library,” councillor Dana Whitlock told the meeting, “the street will not suffer.”')).toContain('quote.altered/major');
  });

  it('reads words of a quotation said outside the quotation marks as quoted less, not lost', () => {
    // The copy quotes two fragments and says the rest in its own sentence.
    expect(quoteRules('The exchange said: “The vast majority of orders will be filled at two cents per share or less depending on membership in loyalty programmes.”',
      'The exchange said “the vast majority” of orders on its new platform would be filled at two cents per share or less depending on “membership in loyalty programmes”.'))
      .toEqual(['quote.unquoted/minor']);
    // The negation said in the copy's narration: the copy quotes less, it drops nothing.
    expect(quoteRules('In a statement, Moran said he “no longer believes that Acme deliberately meant to use his name when naming Moran Radio.”',
      'Moran no longer believes that Acme deliberately meant to use his name by calling its station “Moran Radio,” a statement said.'))
      .toEqual(['quote.unquoted/minor']);
    // A noun cut from the quotation and said nowhere is still lost.
    expect(quoteRules('“We will repair the roof and the chapel before winter,” the warden said.', '“We will repair the roof before winter,” the warden said.'))
      .toContain('quote.altered/major');
  });

  it('keeps the negation of a negated verb of knowing said as a word that holds it ("don\'t know" / "unknown")', () => {
    const ref = '“These birds are reminders of how much we still don’t know about the coast,” she said.';
    expect(quoteRules(ref, '“These birds serve as reminders of the unknown aspects of the coast,” she said.')).toEqual(['quote.reworded/minor']);
    expect(quoteRules(ref, '“These birds serve as reminders of the known aspects of the coast,” she said.')).toContain('quote.altered/major');
  });

  it('reads two words written as one ("Web site" / "website") as the same words', () => {
    expect(quoteRules('“I went to their Web site and asked them to stop calling me,” he said.', '“I went to their website and asked them to stop calling me,” he said.'))
      .toEqual(['quote.reworded/minor']);
  });

  it('reads a month abbreviated, a figure or a name taken into the quotation from the words around it, and an honorific as rewording', () => {
    expect(quoteRules('Prince Faisal said, “The kingdom has been wrongly accused of a role in the attacks of September 11, 2001.”',
      '“The kingdom has been wrongly accused of a role in the attacks of Sept. 11, 2001,” he said.')).toEqual(['quote.reworded/minor']);
    expect(quoteRules('Furthermore, with the target rate at 2 percent, “further easing could be implemented if the board judged it warranted.”',
      '“Furthermore, with the target rate at 2 per cent, further easing could be implemented if the board judged it warranted,” he said.')).toEqual(['quote.reworded/minor']);
    expect(quoteRules('His lawyer, Ann Dorsey, said later that Calder “was betrayed by his partner during the deal.”',
      'Calder’s lawyer, Ann Dorsey, read a statement: “Mr. Calder was betrayed by his partner during the deal.”')).toEqual(['quote.reworded/minor']);
    // A figure the reference does not give anywhere is still a change.
    expect(quoteRules('Furthermore, with the target rate at 2 percent, “further easing could be implemented if the board judged it warranted.”',
      '“Furthermore, with the target rate at 3 per cent, further easing could be implemented if the board judged it warranted,” he said.')).toEqual(['quote.reworded/major']);
  });

  it('does not read a named speaker as another one where the reference gives the speaker as a pronoun', () => {
    const sus = 'Marlow conceded in a statement issued today that his team may have fallen “a bit short.”';
    expect(quoteRules('In a statement later, he said it appeared his team may have fallen a bit short.', sus)).toEqual(['quote.invented/minor']);
    expect(quoteRules('In a statement later, the coach said it appeared his team may have fallen a bit short.', sus)).toEqual(['quote.invented/critical']);
  });

  it('does not read a source of the same kind, a document for a document or the company for a named body as another speaker', () => {
    const invented = (ref: string, sus: string) => compareTexts(ref, sus).findings.filter((f) => f.rule === 'quote.invented').map((f) => f.severity);
    const said = 'Acme said it believes that the inquiry arose from a separate inquiry of a customer of its retail unit.';
    const words = '“Acme believes that the inquiry arises from a separate inquiry of a customer of its retail unit.”';
    expect(invented(said, `The company added: ${words}`)).toEqual(['minor']);
    expect(invented(said, `The regulator added: ${words}`)).toEqual(['critical']);
    expect(invented('The review released Monday simply says, This review does not attempt to address the complexities of the issue.',
      'The document stated: “This review does not attempt to address the complexities of the issue.”')).toEqual(['minor']);
  });

  it('reads a name misspelt inside a quotation as rewording, which the entity check reports', () => {
    const ref = '“There remains a legal risk in putting up barriers around the league in the Single European Market,” said Grindel.';
    expect(quoteRules(ref, '“There is still a legal risk in putting up fences around the league in a single Eurpoean market,” said Grindel.')).toEqual(['quote.reworded/minor']);
    expect(quoteRules(ref, '“There is still a legal risk in putting up fences around the league in a single Asian market,” said Grindel.')).not.toEqual(['quote.reworded/minor']);
  });
});

