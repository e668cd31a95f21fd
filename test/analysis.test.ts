import { describe, expect, it } from 'vitest';
import type { NP } from '../src/core/analysis/types.js';
import { prepare } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';

const rules = loadRules();
const read = (text: string) => {
  const s = prepare(textSource('t', text), rules).sentences[0]!;
  const words = (n: NP) => s.tokens.slice(n.a, n.b + 1).map((t) => t.text).join(' ');
  return { s, a: s.analysis, words, head: (n: NP | undefined) => (n ? s.tokens[n.head]!.text : null) };
};

describe('sentence analysis (computed once, on the Sentence)', () => {
  it('reads a question with do-support as the statement it asks about', () => {
    const { a, head } = read('Does the coach praise the captain?');
    const c = a.clauses[0]!;
    expect(c.question).toBe(true);
    expect(c.predicate?.lemma).toBe('praise');
    expect(head(c.subject[0])).toBe('coach');
    expect(head(c.objects[0])).toBe('captain');
  });

  it('reads a passive question and its agent', () => {
    const { a, head } = read('Was the coach praised by the captain?');
    const c = a.clauses[0]!;
    expect(c.predicate?.passive).toBe(true);
    expect(head(c.subject[0])).toBe('coach');
    expect(head(c.pps.find((p) => p.pp.word === 'by')?.pp.np)).toBe('captain');
  });

  it('reads the subject of a reporting verb placed after it ("..., said the lawyer")', () => {
    const { a, head } = read('"The bridge is safe," said the engineer.');
    const said = a.clauses.find((c) => c.predicate?.lemma === 'say')!;
    expect(head(said.subject[0])).toBe('engineer');
    expect(said.objects).toEqual([]);
    expect(a.frames.find((f) => f.lemma === 'say')?.source.map(head)).toEqual(['engineer']);
  });

  it('takes the subject of a verb after an object relative clause from before the clause', () => {
    const { a, head } = read('The pilot that the engineer trusted thanked the mechanics.');
    const main = a.clauses.find((c) => c.type === 'main')!;
    const rel = a.clauses.find((c) => c.type === 'relative')!;
    expect(main.predicate?.lemma).toBe('thank');
    expect(head(main.subject[0])).toBe('pilot');
    expect(head(rel.subject[0])).toBe('engineer');
    expect(head(rel.objects[0])).toBe('pilot');
  });

  it('coordinates subjects and objects, and attaches a phrase to the noun before it', () => {
    const { a, head } = read('The nurses and the porters helped the surgeon beside the window.');
    const c = a.clauses[0]!;
    expect(c.subject.map(head)).toEqual(['nurses', 'porters']);
    expect(c.pps[0]?.host && head(c.pps[0].host)).toBe('surgeon');
  });

  it('reads a participle on the subject apart from the main verb', () => {
    const { a } = read('The workers hired in the spring left.');
    expect(a.clauses.find((c) => c.type === 'main')?.predicate?.lemma).toBe('leave');
    expect(a.clauses.find((c) => c.type === 'participial')?.predicate?.passive).toBe(true);
  });

  it('finds belief and reporting frames with their source, never a word of a relative clause', () => {
    const b = read('The coach believed that the striker was fit.');
    expect(b.a.frames[0]).toMatchObject({ kind: 'belief', lemma: 'believe' });
    expect(b.head(b.a.frames[0]!.source[0])).toBe('coach');
    const r = read('The spokesman who met journalists said the plant would close.');
    expect(r.a.frames[0]).toMatchObject({ kind: 'report', lemma: 'say' });
    expect(r.head(r.a.frames[0]!.source[0])).toBe('spokesman');
  });

  it('marks conditions, hedges and negations by what they negate', () => {
    const c = read('If the talks fail, the strike will begin on Monday.');
    expect(c.a.conditions).toHaveLength(1);
    expect(c.a.clauses[c.a.conditions[0]!]!.markerWord).toBe('if');
    const h = read('Supposedly the mayor resigned.');
    expect(h.a.hedges.map((x) => h.s.tokens[x.at]!.text)).toEqual(['Supposedly']);
    const n = read('The boxes were not made and not sold.');
    expect(n.a.negations).toHaveLength(2);
    // "whether or not" is a condition, not a negation.
    expect(read('Whether or not the bus comes, the children walk.').a.negations).toHaveLength(0);
  });

  it('repairs wink tags once: a capitalised reporting verb after a noun, a question verb read as a noun', () => {
    const s = read('The minister States that the road will reopen.').s;
    expect(s.tokens[2]).toMatchObject({ pos: 'VERB', lemma: 'state' });
    const q = read('Did Laura own the painting?').s;
    expect(q.tokens[2]!.pos).toBe('VERB');
    // A capitalised word inside a name stays a name.
    expect(read('The United States Strategic Command is tracking the debris.').s.tokens[2]!.pos).toBe('PROPN');
  });
});

describe('sentence analysis: subjects with a number qualifier, participles after an object', () => {
  it('keeps "about two hundred fans" as the subject, past a phrase with a possessive', () => {
    const { a, head } = read('About two hundred fans in Lisbon’s Alvalade stadium waved flags.');
    expect(head(a.clauses[0]!.subject[0])).toBe('fans');
    const b = read('As the match ended, about 300 fans in Texas’ Alamo stadium waved flags.');
    expect(b.head(b.a.clauses.find((c) => c.type === 'main')!.subject[0])).toBe('fans');
  });

  it('reads a participle after the object as said of the object, and a finite verb after it as the first subject\'s', () => {
    const { a, s, head } = read('The crowd unfurled a banner saying “Free Tibet” and waved flags.');
    const main = a.clauses.find((c) => c.type === 'main')!;
    expect(head(main.objects[0])).toBe('banner');
    const waved = a.clauses.find((c) => c.predicate && s.tokens[c.predicate.verb]!.text === 'waved')!;
    expect(head(waved.subject[0])).toBe('crowd');
  });
});
