// Compiles the lexicons of a RuleSet into lookup structures once per rule set.
import { createRequire } from 'node:module';
import type { Token, Root } from 'ret';
import { structureLexicon, type StructureLexicon } from './analysis/lexicon.js';
import { memoFor, remember } from './memo.js';
import { lexicon, wordMap, type DerivedIndex, type RuleSet } from './rules.js';
import { packWords, PackedWordMap, type WordMap } from './wordmap.js';
import { UsageError } from './types.js';

export interface ModalCue { tokens: string[]; scale: string; strength: number; hedge: boolean; booster: boolean; quoteOnly: boolean; evidenceOnly: boolean }
export interface Boilerplate { id: string; re: RegExp; prefix: boolean }

export interface Lexicons {
  boilerplate: Boilerplate[];
  /** folded phrase (space-joined tokens) -> country key */
  places: Map<string, string>;
  placeMaxLen: number;
  titleWords: Set<string>;
  honorifics: Set<string>;
  /** Words that qualify an office before a name ("former", "acting"). */
  titleQualifiers: Set<string>;
  titleCanon: Map<string, string>;
  spelling: Map<string, string>;
  /** Contractions wink leaves whole, by their folded form (contractions.yaml). */
  contractions: Map<string, { text: string; lemma: string; pos: string }[]>;
  negCues: Set<string>;
  implicitNeg: Set<string>;
  balancingNeg: Set<string>;
  /** Negative prefixes, longest first ("non-" before "non"), and adjectives that only look prefixed. */
  negPrefixes: string[];
  /** Word sequences that carry a negation ("yet to", "far from"). */
  negIdioms: string[][];
  /** Phrases a negation cue opens without negating the clause ("not only", "not the only", "no doubt"). */
  notNegating: string[][];
  /** Phrases ending in a cue that negate nothing at a clause's end or after "whether" (negation.yaml closingNotNegating). */
  closingNotNegating: string[][];
  /** A negation that notes something is not known yet ("did not immediately respond"): no claim (negation.yaml pendingPhrases). */
  pendingPhrases: string[][];
  /** A status note that something is still being looked into ("remains under investigation"): no claim (negation.yaml pendingNotes). */
  pendingNotes: string[][];
  /** A cue that carries on an earlier negation ("nor"), and the word that says it under the other side's negation ("or"). */
  continuingCues: Set<string>;
  /** Cues that open an elliptical clause carrying an earlier negation on ("and neither did the doctors"). */
  ellipticalCues: Set<string>;
  /** The second cue of a correlative pair ("nor" after "neither") -> the first: the two are one negation. */
  correlativeCues: Map<string, string>;
  /** "since": with it on both sides a superlative balances a negation (negation.yaml sinceMarkers, sinceSuperlatives). */
  sinceMarkers: Set<string>;
  sinceSuperlatives: Set<string>;
  alternativeWords: Set<string>;
  /** Negating idioms that name a place before a noun phrase ("far from the river", negation.yaml locativeIdioms). */
  locativeIdioms: string[][];
  /** Two-word negating idioms whose words may stand apart in a sentence ("would rather stay than go"). */
  splitIdioms: string[][];
  notPrefixed: Set<string>;
  modal: ModalCue[];
  /** Phrases that put the next verb in the future or in intention (prospects.yaml), as lemma sequences. */
  prospects: string[][];
  reportingVerbs: Set<string>;
  /** Things that can be a source besides people and groups ("the statement said"). */
  documentSources: Set<string>;
  /** Documents that speak for their authors ("the study says" / "the researchers reported"), and those authors (reporting.yaml). */
  authoredDocuments: Set<string>;
  authors: Set<string>;
  /** Endings of the names of those who study a field ("herpetologist"): authors too. */
  authorEndings: string[];
  /** What a named body is called again further on ("the company"): reporting.yaml. */
  bodyDescriptions: Set<string>;
  /** Who speaks for a country (reporting.yaml placeVoices): "Iranian officials" for "Iran". */
  placeVoices: Set<string>;
  /** Unnamed source noun -> the first noun of its group in reporting.yaml sameSources. */
  sourceCanon: Map<string, string>;
  recipientVerbs: Set<string>;
  /** Recipient verbs whose recipient only heard it ("told Newsweek", reporting.yaml audience). */
  audienceVerbs: Set<string>;
  /** Verbs that say where a finding was published, and nouns that name the venue (reporting.yaml). */
  publicationVerbs: Set<string>;
  venueNouns: Set<string>;
  sourcePhrases: string[][];
  eventNouns: Set<string>;
  eventCanon: Map<string, string>;
  patientPreps: Set<string>;
  agentLightVerbs: Set<string>;
  patientLightVerbs: Set<string>;
  notAgents: Set<string>;
  numberWords: Map<string, string>;
  scales: Map<string, number>;
  comparators: { tokens: string[]; sym: string }[];
  weekdays: Set<string>;
  months: Set<string>;
  /** Month abbreviations ("sept" -> "september"), a month only next to a day. */
  monthAbbreviations: Map<string, string>;
  /** Decades in words ("sixties" -> 60). */
  decades: Map<string, number>;
  relativeDays: Set<string>;
  currency: Set<string>;
  /** Country codes written against a currency sign ("US$729", "$US51", "A$10"): the sign's amount all the same. */
  currencyCountries: Set<string>;
  /** Lemma -> its scales and its step on each (rules/lexicon/scales.yaml). */
  scaleSteps: Map<string, { scale: number; step: number }[]>;
  /** Fraction word -> percent, read as a share before "of" ("half of" = 50%), unless a period marker precedes it. */
  fractions: Map<string, number>;
  periodMarkers: Set<string>;
  /** Words that count one of a unit ("a week", "per day"). */
  singleCount: Set<string>;
  /** Words hyphenated after a unit that make it one of the unit ("year-long"). */
  singleSuffixes: Set<string>;
  /** What joins the two numbers of a score or a tally ("to", "-", "against"). */
  tallyJoiners: Set<string>;
  /** Unit word -> its group (units in one group measure the same thing) and its size in the group's base unit. */
  units: Map<string, { group: number; size: number }>;
  /** Words between the two ends of a range ("1.1 to 1.3 billion"): the scale word after the second end is the first's too. */
  rangeJoiners: Set<string>;
  /** A count of times is a multiple ("two more times" = "twice" = 2x): the word after the count, and what may stand between. */
  multipleWords: Set<string>;
  multipleFillers: Set<string>;
  /** Multiples that may count occasions ("sentenced twice to life" = "two life sentences"), and the words after one that make it a multiplier ("twice as many"). */
  repeatWords: Set<string>;
  multiplierFollowers: Set<string>;
  /** Words after an amount that make it a margin ("56 seconds adrift", "two points clear"). */
  marginWords: Set<string>;
  /** Words after an ordinal's noun that make it a record ("the first women to fly"; numbers.yaml recordMarkers). */
  recordMarkers: Set<string>;
  /** Words that say first place ("top-ranked" = "No. 1-ranked"). */
  firstRankWords: Set<string>;
  /** An age said of a person ("a 23-year-old American"): the unit words and the word after them. */
  ageUnits: string[];
  ageWords: string[];
  /** Before the figure of a rank ("No. 1-ranked"). */
  rankMarkers: string[];
  /** After an amount, the amount again per unit ("$1.16 per share"). */
  perUnitWords: string[];
  /** Between an amount and the same amount per unit ("$1.05 billion, or $1.16 per share"). */
  restatementWords: string[];
  /** After a place, a body based there ("Cupertino, Calif.-based Apple"). */
  basedWords: string[];
  nameConnectors: Set<string>;
  /** Join name parts only across a capitalised word that is no name (grammar.yaml nameInfixes). */
  nameInfixes: Set<string>;
  /** Open a clause that qualifies or explains the rest (grammar.yaml caveatConjunctions). */
  caveatConjunctions: Set<string>;
  catenative: Set<string>;
  /** Verbs that say the same with their two participants swapped ("meet", "fight"). */
  symmetricVerbs: Set<string>;
  /** "sell buy" and "buy sell": verbs that tell one event from either side. */
  converseVerbs: Set<string>;
  passiveAgentPreps: Set<string>;
  relativePronouns: Set<string>;
  /** Words that open a clause ("said that ..."): a subject or an object is not looked for across one. */
  complementizers: Set<string>;
  /** "to" of "to leave". */
  infinitiveMarkers: Set<string>;
  /** Auxiliary lemmas (grammar.yaml): of the passive ("be", "get"), of the perfect ("have"), the copula ("be"), all ("be", "have", "do"). */
  passiveAuxiliaries: Set<string>;
  perfectAuxiliaries: Set<string>;
  copulas: Set<string>;
  /** Verbs that link a subject to what it comes to be, like the copula ("became pregnant"). */
  becomingVerbs: Set<string>;
  auxiliaryVerbs: Set<string>;
  definiteArticles: Set<string>;
  /** Closed word classes of grammar.yaml, each explained there. */
  phrasePronouns: Set<string>;
  pronounWords: Set<string>;
  possessives: Set<string>;
  whWords: Set<string>;
  multiWordPrepositions: string[][];
  questionAuxiliaries: Set<string>;
  beForms: Set<string>;
  thirdPersonPronouns: Set<string>;
  speakerPronouns: Set<string>;
  firstPersonPronouns: Set<string>;
  dateFrameWords: Set<string>;
  abbreviationSkips: Set<string>;
  /** Capitalised words that name nobody alone: a company's legal form, a time zone (grammar.yaml). */
  namesNobody: Set<string>;
  cutShortPrepositions: Set<string>;
  orderFillers: Set<string>;
  /** Word endings the shallow reading looks at (grammar.yaml). */
  endings: { gerund: string[]; participle: string[]; past: string[]; superlative: string[]; adverb: string[]; agent: string[] };
  captionRe: RegExp;
  bylineRes: RegExp[];
  /** A caption's credit line or position cue, matched against the paragraph as written. */
  creditRes: RegExp[];
  /** A stock ticker in parentheses, with or without a live quote (captions.yaml exchanges). */
  tickerRes: RegExp[];
  lightNouns: Set<string>;
  /** Word -> the words of another of its senses a spinner puts in its place ("shooting" -> "taking pictures"), each as words (spinner-senses.yaml). */
  spinnerSenses: Map<string, string[][]>;
  /** Fixed phrases a literal reading breaks up (idioms.yaml): the phrase's words, the word that stays, and phrases that say the same. */
  idioms: { words: string[]; head: string; same: string[][] }[];
  /** Nouns naming the persons of one role collectively ("staff", "troops"): no group in a person noun's place. */
  peopleNouns: Set<string>;
  /** Quantifier -> strength from none (0) to all (1). */
  quantifiers: Map<string, number>;
  /** Quantifiers of several words ("not many", "a handful of"), longest first, with their strength. */
  quantifierPhrases: { words: string[]; strength: number }[];
  /** Quantifiers that make a superlative before an adjective or adverb ("the most important"). */
  superlatives: Set<string>;
  /** Degree words compared as opposites ("more" / "less", quantifiers.yaml comparatives). */
  comparatives: Set<string>;
  /** Phrases that make a superlative one among several ("one of", "among"). */
  oneOf: string[][];
  /** Phrases in which a quantifier word quantifies nothing ("all the way back", "at all"). */
  notQuantifying: string[][];
  antonyms: AntonymLookup;
  /** Adjective -> signed ids of the WordNet antonym clusters it belongs to (indirect antonyms: "huge" / "small"). */
  oppositeClusters: WordMap;
  /** Noun (or two-word compound) -> its places under category roots, each a dot-joined chain of synset ids, root first. */
  categories: WordMap;
  /** Synset id of a category chain -> a word that names it (the root's own name for a root). */
  categoryNames: WordMap;
  antonymPhrases: [string[], string[]][];
  synonyms: WordMap;
  nounClasses: WordMap;
  /** Person, group and place nouns whose most frequent sense is a name ("adams"), from WordNet. */
  properNouns: Set<string>;
  /** Common first names, lower case (given-names.json): a name even where it is also a dictionary word ("Tom"). */
  givenNames: Set<string>;
  /** Word -> how good (+) or bad (-) what it says is, rated 2 to 5 either way (valence-afinn.json). */
  valence: Map<string, number>;
  /** What the sentence analysis reads (rules/lexicon/structure.yaml). */
  structure: StructureLexicon;
}

