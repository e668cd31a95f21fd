// Mentions inside a sentence: numbers (normalised), names with their titles, and entity keys
// (places through their demonyms and capitals, people through their surname).
import { isOrdinalWord, isOrdinaryPlural, type Lexicons } from './lexicons.js';
import { makeToken, phraseAt } from './token.js';
import type { NameMention, NumberMention, Sentence, Token } from './types.js';

const NUMERIC = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Four digits that read as a year. */
const isYear = (d: string) => /^\d{4}$/.test(d) && num(d) >= 1800 && num(d) <= 2100;

/** A day of the month in figures, plain or ordinal ("14", "20th"), or null. */
const dayOf = (t: Token | undefined): number | null => {
  const m = t ? /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.norm) : null;
  return m && num(m[1]!) >= 1 && num(m[1]!) <= 31 ? num(m[1]!) : null;
};

/** The month a capitalised token names: its full name, or an abbreviation ("Sept.", "Dec") when a day is next to it. */
function monthOf(lex: Lexicons, tokens: Token[], i: number): string | null {
  const t = tokens[i]!;
  if (!/^[A-Z]/.test(t.text)) return null;
  if (lex.months.has(t.norm)) return t.norm;
  const full = lex.monthAbbreviations.get(t.norm.replace(/\.$/, ''));
  return full && (dayOf(tokens[i + 1]) !== null || dayOf(tokens[i - 1]) !== null) ? full : null;
}

/** A word without its possessive ("Iran's" -> "iran"). */
const bare = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

function matchBefore(tokens: Token[], end: number, phrases: { tokens: string[]; sym: string }[]): { sym: string; start: number } | null {
  for (const p of phrases) {
    const start = end - p.tokens.length;
    if (start >= 0 && phraseAt(tokens, start, p.tokens, 'norm')) return { sym: p.sym, start };
  }
  return null;
}

/**
 * The tokens as the number reader wants them: a currency sign's country code left out of their norms (numbers.yaml
 * currencyCountries): "US$" before a figure reads "$", and "US51" after "$" reads "51"; and a figure the tokenizer
 * cut at its decimal point or thousands comma put back together: "$US1.06 million" comes as "US1", ".", "06", and
 * ".85 cent" as ".", "85". The same array where no token needs it.
 */
function numberTokens(tokens: Token[], lex: Lexicons): Token[] {
  let out: Token[] | null = null;
  const digits = (t: Token | undefined) => !!t && /^\d+$/.test(t.norm);
  const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const separator = (t: Token | undefined) => t?.norm === '.' || t?.norm === ',';
  const withNorm = (t: Token, norm: string) => makeToken(t.i, t.sent, t.k, t.text, t.start, t.end, norm, t.lemma, t.pos, t.isWord, t.isPunct, t.content, t.quoted, t.negScope, t.negCue);
  // A figure put back together from pieces: one number token over all of them.
  const remake = (t: Token, last: Token, norm: string, text: string) =>
    makeToken(t.i, t.sent, t.k, text, t.start, last.end, norm, norm, 'NUM', true, false, true, t.quoted, t.negScope, t.negCue);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // ".85 cent": a decimal point with no figure of its own before it.
    if (t.norm === '.' && digits(tokens[i + 1]) && touching(t, tokens[i + 1]) && !touching(tokens[i - 1], t)) {
      out ??= tokens.slice(0, i);
      out.push(remake(t, tokens[i + 1]!, `0.${tokens[i + 1]!.norm}`, `${t.text}${tokens[i + 1]!.text}`));
      i++;
      continue;
    }
    const sign = /^(\p{L}{1,2})(\p{Sc})$/u.exec(t.norm);
    const glued = i > 0 && lex.currency.has(tokens[i - 1]!.norm) ? /^(\p{L}{1,2})(\d[\d,.]*)$/u.exec(t.norm) : null;
    const m = sign && lex.currency.has(sign[2]!) && /^\d/.test(tokens[i + 1]?.norm ?? '') ? sign : glued;
    if (!m || !lex.currencyCountries.has(m[1]!)) { out?.push(t); continue; }
    out ??= tokens.slice(0, i);
    if (m !== glued) { out.push(withNorm(t, m[2]!)); continue; }
    // "US1" "." "06": the rest of the figure, written against it.
    let norm = m[2]!, text = t.text, last = t, j = i + 1;
    while (separator(tokens[j]) && touching(last, tokens[j]) && digits(tokens[j + 1]) && touching(tokens[j], tokens[j + 1])) {
      norm += tokens[j]!.norm + tokens[j + 1]!.norm;
      text += tokens[j]!.text + tokens[j + 1]!.text;
      last = tokens[j + 1]!;
      j += 2;
    }
    out.push(last === t ? withNorm(t, norm) : remake(t, last, norm, text));
    i = j - 1;
  }
  return out ?? tokens;
}

