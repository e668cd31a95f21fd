// What every calibration step reads: both documents, the alignment, the rules. Steps are pure functions of it.
import { fingerprint } from '../compare.js';
import { formatMessage, lexicon, type RuleSet } from '../rules.js';
import type { Lexicons } from '../lexicons.js';
import type { AlignedPair, Doc, Evidence, Finding, Kind, Relation, Sentence, Severity } from '../types.js';

export interface CalibrationContext {
  ref: Doc;
  sus: Doc;
  alignment: AlignedPair[];
  relation: Relation;
  lex: Lexicons;
  rules: RuleSet;
}

export type Step = (findings: Finding[], ctx: CalibrationContext) => Finding[];

interface SeverityTable {
  kinds: Record<Kind, Record<Severity, string>>;
  reasons: Record<string, string>;
}

export const severityTable = (ctx: CalibrationContext): SeverityTable => lexicon<SeverityTable>(ctx.rules, 'severity');

/** The reason a step gives, from rules/severity.yaml (the key itself when a user's table lacks it). */
export const reason = (ctx: CalibrationContext, key: string): string => severityTable(ctx).reasons[key] ?? key;

/** The finding at another severity, with the reason the step moved it. */
export function regrade(f: Finding, severity: Severity, why: string): Finding {
  return f.severity === severity && f.severityReason ? f : { ...f, severity, severityReason: why };
}

/** A finding the calibration makes itself (one in place of several), shaped as compare's are. */
export function makeFinding(ctx: CalibrationContext, ruleId: string, pair: number, reference: Evidence | null, suspect: Evidence | null,
  severity: Severity, why: string, vars: Record<string, string | number>): Finding | null {
  const r = ctx.rules.rules.get(ruleId);
  if (!r) throw new Error(`internal: calibration made unknown rule ${ruleId}`);
  if (!r.enabled) return null;
  const fp = fingerprint(ruleId, reference, suspect);
  return {
    id: `${r.id}@${fp.slice(0, 8)}`, rule: r.id, kind: r.kind, severity, message: formatMessage(r.message, vars),
    reference, suspect, pair, fingerprint: fp, severityReason: why,
  };
}

/** The sentences one side of a finding's evidence lies in. */
export function sentencesOf(doc: Doc, e: Evidence | null): Sentence[] {
  return (e?.sentences ?? []).map((i) => doc.sentences[i]).filter((s): s is Sentence => !!s);
}

/** Evidence for sentences a..b (inclusive) of a document. */
export function rangeEvidence(doc: Doc, a: number, b: number): Evidence {
  const first = doc.sentences[a]!, last = doc.sentences[b]!;
  const sentences: number[] = [];
  for (let i = a; i <= b; i++) sentences.push(i);
  return { sentences, span: [first.start, last.end], text: doc.source.text.slice(first.start, last.end) };
}

export const words = (s: string, n: number) => {
  const w = s.replace(/\s+/g, ' ').trim().split(' ');
  return w.length > n ? `${w.slice(0, n).join(' ')} …` : w.join(' ');
};
