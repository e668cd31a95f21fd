// compare: run every check on every aligned pair; each check is its own module in src/checks/.
import crypto from 'node:crypto';
import type { Check, Emit } from './check.js';
import { foldChars, squashSpaces } from './fold.js';
import type { Lexicons } from './lexicons.js';
import { pairContext, type PairContext } from './pair.js';
import { isWordingChange } from './check.js';
import { distinguishRepeats } from './repeats.js';
import { pinTokens } from './tokenstore.js';
import { formatMessage, lexicon, type RuleSet } from './rules.js';
import type { AlignedPair, Doc, Evidence, Finding, Severity } from './types.js';

export type { Check, Emit } from './check.js';

const norm = (s: string | undefined) => squashSpaces(foldChars(s ?? '').toLowerCase()).trim();

/** SHA-1 in hex: the one-shot crypto.hash where Node has it (20.12 and later), much cheaper for short strings. */
const sha1: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha1', s, 'hex')
  : (s) => crypto.createHash('sha1').update(s).digest('hex');

export function fingerprint(rule: string, ref: Evidence | null, sus: Evidence | null): string {
  return sha1(`${rule}\u0000${norm(ref?.text)}\u0000${norm(sus?.text)}`).slice(0, 16);
}

/** Pairs aligned with less similarity than this get at most minor findings. */
export const LOOSE_PAIR = 0.4;

/**
 * Every changed word of the pair is part of a name, and the words around the names are the same ("Is Anna Kovacs
 * a pilot?" / "Is Helen Brandt a pilot?"): a short text with another name has a low similarity, but it is lined
 * up exactly, and the change is no loose one.
 */
function onlyNamesChanged(ctx: PairContext): boolean {
  const inName = (side: 'ref' | 'sus', match: ArrayLike<number>) => {
    const s = ctx[side];
    let kept = 0;
    for (const t of s.tokens) {
      if (!t.isWord) continue;
      if (match[t.k]! >= 0) { kept++; continue; }
      if (!s.entities.some((e) => e.k0 <= t.k && t.k <= e.k1)) return -1;
    }
    return kept;
  };
  const a = inName('ref', ctx.diff.refMatch), b = inName('sus', ctx.diff.susMatch);
  return a >= 2 && b >= 2;
}

const overlaps = (a: Evidence | null, b: Evidence | null) => !!a && !!b && a.span[0] < b.span[1] && b.span[0] < a.span[1];

/**
 * One change, one finding: a name or number dropped or added inside a sentence that the entity or number check
 * already reports as changed is one finding, not three; a replaced speaker is the attribution finding.
 */
function dropExplained(findings: Finding[], from: number): void {
  if (findings.length - from < 2) return;
  const entityFindings = findings.slice(from).filter((f) => f.kind === 'entity' || f.kind === 'number' || f.kind === 'attribution');
  for (let i = findings.length - 1; i >= from; i--) {
    const f = findings[i]!;
    const side = f.rule === 'omission.content' ? 'reference' : f.rule === 'addition.content' ? 'suspect' : null;
    if (side && entityFindings.some((e) => overlaps(e[side], f[side]))) findings.splice(i, 1);
  }
  // One dropped name, one finding: a part of a dropped name ("United States" in "United States Attorney"), or the
  // same name dropped a second time from the pair, is not a finding of its own.
  const drops = findings.slice(from).filter((f) => f.rule === 'omission.content');
  for (let i = findings.length - 1; i >= from && drops.length > 1; i--) {
    const f = findings[i]!;
    if (f.rule !== 'omission.content' || !f.reference) continue;
    const r = f.reference;
    if (drops.some((g) => g !== f && g.reference && findings.includes(g) && ((g.reference.span[0] <= r.span[0] && r.span[1] <= g.reference.span[1] && g.reference.span[1] - g.reference.span[0] > r.span[1] - r.span[0])
      || (g.reference.text === r.text && g.reference.span[0] < r.span[0])))) findings.splice(i, 1);
  }
  // Words another finding of the pair already reports ("criticized" -> "praised" as opposites) are not also a
  // minor change of wording.
  const within = (a: Evidence | null, b: Evidence | null) => !!a && !!b && b.span[0] <= a.span[0] && a.span[1] <= b.span[1];
  const pairFindings = findings.slice(from);
  for (let i = findings.length - 1; i >= from; i--) {
    const f = findings[i]!;
    if (isWordingChange(f.rule) && pairFindings.some((g) => !isWordingChange(g.rule) && within(f.reference, g.reference) && within(f.suspect, g.suspect))) findings.splice(i, 1);
  }
  // A name replaced where it speaks ("Adams said" -> "Roberts said") is the attribution finding, not a second one.
  const speakers = findings.slice(from).filter((f) => f.kind === 'attribution');
  for (let i = findings.length - 1; i >= from && speakers.length; i--) {
    const f = findings[i]!;
    if (f.kind === 'entity' && speakers.some((a) => overlaps(a.reference, f.reference) && overlaps(a.suspect, f.suspect))) findings.splice(i, 1);
  }
}