export function extractNumbers(given: Token[], lex: Lexicons): NumberMention[] {
  const out: NumberMention[] = [];
  const tokens = numberTokens(given, lex);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    let value: string | null = null;
    let first = i, last = i;
    let cmp = '=';
    // Only a token that starts with a digit can be a time or a figure written in digits.
    const c0 = t.norm.charCodeAt(0), digit = c0 >= 48 && c0 <= 57;
    // "52-48", "3-1", "2019-2020": two numbers in one token, a score, a tally or a range.
    const two = digit ? /^(\d+)([-\u2013])(\d+)$/.exec(t.norm) : null;
    if (two) {
      const at = t.start, cut = two[1]!.length;
      const val = (d: string) => (isYear(d) ? `year:${d}` : String(num(d)));
      out.push({ value: val(two[1]!), cmp: '=', text: two[1]!, span: [at, at + cut], quoted: t.quoted });
      out.push({ value: val(two[3]!), cmp: '=', text: two[3]!, span: [at + cut + 1, t.end], quoted: t.quoted });
      continue;
    }
    // "half of the voters" is a share; "the first half of the year" is a period.
    const before = tokens[i - 1];
    if (lex.fractions.has(t.norm) && tokens[i + 1]?.norm === 'of' && !(before && (lex.periodMarkers.has(before.norm) || isOrdinalWord(lex, before.norm)))) {
      value = `${lex.fractions.get(t.norm)}%`;
    } else if (lex.weekdays.has(t.norm)) value = `weekday:${t.norm}`;
    else if ((lex.months.has(t.norm) && t.pos === 'PROPN') || monthOf(lex, tokens, i)) {
      const month = monthOf(lex, tokens, i) ?? t.norm;
      // "June 20", "June 20th", "Sept. 14".
      const day = dayOf(tokens[i + 1]);
      if (day !== null) { value = `date:${month}-${day}`; last = i + 1; }
      else value = `month:${month}`;
    } else if (digit && /^\d{1,2}:\d{2}$/.test(t.norm)) value = `time:${t.norm}`;
    // "8th", "21st": an ordinal in figures, the value its word has ("eighth"); "20th June" is the date "June 20".
    else if (digit && /^\d+(st|nd|rd|th)$/.test(t.norm)) {
      const m = tokens[i + 1] && monthOf(lex, tokens, i + 1);
      if (m && dayOf(t) !== null) { value = `date:${m}-${dayOf(t)}`; last = i + 1; }
      else value = `${num(t.norm.slice(0, -2))}${t.norm.slice(-2)}`;
    }
    // "the 1960s", "the '60s", "the sixties": a decade, by its last two digits.
    else if (/^'?(\d\d)?\d0s$/.test(t.norm)) value = `decade:${t.norm.slice(-3, -1)}`;
    else if (lex.decades.has(t.norm)) value = `decade:${lex.decades.get(t.norm)}`;
    else if ((digit && NUMERIC.test(t.norm)) || (lex.numberWords.has(t.norm) && (t.pos === 'NUM' || t.pos === 'ADJ' || /\d/.test(lex.numberWords.get(t.norm)!)))) {
      const prevTok = tokens[i - 1];
      // A day after a month was consumed by the date above; a year after one ("June 2020") is a number of its own.
      if (prevTok && (lex.months.has(prevTok.norm) || monthOf(lex, tokens, i - 1)) && !(digit && /^\d{4}$/.test(t.norm))) continue;
      // Day first: "13 April" is the date "April 13".
      const nextTok = tokens[i + 1];
      const nextMonth = nextTok ? monthOf(lex, tokens, i + 1) : null;
      if (digit && NUMERIC.test(t.norm) && num(t.norm) >= 1 && num(t.norm) <= 31 && nextTok && nextMonth) {
        out.push({ value: `date:${nextMonth}-${num(t.norm)}`, cmp: '=', text: `${t.text} ${nextTok.text}`, span: [t.start, nextTok.end], quoted: t.quoted });
        i++;
        continue;
      }
      if (isYear(t.norm)) value = `year:${t.norm}`;
      else {
        let raw = NUMERIC.test(t.norm) ? String(num(t.norm)) : lex.numberWords.get(t.norm)!;
        // "thirty-four", "thirty four": a tens word and a unit word are one number.
        if (!NUMERIC.test(t.norm) && /^[2-9]0$/.test(raw)) {
          const hy = tokens[i + 1]?.norm === '-' || tokens[i + 1]?.norm === '\u2010' ? 1 : 0;
          const unit = tokens[i + 1 + hy];
          const u = unit && unit.isWord ? lex.numberWords.get(unit.norm) : undefined;
          if (unit && u && /^[1-9]$/.test(u) && unit.start - tokens[i + hy]!.end <= 1) { raw = String(Number(raw) + Number(u)); last = i + 1 + hy; }
        }
        let v = raw;
        const next = tokens[i + 1];
        // A scale word after the figure, or after the other end of a range it opens: "1.1 to 1.3 billion".
        const plain = /^[\d.]+$/.test(v), end = tokens[i + 2], rangeScale = tokens[i + 3];
        // A one-letter scale ("3m", "$3 m") only against the figure or after a currency: "3.50 m wide" is metres.
        const money = !!prevTok && lex.currency.has(prevTok.norm);
        const scaleAt = (w: Token, fig: Token) => lex.scales.has(w.norm) && (w.norm.length > 1 || w.start === fig.end || money);
        if (next && scaleAt(next, t) && plain) { v = String(Number(v) * lex.scales.get(next.norm)!); last = i + 1; }
        else if (next && lex.rangeJoiners.has(next.norm) && plain && end && rangeScale && NUMERIC.test(end.norm) && scaleAt(rangeScale, end)) {
          v = String(Number(v) * lex.scales.get(rangeScale.norm)!);
        }
        const after = tokens[last + 1];
        // "5%", "5 percent", "5 per cent" ("per" alone, as in "36 per", is not a percentage).
        const perCent = after?.norm === 'per' && tokens[last + 2]?.norm === 'cent';
        if (after && (after.norm === '%' || after.norm === 'percent' || perCent)) { v += '%'; last += perCent ? 2 : 1; }
        if (prevTok && lex.currency.has(prevTok.norm)) { v = prevTok.norm + v; first = i - 1; }
        // "two (more) times" is the multiple "twice (more)" says.
        else if (/^[\d.]+$/.test(v)) {
          const filler = tokens[last + 1] && lex.multipleFillers.has(tokens[last + 1]!.norm) ? 1 : 0;
          const times = tokens[last + 1 + filler];
          if (times && lex.multipleWords.has(times.norm)) v += 'x';
        }
        value = v;
      }
    } else if (lex.scales.has(t.norm) && /s$/.test(t.norm) && tokens[i + 1]?.norm === 'of') {
      value = `${lex.scales.get(t.norm)}s`;
      cmp = '~';
    }
    if (value === null) continue;
    const c = matchBefore(tokens, first, lex.comparators);
    if (c) { cmp = c.sym; first = c.start; }
    out.push({ value, cmp, text: tokens.slice(first, last + 1).map((x) => x.text).join(' '), span: [tokens[first]!.start, tokens[last]!.end], quoted: t.quoted });
    i = last;
  }
  return out;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

export function placeKey(lex: Lexicons, words: string[]): string | null {
  return lex.places.get(words.join(' ')) ?? null;
}

/** "Fewer than half", "More than 300": a comparator of a number starts at token i. */
function opensComparator(tokens: Token[], i: number, lex: Lexicons): boolean {
  return lex.comparators.some((p) => p.tokens.length > 1 && phraseAt(tokens, i, p.tokens, 'norm'));
}

export function extractNames(tokens: Token[], lex: Lexicons): NameMention[] {
  const out: NameMention[] = [];
  // A figure written against a currency sign with its country ("$US1.06") is an amount, not a name.
  const amounts = new Set(tokens.filter((t, i) => i > 0 && lex.currency.has(tokens[i - 1]!.norm) && /\d/.test(t.norm)));
  const isNameTok = (t: Token) => t.isWord && t.pos === 'PROPN' && isCap(t) && !amounts.has(t) && !lex.weekdays.has(t.norm) && !lex.months.has(t.norm) && !lex.relativeDays.has(t.norm);
  // A single-word place ("US", "Israeli") ends a run: "Netanyahu US will" is two mentions, not one name.
  const isPlaceTok = (t: Token) => lex.places.has(bare(t.norm));
  const firstWord = tokens.findIndex((t) => t.isWord);
  const capNumber = (t: Token) => t.isWord && isCap(t) && lex.numberWords.has(t.norm);
  // A capitalised ordinary word inside a title ("Defense", "State"), not a name ("Lloyd").
  const isOfficeWord = (t: Token) => isCap(t) && !lex.nameConnectors.has(t.norm) && !lex.titleWords.has(t.norm) &&
    (lex.synonyms.get(t.norm) !== undefined || lex.synonyms.get(t.norm.replace(/s$/, '')) !== undefined) && !lex.properNouns.has(t.norm) && !lex.places.has(t.norm);
  // A place word between a title and a name is a given name ("Dr. German Chavez", "Rep. Jordan Hale").
  const isTitleTok = (t: Token) => lex.titleWords.has(t.norm) || lex.honorifics.has(t.norm.replace(/\.$/, ''));
  const givenName = (k: number, from: number) => k > from && isPlaceTok(tokens[k]!) && k + 1 < tokens.length && isNameTok(tokens[k + 1]!)
    && !isPlaceTok(tokens[k + 1]!) && tokens.slice(from, k).every(isTitleTok);
  const withinName = (k: number) => {
    const t = tokens[k]!, next = tokens[k + 1];
    return t.isWord && isCap(t) && /^\p{L}{3,}$/u.test(t.text) && !!next && isNameTok(next) && !isPlaceTok(t) && !isPlaceTok(next)
      && !amounts.has(t) && !lex.nameConnectors.has(t.norm) && !lex.weekdays.has(t.norm) && !lex.months.has(t.norm);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isNameTok(tokens[i]!)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && !(isPlaceTok(tokens[j]!) && j > i && !givenName(j, i)) && !(isPlaceTok(tokens[j + 1]!) && !isPlaceTok(tokens[i]!) && !givenName(j + 1, i))) {
      const n = tokens[j + 1]!;
      if (isNameTok(n) || (n.isWord && isCap(n) && lex.titleWords.has(n.norm))) { j++; continue; }
      // A capitalised word the tagger read as a verb or a common word between two parts of a name belongs to it
      // ("Healthy Eating Index", "Alternate Healthy Eating Index"): the name is read whole, not cut at "Eating".
      if (withinName(j + 1)) { j++; continue; }
      // "Group of Seven", "State of the Union": connectors inside a capitalised run.
      let k = j + 1, infix = false;
      for (; k < tokens.length && !isCap(tokens[k]!); k++) {
        if (lex.nameConnectors.has(tokens[k]!.norm)) continue;
        if (!lex.nameInfixes.has(tokens[k]!.norm)) break;
        infix = true;
      }
      if (k === j + 1 || k >= tokens.length) break;
      if (!infix) {
        // ... and a capitalised number word ends one: "Group of Seven".
        if (isNameTok(tokens[k]!) || capNumber(tokens[k]!)) { j = k; continue; }
        break;
      }
      // "Committee to Protect Journalists": an infix joins across capitalised words that are no name of their own.
      let m = k;
      while (m < tokens.length && m - k < 3 && tokens[m]!.isWord && isCap(tokens[m]!) && !isNameTok(tokens[m]!)) m++;
      if (m > k && m < tokens.length && isNameTok(tokens[m]!)) { j = m; continue; }
      break;
    }
    // wink tags a capitalised stop word opening a sentence as a proper noun ("None of the hostages", "Few
    // details"): alone, it is no name; nor is the plural of an ordinary word ("Critics said", "Exports rose").
    // A number word is no name either ("Half of the voters", "Twelve people").
    const w = tokens[i]!.norm;
    if (j === i && i === firstWord && (!tokens[i]!.content || isOrdinaryPlural(lex, w) || lex.numberWords.has(w) || lex.fractions.has(w) || opensComparator(tokens, i, lex))) { i = j + 1; continue; }
    // Nor before a connector: "Shares of Nordlys Energy", "Residents of Kyiv" name only what follows.
    if (j > i && i === firstWord && isOrdinaryPlural(lex, w) && lex.nameConnectors.has(tokens[i + 1]!.norm)) { i++; continue; }
    let a = i;
    // Lower-case title words right before the run: "spokesman John Kirby", "coordinator Brett McGurk".
    // And what qualifies a title: "former president Donald Trump", "acting director".
    while (a > 0 && (lex.titleWords.has(tokens[a - 1]!.norm) || lex.titleQualifiers.has(tokens[a - 1]!.norm)) && tokens[a - 1]!.isWord) a--;
    const run = tokens.slice(a, j + 1);
    let lastTitle = -1;
    run.forEach((t, k) => { if (lex.titleWords.has(t.norm)) lastTitle = k; });
    let nameToks = run.slice(lastTitle + 1);
    let titleToks = run.slice(0, lastTitle + 1);
    if (nameToks.length === 0) { nameToks = run; titleToks = []; }
    // "Vice President of Foreign Affairs Anna Kovacs": the connector after a title belongs to the title.
    while (nameToks.length > 1 && titleToks.length && lex.nameConnectors.has(nameToks[0]!.norm)) { titleToks = [...titleToks, nameToks[0]!]; nameToks = nameToks.slice(1); }
    // "Secretary of State Lloyd Austin": ordinary words after the connector name the office, not the person.
    const afterConnector = lex.nameConnectors.has(titleToks[titleToks.length - 1]?.norm ?? '');
    while (afterConnector && nameToks.length > 2 && isOfficeWord(nameToks[0]!)) {
      titleToks = [...titleToks, nameToks[0]!]; nameToks = nameToks.slice(1);
    }
    while (nameToks.length > 1 && lex.nameConnectors.has(nameToks[nameToks.length - 1]!.norm)) nameToks = nameToks.slice(0, -1);
    const parts = nameToks.map((t) => bare(t.norm)).filter((p) => !lex.definiteArticles.has(p));
    // A person is known by the surname; "State of the Union" or "Group of Seven" only by the whole name.
    const institutional = nameToks.some((t) => lex.nameConnectors.has(t.norm));
    const key = placeKey(lex, parts) ?? (institutional ? parts.join(' ') : parts[parts.length - 1] ?? '');
    out.push({
      text: '',
      parts,
      // The office's words: title words, what qualifies them ("former") and the ordinary words that name the
      // office ("Defense Secretary", "Secretary of State"), so that another office is told apart.
      titles: titleToks.filter((t) => lex.titleWords.has(t.norm) || lex.titleQualifiers.has(t.norm) || isOfficeWord(t)).map((t) => lex.titleCanon.get(t.norm) ?? t.norm),
      span: [nameToks[0]!.start, nameToks[nameToks.length - 1]!.end],
      fullSpan: [run[0]!.start, run[run.length - 1]!.end],
      key,
    });
    i = j + 1;
  }
  return out;
}

