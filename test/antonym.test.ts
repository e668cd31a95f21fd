import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

const ant = (a: string, b: string) => compareTexts(a, b).findings.filter((f) => f.kind === 'antonym').map((f) => `${f.rule}/${f.severity}`);

describe('antonym check', () => {
  it.each([
    ['oppose → support', 'The senator said she would oppose the bill.', 'The senator said she would support the bill.'],
    ['condemned → praised', 'The G7 leaders condemned the attack in the strongest terms.', 'The G7 leaders praised the attack in the strongest terms.'],
    ['won → lost (WordNet)', 'The governing party won the vote in the upper house.', 'The governing party lost the vote in the upper house.'],
    ['refrain from → proceed with (phrase)', 'Biden urged Netanyahu to refrain from a retaliatory attack.', 'Biden urged Netanyahu to proceed with a retaliatory attack.'],
    ['called off → approved (phrase)', 'The war cabinet called off the strike after the call.', 'The war cabinet approved the strike after the call.'],
    ['respected → violated', 'The truce was respected by both armies.', 'The truce was violated by both armies.'],
    ['passed → rejected', 'The bill was passed by the upper house on Wednesday.', 'The bill was rejected by the upper house on Wednesday.'],
    ['rise → drop', 'Ticket prices will rise by 5% next year.', 'Ticket prices will drop by 5% next year.'],
    ['resigned → was appointed', 'The minister resigned after the vote.', 'The minister was appointed after the vote.'],
    ['postponed → brought forward (phrase)', 'The election was postponed until next month.', 'The election was brought forward to next month.'],
  ])('flags %s as critical', (_w, a, b) => {
    expect(ant(a, b)).toEqual(['antonym.substituted/critical']);
  });

  it.each([
    ['a negated antonym', 'The senator said she did not oppose the bill.', 'The senator said she supported the bill.'],
    ['"unsuccessful" and "a failure"', 'Iran’s attacks had been largely unsuccessful.', 'The Iranian attack was largely a failure.'],
    ['a synonym', 'The senator said she would back the bill.', 'The senator said she would support the bill.'],
    ['"safe" and "posed no danger"', 'Officials insisted the water was safe to drink.', 'Officials insisted the water posed no danger to drink.'],
  ])('stays quiet on %s', (_w, a, b) => {
    expect(ant(a, b)).toEqual([]);
  });

  it.each([
    ['an arrest made a conviction', 'The man was arrested on suspicion of fraud.', 'The man was convicted of fraud.'],
    ['a deal under consideration made a decision', 'The board is considering a merger with its rival.', 'The board has decided on a merger with its rival.'],
    ['a recommendation made an order', 'The report recommends closing the plant.', 'The report orders the closure of the plant.'],
  ])('flags another step of the same process: %s', (_w, a, b) => {
    expect(ant(a, b)).toEqual(['antonym.scale/major']);
  });
});
