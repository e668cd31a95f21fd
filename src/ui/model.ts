// The review's view model: rows of aligned pairs with their findings, filters, the pair's two sides with the
// selected finding's evidence marked, and text wrapping. Pure functions of the report and the decisions; the
// Ink components only draw what these return.
import { SEVERITY_RANK, type AlignStatus, type Evidence, type Finding, type Kind, type Report, type Severity } from '../core/types.js';
import { matchWords } from '../core/worddiff.js';
import { safeLine } from '../render/safe.js';
import type { Decision } from '../review/store.js';

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

export type PairFilter = 'all' | 'findings';
export type DecisionFilter = 'any' | 'undecided' | 'confirmed' | 'dismissed';
export type SeverityFilter = 'any' | 'major' | 'critical';
export interface View { pairs: PairFilter; decision: DecisionFilter; severity: SeverityFilter; kind: 'any' | Kind; query: string }
export const DEFAULT_VIEW: View = { pairs: 'all', decision: 'any', severity: 'any', kind: 'any', query: '' };
export const DECISION_FILTERS: DecisionFilter[] = ['any', 'undecided', 'confirmed', 'dismissed'];
export const SEVERITY_FILTERS: SeverityFilter[] = ['any', 'major', 'critical'];

/** Whether any filter on findings is set (then only pairs with a finding that passes are listed). */
export const filtersFindings = (v: View) => v.decision !== 'any' || v.severity !== 'any' || v.kind !== 'any';

export function viewLabel(v: View): string {
  const parts: string[] = [v.pairs === 'all' && !filtersFindings(v) ? 'all pairs' : 'pairs with findings'];
  if (v.decision !== 'any') parts.push(v.decision);
  if (v.severity !== 'any') parts.push(v.severity === 'major' ? 'major and critical' : 'critical only');
  if (v.kind !== 'any') parts.push(v.kind);
  return parts.join(', ');
}

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

export function passes(f: Finding, d: Decision | undefined, v: View): boolean {
  const state = d?.decision ?? null;
  if (v.decision === 'undecided' && state) return false;
  if ((v.decision === 'confirmed' || v.decision === 'dismissed') && state !== v.decision) return false;
  if (v.severity !== 'any' && SEVERITY_RANK[f.severity] < SEVERITY_RANK[v.severity]) return false;
  if (v.kind !== 'any' && f.kind !== v.kind) return false;
  return true;
}

/** The row's findings that the filters let through, most severe first. */
export function rowFindings(row: Row, findings: Finding[], decisions: Record<string, Decision>, v: View): number[] {
  return row.findings.filter((i) => passes(findings[i]!, decisions[findings[i]!.fingerprint], v));
}

export function visibleRows(rows: Row[], findings: Finding[], decisions: Record<string, Decision>, v: View): number[] {
  const q = v.query.trim().toLowerCase();
  const onlyFindings = v.pairs === 'findings' || filtersFindings(v);
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (onlyFindings && rowFindings(r, findings, decisions, v).length === 0) return;
    if (q && !r.refText.toLowerCase().includes(q) && !r.susText.toLowerCase().includes(q)) return;
    out.push(i);
  });
  return out;
}

export const SEV_TAG: Record<Severity, string> = { critical: 'CRIT', major: 'MAJ ', minor: 'MIN ' };

export const STATUS_MARK: Record<AlignStatus, string> = { match: '=', changed: '~', omitted: '-', added: '+', moved: '>' };

/**
 * Styles: del/ins a change of wording; dimdel/dimins a change that is not the selected finding's; ev, evdel,
 * evins the selected finding's evidence (kept, deleted, inserted words); caret where the words an omission or an
 * addition is about would be in the other text.
 */
export type Style = 'del' | 'ins' | 'dimdel' | 'dimins' | 'ev' | 'evdel' | 'evins' | 'caret' | 'mark' | 'dim' | 'bold' | 'warn' | Severity;
export interface Seg { text: string; style?: Style }

interface SentenceRef { text: string; start: number; end: number }

/** Where evidence lies in the row's text (its sentences joined by one space), as [start, end) or null. */
export function locate(sentences: SentenceRef[], indices: number[], ev: Evidence | null): [number, number] | null {
  if (!ev) return null;
  let base = 0, lo = -1, hi = -1;
  for (const i of indices) {
    const s = sentences[i];
    if (!s) continue;
    if (s.end - s.start === s.text.length) {
      const a = Math.max(ev.span[0], s.start), b = Math.min(ev.span[1], s.end);
      if (a < b) {
        if (lo < 0) lo = base + a - s.start;
        hi = base + b - s.start;
      }
    }
    base += s.text.length + 1;
  }
  if (lo >= 0) return [lo, hi];
  // Extracted text (HTML, Markdown) may not sit at its offsets in the sentence: find the words instead.
  const joined = indices.map((i) => sentences[i]?.text ?? '').join(' ');
  const at = ev.text ? joined.indexOf(ev.text) : -1;
  return at >= 0 ? [at, at + ev.text.length] : null;
}

const offsetsOf = (text: string, words: string[]) => {
  const out: number[] = [];
  let pos = 0;
  for (const w of words) { const at = text.indexOf(w, pos); out.push(at); pos = at + w.length; }
  return out;
};