/** Runs the checks it is handed, in order, on every aligned pair that is not an exact match. */
export function compare(ref: Doc, sus: Doc, alignment: AlignedPair[], rules: RuleSet, lex: Lexicons, checks: readonly Check[]): Finding[] {
  const findings: Finding[] = [];
  // The severity table's reasons, read once, where a check names the reason for its finding.
  let reasons: Record<string, string> | undefined;
  try {
    alignment.forEach((pair, index) => comparePair(pair, index));
  } finally {
    pinTokens(null);
  }
  distinguishRepeats(findings, ref, sus, alignment);
  return findings;

  function comparePair(pair: AlignedPair, index: number): void {
    if (pair.status === 'match') return;
    // A long text's sentences make their tokens again when read: the pair's own stay the same objects throughout.
    pinTokens([...pair.reference.map((i) => ref.sentences[i]!), ...pair.suspect.map((j) => sus.sentences[j]!)]);
    const ctx = pairContext(index, pair, ref.sentences, sus.sentences, ref.source.text, sus.source.text, lex, rules);
    // One change said once: a check that reaches the same words twice (two routes to one pair of opposites) emits
    // the same rule on the same evidence once.
    const said = new Set<string>();
    const emit: Emit = (ruleId, e) => {
      const r = rules.rules.get(ruleId);
      if (!r) throw new Error(`internal: check emitted unknown rule ${ruleId}`);
      if (!r.enabled) return;
      const key = `${ruleId}\u0000${e.reference?.span?.join(',') ?? ''}\u0000${e.suspect?.span?.join(',') ?? ''}`;
      if (said.has(key)) return;
      said.add(key);
      const q = (s: string | undefined) => `“${squashSpaces(s ?? '').trim()}”`;
      const vars = { ref: q(e.reference?.text), sus: q(e.suspect?.text), ...(e.vars ?? {}) };
      const fp = fingerprint(ruleId, e.reference, e.suspect);
      const severity = loose ? 'minor' : (e.severity ?? r.severity);
      findings.push({
        id: `${r.id}@${fp.slice(0, 8)}`,
        rule: r.id,
        kind: r.kind,
        severity,
        message: formatMessage(r.message, vars),
        reference: e.reference,
        suspect: e.suspect,
        pair: index,
        fingerprint: fp,
        ...(e.reason && !loose ? { severityReason: (reasons ??= lexicon<{ reasons: Record<string, string> }>(rules, 'severity').reasons)[e.reason] ?? e.reason } : {}),
      });
    };
    const before = findings.length;
    // A headline or caption set against another one, or any weakly aligned pair: say what changed, but never loudly.
    const headlines = ctx.ref.sentences.every((s) => s.furnitureLike) && ctx.sus.sentences.every((s) => s.furnitureLike);
    // (Not a pair the user gave as one sentence against one: nothing else could line up with either, so a sentence
    // reworded heavily is still that sentence, and what changed in it weighs in full.)
    const loose = !!pair.reference.length && !!pair.suspect.length && (pair.similarity < LOOSE_PAIR || (headlines && pair.similarity < 0.6)) && !onlyNamesChanged(ctx)
      && !(ref.sentences.length === 1 && sus.sentences.length === 1);
    for (const check of checks) check(ctx, emit);
    dropExplained(findings, before);
  }
}