export interface EntityMention {
  key: string;
  /** Token index range [a, b] inclusive. */
  a: number;
  b: number;
  place: boolean;
}

const startsOf = new WeakMap<Map<string, string>, Set<string>>();
/** The first word of every place name (the keys are words joined by single spaces). */
function placeStarts(places: Map<string, string>): Set<string> {
  let s = startsOf.get(places);
  if (!s) {
    s = new Set();
    for (const k of places.keys()) s.add(k.split(' ')[0]!);
    startsOf.set(places, s);
  }
  return s;
}

/**
 * Every mention of a place (names, demonyms, capitals) and of a named person or body, with a comparable key.
 * Not cached here: pair.ts keeps one view per sentence.
 */
export function entityMentions(s: Sentence, lex: Lexicons): EntityMention[] {
  const out: EntityMention[] = [];
  const toks = s.tokens;
  const taken = new Set<number>();
  const phrases: string[] = [];
  const starts = placeStarts(lex.places);
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.isWord || !isCap(toks[i]!)) continue;
    // A word no place name starts with starts none of the phrases below (most capitalised words).
    const first = bare(toks[i]!.norm);
    if (!first.includes(' ') && !starts.has(first)) continue;
    // The candidate phrases starting here, shortest first; looked up longest first.
    const longest = Math.min(lex.placeMaxLen, toks.length - i);
    phrases.length = 0;
    for (let n = 1; n <= longest; n++) phrases.push(n === 1 ? bare(toks[i]!.norm) : `${phrases[n - 2]!} ${bare(toks[i + n - 1]!.norm)}`);
    for (let n = longest; n >= 1; n--) {
      const key = lex.places.get(phrases[n - 1]!) ?? null;
      if (key) {
        out.push({ key, a: i, b: i + n - 1, place: true });
        for (let k = i; k < i + n; k++) taken.add(k);
        i += n - 1;
        break;
      }
    }
  }
  // The token that starts (ends) at an offset: the last one, as a map filled in token order would give.
  const startsAt = (x: number) => { for (let k = toks.length - 1; k >= 0; k--) if (toks[k]!.start === x) return k; return -1; };
  const endsAt = (x: number) => { for (let k = toks.length - 1; k >= 0; k--) if (toks[k]!.end === x) return k; return -1; };
  for (const nm of s.names) {
    const a = startsAt(nm.span[0]);
    const b = endsAt(nm.span[1]);
    if (a < 0 || b < 0) continue;
    let overlapsPlace = false;
    for (let k = a; k <= b; k++) if (taken.has(k)) overlapsPlace = true;
    // A title before it makes the place word opening a name a given name ("Dr. German Chavez"): the name stands.
    const given = overlapsPlace && nm.titles.length > 0 && nm.parts.length >= 2 && taken.has(a) && !taken.has(b);
    if (given) {
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.place && out[k]!.a >= a && out[k]!.b <= b) out.splice(k, 1);
    } else if (overlapsPlace && nm.parts.length <= 2) continue;
    out.push({ key: nm.key, a, b, place: false });
  }
  return out.sort((x, y) => x.a - y.a);
}
