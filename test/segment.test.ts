import { describe, expect, it } from 'vitest';
import { clean } from '../src/core/clean.js';
import { lexicons } from '../src/core/lexicons.js';
import { loadRules } from '../src/core/rules.js';
import { segment } from '../src/core/segment.js';
import { tokenAt } from '../src/core/token.js';
import { analysisOf, RECENT } from '../src/core/analysis/recent.js';
import { seedPair } from './helpers.js';
import { prepare } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';

const lex = lexicons(loadRules());
const seg = (text: string) => segment(text, clean(text, lex), lex);

describe('segment', () => {
  it('attaches an attribution tail that wink splits off a quotation', () => {
    const text = '“The president has been very clear that we intend to help defend Israel. Last night, the president made it clear to the prime minister that we need to think carefully.” said a senior government official.';
    const s = seg(text);
    expect(s.at(-1)!.text).toMatch(/need to think carefully\.” said a senior government official\.$/);
  });

  it('gives a lone closing quotation mark back to the sentence before', () => {
    const s = seg('“This was an incredible success that demonstrated superiority. ” Kirby told the anchor.');
    expect(s.map((x) => x.text)).toEqual(['“This was an incredible success that demonstrated superiority. ”', 'Kirby told the anchor.']);
  });

  it('does not end a sentence at a period with a digit straight after it (fixtures/real/44)', () => {
    const s = seg('Pristimantis chinguelas. Image credit: Chávez et al., doi: 10.3897/evolsyst.9.148522. With 619 species described to date, Pristimantis is the most diverse group of amphibians.');
    expect(s.map((x) => x.text)).toEqual(['Pristimantis chinguelas.', 'Image credit: Chávez et al., doi: 10.3897/evolsyst.9.148522.', 'With 619 species described to date, Pristimantis is the most diverse group of amphibians.']);
  });

  it('does not end a sentence at a period with a small letter straight after it (a web address)', () => {
    const s = seg('The review ran on Harbourtimes.com on Friday and drew hundreds of replies from readers across the country. Its author said she was pleased.');
    expect(s.map((x) => x.text)).toEqual(['The review ran on Harbourtimes.com on Friday and drew hundreds of replies from readers across the country.', 'Its author said she was pleased.']);
  });

  it('treats line breaks as paragraph boundaries', () => {
    const s = seg('Israeli Prime Minister’s Office\nThe distributed photo shows the prime minister.');
    expect(s.map((x) => x.text)).toEqual(['Israeli Prime Minister’s Office', 'The distributed photo shows the prime minister.']);
    expect(s[0]!.paragraph).not.toBe(s[1]!.paragraph);
  });

  it('keeps token offsets pointing into the text as read', () => {
    const r = seedPair();
    for (const s of r.reference.sentences) expect(s.text.length).toBe(s.end - s.start);
  });

  it('marks quoted tokens, negation cues and lemmas', () => {
    const [s] = seg('Israel told the United States that it’s not “looking for a significant escalation with Iran,” officials said.');
    const tok = (w: string) => s!.tokens.find((t) => t.text === w)!;
    expect(tok('looking').quoted).toBe(true);
    expect(tok('told').quoted).toBe(false);
    expect(tok('not').negCue).toBe(true);
    expect(tok('told').lemma).toBe('tell');
  });

  it('normalises numbers: comparators, scales, dates and percentages', () => {
    const [a] = seg('More than 300 drones and 1.5 million dollars, nearly two weeks ago on April 1, up 5 percent.');
    const [b] = seg('Over 300 drones and 1,500,000 dollars, almost two weeks ago on April 1, up 5%.');
    const view = (s: typeof a) => s!.numbers.map((n) => `${n.cmp}${n.value}`);
    expect(view(a)).toEqual(['>300', '=1500000', '<~2', '=date:april-1', '=5%']);
    expect(view(b)).toEqual(view(a));
  });

  it('reads proper-noun runs with their titles, the words that name the office included', () => {
    const [s] = seg('The president met Deputy National Security Advisor Jon Finer and Mideast coordinator Brett McGurk.');
    const finer = s!.names.find((n) => n.key === 'finer')!;
    expect(finer.titles).toEqual(['deputy', 'national', 'security', 'adviser']);
    expect(finer.parts).toEqual(['jon', 'finer']);
    expect(s!.names.find((n) => n.key === 'mcgurk')!.titles).toEqual(['coordinator']);
    const [t] = seg('Secretary of State Lloyd Austin met former president Donald Trump.');
    expect(t!.names.find((n) => n.key === 'austin')).toMatchObject({ parts: ['lloyd', 'austin'], titles: ['secretary', 'state'] });
    expect(t!.names.find((n) => n.key === 'trump')!.titles).toEqual(['former', 'president']);
  });
});

