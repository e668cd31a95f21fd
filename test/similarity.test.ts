import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { prepare } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';
import { bigramCodes, combine, dice, features, groupSizes, similarity, similarityBound, type Shared } from '../src/core/similarity.js';
import { CNN, ROUNDTRIP, seedPair } from './helpers.js';

describe('similarity', () => {
  it('computes the same Dice coefficient as string-similarity on real sentence pairs', () => {
    const r = seedPair();
    let compared = 0;
    for (const p of r.alignment) {
      if (!p.reference.length || !p.suspect.length) continue;
      const a = p.reference.map((i) => r.reference.sentences[i]!.text).join(' ').toLowerCase();
      const b = p.suspect.map((i) => r.suspect.sentences[i]!.text).join(' ').toLowerCase();
      expect(dice(bigramCodes(a), bigramCodes(b))).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('drops exactly the characters \\s matches when it forms bigrams', () => {
    // Every white-space character JavaScript's \s knows, between words, and look-alikes that are not white space.
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const text = `Iran${spaces}said\u200bit was “fully”\u180eready\u2060now — 300 dead`;
    expect(/\s/.test('\u200b') || /\s/.test('\u180e') || /\s/.test('\u2060')).toBe(false);
    const a = text.toLowerCase(), b = 'iran said it was fully ready now, 300 dead';
    expect(dice(bigramCodes(a), bigramCodes(b))).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
    const stripped = a.replace(/\s+/g, '');
    expect(bigramCodes(a).length).toBe(stripped.length - 1);
  });

  it('puts a group together from its sentences exactly as it reads the group whole', () => {
    const doc = prepare(textSource('copy', fs.readFileSync(ROUNDTRIP, 'utf8') + '\n\u00a0 \n“”\n'), loadRules());
    const s = doc.sentences;
    let groups = 0;
    for (let i = 0; i < s.length; i++) {
      for (const n of [2, 3]) {
        if (i + n > s.length) continue;
        const group = s.slice(i, i + n);
        const whole = features(group), parts = combine(group.map((x) => features([x])));
        expect([...parts.bigrams]).toEqual([...whole.bigrams]);
        expect([...parts.lemmas].sort()).toEqual([...whole.lemmas].sort());
        expect([...parts.anchors].sort()).toEqual([...whole.anchors].sort());
        expect([parts.folded, parts.nLemmas, parts.words, parts.firstCode, parts.lastCode]).toEqual([whole.folded, whole.nLemmas, whole.words, whole.firstCode, whole.lastCode]);
        groups++;
      }
    }
    expect(groups).toBeGreaterThan(90);
  });

  it('bounds a merged group\'s similarity from what its sentences share pair by pair', () => {
    // The aligner skips a merge whose bound cannot win, so the bound must never be below the real score: checked
    // on every 1-2, 2-1, 2-2, 1-3 and 3-1 group of neighbouring sentences of the seed article and its copy.
    const rules = loadRules();
    const a = prepare(textSource('ref', fs.readFileSync(CNN, 'utf8')), rules).sentences;
    const b = prepare(textSource('copy', fs.readFileSync(ROUNDTRIP, 'utf8')), rules).sentences;
    const one = (x: typeof a[number], y: typeof b[number]) => {
      const sh: Shared = { bigrams: 0, lemmas: 0, anchors: 0 };
      similarity(features([x]), features([y]), sh);
      return sh;
    };
    let checked = 0, tight = 0;
    for (let i = 0; i + 3 <= a.length; i += 2) {
      for (let j = Math.max(0, i - 6); j + 3 <= Math.min(b.length, i + 8); j++) {
        for (const [k, l] of [[1, 2], [2, 1], [2, 2], [1, 3], [3, 1]] as const) {
          const ga = a.slice(i, i + k), gb = b.slice(j, j + l);
          const sum: Shared = { bigrams: 0, lemmas: 0, anchors: 0 };
          for (const x of ga) for (const y of gb) { const sh = one(x, y); sum.bigrams += sh.bigrams; sum.lemmas += sh.lemmas; sum.anchors += sh.anchors; }
          const pa = ga.map((x) => features([x])), pb = gb.map((y) => features([y]));
          const fa = combine(pa), fb = combine(pb);
          // The sizes come from the parts, exactly as the combined features have them.
          expect(groupSizes(pa)).toEqual({ bigrams: fa.bigrams.length, nLemmas: fa.nLemmas, words: fa.words });
          const real = similarity(fa, fb), bound = similarityBound(groupSizes(pa), groupSizes(pb), sum, k - 1 + l - 1);
          expect(bound).toBeGreaterThanOrEqual(real);
          if (bound < 0.3) tight++;
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // And it is of use: a good share of the merges is ruled out without being scored.
    expect(tight / checked).toBeGreaterThan(0.2);
  });
});