const compiledCache = new WeakMap<RuleSet['lexicons'], Lexicons>();

/** How a pattern is known in RuleSet.safePatterns: its flags and source as the RegExp gives them. */
export const patternKey = (re: RegExp): string => `${re.flags}/${re.source}`;

/** Every regular expression the lexicons compiled (what the build checks once for the bundled rules). */
/** W with every character a regular expression reads as syntax escaped: a word list made into a pattern. */
export const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function patternsOf(lex: Lexicons): RegExp[] {
  return [...lex.boilerplate.map((b) => b.re), lex.captionRe, ...lex.bylineRes, ...lex.creditRes, ...lex.tickerRes];
}

// Loaded only for a pattern the build did not check already (one from a --rules folder).
let safeRegex: ((re: RegExp) => boolean) | null = null;

/**
 * A group with alternatives under a repetition that can repeat ("(a|a)*b", "(?:x|xy)+"): the alternatives may match
 * the same text, and the engine then tries every way to split a line between them (2^n for n characters).
 * safe-regex2 counts only nested quantifiers, so such patterns are refused here as well.
 */
export function repeatsAlternation(src: string): boolean {
  // ret is CommonJS: its export is the tokenizer itself, with the token types attached. Loaded only for a user pattern.
  const retPackage = createRequire(import.meta.url)('ret') as unknown;
  const tokenizer = retPackage as (typeof import('ret'))['tokenizer'];
  const { types } = retPackage as typeof import('ret');
  let tree: Root;
  try {
    tree = tokenizer(src);
  } catch {
    return false;
  }
  const hasAlternation = (t: Root | Token): boolean => {
    const options = 'options' in t ? t.options : undefined;
    if (options && options.length > 1) return true;
    const kids: Token[] = [...(options?.flat() ?? []), ...('stack' in t && t.stack ? t.stack : [])];
    if (t.type === types.REPETITION) kids.push(t.value);
    return kids.some(hasAlternation);
  };
  const walk = (t: Root | Token): boolean => {
    if (t.type === types.REPETITION && (t.max === null || t.max === Infinity || t.max > 1) && hasAlternation(t.value)) return true;
    const kids: Token[] = [...('options' in t && t.options ? t.options.flat() : []), ...('stack' in t && t.stack ? t.stack : [])];
    if (t.type === types.REPETITION) kids.push(t.value);
    return kids.some(walk);
  };
  return walk(tree);
}

