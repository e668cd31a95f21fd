// Properties that must hold for any input, checked with fast-check on texts built from real sentences and on
// arbitrary Unicode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';
import { UsageError, type Report } from '../src/core/types.js';
import { compareFiles, CNN, ROUNDTRIP, TOI } from './helpers.js';

const rules = loadRules();
const pool = await compareFiles(CNN, ROUNDTRIP);
const REF = pool.reference.sentences.map((s) => s.text);
const SUS = pool.suspect.sentences.map((s) => s.text);
const OTHER = (await compareFiles(CNN, TOI)).suspect.sentences
  // Article sentences: not a caption or headline of the other page, and ending as a sentence (a line that does not,
  // put at the top of a copy, is its headline), since page furniture is never a finding.
  .filter((s) => !s.structure).map((s) => s.text).filter((t) => t.length > 60 && /[.!?]["'\u2019\u201D]*$/.test(t));
const run = (a: string, b: string): Report => analyze(textSource('reference', a), textSource('suspect', b), rules);

/** A text of 3 to 12 real sentences, each its own paragraph. */
const text = fc.array(fc.integer({ min: 0, max: REF.length - 1 }), { minLength: 3, maxLength: 12 }).map((ix) => ix.map((i) => REF[i]!).join('\n'));

function coversOnceAndMonotone(r: Report) {
  const refIdx = r.alignment.flatMap((p) => p.reference).sort((a, b) => a - b);
  const susIdx = r.alignment.flatMap((p) => p.suspect).sort((a, b) => a - b);
  expect(refIdx).toEqual([...Array(r.reference.sentences.length).keys()]);
  expect(susIdx).toEqual([...Array(r.suspect.sentences.length).keys()]);
  let lr = -1, ls = -1;
  for (const p of r.alignment.filter((x) => x.status !== 'moved')) {
    for (const i of p.reference) { expect(i).toBeGreaterThan(lr); lr = i; }
    for (const j of p.suspect) { expect(j).toBeGreaterThan(ls); ls = j; }
  }
}

describe('properties', () => {
  it('a text against itself has no findings and is faithful', () => {
    fc.assert(fc.property(text, (t) => {
      const r = run(t, t);
      expect(r.findings).toEqual([]);
      expect(r.summary.verdict).toBe('faithful');
    }), { numRuns: 25 });
  });

  it('the alignment covers every sentence of both sides once, in order apart from moved ones', () => {
    const edited = fc.tuple(
      fc.array(fc.integer({ min: 0, max: REF.length - 1 }), { minLength: 2, maxLength: 10 }),
      fc.array(fc.oneof(fc.constant('keep'), fc.constant('drop'), fc.constant('copy'), fc.constant('swap'), fc.constant('insert')), { minLength: 10, maxLength: 10 }),
      fc.integer({ min: 0, max: SUS.length - 1 }),
    ).map(([ix, ops, other]) => {
      const ref = ix.map((i) => REF[i]!);
      const sus: string[] = [];
      ref.forEach((s, k) => {
        const op = ops[k % ops.length];
        if (op === 'drop') return;
        if (op === 'copy') sus.push(SUS[(ix[k]! * 7) % SUS.length]!);
        else if (op === 'insert') sus.push(s, SUS[other]!);
        else sus.push(s);
        if (op === 'swap' && sus.length > 1) sus.push(sus.splice(sus.length - 2, 1)[0]!);
      });
      return [ref.join('\n'), (sus.length ? sus : [SUS[other]!]).join('\n')] as const;
    });
    fc.assert(fc.property(edited, ([a, b]) => coversOnceAndMonotone(run(a, b))), { numRuns: 30 });
  });

  it('the same inputs give byte-identical JSON', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      expect(JSON.stringify(run(a, b))).toBe(JSON.stringify(run(a, b)));
    }), { numRuns: 10 });
  });

  it('arbitrary Unicode on either side never throws anything but a usage error', () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(fc.constantFrom(...REF), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 6 }).map((x) => x.join(' ')));
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      try {
        const r = run(a, b);
        expect(r.schemaVersion).toBe(1);
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
      }
    }), { numRuns: 300 });
  });

  it('a sentence from another text inserted into a copy is reported as an addition', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: REF.length - 1 }), { minLength: 4, maxLength: 10 }).filter((ix) => new Set(ix).size === ix.length),
      fc.integer({ min: 0, max: OTHER.length - 1 }), fc.nat(),
      (ix, o, at) => {
        const ref = ix.map((i) => REF[i]!);
        const sus = [...ref];
        sus.splice(at % (sus.length + 1), 0, OTHER[o]!);
        const r = run(ref.join('\n'), sus.join('\n'));
        const added = r.findings.filter((f) => f.kind === 'addition' && f.reference === null);
        expect(added.map((f) => f.suspect!.text)).toContain(OTHER[o]!.trim());
      },
    ), { numRuns: 25 });
  });
});
