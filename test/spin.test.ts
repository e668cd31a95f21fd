import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const rules = (r: ReturnType<typeof compareTexts>) => r.findings.map((f) => `${f.rule}/${f.severity}`);

describe('spun and round-tripped copies', () => {
  it('reads a word swapped for a synonym of another of its senses as major', () => {
    const dead = compareTexts('Police said one driver was dead after the crash on the bypass.', 'Police said one driver was useless after the crash on the bypass.');
    expect(rules(dead)).toContain('wording.spun/major');
    const crab = compareTexts('All the volunteers were free of cancer when the trial began.', 'All the volunteers were escaped of crab when the trial began.');
    expect(rules(crab)).toContain('wording.spun/major');
    // A synonym in the same sense is no spin.
    const same = compareTexts('Police said one driver was dead after the crash on the bypass.', 'Police said one driver had died after the crash on the bypass.');
    expect(rules(same)).not.toContain('wording.spun/major');
  });

  it('reads a name whose words became other words as renamed (major), and a spelling of it as no more than minor', () => {
    const cut = compareTexts('The paper appeared in JAMA Internal Medicine on a Tuesday.', 'The paper appeared in JAMA Inside Drugs on a Tuesday.');
    expect(rules(cut)).toContain('entity.renamed/major');
    const spelt = compareTexts('The scores were set by the Challenger Award panel this year.', 'The scores were set by the Challenge Award panel this year.');
    expect(rules(spelt)).not.toContain('entity.renamed/major');
  });

  it('reads a name with a word the tagger takes for a verb whole, and its spun words as another name', () => {
    // "Sleeping" between two parts of a name is the name's; the copy's ordinary "sleeping" elsewhere does not say
    // the name's word, and the name goes with the copy's name of as many parts, not with a bare "Index".
    const spun = compareTexts('Both the Healthy Sleeping Index and the Revised Healthy Sleeping Index were used with the nightly logs.',
      'Both the Healthy Resting in Index and the Revised Fit Slumbering Index were used with the sleeping logs.');
    const named = spun.findings.filter((f) => f.kind === 'entity' && f.severity !== 'minor');
    expect(named.some((f) => f.suspect?.text.includes('Slumbering'))).toBe(true);
    const same = compareTexts('Both the Healthy Sleeping Index and the Revised Healthy Sleeping Index were used with the nightly logs.',
      'The Healthy Sleeping Index and the Revised Healthy Sleeping Index were both used with the nightly logs.');
    expect(same.findings.filter((f) => f.kind === 'entity')).toEqual([]);
  });

  it('reads persons a relative clause is said of, replaced by a bare adjective, as participants gone', () => {
    const gone = compareTexts('The survey found that people who walked daily slept better than others.',
      'The survey found that radical who walked daily slept better than others.');
    expect(rules(gone)).toContain('entity.participant/major');
    // An adjective after "the" names persons itself.
    const named = compareTexts('The survey found that people who walked daily slept better than others.',
      'The survey found that the elderly who walked daily slept better than others.');
    expect(rules(named)).not.toContain('entity.participant/major');
  });

  it('reads an idiom broken up so that its main word says its literal meaning as major', () => {
    const particle = compareTexts('Seen from the hill, the old tower could pass as a lighthouse at dusk.', 'Seen from the hill, the old tower could pass over a lighthouse at dusk.');
    expect(rules(particle)).toContain('wording.idiom/major');
    const moved = compareTexts('His nine goals were the most of the season, second only to the eleven he scored in 2015.', 'His nine goals were the most of the season, only his second after the eleven he scored in 2015.');
    expect(rules(moved)).toContain('wording.idiom/major');
    // The idiom said another way keeps its meaning.
    const same = compareTexts('Seen from the hill, the old tower could pass as a lighthouse at dusk.', 'Seen from the hill, the old tower could pass for a lighthouse at dusk.');
    expect(rules(same)).not.toContain('wording.idiom/major');
  });
});
