// attribution: who said or told what. Sources of reporting verbs ("X said", "said X", "X told Y that",
// "according to X") are compared across the pair; the same source named differently stays quiet
// ("John Kirby" = "Kirby" = "Mr Kirby", "the senior administration official" = "the official").
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { areSynonyms, byFirstWord, endingOf, escapeRegExp, ordinarySingular } from '../core/lexicons.js';
import { evidence, sentenceEvidence, type PairContext, type Side } from '../core/pair.js';
import { phraseAt, QUOTE_MARK } from '../core/token.js';
import { entityAt } from './clauses.js';
import { editDistanceAtMostOne, foldName, hyphenJoined, isReportingVerb, sameAlias, samePlace } from './words.js';
import { analysesOf } from '../core/analysis/view.js';
import { plainWordSentences } from '../core/docindex.js';
import type { Sentence } from '../core/types.js';
import { mayEmbed, mayHoldBelief } from '../core/triggers.js';
import type { Emit } from '../core/check.js';

/** An attribution with its source read once (speaker). */
interface Attribution { cls: 'say' | 'tell'; verb: SideToken; source: SideToken[]; speaker: Who; recipient: SideToken[] }

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const PASS_OVER = new Set(['AUX', 'ADV']);
const isNp = (t: SideToken) => t.isWord && (NP_POS.has(t.pos) || t.norm === "'s" || t.norm === 's' || t.norm === 'of') && t.norm !== 'that';

/** The hyphen inside a hyphenated name or noun ("al-Sadr", "Wal-Mart"): part of the noun phrase. */
const innerHyphen = (toks: SideToken[], k: number) => toks[k]!.norm === '-' && (hyphenJoined(toks, k - 1) && hyphenJoined(toks, k + 1));

