import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

// Findings graded by what the copy says elsewhere (src/core/calibrate/): issue 20's precision target, major
// findings that land on what annotators grade minor or faithful.
const graded = (ref: string, sus: string, rule: string) => compareTexts(ref, sus).findings.filter((f) => f.rule === rule)
  .map((f) => `${f.reference?.text ?? f.suspect?.text} ${f.severity}`);

describe('a number dropped from a sentence the copy split in two (fixtures/real/40)', () => {
  const ref = 'The council surveyed the old bridge in March.\n\nOf the 63 inspectors on the team, half checked the cables twice daily for six weeks, while the other half checked the deck.\n\nThe bridge reopened in May after the repairs.';
  const split = (tail: string) => `The council surveyed the old bridge in March.\n\nThe council gave half of the 63 inspectors on the team the cables to check, and the other half the deck.\n\nThey wore harnesses at all times.\n\nNobody was hurt during the work.\n\n${tail}\n\nThe bridge reopened in May after the repairs.`;
  it('is minor where the copy gives the number three sentences on', () => {
    expect(graded(ref, split('The survey lasted for six weeks and the inspectors checked the cables or the deck twice a day.'), 'omission.content')).toEqual(['twice minor', 'six minor']);
  });
  it('stays major where the copy never gives it', () => {
    expect(graded(ref, split('The inspectors checked the cables or the deck each day.'), 'omission.content')).toEqual(['twice major', 'six major']);
  });
});

describe('an added sentence that says again what the reference says across its sentences (fixtures/real/43)', () => {
  const ref = 'Botanists from Lima described three new orchids this spring.\n\nThe first, Epidendrum nubilum, grows on misty cliffs.\n\nThe second, Epidendrum rubrum, has red petals.\n\nThe third, Epidendrum parvum, is the smallest orchid of the group.\n\nThe team plans more surveys next year.';
  const copy = (added: string) => `Botanists from Lima described three new orchids this spring.\n\n${added}\n\nThe first, Epidendrum nubilum, grows on misty cliffs.\n\nThe second, Epidendrum rubrum, has red petals.\n\nThe third, Epidendrum parvum, is the smallest orchid of the group.\n\nThe team plans more surveys next year.`;
  const added = (sus: string) => compareTexts(ref, sus).findings.filter((f) => f.kind === 'addition' && !f.reference).map((f) => f.severity);
  it('is minor where every name it gives and most of its words are the reference’s', () => {
    expect(added(copy('The new orchids are Epidendrum nubilum, Epidendrum rubrum and Epidendrum parvum.'))).toEqual(['minor']);
  });
  it('stays major where it brings a name of its own', () => {
    expect(added(copy('The new orchids were found by Carlos Mendoza near Cajamarca.'))).toEqual(['major']);
  });
});

describe('a name and the number after it dropped together (fixtures/real/40)', () => {
  it('is one finding: "Phase 3"', () => {
    const f = compareTexts('The drug passed a Phase 3 trial in Denmark last year.', 'The drug passed a trial in Denmark last year.').findings.filter((x) => x.rule === 'omission.content');
    expect(f.map((x) => x.reference?.text)).toEqual(['Phase 3']);
  });
});
