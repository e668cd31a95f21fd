// No text raises an internal error (issue 16, part 2). Every sentence of every fixture is compared with itself and
// with a perturbed copy (apostrophes dropped, contractions split, case changed, punctuation doubled), and
// fast-check builds English-like sentences from the fixtures' own words plus every token shape wink can produce,
// so the properties run on words and not only on characters. Anything thrown but a UsageError fails.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { convert, decode, textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';
import { UsageError, type Report, type Source } from '../src/core/types.js';
import { ROOT } from './helpers.js';

const rules = loadRules();
const FIXTURES = path.join(ROOT, 'fixtures');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.(txt|md|html?)$/.test(e.name) ? [p] : [];
  });
}

/** Every text the fixtures hold: the documents (HTML and Markdown converted as the CLI does) and the sentences of
 * the pair files, the latter grouped into documents of 40 so each compare covers many of them. */
async function fixtureTexts(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const f of walk(FIXTURES)) {
    if (f.endsWith('probe-pairs.txt')) continue;
    const buf = fs.readFileSync(f);
    const { text, encoding } = decode(buf, f);
    out.push({ name: path.relative(ROOT, f), text: (await convert(f, text, encoding)).text });
  }
  const sentences: string[] = [];
  for (const l of fs.readFileSync(path.join(FIXTURES, 'minimal-pairs.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const p = JSON.parse(l) as { reference: string; suspect: string };
    sentences.push(p.reference, p.suspect);
  }
  for (const l of fs.readFileSync(path.join(FIXTURES, 'probe-pairs.txt'), 'utf8').split('\n')) {
    if (l.startsWith('#') || !l.includes('||')) continue;
    sentences.push(...l.split('||').slice(1).map((s) => s.trim()));
  }
  for (let i = 0; i < sentences.length; i += 40) out.push({ name: `pair sentences ${i}-${i + 39}`, text: sentences.slice(i, i + 40).join('\n') });
  return out;
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(ca)n't\b/gi, '$1n not'], [/\bwon't\b/gi, 'will not'], [/\b(\w+)n't\b/gi, '$1 not'], [/\b(\w+)'re\b/gi, '$1 are'],
  [/\b(\w+)'ve\b/gi, '$1 have'], [/\b(\w+)'ll\b/gi, '$1 will'], [/\b(\w+)'d\b/gi, '$1 would'], [/\b(I)'m\b/g, '$1 am'],
  [/\bcannot\b/gi, 'can not'], [/\b(\w+)'s\b/gi, '$1 s'],
];

/** The perturbations, one per sentence in turn, so every sentence of a text meets one of them. */
export const PERTURB: ((s: string) => string)[] = [
  (s) => s.replace(/['\u2019]/g, ''),
  (s) => CONTRACTIONS.reduce((t, [re, to]) => t.replace(re, to), s),
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.replace(/([.,;:!?"'()\u201C\u201D\u2014-])/g, '$1$1'),
];

const perturbed = (text: string) => {
  let k = 0;
  return text.replace(/[^.!?\n]+[.!?]*/g, (s) => PERTURB[k++ % PERTURB.length]!(s));
};

/** A report, a UsageError (a text with nothing left to compare), or the internal error that fails the test. */
function noInternalError(a: Source, b: Source): Report | null {
  try {
    return analyze(a, b, rules);
  } catch (e) {
    if (e instanceof UsageError) return null;
    throw new Error(`internal error comparing ${a.path} with ${b.path}: ${(e as Error).stack}`);
  }
}

const texts = await fixtureTexts();

describe('no internal error on any text', () => {
  it('reads the fixtures: documents and pair sentences', () => {
    expect(texts.length).toBeGreaterThan(60);
    expect(texts.some((t) => t.name.startsWith('pair sentences'))).toBe(true);
  });

  it.each(texts.map((t) => [t.name, t.text]))('%s: faithful to itself, and compared with a perturbed copy both ways', (name, text) => {
    const src = textSource(name, text);
    const self = noInternalError(src, src);
    expect(self?.summary.verdict).toBe('faithful');
    expect(self?.findings).toEqual([]);
    const copy = textSource(`${name} perturbed`, perturbed(text));
    expect(noInternalError(src, copy)?.schemaVersion).toBe(1);
    expect(noInternalError(copy, src)?.schemaVersion).toBe(1);
  });

  it('perturbs as intended', () => {
    expect(PERTURB[0]!("They didn't know it's late.")).toBe('They didnt know its late.');
    expect(PERTURB[1]!("They can't, won't or didn't. It's what we'd do; I'm sure they're right.")).toBe('They can not, will not or did not. It s what we would do; I am sure they are right.');
    expect(PERTURB[4]!('Stop, "now".')).toBe('Stop,, ""now""..');
  });
});

// Words of the fixtures, and the token shapes wink's tokenizer knows (contractions with and without apostrophes,
// possessives, abbreviations, numbers with units, currencies, times, ordinals, e-mails, URLs, hashtags, mentions,
// emoji, emoticons, hyphenated and slashed compounds, initials, ellipses and dashes).
const WORDS = [...new Set(texts.flatMap((t) => t.text.split(/\s+/)).filter((w) => w.length > 0 && w.length < 30))].sort();
const SHAPES = [
  "didn't", 'didnt', 'cannot', "can't", 'cant', "won't", 'wont', "isn't", "'s", "s'", "o'clock", "rock'n'roll", "y'all", "'90s", "ma'am",
  "I'm", 'Im', "we'd", "they're", "it's", 'its', "n't", "'ll", "'ve", 'gonna', 'wanna', 'U.S.', 'U.K.', 'e.g.', 'i.e.', 'Dr.', 'Mr.', 'St.',
  'etc.', 'a.m.', 'p.m.', 'Inc.', 'No.', '5%', '$5.2bn', '€30', '£1,200', '3.5', '1,000,000', '10:30', '24/7', '1st', '22nd', '3rd', '1990s',
  'mid-2020', '-5', '+7', '½', '10km', '5kg', 'x2', 'COVID-19', 'B2B', 'C++', 'R&D', 'AT&T', 'info@example.com', 'https://example.com/a?b=c',
  'www.example.org', '#climate', '@octocat', '😀', '👍🏽', ':-)', ';)', '<3', 'well-known', 'and/or', 'J.R.R.', 'A.', '...', '…', '—', '–',
  '-', '--', '(', ')', '[', ']', '"', '“', '”', "'", '‘', '’', ',', ';', ':', '!', '?', '?!', '&', '/', '*', '§', '©', 'NOT', 'never', 'no',
];

const word = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...SHAPES) });
const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom('.', '.', '?', '!', '', '."', '...'))
  .map(([ws, end]) => {
    const s = ws.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}${end}`;
  });
const doc = fc.array(sentence, { minLength: 1, maxLength: 8 }).chain((ss) => fc.constantFrom(ss.join(' '), ss.join('\n'), ss.join('\n\n')));

// A fixed seed, so a run on CI is the run a developer repeats; FC_SEED and FC_RUNS widen the search by hand
// (`FC_SEED=$RANDOM FC_RUNS=3000 npx vitest run test/hostile-text.test.ts`), and what that finds goes in the list below.
const FC = { seed: Number(process.env.FC_SEED ?? 20261201), numRuns: Number(process.env.FC_RUNS ?? 150) };

/** Texts the property search once broke on, kept as cases of their own. */
const FOUND: [string, string, string][] = [
  ['"per" at the end of a line after a figure is not "per cent" (read past the last token)', '".', 'Retaliation Mr. 4.2 state, 36per\nAdams how.\n2:10:37 against Street tenants.'],
];

describe('properties on English-like sentences', () => {
  it.each(FOUND)('%s', (_why, a, b) => {
    expect(noInternalError(textSource('a', a), textSource('b', b))?.schemaVersion ?? 1).toBe(1);
    expect(noInternalError(textSource('b', b), textSource('a', a))?.schemaVersion ?? 1).toBe(1);
  });

  it('any two such texts compare without an internal error', () => {
    fc.assert(fc.property(doc, doc, (a, b) => {
      const r = noInternalError(textSource('a', a), textSource('b', b));
      if (r) expect(r.schemaVersion).toBe(1);
    }), FC);
  });

  it('such a text is faithful to itself and compares with each perturbation of itself', () => {
    fc.assert(fc.property(doc, fc.integer({ min: 0, max: PERTURB.length - 1 }), (a, k) => {
      const src = textSource('a', a);
      const self = noInternalError(src, src);
      if (self) expect(self.findings.filter((f) => f.severity !== 'minor')).toEqual([]);
      const r = noInternalError(src, textSource('b', PERTURB[k]!(a)));
      if (r) expect(r.schemaVersion).toBe(1);
    }), FC);
  });
});