function npLeft(side: Side, k: number, lex: PairContext['lex']): SideToken[] {
  const toks = side.tokens, sent = toks[k]!.sent;
  let j = k - 1;
  while (j >= 0 && toks[j]!.sent === sent && (PASS_OVER.has(toks[j]!.pos) || lex.weekdays.has(toks[j]!.norm) || lex.relativeDays.has(toks[j]!.norm))) j--;
  // "Professor X of the University of Leeds, who was not involved in the research, said": skip the relative clause.
  if (toks[j]?.norm === ',') {
    let c = j - 1;
    while (c >= 0 && toks[c]!.sent === sent && toks[c]!.norm !== ',' && !/^["\u201C\u201D]$/.test(toks[c]!.norm)) c--;
    if (c >= 0 && toks[c]!.norm === ',' && lex.relativePronouns.has(toks[c + 1]?.norm ?? '')) j = c - 1;
    else {
      const p = participialOpening(side, j);
      if (p >= 0) j = p - 1;
    }
  }
  const back = (from: number): number => {
    let i = from;
    while (i >= 0 && toks[i]!.sent === sent && (isNp(toks[i]!) || toks[i]!.norm === "'" || innerHyphen(toks, i))) i--;
    return i;
  };
  const startsClause = (i: number) => i < 0 || toks[i]!.sent !== sent || /^["'\u201C\u201D]$/.test(toks[i]!.norm);
  let np: SideToken[];
  if (toks[j]?.norm === ',' && j > 0) {
    // "Maria Lopez, the agency's director, said": two noun phrases between commas, the first opening the clause.
    const a2 = back(j - 1);
    if (a2 === j - 1 || toks[a2]?.norm !== ',') return [];
    const a1 = back(a2 - 1);
    if (a1 === a2 - 1 || !startsClause(a1)) return [];
    np = [...toks.slice(a1 + 1, a2), ...toks.slice(a2 + 1, j)];
  } else {
    let i = back(j);
    // A head with a modifier after it: "US officials familiar with the conversation told", "aides close to him said".
    for (;;) {
      const adp = toks[i];
      if (!adp || adp.sent !== sent || adp.pos !== 'ADP' || lex.complementizers.has(adp.norm)) break;
      let h = i - 1;
      if (toks[h]?.pos === 'ADJ' && toks[h]!.sent === sent) h--;
      const before = back(h);
      if (before === h || !toks.slice(before + 1, h + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) break;
      i = before;
    }
    np = toks.slice(i + 1, j + 1);
    // "John Kirby, the White House spokesman, said" read from the spokesman: take the name before the comma too.
    if (np.length && toks[i]?.norm === ',' && toks[i - 1]?.pos === 'PROPN') {
      const a1 = back(i - 1);
      if (startsClause(a1)) np = [...toks.slice(a1 + 1, i), ...np];
    }
  }
  np = np.filter((t) => t.isWord);
  while (np.length && np[0]!.norm === 'of') np.shift();
  return np;
}


/**
 * "The study, led by X and published in Y, describes": the comma before the verb closes a participial phrase set
 * in apposition to the subject, which opens the clause before it. The comma that opens the phrase (-1: none).
 * A participle is an inflected verb ("led", "published", "speaking").
 */
function participialOpening(side: Side, close: number): number {
  const toks = side.tokens, sent = toks[close]!.sent;
  for (let c = close - 1; c > 0 && toks[c]!.sent === sent && !QUOTE_MARK.test(toks[c]!.norm); c--) {
    if (toks[c]!.norm !== ',') continue;
    const open = toks[c + 1]!;
    if (open.pos !== 'VERB' || open.lemma === open.norm) continue;
    let i = c - 1;
    while (i >= 0 && toks[i]!.sent === sent && isNp(toks[i]!)) i--;
    if (i < c - 1 && toks.slice(i + 1, c).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') &&
      (i < 0 || toks[i]!.sent !== sent || QUOTE_MARK.test(toks[i]!.norm) || toks[i]!.norm === ',')) return c;
  }
  return -1;
}

/**
 * The reporting verb at K is inverted, its source after it: it follows a quotation ("“...,” said the coach") or a
 * reported clause with its own subject ("The fire was started deliberately, said police"). Not a verb whose
 * subject stands further left past a phrase between commas ("The study, led by X, describes Y": Y is no source).
 */
function inverted(side: Side, k: number): boolean {
  const toks = side.tokens, sent = toks[k]!.sent;
  let j = k - 1;
  while (j >= 0 && toks[j]!.sent === sent && PASS_OVER.has(toks[j]!.pos)) j--;
  const at = toks[j];
  if (!at || at.sent !== sent) return false;
  if (QUOTE_MARK.test(at.norm)) return true;
  if (at.norm !== ',' && at.norm !== ':') return false;
  if (QUOTE_MARK.test(toks[j - 1]?.norm ?? '') && toks[j - 1]!.sent === sent) return true;
  // The reported clause: from the sentence's start (or a quotation mark) to the comma. Its first verb has a
  // subject of its own, a noun or pronoun after the last comma before it.
  let start = j - 1;
  while (start >= 0 && toks[start]!.sent === sent && !QUOTE_MARK.test(toks[start]!.norm) && toks[start]!.norm !== ';') start--;
  let lastComma = start;
  for (let i = start + 1; i < j; i++) {
    const t = toks[i]!;
    if (t.norm === ',') lastComma = i;
    else if (t.pos === 'VERB' || t.pos === 'AUX') {
      return toks.slice(lastComma + 1, i).some((u) => u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON' || u.pos === 'NUM');
    }
  }
  return false;
}

function npRight(side: Side, k: number, lex: PairContext['lex']): SideToken[] {
  const toks = side.tokens, sent = toks[k]!.sent;
  let j = k + 1;
  while (j < toks.length && toks[j]!.sent === sent && (PASS_OVER.has(toks[j]!.pos) || lex.weekdays.has(toks[j]!.norm))) j++;
  const start = j;
  const run = () => { while (j < toks.length && toks[j]!.sent === sent && (isNp(toks[j]!) || innerHyphen(toks, j))) j++; };
  run();
  // "said IAB President and CEO Greg Stuart": two titles of one named person.
  if (j > start && toks[j]?.norm === 'and' && toks[j]!.sent === sent) {
    const end = j;
    j++;
    run();
    if (toks[j - 1]?.pos !== 'PROPN' || j === end + 1) j = end;
  }
  return toks.slice(start, j).filter((t) => t.isWord);
}

function sourcePhraseAt(lex: PairContext['lex'], toks: SideToken[], k: number): string[] | undefined {
  const candidates = byFirstWord(lex.sourcePhrases, (p: string[]) => p).get(toks[k]!.norm);
  if (!candidates) return undefined;
  return candidates.find(({ item: p }) => phraseAt(toks, k, p, 'norm'))?.item;
}

/**
 * The source as the sentence analysis reads it: the subject of the reporting verb's clause. Used where the token
 * reader took a word inside a relative or participial clause ("the official who briefed reporters said": not
 * "reporters").
 */
function frameSource(side: Side, verb: SideToken, source: SideToken[], lex: PairContext['lex']): SideToken[] {
  if (!source.length) return source;
  // No relative pronoun or participle before the source: it is inside no such clause (most pairs: no analysis read).
  if (!mayEmbed(side, verb.sent, source.reduce((m, t) => Math.max(m, t.k), -1), lex)) return source;
  const view = analysesOf(side).find((v) => v.sentence.index === verb.sent);
  if (!view) return source;
  const { analysis, base } = view;
  const f = analysis.frames.find((x) => base + x.verb === verb.k && x.source.length);
  if (!f) return source;
  const inside = (k: number) => analysis.clauses.some((c) => (c.type === 'relative' || c.type === 'participial') && base + c.a <= k && k <= base + c.b &&
    !c.subject.some((n) => base + n.a <= k && k <= base + n.b));
  if (!source.every((t) => inside(t.k))) return source;
  const np = f.source[0]!;
  return side.tokens.slice(base + np.a, base + np.b + 1).filter((t) => t.isWord);
}

function attributions(ctx: PairContext, side: Side): Attribution[] {
  const lex = ctx.lex;
  const out: Attribution[] = [];
  const toks = side.tokens;
  for (const t of toks) {
    // "according to X", "citing X": a source phrase from rules/lexicon/reporting.yaml.
    const phrase = sourcePhraseAt(lex, toks, t.k);
    if (phrase) {
      const src = npRight(side, t.k + phrase.length - 1, lex);
      if (src.length) out.push({ cls: 'say', verb: t, source: src, speaker: who(ctx, side, src), recipient: [] });
      continue;
    }
    if (!isReportingVerb(lex, t) || t.quoted) continue;
    if (endingOf(t.norm, lex.endings.gerund)) continue; // "noting that", "saying": the subject is elsewhere
    let source = npLeft(side, t.k, lex);
    if ((!source.length || source.every((x) => x.pos === 'PRON' && x.norm === 'it')) && inverted(side, t.k)) source = npRight(side, t.k, lex);
    source = frameSource(side, t, source, lex);
    if (!source.length) continue;
    const speaker = who(ctx, side, source);
    if (!canSpeak(ctx, speaker)) continue;
    const tell = lex.recipientVerbs.has(t.lemma);
    const recipient = tell ? npRight(side, t.k, lex) : [];
    if (tell && recipient.length && recipient[0] === source[0]) continue;
    out.push({ cls: tell ? 'tell' : 'say', verb: t, source, speaker, recipient });
  }
  return out;
}

/**
 * A source is someone or something that can say things: a person, a group, a named body, a pronoun, or a
 * document (reporting.yaml documentSources). "the three deaths reported so far" has no source.
 */
function canSpeak(ctx: PairContext, w: Who): boolean {
  if (w.pronoun || !w.head || w.keys.size || w.places.size) return true;
  const lex = ctx.lex;
  const cls = lex.nounClasses.get(w.head);
  return cls === 'person' || cls === 'group' || lex.sourceCanon.has(w.head) || lex.titleWords.has(w.head) || lex.documentSources.has(w.head);
}

/** definite: the phrase opens with "the" or a possessive ("the company", "its parent"). */
interface Who { keys: Set<string>; places: Set<string>; head: string | null; pronoun: boolean; name: string; words: Set<string>; definite: boolean }

function who(ctx: PairContext, side: Side, np: SideToken[]): Who {
  const ents = entityAt(side);
  const keys = new Set<string>(), places = new Set<string>();
  for (const t of np) {
    const e = ents.get(t.k);
    if (!e) continue;
    (e.place ? places : keys).add(e.key);
  }
  // The head is the last noun before a preposition or a trailing modifier ("the commander of Iran's guard":
  // commander; "officials familiar with the talks": officials).
  let head: string | null = null;
  let pronoun = false;
  for (const t of np) {
    if (t.pos === 'ADP' || t.norm === 'of' || (t.pos === 'ADJ' && head)) break;
    // wink keeps the plural of a capitalised common noun ("Critics said"): its lemma is the singular.
    if (t.pos === 'NOUN' || t.pos === 'PROPN') { head = ents.get(t.k)?.key ?? (t.pos === 'PROPN' ? ordinarySingular(ctx.lex, t.norm) ?? t.lemma : t.lemma); pronoun = false; }
    if (t.pos === 'PRON' && !head) pronoun = true;
  }
  if (!head && places.size === 1) head = [...places][0]!;
  // A word read as an adjective that names a body or people on its own ("military said", "the military said").
  const last = np[np.length - 1];
  if (!head && !pronoun && last && last.pos === 'ADJ' && ['group', 'person'].includes(ctx.lex.nounClasses.get(last.norm) ?? '')) head = last.norm;
  const name = np.filter((t) => t.pos === 'PROPN').map((t) => t.norm).join(' ');
  const first = np[0]?.norm ?? '';
  const definite = ctx.lex.definiteArticles.has(first) || ctx.lex.possessives.has(first);
  return { keys, places, head, pronoun: pronoun && !head, name, words: new Set(np.filter((t) => t.isWord && t.pos !== 'DET').map((t) => t.norm)), definite };
}

type Verdict = 'same' | 'group' | 'other';

/**
 * Two names of several words, one of them spelt a letter otherwise ("Muqtada al Sadr" / "Moqtada al Sadr"): one
 * name transliterated two ways. Only a word of five letters or more: "Mark Jones" / "Mary Jones" are two people.
 */
function spelledOtherwise(a: string, b: string): boolean {
  const x = a.split(' ').map(foldName), y = b.split(' ').map(foldName);
  if (x.length < 2 || x.length !== y.length) return false;
  const differ = x.map((w, i) => [w, y[i]!] as const).filter(([u, v]) => u !== v);
  return differ.length === 1 && Math.min(differ[0]![0].length, differ[0]![1].length) >= 5 && editDistanceAtMostOne(differ[0]![0], differ[0]![1]);
}

/** Every word of name key A is a word of key B. */
const wordsWithin = (a: string, b: string) => { const bw = new Set(b.split(' ')); return a.split(' ').every((w) => bw.has(w)); };

/** Key LONG is key SHORT and what it is "of": "roland butler of state police" is "butler" said at length. */
const longerName = (long: string, short: string) => long.includes(' of ') && wordsWithin(short, long.split(' of ')[0]!);

function compareWho(ctx: PairContext, a: Who, b: Who): Verdict {
  if (a.pronoun || b.pronoun || !a.head || !b.head) return 'same';
  if (a.name && b.name && sameAlias(ctx.rules, a.name.split(' '), b.name.split(' '))) return 'same';
  if (a.name && b.name && spelledOtherwise(a.name, b.name)) return 'same';
  // Two named heads: the same person or body only by the same name, whatever else the phrases share
  // ("Dr Brandt of the University of Leeds" is not "Professor Osei of the University of Leeds").
  // The same name said at more or less length is the same source: "Roland Butler of the State Police" /
  // "Colonel Roland Butler", "Hargreaves of Leeds" / "Hargreaves".
  // A name a letter off is the same name misspelt ("Catry" / "Catri"): the entity check reports the spelling.
  const misspelt = (x: string, y: string) => Math.min(foldName(x).length, foldName(y).length) >= 4 && editDistanceAtMostOne(foldName(x), foldName(y));
  // A head read off a body the other name is of ("Georgia Bureau of Investigation spokesman John Bankhead": the
  // bureau) names the same person when the other's head is among its names ("GBI spokesman John Bankhead").
  if (a.keys.has(a.head) && b.keys.has(b.head)) return a.head === b.head || longerName(a.head, b.head) || longerName(b.head, a.head) || misspelt(a.head, b.head) ||
    (a.head.includes(' ') && b.keys.has(a.head)) || (b.head.includes(' ') && a.keys.has(b.head)) ? 'same' : 'other';
  for (const k of a.keys) if (b.keys.has(k)) return 'same';
  // A body named at more or less length: "the Johns Hopkins team" / "the Johns Hopkins University team" (keys
  // "hopkins" / "university"). A name of one word may be a relative's ("Trump" / "Ivanka Trump"): two words or more.
  const within = (x: string, y: string) => x.includes(' ') && wordsWithin(x, y);
  if (a.head === b.head && (within(a.name, b.name) || within(b.name, a.name))) return 'same';
  if (placeBody(ctx, a, b) || placeBody(ctx, b, a)) return 'same';
  // Two different people by name are two sources, whatever their office.
  if (a.keys.size && b.keys.size) return 'other';
  const canon = (h: string) => ctx.lex.titleCanon.get(h) ?? h;
  const source = (h: string) => ctx.lex.sourceCanon.get(h) ?? h;
  // Two unnamed sources of the same kind ("officials" and "authorities", "doctors" and "physicians").
  const sameKind = !a.keys.has(a.head) && !b.keys.has(b.head) && (source(a.head) === source(b.head) || areSynonyms(ctx.lex, a.head, b.head));
  if (canon(a.head) !== canon(b.head) && !sameKind) {
    const voice = voiceOf(ctx, a, b) ?? voiceOf(ctx, b, a);
    if (voice) return voice;
    // "Kirby" vs "the spokesman": a named person and a person's role may be the same source; a body is not.
    const isPerson = (h: string) => ctx.lex.nounClasses.get(h) === 'person' || ctx.lex.titleWords.has(h);
    if ((a.keys.has(a.head) && !b.keys.size && !b.places.size && isPerson(b.head)) ||
        (b.keys.has(b.head) && !a.keys.size && !a.places.size && isPerson(a.head))) return 'same';
    // "IBM said" / "the company said": a named body and a definite description of a body refer to one source (not
    // "a company said", nor a place: "Norway told" / "the government told" is voiceOf's).
    const isBody = (h: string) => ctx.lex.bodyDescriptions.has(h);
    if ((a.keys.has(a.head) && !b.keys.size && !b.places.size && b.definite && isBody(b.head)) ||
        (b.keys.has(b.head) && !a.keys.size && !a.places.size && a.definite && isBody(a.head))) return 'same';
    if (bodyNamedAs(ctx, a, b) || bodyNamedAs(ctx, b, a)) return 'same';
    return 'other';
  }
  if (a.places.size && b.places.size && ![...a.places].some((p) => b.places.has(p))) return 'group';
  return 'same';
}

/**
 * A study and those who made it are one source: "the researchers reported" / "the study says" (reporting.yaml
 * authoredDocuments, authors). (Not a document and whoever else: "the study says" / "the police said".)
 */
function documentOf(ctx: PairContext, a: Who, b: Who): boolean {
  const lex = ctx.lex;
  const check = (d: Who, other: Who) => !!d.head && !d.keys.size && lex.authoredDocuments.has(d.head)
    && !!other.head && !other.keys.size && (lex.authors.has(lex.sourceCanon.get(other.head) ?? other.head) || !!endingOf(other.head, lex.authorEndings));
  return check(a, b) || check(b, a);
}

/**
 * "the Chinese Foreign Ministry" / "China's foreign ministry": a body whose name opens with a place's name or
 * adjective, and a phrase that gives the same place and the rest of the name. (Not "Japan's foreign ministry".)
 */
function placeBody(ctx: PairContext, named: Who, other: Who): boolean {
  if (!named.head || !named.keys.has(named.head) || !other.places.size) return false;
  const place = [...named.words].find((w) => [...other.places].some((p) => samePlace(ctx.lex, w, p)));
  const rest = [...named.words].filter((w) => w !== place);
  return !!place && rest.length > 0 && rest.every((w) => other.words.has(w));
}

/**
 * "the university" and "Oxford" are one source where either text names the body by both: "the University of
 * Oxford", "Oxford University". DESC is an unnamed definite description, NAMED a name (or a place).
 */
function bodyNamedAs(ctx: PairContext, desc: Who, named: Who): boolean {
  if (!desc.head || !desc.definite || desc.keys.size || desc.places.size || !named.name || desc.head.includes(' ')) return false;
  // Only the sentences that say the name's first word are read (docindex, built once per text), not whole texts.
  const first = named.name.split(' ')[0]!;
  const h = escapeRegExp(desc.head), n = named.name.split(' ').map(escapeRegExp).join('\\s+');
  const re = new RegExp(`\\b${h}\\s+of\\s+(?:the\\s+)?${n}\\b|\\b${n}\\s+${h}\\b`, 'iu');
  const says = (doc: Sentence[]) => (plainWordSentences(doc).get(first) ?? []).some((k) => re.test(doc[k]!.text));
  return says(ctx.refDoc) || says(ctx.susDoc);
}

/**
 * A country speaks through its government: "Iran said" (or "Tehran", "the Kremlin") and "Iranian officials said"
 * are one source. Officials of no named country are not: "Israel told" / "an official told" changes who speaks.
 * Null when PLACE does not speak as a country or BODY is not its voice.
 */
function voiceOf(ctx: PairContext, place: Who, body: Who): Verdict | null {
  if (!place.head || !body.head || !place.places.has(place.head) || body.places.has(body.head) || !ctx.lex.placeVoices.has(body.head)) return null;
  return body.places.has(place.head) ? 'same' : null;
}

const phrase = (np: SideToken[]) => {
  const s = np.map((t) => t.text).join(' ').replace(/ ('s|’s)/g, '$1');
  return np[0]?.pos === 'DET' ? s.charAt(0).toLowerCase() + s.slice(1) : s;
};

/**
 * "The lawyer thought that the judge left." -> "The judge left.": what someone only believed, hoped or assumed
 * (rules/lexicon/structure.yaml beliefVerbs), read from the sentence analysis' belief frames, is stated as fact:
 * the clause believed is still there, the belief and any other frame are gone.
 */
function beliefDropped(ctx: PairContext, emit: Emit): boolean {
  const lex = ctx.lex;
  // No verb of belief in the reference: no belief frame to drop (most pairs: no analysis read).
  if (!mayHoldBelief(ctx.ref, lex)) return false;
  if (ctx.sus.tokens.some((t) => isReportingVerb(lex, t) || lex.structure.beliefVerbs.has(t.lemma))) return false;
  // "In our view, ...", "in the minister's opinion": the copy still frames it as a belief.
  const st = ctx.sus.tokens;
  if (st.some((t, k) => t.norm === 'in' && st.slice(k + 1, k + 5).some((u) => lex.structure.beliefNouns.has(u.norm)))) return false;
  const match = ctx.diff.refMatch;
  for (const { analysis, base } of analysesOf(ctx.ref)) {
    for (const f of analysis.frames) {
      if (f.kind !== 'belief' || f.content < 0 || f.content === f.clause) continue;
      const verb = ctx.ref.tokens[base + f.verb]!;
      const content = analysis.clauses[f.content]!;
      if (match[verb.k]! >= 0 || !content.predicate || match[base + content.predicate.verb]! < 0) continue;
      const src = f.source.length ? ctx.ref.tokens.slice(base + f.source[0]!.a, base + f.source[f.source.length - 1]!.b + 1) : [];
      emit('attribution.belief', {
        reference: evidence(ctx.ref, [...src, verb]), suspect: sentenceEvidence(ctx.sus),
        vars: { a: src.length ? phrase(src) : 'someone', verb: verb.text },
      });
      return true;
    }
  }
  return false;
}

/**
 * A quotation split in two ("“A,” the mayor said. “B.”"): the copy's sentence is all quotation, and the sentence
 * before or after it in the same paragraph is a quotation attributed to the same source. The attribution moved
 * within the quotation; it is not dropped.
 */
function attributedNextDoor(ctx: PairContext, source: SideToken[]): boolean {
  const words = ctx.sus.tokens.filter((t) => t.isWord);
  if (!words.length || !words.every((t) => t.quoted)) return false;
  const idx = ctx.pair.suspect;
  const here = ctx.susDoc[idx[0]!];
  const names = source.filter((t) => t.content || t.pos === 'PROPN').map((t) => t.lemma);
  return [idx[0]! - 1, idx[idx.length - 1]! + 1].some((j) => {
    const s = ctx.susDoc[j];
    // The sentence before may close the paragraph above: a page that sets each sentence of a quotation apart
    // ("X said: “How would you tell?”" / "“We don't have a way to test that.”").
    if (!s || (s.paragraph !== here?.paragraph && j > idx[0]!) || !s.tokens.some((t) => t.quoted)) return false;
    return s.tokens.some((t) => !t.quoted && isReportingVerb(ctx.lex, t)) && s.tokens.some((t) => !t.quoted && names.includes(t.lemma));
  });
}

/** "are expected to", "is said to", "is believed to": the copy still gives the claim as someone's, unnamed. */
function impersonal(ctx: PairContext): boolean {
  const toks = ctx.sus.tokens;
  return toks.some((t, k) => toks[k + 1]?.norm === 'to' && (ctx.lex.structure.beliefVerbs.has(t.lemma) || isReportingVerb(ctx.lex, t)) &&
    [toks[k - 1], toks[k - 2]].some((b) => !!b && b.sent === t.sent && ctx.lex.beForms.has(b.norm)));
}

/**
 * "According to Anna Berg, the head of the chamber," / "According to the head of the chamber, Anna Berg,": the
 * name and its apposition trade places. Each side's source is in the other side's sentence: the same speaker.
 */
function appositionSwapped(ctx: PairContext, rSource: SideToken[], sSource: SideToken[]): boolean {
  const names = rSource.filter((t) => t.pos === 'PROPN'), words = sSource.filter((t) => t.content);
  if (!names.length || !words.length) return false;
  // Right after the source, past a comma: what stands in apposition to it.
  const after = (toks: SideToken[], source: SideToken[]) => toks.slice(source[source.length - 1]!.k + 1, source[source.length - 1]!.k + 1 + APPOSITION_GAP);
  const susNext = after(ctx.sus.tokens, sSource), refNext = after(ctx.ref.tokens, rSource);
  return susNext.some((t) => t.norm === names[0]!.norm) && refNext.some((t) => t.lemma === words[0]!.lemma)
    && names.every((t) => ctx.sus.tokens.some((u) => u.norm === t.norm))
    // Every word of the office the reference says too, but one misspelt or translated otherwise ("Chambre" / "Chamber").
    && words.filter((t) => !ctx.ref.tokens.some((u) => u.lemma === t.lemma)).length <= (words.length >= 3 ? 1 : 0);
}
/**
 * What a source names as the body its speaker belongs to: "Andrew Bibby of NSW Ambulance" (after "of"), "NSW
 * Ambulance's Andrew Bibby" (before "'s"). Empty when it names none.
 */
function affiliation(source: SideToken[]): SideToken[] {
  const of = source.findIndex((t) => t.norm === 'of');
  if (of > 0 && source[of - 1]!.pos === 'PROPN' && source.slice(of + 1).some((t) => t.pos === 'PROPN')) return source.slice(of + 1);
  const pos = source.findIndex((t) => t.norm === "'s" || t.norm === 's');
  if (pos > 0 && source.slice(0, pos).some((t) => t.pos === 'PROPN') && source.slice(pos + 1).some((t) => t.pos === 'PROPN')) return source.slice(0, pos);
  return [];
}

/**
 * "..., said Andrew Bibby of NSW Ambulance" / "Andrew Bibby told the NSW ambulance ...": the same speaker, and the
 * body he speaks for on one side is the one he tells on the other (either way round). Who he speaks for is lost.
 */
function affiliationTold(ctx: PairContext, ra: Attribution[], sa: Attribution[], emit: Emit): boolean {
  const turned = (x: Attribution, xs: Side, y: Attribution, ys: Side) => {
    const org = affiliation(x.source);
    if (!org.length || !y.recipient.length || affiliation(y.source).length) return false;
    // The body's own words, whatever the case ("NSW Ambulance" / "the NSW ambulance of the emergency"): an entity
    // read over the whole source ("Bibby of NSW Ambulance") has no key of the body's own.
    const head = y.recipient.slice(0, (y.recipient.findIndex((t) => t.pos === 'ADP' || t.norm === 'of') + 1 || y.recipient.length + 1) - 1);
    const words = new Set(head.map((t) => t.norm));
    return org.filter((t) => t.isWord && t.pos !== 'DET').every((t) => words.has(t.norm));
  };
  for (const r of ra) {
    for (const s of sa) {
      const rSpeaker = r.speaker, sSpeaker = s.speaker;
      if (compareWho(ctx, rSpeaker, sSpeaker) !== 'same') continue;
      if (!turned(r, ctx.ref, s, ctx.sus) && !turned(s, ctx.sus, r, ctx.ref)) continue;
      const speaks = affiliation(r.source).length ? r : s, org = affiliation(speaks.source);
      const person = speaks.source.filter((t) => !org.includes(t) && t.norm !== 'of' && t.norm !== "'s" && t.norm !== 's');
      emit('attribution.affiliation', {
        reference: evidence(ctx.ref, [...r.source, r.verb, ...r.recipient]),
        suspect: evidence(ctx.sus, [...s.source, s.verb, ...s.recipient]),
        vars: { a: phrase(person), org: phrase(org), side: speaks === r ? 'reference' : 'copy', other: speaks === r ? 'copy' : 'reference' },
        reason: 'affiliation-told',
      });
      return true;
    }
  }
  return false;
}

/** How far past a source its apposition may begin (a comma, an article). */
const APPOSITION_GAP = 4;

export const attribution: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  if (beliefDropped(ctx, emit)) return;
  const ra = attributions(ctx, ctx.ref), sa = attributions(ctx, ctx.sus);
  // "The fire was started deliberately, police said." -> "The fire was started deliberately.": the copy states as
  // its own what the reference attributed. Not when the copy still names a source in another way, nor while the
  // source's words are still there ("Chile told" / "Chile informed", "the study suggests" / "the study shows"); a
  // pronoun ("he suggested" / "he proposed") names no source to lose.
  const naming = (t: SideToken) => t.content || t.pos === 'PROPN';
  const kept = (t: SideToken) => ctx.sus.tokens.some((u) => u.lemma === t.lemma || u.norm === t.norm);
  const r = ra.find((x) => x.source.some(naming) && !x.source.some((t) => naming(t) && kept(t)));
  if (r && !sa.length && !ctx.sus.tokens.some((t) => isReportingVerb(ctx.lex, t)) && !attributedNextDoor(ctx, r.source) && !impersonal(ctx)) {
    emit('attribution.dropped', {
      reference: evidence(ctx.ref, [...r.source, r.verb]), suspect: sentenceEvidence(ctx.sus),
      vars: { a: phrase(r.source) },
    });
    return;
  }
  if (!ra.length || !sa.length) return;
  const usedS = new Set<Attribution>();
  if (affiliationTold(ctx, ra, sa, emit)) return;
  for (const r of ra) {
    const rw = r.speaker;
    const same = sa.find((s) => s.cls === r.cls && !usedS.has(s) && compareWho(ctx, rw, s.speaker) === 'same');
    if (same) { usedS.add(same); continue; }
    let counterpart: Attribution | undefined;
    if (r.cls === 'tell') {
      const rr = who(ctx, ctx.ref, r.recipient);
      counterpart = sa.find((s) => s.cls === 'tell' && !usedS.has(s) && s.recipient.length > 0 && compareWho(ctx, rr, who(ctx, ctx.sus, s.recipient)) === 'same');
    } else {
      const rs = ra.filter((x) => x.cls === 'say'), ss = sa.filter((x) => x.cls === 'say' && !usedS.has(x));
      if (rs.length === 1 && ss.length === 1) counterpart = ss[0];
    }
    if (!counterpart) continue;
    const verdict = compareWho(ctx, rw, counterpart.speaker);
    if (verdict === 'same' || appositionSwapped(ctx, r.source, counterpart.source) || documentOf(ctx, rw, counterpart.speaker)) continue;
    usedS.add(counterpart);
    emit(verdict === 'other' ? 'attribution.speaker' : 'attribution.group', {
      reference: evidence(ctx.ref, [...r.source, r.verb]),
      suspect: evidence(ctx.sus, [...counterpart.source, counterpart.verb]),
      vars: { a: phrase(r.source), b: phrase(counterpart.source) },
    });
  }
};
