// summarize: counts, coverage of each side and a verdict.
import { SEVERITY_RANK, type AlignedPair, type AlignStatus, type Finding, type Kind, type Relation, type Severity, type Summary } from './types.js';

/** Below this share of strongly aligned sentences (on the smaller side) the texts are not copies of each other. */
export const UNRELATED_BELOW = 0.3;
/**
 * A copy that is not a copy sentence for sentence may still be a rewrite of the reference: the sentences it does
 * line up with, it keeps close (a rewrite quotes and paraphrases its source; another outlet's report of the same
 * event only shares its topic words), and they cover a fair part of one side.
 */
export const REWRITE_MEAN_SIMILARITY = 0.6;
export const REWRITE_COVERAGE = 0.3;

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

/** What the copy is to the reference: a copy sentence for sentence, a rewrite of it, or another text. */
export function relation(alignment: AlignedPair[], nRef: number, nSus: number): Relation {
  if (strongCoverage(alignment, nRef, nSus) >= UNRELATED_BELOW) return 'copy';
  let r = 0, s = 0, weighted = 0;
  for (const p of alignment) {
    if (!p.reference.length || !p.suspect.length) continue;
    r += p.reference.length;
    s += p.suspect.length;
    weighted += p.similarity * p.reference.length;
  }
  const covered = Math.max(nRef ? r / nRef : 0, nSus ? s / nSus : 0);
  return r && weighted / r >= REWRITE_MEAN_SIMILARITY && covered >= REWRITE_COVERAGE ? 'rewritten' : 'unrelated';
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
  const rel = relation(alignment, nRef, nSus);
  // Minor findings are wording a careful reader may want to see, not drift: a copy with only those is faithful.
  const drifted = findings.some((f) => !f.dismissed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.major);
  return {
    verdict: rel === 'unrelated' ? 'unrelated' : drifted ? 'drifted' : rel === 'rewritten' ? 'rewritten' : 'faithful',
    relation: rel,
    coverage: { reference: nRef ? round(r / nRef) : 0, suspect: nSus ? round(s / nSus) : 0 },
    counts,
    byKind,
    pairs,
  };
}
