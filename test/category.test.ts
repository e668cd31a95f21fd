import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const sister = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.rule === 'category.sister').map((f) => `${f.severity}: ${f.message}`);

describe('category check (sister terms)', () => {
  it.each([
    ['a colour', 'The girl in the yellow coat waved at the bus.', 'The girl in the purple coat waved at the bus.', /“yellow”.*“purple”.*colour/],
    ['a drink', 'Two friends shared a bottle of rum on the porch.', 'Two friends shared a bottle of gin on the porch.', /“rum”.*“gin”.*drink/],
    ['a room', 'The cat was asleep in the bathroom.', 'The cat was asleep in the bedroom.', /room/],
    ['a two-word room', 'The family ate in the kitchen every night.', 'The family ate in the dining room every night.', /“kitchen”.*“dining room”/],
    ['an instrument', 'A street musician played the trumpet for tips.', 'A street musician played the flute for tips.', /instrument/],
    ['a material', 'The statue in the square is made of marble.', 'The statue in the square is made of bronze.', /material/],
    ['a celestial body', 'The moon rose over the quiet harbour.', 'The sun rose over the quiet harbour.', /celestial body/],
    ['a vegetable', 'She chopped a carrot for the soup.', 'She chopped an onion for the soup.', /vegetable/],
    ['a weekday', 'The market opens on Tuesday mornings.', 'The market opens on Thursday mornings.', /day of the week/],
  ])('flags another %s as major', (_w, a, b, msg) => {
    const got = sister(a, b);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^major: /);
    expect(got[0]).toMatch(msg);
  });

  it.each([
    ['a hypernym', 'A large dog was barking at the gate.', 'A large animal was barking at the gate.'],
    ['a hyponym', 'He bought a new car last week.', 'He bought a new sedan last week.'],
    ['a synonym', 'They sat on the couch and watched a film.', 'They sat on the sofa and watched a film.'],
    ['the same word in another form', 'The kitchens were cleaned every morning.', 'The kitchen was cleaned every morning.'],
    ['a surname that is also a colour', 'Officer Brown spoke to the reporters.', 'Officer Green spoke to the reporters.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(sister(a, b)).toEqual([]);
  });
});
