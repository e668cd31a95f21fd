// segment: paragraphs -> sentences (wink-nlp, repaired around quotations) -> tokens with features.
import { analyse } from './analysis/analyse.js';
import { analysisOf } from './analysis/recent.js';
import type { Analysis } from './analysis/types.js';
import { repairTags } from './analysis/tags.js';
import { nlp } from './nlp.js';
import type { Cleaned } from './clean.js';
import { contractionParts, foldChars, foldToken, type ContractionPart } from './fold.js';
import type { Lexicons } from './lexicons.js';
import { memoFor, remember } from './memo.js';
import { extractNames, extractNumbers } from './mentions.js';
import { inFolded, makeToken } from './token.js';
import { recentTokens, TokenStore } from './tokenstore.js';
import type { NameMention, NumberMention, PageStructure, QuoteSpan, Sentence, Token } from './types.js';

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);
const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);

/** wink's tokens of one paragraph, as columns (one array per feature: no object per token). */
interface RawTokens { text: string[]; start: Int32Array; end: Int32Array; pos: string[]; lemma: (string | null)[]; neg: boolean[]; stop: boolean[]; type: string[] }

/** The only characters that can open or close a quotation. */
const QUOTE_CHARS = /["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/g;
const isWordChar = (c: string) => /\w/.test(c);

/** A quote mark at I that opens the paragraph or follows a colon or comma. */
function opensQuotation(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 3), i).trimEnd();
  return before === '' ? text.slice(0, i).trim() === '' : /[:,]$/.test(before);
}

/** A double quote mark between the last word it closes (or its punctuation) and a space or the end. */
const closesHere = (prev: string, next: string) => /[\w.,!?;:]/.test(prev) && /[\s)\]]/.test(next);

/** Character ranges inside quotation marks in one paragraph: [start, end) of the quoted text. */
export function quoteRanges(text: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let openChar = '';
  let sawQuote = false;
  // Only quotation characters change the state, so the scan jumps from one to the next.
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    if (open < 0) {
      // A double mark right after the words and before a space or the end closes a quotation whose opening mark
      // is in an earlier paragraph or sentence ("... in the past," said the spokesman): from the paragraph's
      // start, the words before it are quoted. As the first mark of its paragraph only.
      if ((CLOSERS.has(c) || c === '"') && closesHere(prev, next)) {
        if (!out.length && !sawQuote && i > 0) out.push([base, base + i]);
        sawQuote = true;
        continue;
      }
      if (OPENERS.has(c) || (c === '"' && !isWordChar(prev))) { open = i + 1; openChar = c; }
      else if (c === '\u2018' && !isWordChar(prev) && isWordChar(next)) { open = i + 1; openChar = c; }
      else if (c === "'" && !isWordChar(prev) && /[A-Za-z]/.test(next)) { open = i + 1; openChar = c; }
      if (open >= 0) sawQuote = true;
    } else {
      const closes =
        (openChar === '"' && c === '"') ||
        (OPENERS.has(openChar) && CLOSERS.has(c)) ||
        // A left double mark right after the words closes too: German style („...“), or a typesetter's slip (“...“).
        (OPENERS.has(openChar) && c === '\u201C' && closesHere(prev, next)) ||
        ((openChar === '\u2018' || openChar === "'") && (c === '\u2019' || c === "'") && !isWordChar(next));
      if (closes) {
        if (i > open) out.push([base + open, base + i]);
        open = -1;
      }
    }
  }
  // A quotation still open at the end of a paragraph runs to its end (news style for multi-paragraph quotes). A
  // single quote is as often an apostrophe, so it counts only where house styles open a quotation with one: at
  // the start of the paragraph or after a colon or comma ("Vanessa said today: 'I can't be ...").
  if (open >= 0 && open < text.length && ((openChar !== "'" && openChar !== '\u2018') || opensQuotation(text, open - 1))) out.push([base + open, base + text.length]);
  return out;
}

