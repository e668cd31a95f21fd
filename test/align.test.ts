import { describe, expect, it } from 'vitest';
import { align } from '../src/core/align.js';
import { clean } from '../src/core/clean.js';
import { lexicons } from '../src/core/lexicons.js';
import { loadRules } from '../src/core/rules.js';
import { segment } from '../src/core/segment.js';
import type { AlignedPair } from '../src/core/types.js';
import { seedPair } from './helpers.js';

const lex = lexicons(loadRules());
const seg = (text: string) => segment(text, clean(text, lex), lex);

function coversOnce(pairs: AlignedPair[], n: number, m: number) {
  const r = pairs.flatMap((p) => p.reference).sort((a, b) => a - b);
  const s = pairs.flatMap((p) => p.suspect).sort((a, b) => a - b);
  expect(r).toEqual([...Array(n).keys()]);
  expect(s).toEqual([...Array(m).keys()]);
}

function monotoneExceptMoved(pairs: AlignedPair[]) {
  let lastR = -1, lastS = -1;
  for (const p of pairs.filter((x) => x.status !== 'moved')) {
    for (const i of p.reference) { expect(i).toBeGreaterThan(lastR); lastR = i; }
    for (const j of p.suspect) { expect(j).toBeGreaterThan(lastS); lastS = j; }
  }
}

describe('align', () => {
  it('covers every sentence of the seed pair exactly once, in order', () => {
    const r = seedPair();
    coversOnce(r.alignment, r.reference.sentences.length, r.suspect.sentences.length);
    monotoneExceptMoved(r.alignment);
  });

  it('merges a reference sentence the copy split in two (1-2) and in three (1-3)', () => {
    const r = seedPair();
    // The seed texts use no-break spaces between some words: compare with white space folded.
    const fold = (s: string) => s.replace(/\s+/g, ' ');
    const refStarting = (prefix: string) => r.alignment.find((p) => fold(r.reference.sentences[p.reference[0] ?? -1]?.text ?? '').startsWith(prefix))!;
    expect(refStarting('President Joe Biden').suspect.length).toBe(2);
    const kirby = refStarting('“This was an incredible success');
    expect(kirby.suspect.map((i) => fold(r.suspect.sentences[i]!.text))).toEqual([
      expect.stringContaining('This was an incredible success'), 'Kirby told CNN’s Jake Tapper.', 'Union status. ”',
    ]);
  });

  it('marks the headline as omitted and the invented fragments as added', () => {
    const r = seedPair();
    const omitted = r.alignment.filter((p) => p.status === 'omitted').map((p) => r.reference.sentences[p.reference[0]!]!.text);
    const added = r.alignment.filter((p) => p.status === 'added').map((p) => r.suspect.sentences[p.suspect[0]!]!.text);
    expect(omitted).toContain('Biden tells Netanyahu US will not participate in any counter-strike against Iran');
    expect(added).toEqual(expect.arrayContaining(['He said that this is proof of.', 'He pointed out that he understood.']));
  });

  it('labels a sentence that moved to another place', () => {
    const ref = seg('The storm reached the coast on Monday. Thousands of homes lost power overnight. Schools stayed closed for two days. Crews restored most lines by Thursday. The mayor thanked the volunteers.');
    const sus = seg('The storm reached the coast on Monday. Schools stayed closed for two days. Crews restored most lines by Thursday. The mayor thanked the volunteers. Thousands of homes lost power overnight.');
    const pairs = align(ref, sus);
    coversOnce(pairs, ref.length, sus.length);
    const moved = pairs.filter((p) => p.status === 'moved');
    expect(moved).toHaveLength(1);
    expect(ref[moved[0]!.reference[0]!]!.text).toBe('Thousands of homes lost power overnight.');
  });

  it('searches a band on long texts and still covers every sentence once', () => {
    const base = seedPair();
    const refSents = base.reference.sentences.map((s) => s.text);
    const susSents = base.suspect.sentences.map((s) => s.text);
    // 12 copies: n*m is above the full-table limit, so the banded search runs.
    const ref = seg(Array.from({ length: 12 }, (_, k) => refSents.map((t) => `${t} (${k})`).join('\n')).join('\n'));
    const sus = seg(Array.from({ length: 12 }, (_, k) => susSents.map((t) => `${t} (${k})`).join('\n')).join('\n'));
    expect(ref.length * sus.length).toBeGreaterThan(40_000);
    const pairs = align(ref, sus);
    coversOnce(pairs, ref.length, sus.length);
    monotoneExceptMoved(pairs);
    const aligned = pairs.filter((p) => p.reference.length && p.suspect.length).length;
    expect(aligned / pairs.length).toBeGreaterThan(0.8);
  });

  it('joins the sentence that holds the rest of a quotation split over two paragraphs, its attribution with the first part', () => {
    const ref = seg('The survey covered four valleys.\n\n“They are small and quiet,” Ortiz says, “but these birds remind us of how little we know about the coast.”\n\nThe team returned in May.');
    const sus = seg('The survey covered four valleys.\n\n“They are small and quiet,” said Dr. Ana Ortiz, an ornithologist at the Coastal Institute in the capital and a member of the regional bird society.\n\n“But these birds remind us of how little we know about the coast.”\n\nThe team returned in May.');
    const pairs = align(ref, sus);
    coversOnce(pairs, ref.length, sus.length);
    expect(pairs.find((p) => p.reference[0] === 1)!.suspect).toEqual([1, 2]);
    // The same words twice are not the rest of the quotation.
    const twice = seg('The survey covered four valleys.\n\n“They are small and quiet,” said Dr. Ana Ortiz, an ornithologist at the Coastal Institute in the capital and a member of the regional bird society.\n\n“But these birds remind us of how little we know about the coast.”\n\nThe team returned in May.');
    const again = seg('The survey covered four valleys.\n\n“They are small and quiet,” said Dr. Ana Ortiz, an ornithologist at the Coastal Institute in the capital and a member of the regional bird society.\n\n“They are small and quiet,” she said.\n\n“But these birds remind us of how little we know about the coast.”\n\nThe team returned in May.');
    expect(align(twice, again).find((p) => p.suspect.includes(2))!.reference).toEqual([]);
  });
});

