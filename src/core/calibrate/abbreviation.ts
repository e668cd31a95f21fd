// A name or unit written out on one side and abbreviated on the other ("U.S." / "United States", "NWS" /
// "National Weather Service", "46.1 C" / "46.1 degrees Celsius") names the same thing: the omission or entity
// finding that reads it as a name dropped or replaced is shown, minor, with the reason. So is a currency code
// the other side writes out ("RMB 5,000" / "5,000 yuan": rules/lexicon/currencies.yaml), and a currency's country
// the other side gives as the prefix of its sign ("Singapore dollars" / "S$"), and a name the other side gives by
// another name of the same thing ("COVID-19" / "the coronavirus": rules/lexicon/aliases.yaml).
import { foldChars } from '../fold.js';
import { lexicon } from '../rules.js';
import type { Lexicons } from '../lexicons.js';
import type { Finding, Sentence, Token } from '../types.js';
import { reason, regrade, sentencesOf, type CalibrationContext, type Step } from './context.js';

/** Words an abbreviation skips (grammar.yaml abbreviationSkips), any case. */
const skips = (lex: Lexicons, w: string) => lex.abbreviationSkips.has(w.toLowerCase());

/** The letters of an abbreviation ("U.S." -> "US"), or null when the word is not written as one. */
function letters(word: string): string | null {
  const w = foldChars(word).replace(/\./g, '');
  return /^[A-Z]{1,6}$/.test(w) ? w : null;
}

/**
 * Capitalised words of some sentences whose initials spell ABBR, function words skipped ("Department of Justice" =
 * DOJ); an abbreviation among them gives all its letters ("UC San Diego" = UCSD).
 */
function spelledOut(abbr: string, toks: Token[], lex: Lexicons): boolean {
  const words = toks.filter((t) => t.isWord);
  for (let i = 0; i < words.length; i++) {
    let k = 0, parts = 0;
    for (let j = i; j < words.length && k < abbr.length; j++) {
      const w = words[j]!.text;
      if (j > i && skips(lex, w)) continue;
      const inner = letters(w);
      if (inner && inner.length >= 2 && inner.length < abbr.length && abbr.startsWith(inner, k)) { k += inner.length; parts++; continue; }
      // Lower-case words spell a longer abbreviation too ("LAN" / "local area network"), content words only.
      const lower = abbr.length >= 3 && words[j]!.content;
      if ((!/^\p{Lu}/u.test(w) && !lower) || w[0]!.toUpperCase() !== abbr[k]) break;
      k++;
      parts++;
    }
    if (k === abbr.length && parts >= 2) return true;
  }
  return false;
}

/** A single letter after a figure ("46.1 C", "115 F") with a word of that initial after a figure on the other side. */
function unitLetter(abbr: string, ref: Sentence[], span: [number, number], other: Token[]): boolean {
  if (abbr.length !== 1) return false;
  const toks = ref.flatMap((s) => s.tokens);
  const k = toks.findIndex((t) => t.start >= span[0] && t.isWord);
  if (k < 1 || !/\d/.test(toks[k - 1]!.text)) return false;
  const words = other.filter((t) => t.isWord);
  return words.some((t, i) => t.text.length > 1 && t.text[0] === abbr && /^\p{Lu}/u.test(t.text)
    && words.slice(Math.max(0, i - 2), i).some((u) => /\d/.test(u.text)));
}

/** Every word of TEXT is an abbreviation spelled out in OTHER, or TEXT spells out one OTHER has. */
function sameName(text: string, mine: Sentence[], span: [number, number], other: Sentence[], lex: Lexicons): boolean {
  const otherToks = other.flatMap((s) => s.tokens);
  const words = foldChars(text).match(/[\p{L}\p{N}.]+/gu)?.map((w) => w.replace(/\.$/, w.length <= 2 ? '.' : '')) ?? [];
  if (!words.length) return false;
  const abbrs = words.map(letters);
  if (abbrs.every((a): a is string => !!a)) return abbrs.every((a) => (a.length >= 2 && spelledOut(a, otherToks, lex)) || unitLetter(a, mine, span, otherToks));
  // The long form dropped where the other side has the abbreviation: "United States" / "U.S.".
  // Every capitalised word of the dropped name is spelled by the abbreviation ("PM" does not stand for
  // "Pham Minh Chinh").
  const mineToks = mine.flatMap((s) => s.tokens).filter((t) => t.start >= span[0] && t.end <= span[1] && t.isWord && !skips(lex, t.text));
  return otherToks.some((t) => { const a = letters(t.text); return !!a && a.length >= 2 && a.length === mineToks.length && spelledOut(a, mineToks, lex); });
}