/** Where each token lies in the text: start and end offsets (plus base) into the two arrays. */
function locateTokens(text: string, base: number, values: string[], start: Int32Array, end: Int32Array): void {
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = text.indexOf(v, cursor);
    if (at < 0 || at - cursor > 64) at = -1;
    if (at < 0) {
      // wink may normalise a token; fall back to the next non-space run so offsets stay inside the text.
      while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++;
      start[i] = base + cursor;
      end[i] = base + Math.min(text.length, cursor + v.length);
      cursor = Math.min(text.length, cursor + v.length);
    } else {
      start[i] = base + at;
      end[i] = base + at + v.length;
      cursor = at + v.length;
    }
  }
}

/** A sentence that ends as a sentence does: a full stop, question or exclamation mark, perhaps inside quotes. */
export const endsSentence = (s: string) => /[.!?]["'\u201D\u2019)]*$/.test(s.trim());

const startsLower = (s: string) => /^[\s"'\u201C\u201D\u2018\u2019]*[a-z]/.test(s);
const onlyPunct = (s: string) => /^[\s\p{P}\p{S}]*$/u.test(s);

/** A "sentence" longer than this (a text without punctuation) is cut into pieces so every later stage stays bounded. */
export const MAX_SENTENCE_TOKENS = 200;

function capLength(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    for (let s = a; s <= b; s += MAX_SENTENCE_TOKENS) out.push([s, Math.min(b, s + MAX_SENTENCE_TOKENS - 1)]);
  }
  return out;
}

/** Sentence token ranges of one paragraph, with wink's splits repaired around quotations. */
function repairSplits(text: string, base: number, spans: [number, number][], toks: RawTokens): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    const sText = text.slice(toks.start[a]! - base, toks.end[b]! - base);
    const prev = out[out.length - 1];
    if (prev) {
      let words = 0;
      for (let k = a; k <= b; k++) if (toks.type[k] === 'word') words++;
      // A lone closing quote, or an attribution tail ("said a senior official."), belongs to the sentence before.
      // Nor is a split with no space before a digit or a small letter a sentence end: "doi: 10.3897/evolsyst.9.148522."
      // is one reference, "(Variety.com) -" one dateline.
      const glued = toks.end[prev[1]] === toks.start[a] && /^[\d\p{Ll}]/u.test(sText);
      if (glued || onlyPunct(sText) || (startsLower(sText) && words <= 12) || /^[\u201D\u00BB]\s*$/.test(sText)) {
        prev[1] = b;
        continue;
      }
      // A sentence that starts with a closing quote: give the quote back to the previous sentence.
      let k = a;
      while (k <= b && CLOSERS.has(toks.text[k]!)) k++;
      if (k > a && k <= b) {
        prev[1] = k - 1;
        out.push([k, b]);
        continue;
      }
    }
    out.push([a, b]);
  }
  return out;
}

/**
 * Longest word handed to wink: its abbreviation pattern takes time in the square of a token's length (a 1 MB
 * word without spaces would run for many minutes). A longer run of non-space characters is cut every MAX_WORD
 * characters, for wink only: the character at each cut is read as a space, so offsets still point into the text.
 */
export const MAX_WORD = 256;

/** JavaScript's white space (what \\s matches), by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Runs of non-space characters longer than MAX_WORD, as [start, end) offsets. A plain scan: a regular expression
 * over a 60 MB word overflows the engine's stack.
 */
function longWords(text: string, first = false): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) { if (start < 0) start = i; continue; }
    if (start >= 0 && i - start > MAX_WORD) { out.push([start, i]); if (first) break; }
    start = -1;
  }
  return out;
}

/** The first word longer than MAX_WORD: its offset and length, or null. */
export function longWord(text: string): { at: number; length: number } | null {
  const w = longWords(text, true)[0];
  return w ? { at: w[0], length: w[1] - w[0] } : null;
}

/**
 * Letters wink cuts a word at (those past Latin-1: "Šmucler" -> "Š" + "mucler", "Piegża" -> "Pieg" + "ża"). wink
 * reads each as its base letter, one character for one so that every offset holds; the tokens then get their
 * own letters back (restoreLetters).
 */
