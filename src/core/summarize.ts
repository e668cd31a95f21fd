// summarize: counts, coverage of each side and a verdict.
import type { AlignedPair, AlignStatus, Finding, Kind, Severity, Summary } from './types.js';

/** Below this share of strongly aligned sentences (on the smaller side) the texts are not copies of each other. */
export const UNRELATED_BELOW = 0.3;

export function strongCoverage(alignment: AlignedPair[], nRef: number, nSus: number): number {
  let r = 0, s = 0;
  // A text of a few sentences gives little evidence either way: a looser pair still says "this is the same text".
  const strong = Math.min(nRef, nSus) < 4 ? 0.35 : 0.5;
  for (const p of alignment) {
    if (p.status === 'match' || ((p.status === 'changed' || p.status === 'moved') && p.similarity >= strong)) {
      r += p.reference.length;
      s += p.suspect.length;
    }
  }
  return Math.max(nRef ? r / nRef : 0, nSus ? s / nSus : 0);
}

export function summarize(alignment: AlignedPair[], findings: Finding[], nRef: number, nSus: number): Summary {
  let r = 0, s = 0;
  const pairs: Record<AlignStatus, number> = { match: 0, changed: 0, omitted: 0, added: 0, moved: 0 };
  for (const p of alignment) {
    pairs[p.status]++;
    if (p.status !== 'omitted' && p.status !== 'added') { r += p.reference.length; s += p.suspect.length; }
  }
  const counts: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  const byKind: Partial<Record<Kind, number>> = {};
  for (const f of findings) {
    if (f.dismissed) continue;
    counts[f.severity]++;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const unrelated = strongCoverage(alignment, nRef, nSus) < UNRELATED_BELOW;
  const active = findings.some((f) => !f.dismissed);
  return {
    verdict: unrelated ? 'unrelated' : active ? 'drifted' : 'faithful',
    coverage: { reference: nRef ? round(r / nRef) : 0, suspect: nSus ? round(s / nSus) : 0 },
    counts,
    byKind,
    pairs,
  };
}