/** A currency code dropped where the other side names that currency ("RMB 5,000" / "5,000 yuan"). */
function currency(ctx: CalibrationContext, text: string, other: Sentence[]): boolean {
  const table = lexicon<Record<string, string[]>>(ctx.rules, 'currencies');
  const names = table[foldChars(text).toLowerCase().replace(/[^a-z]/g, '')];
  if (!names?.length) return false;
  const there = other.flatMap((s) => s.tokens).map((t) => t.norm.toLowerCase());
  return there.some((w) => names.some((n) => w === n || w === `${n}s` || (n.length > 1 && !/^[a-z]+$/.test(n) && w.startsWith(n))));
}

/** A name dropped where the other side's sentence gives another name of its group (rules/lexicon/aliases.yaml: "COVID-19" / "the coronavirus"). */
function alias(ctx: CalibrationContext, text: string, other: Sentence[]): boolean {
  const groups = lexicon<string[][]>(ctx.rules, 'aliases');
  const name = foldChars(text).toLowerCase().replace(/\s+/g, ' ').trim();
  const there = ` ${other.map((s) => s.tokens.filter((t) => t.isWord).map((t) => t.norm.toLowerCase()).join(' ')).join(' ')} `;
  return groups.some((g) => g.includes(name) && g.some((n) => n !== name && there.includes(` ${n} `)));
}

/** The country of a currency dropped where the other side prefixes its sign ("110 million Singapore dollars" / "S$110 million", "HK$", "A$"). */
function currencySign(ctx: CalibrationContext, f: Finding, sus: Sentence[]): boolean {
  const e = f.reference!;
  const next = /^\s+(\p{L}+)/u.exec(ctx.ref.source.text.slice(e.span[1], e.span[1] + 30))?.[1]?.toLowerCase();
  const table = lexicon<Record<string, string[]>>(ctx.rules, 'currencies');
  if (!next || !Object.values(table).some((names) => names.some((n) => /^[a-z]+$/.test(n) && (next === n || next === `${n}s`)))) return false;
  const initials = (foldChars(e.text).match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join('');
  return !!initials && sus.some((s) => new RegExp(`(^|[^\\p{L}])${initials}\\$`, 'u').test(s.text));
}

/**
 * A short capitalised word cut from the front of a longer one the copy has and the reference's sentence does not
 * ("27th (Mon)" / "Monday, the 27th", "as noted by Rz" / "as Rzeczpospolita notes").
 */
function cutShort(text: string, ref: Sentence[], other: Sentence[], lex: Lexicons): boolean {
  const words = foldChars(text).match(/\p{L}+/gu) ?? [];
  const w = words.filter((x) => !skips(lex, x) && !lex.cutShortPrepositions.has(x.toLowerCase()));
  if (w.length !== 1 || !/^\p{Lu}\p{Ll}{1,3}$/u.test(w[0]!)) return false;
  const mine = new Set(ref.flatMap((s) => s.tokens.map((t) => t.norm)));
  return other.flatMap((s) => s.tokens).some((t) => t.isWord && /^\p{Lu}/u.test(t.text) && t.text.length >= w[0]!.length + 3
    && t.text.startsWith(w[0]!) && !mine.has(t.norm));
}

function explains(f: Finding, ctx: CalibrationContext): boolean {
  if (f.rule === 'omission.content' && f.reference) {
    const ref = sentencesOf(ctx.ref, f.reference), sus = sentencesOf(ctx.sus, f.suspect);
    return sus.length > 0 && (sameName(f.reference.text, ref, f.reference.span, near(ctx, sus), ctx.lex) || cutShort(f.reference.text, ref, sus, ctx.lex) || currency(ctx, f.reference.text, sus) || currencySign(ctx, f, sus) || alias(ctx, f.reference.text, sus));
  }
  if (f.rule === 'entity.replaced' && f.reference && f.suspect) {
    const ref = sentencesOf(ctx.ref, f.reference), sus = sentencesOf(ctx.sus, f.suspect);
    return sameName(f.reference.text, ref, f.reference.span, sus, ctx.lex) || sameName(f.suspect.text, sus, f.suspect.span, ref, ctx.lex);
  }
  return false;
}

/** The copy's sentences and the two on either side (a name written out once, abbreviated after). */
function near(ctx: CalibrationContext, sus: Sentence[]): Sentence[] {
  const idx = new Set<number>();
  for (const s of sus) for (let i = s.index - 2; i <= s.index + 2; i++) if (ctx.sus.sentences[i]) idx.add(i);
  return [...idx].sort((a, b) => a - b).map((i) => ctx.sus.sentences[i]!);
}

export const abbreviation: Step = (findings, ctx) => findings.map((f) => (f.severity !== 'minor' && !f.severityReason && explains(f, ctx)
  ? regrade(f, 'minor', reason(ctx, 'abbreviation')) : f));