/**
 * The two sides of a pair as styled words: differences marked, the selected finding's evidence strong on both
 * sides and every other change dim; an omission's place in the copy (an addition's in the reference) marked with ‸.
 */
export function pairSides(report: Report, row: Row, finding: Finding | undefined, color: boolean): { ref: Seg[]; sus: Seg[] } {
  const pair = report.alignment[row.pair]!;
  // An omission's evidence in the copy is often its whole sentence, and an addition's in the reference: what
  // helps is the place where the words are missing, so those sides get a caret instead.
  const omits = !!finding && (finding.kind === 'omission' || !finding.suspect) && !!finding.reference;
  const adds = !!finding && (finding.kind === 'addition' || !finding.reference) && !!finding.suspect;
  const evRef = finding && !adds ? locate(report.reference.sentences, pair.reference, finding.reference) : null;
  const evSus = finding && !omits ? locate(report.suspect.sentences, pair.suspect, finding.suspect) : null;
  if (!row.refText || !row.susText) {
    const only = (text: string, ev: [number, number] | null): Seg[] => {
      if (!text) return [{ text: finding ? '‸ (nothing here)' : '(nothing)', style: finding ? 'caret' : 'dim' }];
      if (!ev) return [{ text }];
      const segs: Seg[] = [{ text: text.slice(0, ev[0]) }, { text: text.slice(ev[0], ev[1]), style: 'ev' }, { text: text.slice(ev[1]) }];
      return segs.filter((x) => x.text);
    };
    return { ref: only(row.refText, evRef), sus: only(row.susText, evSus) };
  }
  const m = matchWords(row.refText, row.susText);
  const offA = offsetsOf(row.refText, m.a), offB = offsetsOf(row.susText, m.b);
  const inside = (ev: [number, number] | null, at: number, len: number) => !!ev && at < ev[1] && ev[0] < at + len;
  // The omitted (or added) words' place in the other text: before the first word kept after them.
  const caretBefore = (words: string[], off: number[], ev: [number, number] | null, toOther: number[], otherLen: number): number | null => {
    if (!ev) return null;
    let last = -1;
    for (let k = 0; k < words.length; k++) if (off[k]! < ev[1] && toOther[k]! >= 0) last = toOther[k]!;
    for (let k = 0; k < words.length; k++) if (off[k]! >= ev[1] && toOther[k]! >= 0) return Math.max(toOther[k]!, last + 1);
    return Math.min(otherLen, last + 1);
  };
  const susCaret = omits ? caretBefore(m.a, offA, evRef, m.aToB, m.b.length) : null;
  const refCaret = adds ? caretBefore(m.b, offB, evSus, m.bToA, m.a.length) : null;
  const side = (words: string[], off: number[], match: number[], ev: [number, number] | null, changed: 'del' | 'ins', caret: number | null): Seg[] => {
    // Runs of words alike (kept or changed, evidence or not), then one segment per run.
    const runs: { text: string; kept: boolean; strong: boolean; caret?: boolean }[] = [];
    words.forEach((w, k) => {
      if (caret === k) runs.push({ text: '‸', kept: true, strong: true, caret: true });
      const kept = match[k]! >= 0, strong = inside(ev, off[k]!, w.trimEnd().length);
      const last = runs[runs.length - 1];
      if (last && !last.caret && last.kept === kept && last.strong === strong) last.text += w; else runs.push({ text: w, kept, strong });
    });
    if (caret !== null && caret >= words.length) runs.push({ text: ' ‸', kept: true, strong: true, caret: true });
    const out: Seg[] = [];
    for (const r of runs) {
      if (r.caret) { out.push({ text: r.text, style: 'caret' }); continue; }
      const style: Style | undefined = r.kept ? (r.strong ? 'ev' : undefined)
        : r.strong ? (changed === 'del' ? 'evdel' : 'evins')
        : finding ? (changed === 'del' ? 'dimdel' : 'dimins') : changed;
      if (!color && !r.kept) {
        // Without colour a change is marked in the text itself, before wrapping, so lines keep their width.
        const body = r.text.trimEnd(), tail = r.text.slice(body.length);
        out.push({ text: changed === 'del' ? `[-${body}-]` : `{+${body}+}`, ...(style === 'dimdel' || style === 'dimins' ? { style: 'dim' as const } : style ? { style } : {}) });
        if (tail) out.push({ text: tail });
        continue;
      }
      out.push(style ? { text: r.text, style } : { text: r.text });
    }
    return out;
  };
  return { ref: side(m.a, offA, m.aToB, evRef, 'del', refCaret), sus: side(m.b, offB, m.bToA, evSus, 'ins', susCaret) };
}

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

export const lineLength = (line: Seg[]) => line.reduce((n, s) => n + s.text.length, 0);

/** Cuts a styled line to `width` columns, ending in … when cut. */
export function clip(line: Seg[], width: number): Seg[] {
  if (lineLength(line) <= width) return line;
  const out: Seg[] = [];
  let left = Math.max(0, width - 1);
  for (const s of line) {
    if (left <= 0) break;
    out.push({ ...s, text: s.text.slice(0, left) });
    left -= Math.min(left, s.text.length);
  }
  out.push({ text: '…' });
  return out;
}