function compileRegex(src: string, flags: string, where: string, checked: ReadonlySet<string> | undefined): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(src, flags);
  } catch (e) {
    throw new UsageError(`${where}: invalid regular expression ${JSON.stringify(src)} (${(e as Error).message})`);
  }
  if (checked?.has(patternKey(re))) return re;
  safeRegex ??= createRequire(import.meta.url)('safe-regex2') as (re: RegExp) => boolean;
  // Nested quantifiers can backtrack for ever on a crafted line: such a pattern is refused when the rules load.
  if (!safeRegex(re)) throw new UsageError(`${where}: regular expression ${JSON.stringify(src)} can backtrack catastrophically (nested quantifiers); rewrite it`);
  if (repeatsAlternation(src)) throw new UsageError(`${where}: regular expression ${JSON.stringify(src)} can backtrack catastrophically (a repeated group of alternatives); rewrite it with a character class or without the repetition`);
  return re;
}

// A live quote: the change in per cent, to two decimals ("0.91%", "-1.20%"), as the ticker widgets print it.
const LIVE_QUOTE = String.raw`\s+[-+\u2212]?\d{1,3}\.\d{2}\s?%`;

/**
 * A stock ticker in parentheses: an exchange's code with the company's ("(PINS.N)"), an exchange named before it
 * ("(NASDAQ: AAPL)"), or a symbol with the day's quote ("(PANW 0.91%)").
 */
function tickerPatterns(exchanges: string[], where: string, checked: ReadonlySet<string> | undefined): RegExp[] {
  const named = [...exchanges].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // Each form with and without the quote, a pattern of its own: one pattern holding them all has more
  // repetitions than the safety check allows.
  const code = String.raw`[A-Z]{1,6}\.[A-Z]{1,3}`, listed = named ? String.raw`(?:${named})\s*:\s*[A-Z][A-Z.]{0,7}` : '';
  const forms = [code, code + LIVE_QUOTE, ...(listed ? [listed, listed + LIVE_QUOTE] : []), String.raw`[A-Z]{1,6}${LIVE_QUOTE}`];
  return forms.map((f) => compileRegex(String.raw`\(${f}\)`, 'g', where, checked));
}

