import { describe, expect, it } from 'vitest';
import { compareTexts, findingsAt, seedPair } from './helpers.js';

const roles = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'role').map((f) => `${f.rule}/${f.severity}`);

describe('role check', () => {
  it('finds both attacks of the seed pair whose attacker became the target', () => {
    const r = seedPair();
    for (const s of ['attack on Iran']) {
      const f = findingsAt(r, s).filter((x) => x.rule === 'role.event-frame');
      expect(f.length).toBe(2);
      expect(f.every((x) => x.severity === 'critical')).toBe(true);
      expect(f[0]!.message).toBe('Iran carries out the attack in the reference but is its target in the copy (critical: who did what to whom is reversed)');
    }
  });

  it('finds the receiver of updates turned into their giver', () => {
    const f = findingsAt(seedPair(), 'provide regular updates').filter((x) => x.kind === 'role');
    expect(f.map((x) => `${x.rule}/${x.severity}`)).toEqual(['role.voice/major']);
  });

  it.each([
    ['a possessive made a target', 'Officials prepared for Iran’s attack for two weeks.', 'Officials prepared for an attack against Iran for two weeks.', 'role.event-frame/critical'],
    ['"by X" made a target', 'The talks followed a strike by Israel on the port.', 'The talks followed a strike on Israel near the port.', 'role.event-frame/critical'],
    ['sanctions', 'Ministers debated the European sanctions for hours.', 'Ministers debated the sanctions against Europe for hours.', 'role.event-frame/critical'],
    ['A told B against B told A', 'Merkel told Macron that the summit would go ahead.', 'Macron told Merkel that the summit would go ahead.', 'role.swap/critical'],
    ['a swapped possessor', 'Biden called Netanyahu’s approach a mistake.', 'Netanyahu called Biden’s approach a mistake.', 'role.swap/critical'],
    ['swapped participants under a synonym verb', 'Brazil beat Argentina 2-1 in the final on Sunday.', 'In the final on Sunday, Argentina defeated Brazil 2-1.', 'role.swap/critical'],
    ['swapped sides of a passive', 'The Iranian strikes were intercepted by Israel’s air defenses.', 'The Israeli strikes were intercepted by Iran’s air defenses.', 'role.swap/critical'],
    ['a passive of common nouns made active the wrong way round', 'The striker was fouled by the goalkeeper in the box.', 'The striker fouled the goalkeeper in the box.', 'role.swap/critical'],
  ])('flags %s', (_w, a, b, expected) => {
    expect(roles(a, b)).toContain(expected);
  });

  it.each([
    ['"against" and "on"', 'Biden got real-time updates on Iran’s attack against Israel.', 'Biden got real-time updates on Iran’s attack on Israel.'],
    ['a passive with its agent', 'Netanyahu was dissuaded by Biden from an immediate response.', 'Biden dissuaded Netanyahu from an immediate response.'],
    ['a demonym and a possessive', 'The Iranian reprisals came at a moment of deep tension.', 'Iran’s reprisals came at a moment of deep tension.'],
    ['a day as possessor', 'Preparations ahead of Saturday’s attack started two weeks ago.', 'Preparations for Saturday’s attack began two weeks ago.'],
    ['a passive of common nouns made active', 'The striker was fouled by the goalkeeper in the box.', 'The goalkeeper fouled the striker in the box.'],
    ['receiving instead of being given', 'Obama has continued to be routinely updated, aides said.', 'Obama continues to receive regular updates, aides said.'],
    ['a reduced passive written out ("X expected to" / "X are expected to")', 'Parts of Nevada expected to see record heat this weekend, forecasters said.', 'Parts of Nevada are expected to see record heat this weekend, forecasters said.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(roles(a, b)).toEqual([]);
  });
});

describe('role check reads the doer from the sentence analysis', () => {
  it('stays quiet where a name in a phrase before the verb is not its subject, nor the object of a first verb the doer of a second', () => {
    expect(roles('As the final whistle blew, about 200 supporters in Madrid’s Bernabeu stadium unfurled a banner saying “Thank you Luka” and waved Croatian flags.',
      'About two hundred supporters in the Bernabeu stadium in Madrid waved Croatian flags and unfurled a banner that said “Thank you Luka” as the final whistle blew.')).toEqual([]);
  });

  it('reads a noun a participle says was acted on, made the one who acts in the copy, as a role change', () => {
    // The same fact through a term group (conceive / pregnant) or the same verb in the active.
    expect(roles('She left behind a son and a newborn daughter conceived after the verdict.',
      'She left behind a son and a newborn daughter who got pregnant after the verdict.')).toContain('role.participant/major');
    expect(roles('Rescuers found a guard injured in the blast.', 'Rescuers found a guard who injured in the blast.')).toContain('role.participant/major');
    // A word of another fact after "become" is no role of the participle's act.
    expect(roles('She left behind a son and a newborn daughter conceived after the verdict.',
      'She left behind a son and a newborn daughter who became famous after the verdict.')).toEqual([]);
  });
});
