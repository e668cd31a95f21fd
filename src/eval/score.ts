// Scores a report against a hand-made gold file (the format of fixtures/*/gold.json and fixtures/real/*/gold.json).
// A finding hits a gold entry when its own evidence span overlaps the gold snippet on either side; only a side with
// no span of its own falls back to its sentences. Matching by whole sentences credited a finding about other words
// of the sentence and charged a correct finding to the faithful snippets beside it. The same rules as the shared
// scorer (../shared/tools/score.mjs), so the two agree on every pair.
import type { Kind, Report, Span } from '../core/types.js';

export interface GoldEntry { id?: string; kind: Kind; severity: 'minor' | 'major' | 'critical'; reference: string | null; suspect: string | null; why?: string }
export interface Gold {
  pair: string;
  reference: string;
  suspect: string;
  drifts: GoldEntry[];
  faithful?: { reference: string; suspect: string }[];
  /** Optional: the verdict the pair must get ("unrelated" for articles that are not copies). */
  verdict?: 'faithful' | 'drifted' | 'unrelated';
  /** Optional: at most this many findings of severity major or above. */
  maxStrongFindings?: number;
  /** Optional, for a text cut short: the last snippet of the part both texts cover; findings wholly past it are not judged. */
  scope?: { reference?: string; suspect?: string };
}

export interface KindRow { kind: string; total: number; detected: number; strong: number; kindOk: number }
export interface Score {
  pair: string;
  criticalRecall: number | null;
  majorPlusRecall: number | null;
  anyRecall: number | null;
  kindAccuracy: number | null;
  falseAlarmRate: number | null;
  /** Share of major+ findings that touch any gold drift. */
  strongPrecision: number | null;
  /** Share of major+ findings that touch a major or critical gold drift. */
  strictPrecision: number | null;
  strongFindings: number;
  /** Major+ findings that touch a major+ gold drift (the numerator of strictPrecision). */
  strongOnStrongGold: number;
  majorPlusHits: number;
  faithfulPairs: number;
  falseAlarmCount: number;
  goldMajorPlus: number;
  verdict: string;
  verdictOk: boolean;
  byKind: KindRow[];
  misses: string[];
  falseAlarms: string[];
}

const SEV: Record<string, number> = { minor: 1, major: 2, critical: 3 };

/** Place of a snippet in the text, with runs of white space folded on both sides. */
export function locate(text: string, snippet: string | null): Span | null {
  if (snippet == null) return null;
  const map: number[] = [];
  let folded = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!)) { if (!inSpace) { folded += ' '; map.push(i); inSpace = true; } }
    else { folded += text[i]; map.push(i); inSpace = false; }
  }
  const s = snippet.replace(/\s+/gu, ' ');
  const at = folded.indexOf(s);
  if (at < 0) throw new Error(`gold snippet not found in text: ${snippet}`);
  return [map[at]!, map[at + s.length - 1]! + 1];
}

const overlaps = (a: Span | null, b: Span | null) => !!a && !!b && a[0] < b[1] && b[0] < a[1];

export function score(gold: Gold, report: Report, refText: string, susText: string): Score {
  const spans = (side: 'reference' | 'suspect', f: Report['findings'][number]): Span[] => {
    const e = f[side];
    if (!e) return [];
    if (Array.isArray(e.span)) return [e.span];
    return e.sentences.map((i) => report[side].sentences[i]).filter((s) => !!s).map((s) => [s!.start, s!.end] as Span);
  };
  const scopeEnd = {
    ref: gold.scope?.reference ? locate(refText, gold.scope.reference)![1] : Infinity,
    sus: gold.scope?.suspect ? locate(susText, gold.scope.suspect)![1] : Infinity,
  };
  const inScope = (x: { ref: Span[]; sus: Span[] }) => x.ref.some((y) => y[0] < scopeEnd.ref) || x.sus.some((y) => y[0] < scopeEnd.sus) || (!x.ref.length && !x.sus.length);
  const findings = report.findings.filter((f) => !f.dismissed)
    .map((f) => ({ f, ref: spans('reference', f), sus: spans('suspect', f), sev: SEV[f.severity] ?? 0 }))
    .filter(inScope);
  type Scored = (typeof findings)[number];
  const touches = (x: Scored, g: { r: Span | null; s: Span | null }) => (!!g.s && x.sus.some((y) => overlaps(y, g.s))) || (!!g.r && x.ref.some((y) => overlaps(y, g.r)));
  const at = (g: { r: Span | null; s: Span | null }, minSev: number) => findings.filter((x) => x.sev >= minSev && touches(x, g));
  const drifts = gold.drifts.map((d) => ({ ...d, r: locate(refText, d.reference), s: locate(susText, d.suspect) }));
  const faithful = (gold.faithful ?? []).map((d) => ({ ...d, r: locate(refText, d.reference), s: locate(susText, d.suspect) }));
  const explains = (x: Scored) => drifts.some((d) => touches(x, d));
  let crit = 0, critHit = 0, maj = 0, majHit = 0, any = 0, kindOk = 0;
  const kinds = new Map<string, KindRow>();
  const misses: string[] = [];
  for (const d of drifts) {
    const all = at(d, 1), strong = at(d, 2);
    const row = kinds.get(d.kind) ?? { kind: d.kind, total: 0, detected: 0, strong: 0, kindOk: 0 };
    kinds.set(d.kind, row);
    row.total++;
    const label = d.id ?? d.suspect ?? d.reference ?? '?';
    if (all.length) { any++; row.detected++; } else misses.push(label);
    if (strong.length) row.strong++;
    if (all.some((x) => x.f.kind === d.kind)) { kindOk++; row.kindOk++; }
    if (d.severity === 'critical') { crit++; if (strong.length) critHit++; }
    if (SEV[d.severity]! >= 2) {
      maj++;
      if (strong.length) majHit++;
      else if (all.length) misses.push(`${label} (found, but only at minor)`);
    }
  }
  // A false alarm: a major+ finding on a faithful snippet that no annotated drift explains.
  const falseAlarms: string[] = [];
  for (const f of faithful) {
    const h = at(f, 2).filter((x) => !explains(x));
    if (h.length) falseAlarms.push(`${(f.suspect ?? f.reference ?? '').slice(0, 60)} <- ${h.map((x) => `${x.f.rule}/${x.f.severity}`).join(', ')}`);
  }
  const strongAll = findings.filter((x) => x.sev >= 2);
  const explained = strongAll.filter(explains);
  const onStrongGold = strongAll.filter((x) => drifts.some((d) => SEV[d.severity]! >= 2 && touches(x, d)));
  const ratio = (a: number, b: number) => (b ? a / b : null);
  return {
    pair: gold.pair,
    criticalRecall: ratio(critHit, crit),
    majorPlusRecall: ratio(majHit, maj),
    anyRecall: ratio(any, drifts.length),
    kindAccuracy: ratio(kindOk, drifts.length),
    falseAlarmRate: ratio(falseAlarms.length, faithful.length),
    strongPrecision: ratio(explained.length, strongAll.length),
    strictPrecision: ratio(onStrongGold.length, strongAll.length),
    strongFindings: strongAll.length,
    strongOnStrongGold: onStrongGold.length,
    goldMajorPlus: maj,
    majorPlusHits: majHit,
    faithfulPairs: faithful.length,
    falseAlarmCount: falseAlarms.length,
    verdict: report.summary.verdict,
    verdictOk: !gold.verdict || gold.verdict === report.summary.verdict,
    byKind: [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    misses,
    falseAlarms,
  };
}