export function lexicons(rules: RuleSet): Lexicons {
  const hit = compiledCache.get(rules.lexicons);
  if (hit) return hit;
  const fileOf = (name: string) => rules.lexicons.get(name)?.file ?? name;

  const bp = lexicon<{ id: string; pattern: string; prefix?: boolean; caseSensitive?: boolean }[]>(rules, 'boilerplate');
  const boilerplate = bp.map((b) => {
    const flags = b.caseSensitive ? 'u' : 'iu';
    const src = b.prefix ? `^(?:${b.pattern})` : `^(?:${b.pattern})$`;
    return { id: b.id, re: compileRegex(src, flags, `${fileOf('boilerplate')} (${b.id})`, rules.safePatterns), prefix: !!b.prefix };
  });

  // British spellings generated from a word list (spelling-variants.json), then the curated table, which wins.
  const spelling = new Map<string, string>();
  for (const name of ['spelling-variants', 'spelling']) {
    if (!rules.lexicons.has(name)) continue;
    for (const [canon, variants] of Object.entries(lexicon<Record<string, string[]>>(rules, name))) {
      for (const v of variants) spelling.set(v, canon);
    }
  }
  // A form the curated table folds further ("advisor" -> "adviser") takes its variants along.
  for (const [v, canon] of spelling) {
    const to = spelling.get(canon);
    if (to !== undefined && to !== v) spelling.set(v, to);
  }
  const foldWord = (w: string) => spelling.get(w) ?? w;

  const places = new Map<string, string>();
  let placeMaxLen = 1;
  for (const [key, names] of Object.entries(lexicon<Record<string, string[]>>(rules, 'places'))) {
    for (const n of names) {
      const toks = n.toLowerCase().split(/\s+/).map(foldWord);
      placeMaxLen = Math.max(placeMaxLen, toks.length);
      places.set(toks.join(' '), key);
    }
  }

  const titles = lexicon<{ words: string[]; honorifics: string[]; same: string[][]; qualifiers?: string[] }>(rules, 'titles');
  const titleCanon = new Map<string, string>();
  for (const group of titles.same) for (const w of group) titleCanon.set(w, group[0]!);

  const neg = lexicon<{ cues: string[]; implicit: string[]; balancing?: string[]; prefixes?: string[]; notPrefixed?: string[]; idioms?: string[][]; notNegating?: string[][]; closingNotNegating?: string[][]; pendingPhrases?: string[][]; pendingNotes?: string[][]; continuingCues?: string[]; ellipticalCues?: string[]; correlativeCues?: string[][]; sinceMarkers?: string[]; sinceSuperlatives?: string[]; alternativeWords?: string[]; locativeIdioms?: string[][]; splitIdioms?: string[][] }>(rules, 'negation');
  const modal = lexicon<{ cue: string; scale: string; strength: number; hedge?: boolean; booster?: boolean; quoteOnly?: boolean; evidenceOnly?: boolean }[]>(rules, 'modality')
    .map((m) => ({ tokens: m.cue.toLowerCase().split(/\s+/), scale: m.scale, strength: m.strength, hedge: !!m.hedge, booster: !!m.booster, quoteOnly: !!m.quoteOnly, evidenceOnly: !!m.evidenceOnly }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const rep = lexicon<{ verbs: string[]; recipient: string[]; audience?: string[]; publicationVerbs?: string[]; venueNouns?: string[]; sources: string[]; sameSources?: string[][]; documentSources?: string[]; authoredDocuments?: string[]; authors?: string[]; authorEndings?: string[]; bodyDescriptions?: string[]; placeVoices?: string[] }>(rules, 'reporting');
  const sourceCanon = new Map<string, string>();
  for (const group of rep.sameSources ?? []) for (const w of group) sourceCanon.set(w, group[0]!);
  const ev = lexicon<{ nouns: string[]; same: string[][]; patientPrepositions: string[];
    agentLightVerbs: string[]; patientLightVerbs: string[]; notAgents: string[] }>(rules, 'events');
  const eventCanon = new Map<string, string>();
  for (const group of ev.same) for (const w of group) eventCanon.set(w, group[0]!);
  const num = lexicon<{ words: Record<string, string | number>; scales: Record<string, number>; comparators: Record<string, string[]>;
    weekdays: string[]; months: string[]; monthAbbreviations?: Record<string, string>; decades?: Record<string, number>; relativeDays: string[]; currency: string[]; currencyCountries?: string[]; units?: Record<string, number>[]; tallyJoiners?: string[]; rangeJoiners?: string[]; fractions?: Record<string, number>;
    periodMarkers?: string[]; singleCount?: string[]; singleSuffixes?: string[]; multipleWords?: string[]; multipleFillers?: string[]; repeatWords?: string[]; multiplierFollowers?: string[]; marginWords?: string[]; recordMarkers?: string[]; firstRankWords?: string[];
    ageUnits?: string[]; ageWords?: string[]; rankMarkers?: string[]; perUnitWords?: string[]; restatementWords?: string[]; basedWords?: string[] }>(rules, 'numbers');
  const grammar = lexicon<{ nameConnectors: string[]; nameInfixes?: string[]; caveatConjunctions?: string[]; catenative: string[]; agentPrepositions: string[]; relativePronouns: string[]; complementizers: string[];
    symmetricVerbs?: string[]; converseVerbs?: string[][]; infinitiveMarkers?: string[]; definiteArticles?: string[];
    passiveAuxiliaries?: string[]; perfectAuxiliaries?: string[]; copulas?: string[]; becomingVerbs?: string[]; auxiliaryVerbs?: string[];
    gerundEndings?: string[]; participleEndings?: string[]; pastEndings?: string[]; superlativeEndings?: string[]; adverbEndings?: string[]; agentEndings?: string[];
    phrasePronouns?: string[]; pronounWords?: string[]; possessives?: string[]; whWords?: string[]; multiWordPrepositions?: string[][];
    questionAuxiliaries?: string[]; beForms?: string[]; thirdPersonPronouns?: string[]; speakerPronouns?: string[]; firstPersonPronouns?: string[];
    dateFrameWords?: string[]; abbreviationSkips?: string[]; namesNobody?: string[]; cutShortPrepositions?: string[]; orderFillers?: string[] }>(rules, 'grammar');
  const set = (l?: string[]) => new Set((l ?? []).map((w) => w.toLowerCase()));
  const comparators = Object.entries(num.comparators)
    .flatMap(([sym, phrases]) => phrases.map((p) => ({ tokens: p.toLowerCase().split(/\s+/), sym })))
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const quant = lexicon<{ strengths: Record<string, number>; superlatives: string[]; comparatives?: string[]; oneOf?: string[][]; notQuantifying?: string[][] }>(rules, 'quantifiers');
  // Quantifiers of one word are looked up; those of several are matched as phrases.
  const strengths = Object.entries(quant.strengths), phrase = ([w]: [string, number]) => w.includes(' ');
  const cap = lexicon<{ caption: string[]; byline: string[]; credit?: string[]; exchanges?: string[] }>(rules, 'captions');

  const { antonyms, antonymPhrases } = antonymsOf(rules, fileOf);

  const lex: Lexicons = {
    boilerplate,
    places,
    placeMaxLen,
    titleWords: new Set(titles.words.map((w) => w.toLowerCase())),
    honorifics: new Set(titles.honorifics),
    titleQualifiers: new Set(titles.qualifiers ?? []),
    titleCanon,
    spelling,
    contractions: new Map(Object.entries(rules.lexicons.has('contractions') ? lexicon<Record<string, [string, string, string][]>>(rules, 'contractions') : {})
      .map(([w, parts]) => [w, parts.map(([text, lemma, pos]) => ({ text, lemma, pos }))])),
    negCues: new Set(neg.cues.map((c) => c.toLowerCase())),
    implicitNeg: new Set(neg.implicit),
    balancingNeg: new Set(neg.balancing ?? []),
    negPrefixes: [...(neg.prefixes ?? [])].sort((a, b) => b.length - a.length),
    notPrefixed: new Set(neg.notPrefixed ?? []),
    negIdioms: neg.idioms ?? [],
    notNegating: neg.notNegating ?? [],
    closingNotNegating: neg.closingNotNegating ?? [],
    pendingPhrases: neg.pendingPhrases ?? [],
    pendingNotes: neg.pendingNotes ?? [],
    continuingCues: new Set(neg.continuingCues ?? []),
    ellipticalCues: new Set(neg.ellipticalCues ?? []),
    correlativeCues: new Map((neg.correlativeCues ?? []).map(([a, b]) => [b!, a!])),
    sinceMarkers: new Set(neg.sinceMarkers ?? []),
    sinceSuperlatives: new Set(neg.sinceSuperlatives ?? []),
    alternativeWords: new Set(neg.alternativeWords ?? []),
    locativeIdioms: neg.locativeIdioms ?? [],
    splitIdioms: neg.splitIdioms ?? [],
    modal,
    reportingVerbs: new Set(rep.verbs),
    sourceCanon,
    documentSources: new Set(rep.documentSources ?? []),
    authoredDocuments: new Set(rep.authoredDocuments ?? []),
    authors: new Set(rep.authors ?? []),
    authorEndings: rep.authorEndings ?? [],
    bodyDescriptions: new Set(rep.bodyDescriptions ?? []),
    placeVoices: new Set(rep.placeVoices ?? []),
    recipientVerbs: new Set(rep.recipient),
    audienceVerbs: new Set(rep.audience ?? []),
    publicationVerbs: new Set(rep.publicationVerbs ?? []),
    venueNouns: new Set(rep.venueNouns ?? []),
    sourcePhrases: rep.sources.map((s) => s.split(/\s+/)),
    eventNouns: new Set(ev.nouns),
    eventCanon,
    patientPreps: new Set(ev.patientPrepositions),
    agentLightVerbs: new Set(ev.agentLightVerbs),
    patientLightVerbs: new Set(ev.patientLightVerbs),
    notAgents: new Set(ev.notAgents),
    numberWords: new Map(Object.entries(num.words).map(([k, v]) => [k, String(v)])),
    scales: new Map(Object.entries(num.scales)),
    comparators,
    weekdays: new Set(num.weekdays),
    months: new Set(num.months),
    monthAbbreviations: new Map(Object.entries(num.monthAbbreviations ?? {})),
    decades: new Map(Object.entries(num.decades ?? {})),
    relativeDays: new Set(num.relativeDays),
    currency: new Set(num.currency),
    currencyCountries: new Set(num.currencyCountries ?? []),
    tallyJoiners: new Set(num.tallyJoiners ?? []),
    fractions: new Map(Object.entries(num.fractions ?? {})),
    periodMarkers: new Set(num.periodMarkers ?? []),
    singleCount: new Set(num.singleCount ?? []),
    singleSuffixes: new Set(num.singleSuffixes ?? []),
    scaleSteps: scaleIndex(rules.lexicons.has('scales') ? lexicon<string[][][]>(rules, 'scales') : []),
    rangeJoiners: new Set(num.rangeJoiners ?? []),
    multipleWords: new Set(num.multipleWords ?? []),
    multipleFillers: new Set(num.multipleFillers ?? []),
    repeatWords: new Set(num.repeatWords ?? []),
    multiplierFollowers: new Set(num.multiplierFollowers ?? []),
    marginWords: new Set(num.marginWords ?? []),
    recordMarkers: new Set(num.recordMarkers ?? []),
    firstRankWords: new Set(num.firstRankWords ?? []),
    ageUnits: num.ageUnits ?? [],
    ageWords: num.ageWords ?? [],
    rankMarkers: num.rankMarkers ?? [],
    perUnitWords: num.perUnitWords ?? [],
    restatementWords: num.restatementWords ?? [],
    basedWords: num.basedWords ?? [],
    units: new Map((num.units ?? []).flatMap((g, group) => Object.entries(g).map(([u, size]) => [u, { group, size }] as const))),
    nameConnectors: new Set(grammar.nameConnectors),
    nameInfixes: new Set(grammar.nameInfixes ?? []),
    caveatConjunctions: new Set(grammar.caveatConjunctions ?? []),
    catenative: new Set(grammar.catenative),
    symmetricVerbs: new Set(grammar.symmetricVerbs ?? []),
    converseVerbs: new Set((grammar.converseVerbs ?? []).flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`])),
    passiveAgentPreps: new Set(grammar.agentPrepositions),
    relativePronouns: new Set(grammar.relativePronouns),
    complementizers: new Set(grammar.complementizers),
    infinitiveMarkers: new Set(grammar.infinitiveMarkers ?? []),
    passiveAuxiliaries: new Set(grammar.passiveAuxiliaries ?? []),
    perfectAuxiliaries: new Set(grammar.perfectAuxiliaries ?? []),
    copulas: new Set(grammar.copulas ?? []),
    becomingVerbs: new Set(grammar.becomingVerbs ?? []),
    auxiliaryVerbs: new Set(grammar.auxiliaryVerbs ?? []),
    definiteArticles: new Set(grammar.definiteArticles ?? []),
    phrasePronouns: set(grammar.phrasePronouns),
    pronounWords: set(grammar.pronounWords),
    possessives: set(grammar.possessives),
    whWords: set(grammar.whWords),
    multiWordPrepositions: (grammar.multiWordPrepositions ?? []).map((p) => p.map((w) => w.toLowerCase())),
    questionAuxiliaries: set(grammar.questionAuxiliaries),
    beForms: set(grammar.beForms),
    thirdPersonPronouns: set(grammar.thirdPersonPronouns),
    speakerPronouns: set(grammar.speakerPronouns),
    firstPersonPronouns: set(grammar.firstPersonPronouns),
    dateFrameWords: set(grammar.dateFrameWords),
    abbreviationSkips: set(grammar.abbreviationSkips),
    namesNobody: set(grammar.namesNobody),
    cutShortPrepositions: set(grammar.cutShortPrepositions),
    orderFillers: set(grammar.orderFillers),
    endings: {
      gerund: grammar.gerundEndings ?? [], participle: grammar.participleEndings ?? [], past: grammar.pastEndings ?? [],
      superlative: grammar.superlativeEndings ?? [], adverb: grammar.adverbEndings ?? [], agent: grammar.agentEndings ?? [],
    },
    // The cue, and a colon or slash straight after it when there is one ("photo:", "reuters/"): see isCaption.
    captionRe: compileRegex(`\\b(${cap.caption.map((c) => escapeRegExp(c.toLowerCase())).join('|')})\\b([:/]| [:/])?`, 'u', fileOf('captions'), rules.safePatterns),
    bylineRes: cap.byline.map((b) => compileRegex(b, 'iu', fileOf('captions'), rules.safePatterns)),
    creditRes: (cap.credit ?? []).map((b) => compileRegex(b, 'u', fileOf('captions'), rules.safePatterns)),
    tickerRes: tickerPatterns(cap.exchanges ?? [], fileOf('captions'), rules.safePatterns),
    lightNouns: new Set(lexicon<string[]>(rules, 'light-nouns')),
    spinnerSenses: new Map(Object.entries(rules.lexicons.has('spinner-senses') ? lexicon<Record<string, string[]>>(rules, 'spinner-senses') : {})
      .map(([w, ps]) => [w, ps.map((x) => x.toLowerCase().split(/\s+/))])),
    idioms: Object.entries(rules.lexicons.has('idioms') ? lexicon<Record<string, { head: string; same?: string[] }>>(rules, 'idioms') : {})
      .map(([p, e]) => ({ words: p.toLowerCase().split(/\s+/), head: e.head.toLowerCase(), same: (e.same ?? []).map((x) => x.toLowerCase().split(/\s+/)) })),
    peopleNouns: new Set(rules.lexicons.has('people-nouns') ? lexicon<string[]>(rules, 'people-nouns') : []),
    prospects: lexicon<string[]>(rules, 'prospects').map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length),
    quantifiers: new Map(strengths.filter((e) => !phrase(e))),
    quantifierPhrases: strengths.filter(phrase).map(([w, strength]) => ({ words: w.split(' '), strength })).sort((a, b) => b.words.length - a.words.length),
    superlatives: new Set(quant.superlatives),
    comparatives: new Set(quant.comparatives ?? []),
    oneOf: quant.oneOf ?? [],
    notQuantifying: quant.notQuantifying ?? [],
    antonyms,
    oppositeClusters: rules.lexicons.has('opposite-clusters-wordnet') ? wordMap(rules, 'opposite-clusters-wordnet') : new Map(),
    categories: rules.lexicons.has('categories-wordnet') ? wordMap(rules, 'categories-wordnet') : new Map(),
    categoryNames: rules.lexicons.has('category-names-wordnet') ? wordMap(rules, 'category-names-wordnet') : new Map(),
    antonymPhrases,
    synonyms: wordMap(rules, 'synonyms-wordnet'),
    nounClasses: wordMap(rules, 'noun-classes-wordnet'),
    properNouns: new Set(lexicon<string[]>(rules, 'proper-nouns-wordnet')),
    givenNames: new Set(rules.lexicons.has('given-names') ? lexicon<string[]>(rules, 'given-names') : []),
    valence: new Map(Object.entries(rules.lexicons.has('valence-afinn') ? lexicon<Record<string, number>>(rules, 'valence-afinn') : {})),
    structure: structureLexicon(rules),
  };
  compiledCache.set(rules.lexicons, lex);
  return lex;
}

/** Word -> its antonyms, as the checks ask it (a Map of sets answers it too). */
export interface AntonymLookup {
  get(word: string): ReadonlySet<string> | undefined;
  has(word: string): boolean;
}

/** The lexicons antonym pairs are read from, in order, and the name of the index the build derives from them. */
const ANTONYM_LISTS = ['antonyms-wordnet', 'antonyms-news'];
export const ANTONYM_INDEX = 'antonyms';

/**
 * The antonyms of the rule set: from the index the build derived (a word's antonyms looked up in one packed string
 * when the word is first asked about), or, when there is none (a --rules folder changed an antonym list, or a run
 * rebuilt the compiled set), from the pairs themselves: some 29,000, which cost a cold start about 30 ms to read
 * and index.
 */
function antonymsOf(rules: RuleSet, fileOf: (name: string) => string): { antonyms: AntonymLookup; antonymPhrases: [string[], string[]][] } {
  const index = rules.indexes?.get(ANTONYM_INDEX);
  if (index) return { antonyms: new PackedAntonyms(index.packed), antonymPhrases: index.data as [string[], string[]][] };
  const antonyms = new Map<string, Set<string>>();
  const antonymPhrases: [string[], string[]][] = [];
  // (Most entries are single words: split only those with a space.)
  const wordsOf = (s: string) => (/\s/.test(s) ? s.toLowerCase().split(/\s+/) : [s.toLowerCase()]);
  const addAnt = (a: string, b: string) => {
    const ta = wordsOf(a), tb = wordsOf(b);
    if (ta.length === 1 && tb.length === 1) {
      (antonyms.get(ta[0]!) ?? antonyms.set(ta[0]!, new Set()).get(ta[0]!)!).add(tb[0]!);
      (antonyms.get(tb[0]!) ?? antonyms.set(tb[0]!, new Set()).get(tb[0]!)!).add(ta[0]!);
    } else {
      antonymPhrases.push([ta, tb]);
    }
  };
  for (const name of ANTONYM_LISTS) {
    lexicon<unknown[]>(rules, name).forEach((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || pair.some((w) => typeof w !== 'string')) {
        throw new UsageError(`${fileOf(name)}: entries.${i}: each antonym entry must be a pair of words [a, b] (quote words YAML reads as other values, such as true or no)`);
      }
      addAnt(pair[0] as string, pair[1] as string);
    });
  }
  return { antonyms, antonymPhrases };
}

/** A word's antonyms from the build's index: "word<TAB>antonym antonym ...", in the order the pairs gave them. */
class PackedAntonyms implements AntonymLookup {
  private readonly words: PackedWordMap;
  private readonly memo = new Map<string, ReadonlySet<string> | null>();
  constructor(packed: string) { this.words = new PackedWordMap(packed); }
  private readonly make = (w: string): ReadonlySet<string> | null => {
    const v = this.words.get(w);
    return v === undefined ? null : new Set(v.split(' '));
  };
  get(word: string): ReadonlySet<string> | undefined {
    return (this.memo.get(word) ?? remember(this.memo, word, this.make)) ?? undefined;
  }
  has(word: string): boolean { return this.words.get(word) !== undefined; }
}

/**
 * The lookup structures the build derives from LEX (made from a rule set without indexes) and keeps in the
 * compiled set: today the antonyms. A word never holds white space, so a word's antonyms are joined by spaces.
 */
export function derivedIndexes(lex: Lexicons): Record<string, DerivedIndex> {
  if (!(lex.antonyms instanceof Map)) return {};
  const packed = packWords(Object.fromEntries([...(lex.antonyms as Map<string, Set<string>>)].map(([w, set]) => [w, [...set].join(' ')])));
  return packed === null ? {} : { [ANTONYM_INDEX]: { from: ANTONYM_LISTS, packed, data: lex.antonymPhrases } };
}

function scaleIndex(scales: string[][][]): Map<string, { scale: number; step: number }[]> {
  const m = new Map<string, { scale: number; step: number }[]>();
  scales.forEach((steps, scale) => steps.forEach((words, step) => {
    for (const w of words) { const list = m.get(w) ?? []; list.push({ scale, step }); m.set(w, list); }
  }));
  return m;
}

const synCache = new WeakMap<WordMap, Map<string, string[]>>();
// The last rule set's memo, kept at hand: this runs for every pair of words the checks compare.
let synSource: WordMap | null = null;
let synMemo = new Map<string, string[]>();
let synOf = (_w: string): string[] => [];
/** The WordNet synonym sets a word belongs to (ids), memoised per word. */
export const synsets = (lex: Lexicons, w: string): string[] => {
  if (lex.synonyms !== synSource) {
    const source = lex.synonyms;
    synSource = source;
    synMemo = memoFor(synCache, source);
    synOf = (x) => source.get(x)?.split(' ') ?? [];
  }
  return remember(synMemo, w, synOf);
};

/** The first of ENDINGS that W ends with, or null. */
/** The unit a word names ("years", "km"), by its lemma or as written: its group and size (numbers.yaml units). */
export function unitOf(lex: Lexicons, t: { lemma: string; norm: string }): { group: number; size: number } | undefined {
  return lex.units.get(t.lemma) ?? lex.units.get(t.norm);
}

export function endingOf(w: string, endings: string[]): string | null {
  for (const e of endings) if (w.endsWith(e)) return e;
  return null;
}

/** An ordinal number word ("first", "third"): numbers.yaml gives it as a figure with its suffix ("1st"). */
export function isOrdinalWord(lex: Lexicons, w: string): boolean {
  return /^\d+(st|nd|rd|th)$/.test(lex.numberWords.get(w) ?? '');
}

/** "exports", "prices", "critics": the plural of an ordinary dictionary word; "Adams" or "Jones" is not one. */
export function isOrdinaryPlural(lex: Lexicons, w: string): boolean {
  return ordinarySingular(lex, w) !== null;
}

/** The singular of the plural of an ordinary dictionary word ("authorities" -> "authority"), else null. */
export function ordinarySingular(lex: Lexicons, w: string): string | null {
  if (!w.endsWith('s') || lex.properNouns.has(w)) return null;
  const person = commonSingular(lex, w);
  if (person !== null) return person;
  return [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.slice(0, -1)].find((x) => x !== w && x.length > 2 && lex.synonyms.get(x) !== undefined && !lex.properNouns.has(x)) ?? null;
}

/**
 * "police", "critics", "residents": a common noun for people or a group, or its plural. wink tags such a word as
 * a proper noun when it opens a sentence; a name ("Adams", "Roberts") is not one.
 */
export function isCommonNoun(lex: Lexicons, w: string): boolean {
  const cls = lex.nounClasses.get(w);
  return ((cls === 'person' || cls === 'group') && !lex.properNouns.has(w)) || commonSingular(lex, w) !== null;
}

/** The singular of a plural common noun for people or a group ("critics" -> "critic"), else null. */
export function commonSingular(lex: Lexicons, w: string): string | null {
  if (!w.endsWith('s') || lex.properNouns.has(w)) return null;
  for (const one of [w.slice(0, -1), w.replace(/ies$/, 'y'), w.replace(/es$/, '')]) {
    const cls = lex.nounClasses.get(one);
    if ((cls === 'person' || cls === 'group') && !lex.properNouns.has(one)) return one;
  }
  return null;
}

/** "unsafe" -> "safe", "illegal" -> "legal": the word a negative prefix was put in front of, if it is a word. */
const negatedCache = new WeakMap<Lexicons, Map<string, string | null>>();
export function negatedBase(lex: Lexicons, w: string): string | null {
  const memo = memoFor(negatedCache, lex);
  const hit = memo.get(w);
  if (hit !== undefined) return hit;
  return remember(memo, w, (x) => {
    if (lex.notPrefixed.has(x)) return null;
    for (const p of lex.negPrefixes) {
      if (!x.startsWith(p) || x.length - p.length < 3) continue;
      const base = x.slice(p.length);
      if (lex.synonyms.get(base) !== undefined || lex.antonyms.has(base)) return base;
    }
    return null;
  });
}

export function areSynonyms(lex: Lexicons, a: string, b: string): boolean {
  if (a === b) return true;
  const sa = synsets(lex, a);
  return sa.length > 0 && shareSynset(sa, synsets(lex, b));
}

/** Whether two words' synonym sets (from synsets()) have one in common. */
export function shareSynset(a: string[], b: string[]): boolean {
  for (const x of b) if (a.includes(x)) return true;
  return false;
}

/**
 * Direct antonyms (WordNet and the curated list), or indirect ones through WordNet's adjective clusters ("huge"
 * is similar to "large", the opposite of "small"). A word wink left as it is ("standing" read as a noun) is
 * also tried by its verb base ("stand").
 */
export function areAntonyms(lex: Lexicons, a: string, b: string): boolean {
  if (a === b) return false;
  const pa = oppositesOf(lex, a), pb = oppositesOf(lex, b);
  if (pa.antonyms?.has(b) || clusterOpposites(pa, pb)) return true;
  if (pa.base === null && pb.base === null) return false;
  const ba = pa.base ?? a, bb = pb.base ?? b;
  if (ba === bb) return false;
  const qa = pa.base === null ? pa : oppositesOf(lex, ba), qb = pb.base === null ? pb : oppositesOf(lex, bb);
  return (qa.antonyms?.has(bb) ?? false) || clusterOpposites(qa, qb);
}

/**
 * What the opposite lookups need of one word, worked out once per word (the checks ask about every pair of changed
 * words): its direct antonyms, its antonym clusters ("12+", "12-", "12~") and each of them turned round (a "+"
 * against a "-"), and its verb base (baseOf; null when that is the word itself). Most words have none of these
 * and share one answer.
 */
interface Opposites { antonyms: ReadonlySet<string> | undefined; clustered: boolean; clusters: string[] | null; turned: string[] | null; base: string | null }
const NO_OPPOSITES: Opposites = { antonyms: undefined, clustered: false, clusters: null, turned: null, base: null };
const oppositeMemos = new WeakMap<Lexicons, Map<string, Opposites>>();
function oppositesOf(lex: Lexicons, w: string): Opposites {
  // (The answer remembered is read without making the closure below: this runs for every pair of words compared.)
  const memo = memoFor(oppositeMemos, lex);
  const hit = memo.get(w);
  if (hit !== undefined) return hit;
  return remember(memo, w, (x) => {
    const c = lex.oppositeClusters.get(x), antonyms = lex.antonyms.get(x), base = baseOf(lex, x);
    if (c === undefined && antonyms === undefined && base === x) return NO_OPPOSITES;
    const clusters = c ? c.split(' ') : null;
    return {
      antonyms, clustered: c !== undefined, clusters,
      turned: clusters && clusters.map((id) => id.slice(0, -1) + (id.endsWith('+') ? '-' : '+')), base: base === x ? null : base,
    };
  });
}

/** A cluster of A turned round is a cluster of B: opposites through WordNet's adjective clusters. */
function clusterOpposites(a: Opposites, b: Opposites): boolean {
  if (!a.clusters || !b.turned) return false;
  for (const x of b.turned) if (a.clusters.includes(x)) return true;
  return false;
}

/** Two adjectives on the same side of one antonym cluster ("previous" and "past"): near-synonyms. */
export function similarAdjectives(lex: Lexicons, a: string, b: string): boolean {
  const ca = lex.oppositeClusters.get(a), cb = lex.oppositeClusters.get(b);
  if (a === b || !ca || !cb) return false;
  // A "~" marks a word near a side through "also see" ("current" near "present"): near-synonymous, never opposite.
  const side = (x: string) => (x.endsWith('~') ? x.slice(0, -1) : x);
  const mine = ca.split(' ').map(side);
  return cb.split(' ').some((x) => mine.includes(side(x)));
}

/** Whether W has an opposite at all: a direct antonym, an antonym cluster, or one through its verb base. */
export function hasOpposite(lex: Lexicons, w: string): boolean {
  const p = oppositesOf(lex, w);
  if (p.antonyms !== undefined || p.clustered) return true;
  if (p.base === null) return false;
  const q = oppositesOf(lex, p.base);
  return q.antonyms !== undefined || q.clustered;
}

/**
 * The verb with opposites that a form in -ing or -ed comes from ("sitting" -> "sit", "standing" -> "stand",
 * "closed" -> "close"), else the word itself.
 */
export function baseOf(lex: Lexicons, w: string): string {
  const m = /^(.{2,}?)(ing|ed)$/.exec(w);
  if (!m) return w;
  const stem = m[1]!;
  const tries = [stem, stem + 'e'];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) tries.unshift(stem.slice(0, -1));
  if (m[2] === 'ed' && stem.endsWith('i')) tries.push(stem.slice(0, -1) + 'y');
  return tries.find((x) => lex.antonyms.has(x)) ?? w;
}

/** A multi-word lexicon entry with its place in the lexicon (earlier entries win when two could match). */
export interface Indexed<T> { item: T; order: number }
const firstWordIndexes = new WeakMap<object, Map<string, Indexed<unknown>[]>>();

/**
 * A lexicon list indexed by each entry's first word, every list in lexicon order, built once per list: a word
 * is then tried only against the entries it can start, not against the whole lexicon.
 */
export function byFirstWord<T>(list: T[], words: (x: T) => string[]): Map<string, Indexed<T>[]> {
  let index = firstWordIndexes.get(list) as Map<string, Indexed<T>[]> | undefined;
  if (!index) {
    const m = new Map<string, Indexed<T>[]>();
    list.forEach((item, order) => {
      const first = words(item)[0];
      if (first === undefined) return;
      const entries = m.get(first);
      if (entries) entries.push({ item, order }); else m.set(first, [{ item, order }]);
    });
    firstWordIndexes.set(list, m as Map<string, Indexed<unknown>[]>);
    index = m;
  }
  return index;
}
