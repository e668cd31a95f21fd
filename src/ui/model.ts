// The review's view model: rows of aligned pairs with their findings, filters and text wrapping.
// Pure functions of the report; the Ink components only draw what these return.
import { SEVERITY_RANK, type AlignStatus, type Finding, type Report, type Severity } from '../core/types.js';
import { safeLine } from '../render/safe.js';

export interface Row {
  pair: number;
  status: AlignStatus;
  /** Highest severity among the pair's findings. */
  severity: Severity | null;
  refText: string;
  susText: string;
  /** Indices into report.findings, most severe first. */
  findings: number[];
}

export type Filter = 'all' | 'findings' | 'critical';
export const FILTERS: Filter[] = ['all', 'findings', 'critical'];
export const FILTER_LABEL: Record<Filter, string> = { all: 'all pairs', findings: 'pairs with findings', critical: 'critical only' };

export function buildRows(report: Report): Row[] {
  const byPair = new Map<number, number[]>();
  report.findings.forEach((f, i) => {
    const list = byPair.get(f.pair);
    if (list) list.push(i); else byPair.set(f.pair, [i]);
  });
  return report.alignment.map((p, pair) => {
    const findings = (byPair.get(pair) ?? []).sort((a, b) => SEVERITY_RANK[report.findings[b]!.severity] - SEVERITY_RANK[report.findings[a]!.severity] || a - b);
    const top = findings[0] === undefined ? null : report.findings[findings[0]]!.severity;
    return {
      pair,
      status: p.status,
      severity: top,
      refText: p.reference.map((i) => report.reference.sentences[i]!.text).join(' '),
      susText: p.suspect.map((i) => report.suspect.sentences[i]!.text).join(' '),
      findings,
    };
  });
}

export function visibleRows(rows: Row[], findings: Finding[], filter: Filter, query: string): number[] {
  const q = query.trim().toLowerCase();
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (filter === 'findings' && r.findings.length === 0) return;
    if (filter === 'critical' && !r.findings.some((f) => findings[f]!.severity === 'critical')) return;
    if (q && !r.refText.toLowerCase().includes(q) && !r.susText.toLowerCase().includes(q)) return;
    out.push(i);
  });
  return out;
}

export const SEV_TAG: Record<Severity, string> = { critical: 'CRIT', major: 'MAJ ', minor: 'MIN ' };

export const STATUS_MARK: Record<AlignStatus, string> = { match: '=', changed: '~', omitted: '-', added: '+', moved: '>' };

export interface Seg { text: string; style?: 'del' | 'ins' | 'mark' | 'dim' | 'bold' | Severity }

/** Wraps styled segments into lines of at most `width` columns (hard-splitting words longer than a line). */
export function wrap(segs: Seg[], width: number): Seg[][] {
  const w = Math.max(8, width);
  const lines: Seg[][] = [[]];
  let col = 0;
  const push = (text: string, style: Seg['style']) => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += text; else line.push({ text, style });
    col += text.length;
  };
  for (const seg of segs) {
    for (const piece of safeLine(seg.text).split(/(\s+)/)) {
      if (!piece) continue;
      if (/^\s+$/.test(piece)) {
        // Indentation at the very start is kept; elsewhere runs of white space become one space.
        if (lines.length === 1 && col === 0 && lines[0]!.length === 0) push(piece.replace(/[^ ]/g, ' '), seg.style);
        else if (col > 0 && col < w) push(' ', seg.style);
        continue;
      }
      let word = piece;
      while (word.length > 0) {
        if (col > 0 && col + word.length > w) { lines.push([]); col = 0; }
        const take = word.slice(0, w - col);
        push(take, seg.style);
        word = word.slice(take.length);
      }
    }
  }
  return lines;
}

export function truncate(s: string, width: number): string {
  const t = safeLine(s);
  return t.length <= width ? t : `${t.slice(0, Math.max(0, width - 1))}…`;
}