const SPLIT_LETTER = /[\u0100-\u024F\u1E00-\u1EFF]/;
const SPLIT_LETTERS = new RegExp(SPLIT_LETTER.source, 'g');
const plainLetters = (text: string) => (SPLIT_LETTER.test(text) ? text.replace(SPLIT_LETTERS, baseLetter) : text);
function baseLetter(c: string): string {
  const b = c.normalize('NFD')[0]!;
  if (/[A-Za-z]/.test(b)) return b;
  return c === c.toLowerCase() ? 'l' : 'L';
}

/** The tokens wink read from WTEXT (plainLetters of TEXT) with TEXT's letters, and their lemmas where they were the word itself. */
function restoreLetters(text: string, wtext: string, values: string[], lemmas: string[]): void {
  const start = new Int32Array(values.length), end = new Int32Array(values.length);
  locateTokens(wtext, 0, values, start, end);
  values.forEach((v, i) => {
    if (wtext.slice(start[i]!, end[i]!) !== v) return;
    const own = text.slice(start[i]!, end[i]!);
    if (own === v) return;
    values[i] = own;
    const l = lemmas[i];
    if (l === v) lemmas[i] = own;
    else if (l === v.toLowerCase()) lemmas[i] = own.toLowerCase();
  });
}

function cutLongWords(text: string): string {
  const runs = longWords(text);
  if (!runs.length) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [a, b] of runs) {
    parts.push(text.slice(from, a));
    for (let i = a; i < b; i += MAX_WORD + 1) parts.push(text.slice(i, Math.min(b, i + MAX_WORD)), i + MAX_WORD < b ? ' ' : '');
    from = b;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * A text up to this long keeps its sentences' analyses once worked out (a batch checks many copies against one
 * reference, and prepare keeps texts of this size for it); a longer one keeps only the last few
 * (src/core/analysis/recent.ts).
 */
const KEEP_ANALYSES = 256 * 1024;

export function segment(text: string, cleaned: Cleaned, lex: Lexicons): Sentence[] {
  const sentences: Sentence[] = [];
  // wink's typings do not model every its.* helper on collections; the values are plain arrays.
  const its = nlp().its as unknown as Record<string, never>;
  const memo = memoFor(foldMemos, lex.spelling);
  const fold = (s: string) => foldToken(s, lex.spelling);
  const structures = pageStructure(text, cleaned, lex);
  const keep = text.length <= KEEP_ANALYSES;
  // A long text keeps its tokens in columns, not as objects (src/core/tokenstore.ts).
  const store = keep ? null : new TokenStore();
  cleaned.paragraphs.forEach((para, pi) => {
    const ptext = cutLongWords(text.slice(para.start, para.end));
    const structure = structures[pi];
    const wtext = plainLetters(ptext);
    const doc = nlp().readDoc(wtext);
    const tokensOut = doc.tokens() as unknown as { out: (f?: unknown) => unknown[] };
    const values = tokensOut.out() as string[];
    if (values.length === 0) return;
    const pos = tokensOut.out(its.pos) as string[];
    const lemmas = tokensOut.out(its.lemma) as string[];
    if (wtext !== ptext) restoreLetters(ptext, wtext, values, lemmas);
    const neg = tokensOut.out(its.negationFlag) as unknown as boolean[];
    const stop = tokensOut.out(its.stopWordFlag) as unknown as boolean[];
    const types = tokensOut.out(its.type) as string[];
    repairTags(values, pos, lemmas, lex);
    let raw: RawTokens = { text: values, start: new Int32Array(values.length), end: new Int32Array(values.length), pos, lemma: lemmas, neg, stop, type: types };
    locateTokens(ptext, para.start, values, raw.start, raw.end);
    let winkSpans = (doc.sentences() as unknown as { out: (f: unknown) => [number, number][] }).out(its.span);
    ({ raw, spans: winkSpans } = splitContractions(raw, winkSpans, lex));
    const spans = capLength(repairSplits(ptext, para.start, winkSpans, raw));
    const quotes = quoteRanges(ptext, para.start);
    const sentCountInPara = spans.length;
    for (const [a, b] of spans) {
      const sent = sentences.length;
      const toks: Token[] = new Array(b - a + 1);
      for (let i = 0; i <= b - a; i++) toks[i] = toToken(raw, a + i, i, sent, quotes, lex, memo, fold);
      const start = toks[0]!.start;
      const end = toks[toks.length - 1]!.end;
      const sentence = buildSentence(text, sentences.length, para.index, start, end, toks, quotes, lex, sentCountInPara, keep, store);
      if (structure) { sentence.structure = structure; sentence.furnitureLike = true; }
      sentences.push(sentence);
    }
  });
  store?.seal();
  return sentences;
}

