// Scores a report against a hand-made gold file (the format of fixtures/*/gold.json). A finding hits a gold
// entry when its suspect evidence (or, for an omission, its reference evidence) overlaps the gold snippet.
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
}

export interface KindRow { kind: string; total: number; detected: number; strong: number; kindOk: number }
export interface Score {
  pair: string;
  criticalRecall: number | null;
  majorPlusRecall: number | null;
  anyRecall: number | null;
  kindAccuracy: number | null;
  falseAlarmRate: number | null;
  strongPrecision: number | null;
  strongFindings: number;
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
    const out: Span[] = [e.span];
    for (const i of e.sentences) { const s = report[side].sentences[i]; if (s) out.push([s.start, s.end]); }
    return out;
  };
  const findings = report.findings.filter((f) => !f.dismissed).map((f) => ({ f, ref: spans('reference', f), sus: spans('suspect', f), sev: SEV[f.severity] ?? 0 }));
  const at = (g: { r: Span | null; s: Span | null }, minSev: number) =>
    findings.filter((x) => x.sev >= minSev && (g.s ? x.sus.some((y) => overlaps(y, g.s)) : x.ref.some((y) => overlaps(y, g.r))));
  const drifts = gold.drifts.map((d) => ({ ...d, r: locate(refText, d.reference), s: locate(susText, d.suspect) }));
  const faithful = (gold.faithful ?? []).map((d) => ({ ...d, r: locate(refText, d.reference), s: locate(susText, d.suspect) }));
  let crit = 0, critHit = 0, maj = 0, majHit = 0, any = 0, kindOk = 0;
  const kinds = new Map<string, KindRow>();
  const misses: string[] = [];
  for (const d of drifts) {
    const all = at(d, 1), strong = at(d, 2);
    const row = kinds.get(d.kind) ?? { kind: d.kind, total: 0, detected: 0, strong: 0, kindOk: 0 };
    kinds.set(d.kind, row);
    row.total++;
    if (all.length) { any++; row.detected++; } else misses.push(d.id ?? d.suspect ?? d.reference ?? '?');
    if (strong.length) row.strong++;
    if (all.some((x) => x.f.kind === d.kind)) { kindOk++; row.kindOk++; }
    if (d.severity === 'critical') { crit++; if (strong.length) critHit++; }
    if (SEV[d.severity]! >= 2) { maj++; if (strong.length) majHit++; }
  }
  const falseAlarms: string[] = [];
  for (const f of faithful) {
    const h = at(f, 2);
    if (h.length) falseAlarms.push(`${f.suspect.slice(0, 60)} <- ${h.map((x) => `${x.f.rule}/${x.f.severity}`).join(', ')}`);
  }
  const strongAll = findings.filter((x) => x.sev >= 2);
  const explained = strongAll.filter((x) => drifts.some((d) => (d.s ? x.sus.some((y) => overlaps(y, d.s)) : x.ref.some((y) => overlaps(y, d.r)))));
  const ratio = (a: number, b: number) => (b ? a / b : null);
  return {
    pair: gold.pair,
    criticalRecall: ratio(critHit, crit),
    majorPlusRecall: ratio(majHit, maj),
    anyRecall: ratio(any, drifts.length),
    kindAccuracy: ratio(kindOk, drifts.length),
    falseAlarmRate: ratio(falseAlarms.length, faithful.length),
    strongPrecision: strongAll.length ? explained.length / strongAll.length : drifts.some((d) => SEV[d.severity]! >= 2) ? 0 : 1,
    strongFindings: strongAll.length,
    goldMajorPlus: maj,
    verdict: report.summary.verdict,
    verdictOk: !gold.verdict || gold.verdict === report.summary.verdict,
    byKind: [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    misses,
    falseAlarms,
  };
}
