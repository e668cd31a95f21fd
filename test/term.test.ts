import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const swaps = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.rule === 'term.swapped').map((f) => `${f.severity}: ${f.message}`);

describe('term check (a factual term replaced by another of its field)', () => {
  it.each([
    ['a penalty', 'The shop owner had to pay a fine for the late filing.', 'The shop owner had to pay a fee for the late filing.', /“fine”.*“fee”.*financial/],
    ['a proceeding', 'His trial is due to start in the spring.', 'His hearing is due to start in the spring.', /“trial”.*“hearing”.*legal/],
    ['a committee', 'The audit committee met on Friday to discuss the report.', 'The ethics committee met on Friday to discuss the report.', /“audit”.*“ethics”/],
    ['a court', 'The case now goes to the district court in the capital.', 'The case now goes to the supreme court in the capital.', /“district”.*“supreme”/],
    ['a theft', 'The thieves had stolen two paintings from the gallery.', 'The thieves had borrowed two paintings from the gallery.', /“stolen”.*“borrowed”/],
    ['a charge', 'The driver was charged after the crash on the motorway.', 'The driver was accused after the crash on the motorway.', /“charged”.*“accused”/],
    ['a birth', 'She has a son conceived during the long trip abroad.', 'She has a son born during the long trip abroad.', /“conceived”.*“born”.*medical/],
    ['a posture', 'An old man is sitting beside the fountain.', 'An old man is walking beside the fountain.', /“sitting”.*“walking”.*motion/],
    ['a part in a crime', 'Police believe the cousin helped carry out the robbery.', 'Police believe the cousin helped orchestrate the robbery.', /“carry out”.*“orchestrate”.*legal/],
    ['a compound', 'The clerk signed false time sheets for the crew.', 'The clerk signed false invoices for the crew.', /“time sheets”.*“invoices”/],
  ])('flags %s as major, with evidence on both sides', (_w, a, b, msg) => {
    const got = swaps(a, b);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^major: /);
    expect(got[0]).toMatch(msg);
    expect(got[0]).toMatch(/another term of its field/);
  });

  // Each faithful copy beside a copy of the same reference that does swap a term, so the test fails without the check.
  it.each([
    ['a restating word', 'The thieves had stolen two paintings from the gallery.', 'The thieves had taken two paintings from the gallery.', 'The thieves had borrowed two paintings from the gallery.'],
    ['a member said in another word', 'Three people were killed and nine were hurt.', 'Three people died and nine were injured.', 'Three people were killed and nine were hospitalized.'],
    ['detained for arrested', 'Officers arrested two men near the station.', 'Officers detained two men near the station.', 'Officers convicted two men near the station.'],
    ['a qualifier away from its head', 'The high price of the district court angered voters.', 'The supreme price of the district court angered voters.', 'The high price of the supreme court angered voters.'],
    ['a term the copy says elsewhere', 'The trial followed a hearing in May.', 'The hearing came after a trial in May.', 'The trial followed an inquest in May.'],
    ['a WordNet synonym', 'The firm reported higher profits for the year.', 'The firm reported higher earnings for the year.', 'The firm reported higher revenue for the year.'],
  ])('stays quiet on %s', (_w, a, faithful, drifted) => {
    expect(swaps(a, faithful)).toEqual([]);
    expect(swaps(a, drifted)).toHaveLength(1);
  });
});