/**
 * The page structure of every paragraph. A text with no paragraph of article text at all (a single sentence, a
 * list of questions) has no headline, caption or repeated block: it is all text.
 */
function pageStructure(text: string, cleaned: Cleaned, lex: Lexicons): (PageStructure | undefined)[] {
  const seen = new Set<string>();
  let body = false;
  const out = cleaned.paragraphs.map((para) => {
    const st = paragraphStructure(text.slice(para.start, para.end), body, seen, lex);
    if (!st) body = true;
    return st;
  });
  return body ? out : out.map(() => undefined);
}

const HEADLINE_WORDS = 40;
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * What a paragraph is on the page, when it is not article text: the headline block before the first paragraph of
 * text (short lines that do not end as a sentence does, a question allowed: "What's next?"), a photo caption (a
 * credit or position cue: rules/lexicon/captions.yaml), or a block the page repeats word for word (a caption
 * printed twice, a pull quote).
 */
function paragraphStructure(ptext: string, bodySeen: boolean, seen: Set<string>, lex: Lexicons): PageStructure | undefined {
  const key = foldChars(ptext).toLowerCase().replace(/\s+/g, ' ').trim();
  // A sentence the article says twice is text; a block that does not end as a sentence, printed twice, is a
  // caption or pull quote.
  const repeated = seen.has(key) && wordCount(ptext) >= 4 && !endsSentence(ptext.trim());
  seen.add(key);
  if (repeated) return 'repeat';
  if (lex.creditRes.some((re) => re.test(ptext))) return 'caption';
  const words = wordCount(ptext);
  const t = ptext.trim();
  if (!bodySeen && words <= HEADLINE_WORDS && (!endsSentence(t) || (/\?["'\u201D\u2019]*$/.test(t) && words <= 20))) return 'headline';
  return undefined;
}

/**
 * Contractions wink leaves as one token ("didnt" before a full stop, "cannot", "I'm") split into their parts, as
 * wink splits "didn't" ("did" + "n't"): the sentence spans move with the token indices.
 */
/** Each word's contraction parts (or null), worked out once per word and contraction table. */
const contractionMemos = new WeakMap<Map<string, ContractionPart[]>, Map<string, ContractionPart[] | null>>();

function splitContractions(raw: RawTokens, spans: [number, number][], lex: Lexicons): { raw: RawTokens; spans: [number, number][] } {
  if (!lex.contractions.size) return { raw, spans };
  const memo = memoFor(contractionMemos, lex.contractions);
  const partsOf = (t: string) => contractionParts(t, lex.contractions);
  const split = raw.text.map((t, r) => (raw.type[r] === 'word' ? remember(memo, t, partsOf) : null));
  if (!split.some((p) => p)) return { raw, spans };
  const out: RawTokens = { text: [], start: new Int32Array(raw.text.length + split.length), end: new Int32Array(raw.text.length + split.length), pos: [], lemma: [], neg: [], stop: [], type: [] };
  const first: number[] = [], last: number[] = [];
  let n = 0;
  raw.text.forEach((t, r) => {
    first.push(n);
    const parts = split[r];
    if (!parts) {
      out.text.push(t); out.start[n] = raw.start[r]!; out.end[n] = raw.end[r]!; out.pos.push(raw.pos[r]!); out.lemma.push(raw.lemma[r] ?? null);
      out.neg.push(raw.neg[r]!); out.stop.push(raw.stop[r]!); out.type.push(raw.type[r]!);
      n++;
    } else {
      let at = raw.start[r]!;
      for (const p of parts) {
        out.text.push(t.slice(at - raw.start[r]!, at - raw.start[r]! + p.text.length));
        out.start[n] = at; out.end[n] = at + p.text.length; at += p.text.length;
        out.pos.push(p.pos); out.lemma.push(p.lemma); out.neg.push(raw.neg[r]!); out.stop.push(true); out.type.push('word');
        n++;
      }
    }
    last.push(n - 1);
  });
  return { raw: { ...out, start: out.start.slice(0, n), end: out.end.slice(0, n) }, spans: spans.map(([a, b]) => [first[a]!, last[b]!]) };
}

/**
 * Folded forms, one string per distinct word (per spelling table): tokens share these strings instead of each
 * holding its own copy, and each word is folded once.
 */
const foldMemos = new WeakMap<Map<string, string>, Map<string, string>>();

/** Token r of a paragraph's raw tokens, as token i of sentence sent. */
function toToken(raw: RawTokens, r: number, i: number, sent: number, quotes: [number, number][], lex: Lexicons, memo: Map<string, string>,
  fold: (s: string) => string): Token {
  const text = raw.text[r]!, pos = raw.pos[r]!, type = raw.type[r]!, start = raw.start[r]!, end = raw.end[r]!;
  const norm = remember(memo, text, fold);
  // wink gives no lemma for some contractions written as one word ("didnt", "cannot"): the word is its own lemma.
  let lemma = remember(memo, raw.lemma[r] ?? text, fold);
  if (norm === "n't" || norm === 'nt') lemma = 'not';
  const isPunct = type === 'punctuation' || (pos === 'PUNCT' && !/\w/.test(norm));
  const isWord = !isPunct && /[\p{L}\p{N}]/u.test(norm);
  const negCue = lex.negCues.has(norm) || lex.negCues.has(lemma);
  let quoted = false;
  for (const [s, e] of quotes) if (start >= s && end <= e) { quoted = true; break; }
  return makeToken(i, sent, i, text, start, end, norm, lemma, pos, isWord, isPunct,
    isWord && !raw.stop[r] && CONTENT_POS.has(pos) && !negCue, quoted, !!raw.neg[r], negCue);
}

/**
 * A list a sentence keeps, at its length: an array filled by push or filter has room for 17 or more elements, and
 * most sentences hold one or two names, numbers or quotes (a name cost some 470 bytes, half of it room).
 */
const exact = <T>(xs: T[]): T[] => (xs.length ? xs.slice() : xs);

function buildSentence(text: string, index: number, paragraph: number, start: number, end: number, tokens: Token[],
  quotes: [number, number][], lex: Lexicons, sentCountInPara: number, keep: boolean, store: TokenStore | null): Sentence {
  const stext = text.slice(start, end);
  const qs: QuoteSpan[] = [];
  for (const [qs0, qe0] of quotes) {
    const s = Math.max(qs0, start), e = Math.min(qe0, end);
    if (s >= e) continue;
    const idx = tokens.filter((t) => t.start >= s && t.end <= e).map((t) => t.i);
    if (idx.some((i) => tokens[i]!.isWord)) qs.push({ span: [s, e], tokens: idx });
  }
  const words = tokens.filter((t) => t.isWord);
  const lower = foldChars(stext).toLowerCase();
  const terminal = endsSentence(stext);
  const furnitureLike =
    lex.bylineRes.some((re) => re.test(lower)) ||
    (sentCountInPara === 1 && !terminal && words.length <= 20) ||
    isCaption(lex, lower, words.length);
  return new SegmentedSentence(index, paragraph, start, end, stext, tokens, exact(extractNumbers(tokens, lex)),
    exact(extractNames(tokens, lex).map((n) => ({
      text: text.slice(n.span[0], n.span[1]), parts: exact(n.parts), titles: n.titles, span: n.span,
      // A name without titles spans what it names: one array for both.
      fullSpan: n.fullSpan[0] === n.span[0] && n.fullSpan[1] === n.span[1] ? n.span : n.fullSpan, key: n.key,
    }))), exact(qs), furnitureLike, lex, keep, store);
}

/**
 * A caption cue makes a line a caption or credit on a short line, as a credit ("FILE PHOTO:", "REUTERS/", "(Image:
 * ...)"), or as what the line is about, among its first words ("The distributed photo, released early Sunday, shows
 * ...", "Parts of this photo have been blurred"). Article text that names one further on ("Analysts surveyed by
 * Thomson Reuters had forecast", "enough capacity for video games", "the chief showed this photo of a bicycle") is not.
 */
export const CAPTION_WORDS = 6;
/** The cue among this many first words of the line. */
export const CAPTION_OPENING = 4;
function isCaption(lex: Lexicons, lower: string, words: number): boolean {
  const m = lex.captionRe.exec(lower);
  if (!m) return false;
  const before = lower.slice(0, m.index).split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return words <= CAPTION_WORDS || !!m[2] || lower[m.index - 1] === '(' || before < CAPTION_OPENING;
}

/** The folded text used for string similarity. Quotation marks are kept: a sentence that loses them is not the same sentence. */
const foldedOf = (tokens: Token[]) => tokens.filter((t) => inFolded(t.isWord, t.norm)).map((t) => t.norm).join(' ');
const contentLemmasOf = (tokens: Token[]) => tokens.filter((t) => t.content).map((t) => t.lemma);

/**
 * A sentence as segment makes it. Its analysis is read on demand (src/core/analysis/recent.ts): a sentence of an
 * exactly matching pair never needs one, and a document keeps none of them. A long text's sentence keeps its
 * tokens in the text's column store and makes them again when they are read (src/core/tokenstore.ts); its folded
 * text and content lemmas, read a few times each (by the aligner and the calibration), are read from the columns
 * without making the tokens.
 */
class SegmentedSentence implements Sentence {
  declare structure?: PageStructure;
  readonly #lex: Lexicons;
  /** Kept once worked out: a sentence of a short text. */
  #analysis: Analysis | null = null;
  readonly #keep: boolean;
  /** The token objects, kept (a short text's sentence, or one the store could not take), else null. */
  readonly #tokens: Token[] | null;
  readonly #store: TokenStore | null;
  readonly #from: number;
  readonly #count: number;
  readonly #folded: string | null;
  readonly #contentLemmas: string[] | null;
  constructor(
    public index: number, public paragraph: number, public start: number, public end: number, public text: string,
    tokens: Token[], public numbers: NumberMention[], public names: NameMention[], public quotes: QuoteSpan[],
    public furnitureLike: boolean, lex: Lexicons, keep: boolean, store: TokenStore | null,
  ) {
    this.#lex = lex;
    this.#keep = keep;
    const from = store ? store.add(tokens) : -1;
    this.#tokens = from < 0 ? tokens : null;
    this.#store = from < 0 ? null : store;
    this.#from = from;
    this.#count = tokens.length;
    this.#folded = from < 0 ? foldedOf(tokens) : null;
    this.#contentLemmas = from < 0 ? contentLemmasOf(tokens) : null;
  }
  get folded(): string { return this.#folded ?? this.#store!.folded(this.#from, this.#count); }
  get contentLemmas(): string[] { return this.#contentLemmas ?? this.#store!.contentLemmas(this.#from, this.#count); }
  get tokens(): Token[] {
    if (this.#tokens) return this.#tokens;
    return recentTokens(this, () => this.#store!.tokens(this.#from, this.#count, this.index));
  }
  get analysis(): Analysis {
    if (this.#analysis) return this.#analysis;
    const a = this.#keep ? analyse(this.tokens, this.#lex) : analysisOf(this, this.tokens, this.#lex);
    if (this.#keep) this.#analysis = a;
    return a;
  }
}