describe('segment: contractions wink gives no lemma for', () => {
  it('reads "didnt" and "cannot" without an internal error, each word its own lemma', () => {
    for (const text of ['They didnt.', 'He can, but she cannot.']) {
      const [s] = seg(text);
      expect(s!.tokens.every((t) => typeof t.lemma === 'string' && t.lemma.length > 0)).toBe(true);
    }
  });

  it('keeps every feature of a token, packed or not, and its position in a flattened group however far', () => {
    const s = seg('The minister did not sign the treaty in Geneva on Friday.');
    const fields = (t: ReturnType<typeof tokenAt>) => [t.i, t.sent, t.text, t.start, t.end, t.norm, t.lemma, t.pos, t.isWord, t.isPunct, t.content, t.quoted, t.negScope, t.negCue];
    for (const t of s[0]!.tokens) {
      expect(t.k).toBe(t.i);
      for (const k of [7, 2047, 2048, 100_000]) {
        const moved = tokenAt(t, k);
        expect(moved.k).toBe(k);
        expect(fields(moved)).toEqual(fields(t));
      }
    }
    const not = s[0]!.tokens.find((t) => t.norm === 'not')!;
    expect([not.negCue, not.isWord, not.content]).toEqual([true, true, false]);
    expect(s[0]!.tokens.find((t) => t.text === 'Geneva')!.pos).toBe('PROPN');
  });

  it('works out a sentence\'s analysis when it is read, the same each time', () => {
    const s = seg('The judge who praised the lawyer left the court.')[0]!;
    const a = s.analysis;
    expect(a.clauses.map((c) => c.type)).toContain('relative');
    // A short text's sentence keeps it.
    expect(s.analysis).toBe(a);
    // A long text's sentences share a small memory: one pushed out by others is worked out again, the same.
    const key = {};
    const first = analysisOf(key, s.tokens, lex);
    expect(analysisOf(key, s.tokens, lex)).toBe(first);
    for (let i = 0; i <= RECENT; i++) analysisOf({}, s.tokens, lex);
    const again = analysisOf(key, s.tokens, lex);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(again).toEqual(a);
  });

  it('keeps a word with letters past Latin-1 as one token ("Šťastný", "Żak"), its own letters intact', () => {
    const words = seg('Radim Šťastný met Łukasz Żak in Gdańsk.').flatMap((s) => s.tokens).filter((t) => t.isWord).map((t) => t.text);
    expect(words).toEqual(['Radim', 'Šťastný', 'met', 'Łukasz', 'Żak', 'in', 'Gdańsk']);
  });

  it('reads the words before a closing mark that opens no quotation as quoted (the quotation began earlier)', () => {
    const toks = seg('We will rebuild the bridge by spring," the mayor said.').flatMap((s) => s.tokens).filter((t) => t.isWord);
    expect(toks.filter((t) => t.quoted).map((t) => t.text)).toEqual(['We', 'will', 'rebuild', 'the', 'bridge', 'by', 'spring']);
  });

  it('closes a quotation at a left double mark right after its words (German „...“, or “...“ set by mistake)', () => {
    for (const text of ['The mayor spoke of a „painful loss“ for the whole town.', 'The mayor spoke of a “painful loss“ for the whole town.']) {
      const toks = seg(text).flatMap((s) => s.tokens).filter((t) => t.isWord);
      expect(toks.filter((t) => t.quoted).map((t) => t.text)).toEqual(['painful', 'loss']);
    }
  });

  it('still reads a quotation that opens and closes in the paragraph as the only quoted words', () => {
    const toks = seg('The mayor said "we will rebuild" and left.').flatMap((s) => s.tokens).filter((t) => t.isWord);
    expect(toks.filter((t) => t.quoted).map((t) => t.text)).toEqual(['we', 'will', 'rebuild']);
  });
});

describe('a caption cue', () => {
  const furniture = (text: string) => prepare(textSource('t', `The council met on Monday to discuss the budget.\n\n${text}`), loadRules()).sentences.slice(1).map((s) => s.furnitureLike);
  it('makes a credit, a short line or a line about the picture page furniture', () => {
    expect(furniture('REUTERS/Jane Doe')).toEqual([true]);
    expect(furniture('Parts of this photo have been blurred by the source.')).toEqual([true]);
    expect(furniture('The mayor speaks to residents at the town hall on Monday (Image: Local News Service)')).toEqual([true]);
  });
  it('leaves article text that names one further on as text', () => {
    expect(furniture('Analysts surveyed by Thomson Reuters had forecast a profit of $1.09 a share.')).toEqual([false]);
    expect(furniture('The new console has enough memory for the latest video games, the company said.')).toEqual([false]);
  });
});
