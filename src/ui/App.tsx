// The interactive review: header with counts that follow the decisions, a list of aligned pairs that scrolls
// with the selection, the selected pair with the selected finding's evidence marked in the word diff, its
// findings, and a footer that always ends in "? help  q quit". Never renders taller than the terminal.
import { Box, Text, useApp, useInput, useStdin, useStdout, type Key } from 'ink';
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { KINDS, type Finding, type Kind, type Report, type Severity } from '../core/types.js';
import type { Decision, DecisionKind } from '../review/store.js';
import {
  buildRows, clip, DECISION_FILTERS, DEFAULT_VIEW, lineLength, pairSides, rowFindings, SEV_TAG, SEVERITY_FILTERS, STATUS_MARK, truncate,
  viewLabel, visibleRows, wrap, type Row, type Seg, type View,
} from './model.js';

export interface AppProps {
  report: Report;
  decisions: Record<string, Decision>;
  /**
   * Called on every decision (and undo) with the finding, its fingerprint and the new decision; persists it.
   * Returns why it could not be saved (the decision is then kept in memory and the next save retries), or nothing.
   */
  onDecide: (fingerprint: string, d: Decision) => string | void | null;
  /** Writes the Markdown export; returns the path written. */
  onExport: (decisions: Record<string, Decision>) => string;
  /** `interrupted`: Ctrl-C. */
  onQuit: (decisions: Record<string, Decision>, interrupted?: boolean) => void;
  /** Adds a finding to the baseline (given only with --baseline); returns why it failed, or nothing. */
  onBaseline?: (f: Finding) => string | void | null;
  /** The baseline file's name, recorded with a decision that added its finding there. */
  baselinePath?: string;
  /** Recorded with every decision. */
  reviewer?: string;
  color: boolean;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  width?: number;
  height?: number;
}

type Mode = 'normal' | 'search' | 'reason' | 'help';

interface State {
  view: View;
  input: string;
  mode: Mode;
  /** Index of the selected row in all rows (not only the visible ones). */
  cursor: number;
  /** The selected finding (index into report.findings), kept across filters and resizes. */
  sel: number | null;
  status: string;
  /** Why the last save failed, shown until a save succeeds. */
  unsaved: string;
  helpTop: number;
  decisions: Record<string, Decision>;
  undo: { fp: string; finding: number; prev: Decision | undefined }[];
}

const basename = (p: string) => p.split(/[\\/]/).pop() || p;

const SEV_COLOR: Record<Severity, string> = { critical: 'magenta', major: 'red', minor: 'yellow' };

/** A screen line: styled segments, drawn inverse when selected. */
export interface Line { segs: Seg[]; inverse?: boolean }

function useTerminalSize(fixed?: { width?: number; height?: number }) {
  const { stdout } = useStdout();
  const read = () => ({ width: fixed?.width ?? stdout.columns ?? 80, height: fixed?.height ?? stdout.rows ?? 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed?.width && fixed?.height) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => { stdout.off('resize', onResize); };
  }, [stdout]);
  return size;
}

const decisionOf = (decisions: Record<string, Decision>, f: Finding) => decisions[f.fingerprint]?.decision ?? null;

export function App(props: AppProps) {
  const { report, color } = props;
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { width, height } = useTerminalSize({ width: props.width, height: props.height });
  const rows = useMemo(() => buildRows(report), [report]);
  const F = report.findings;
  // Keys can arrive faster than Ink renders: the handler reads and writes this state synchronously, then asks
  // for a render, so a second key never acts on a stale frame.
  const st = useRef<State | null>(null);
  if (!st.current) {
    // Resume where the work is: the first undecided finding, else the first finding, else the first pair.
    const order = rows.flatMap((r) => r.findings);
    const first = order.find((i) => !decisionOf(props.decisions, F[i]!)) ?? order[0];
    st.current = {
      view: DEFAULT_VIEW, input: '', mode: 'normal', status: '', unsaved: '', helpTop: 0,
      cursor: first === undefined ? 0 : F[first]!.pair, sel: first ?? null, decisions: props.decisions, undo: [],
    };
  }
  const s = st.current;
  const [, setFrame] = useState(0);
  const redraw = () => setFrame((n) => n + 1);

  // Recomputed only when the filters or the decisions change, not on every key (long pairs have thousands of rows).
  const memo = useRef<{ view: View; decisions: Record<string, Decision>; rows: number[] } | null>(null);
  const visibleOf = () => {
    if (memo.current?.view !== s.view || memo.current.decisions !== s.decisions) memo.current = { view: s.view, decisions: s.decisions, rows: visibleRows(rows, F, s.decisions, s.view) };
    return memo.current.rows;
  };
  const where = () => {
    const visible = visibleOf();
    const at = visible.indexOf(s.cursor);
    const pos = Math.max(0, at >= 0 ? at : visible.findIndex((i) => i >= s.cursor));
    const rowIndex = visible[pos] ?? visible[visible.length - 1];
    const row = rowIndex === undefined ? undefined : rows[rowIndex];
    const nav = row ? rowFindings(row, F, s.decisions, s.view) : [];
    const fi = s.sel !== null && nav.includes(s.sel) ? s.sel : nav[0];
    return { visible, pos, rowIndex, row, nav, fi, finding: fi === undefined ? undefined : F[fi] };
  };
  const select = (fi: number) => { s.cursor = F[fi]!.pair; s.sel = fi; };

  const moveTo = (p: number) => {
    const { visible } = where();
    const i = visible[Math.max(0, Math.min(visible.length - 1, p))];
    if (i !== undefined) { s.cursor = i; s.sel = null; }
  };
  /** The findings in the order n walks them, as the filters let them through. */
  const walk = () => visibleOf().flatMap((ri) => rowFindings(rows[ri]!, F, s.decisions, s.view));
  const step = (dir: 1 | -1, undecidedOnly: boolean): boolean => {
    const { fi, rowIndex } = where();
    const order = walk();
    let at = fi === undefined ? -1 : order.indexOf(fi);
    if (at < 0) {
      // The selected pair has no finding to walk from: start from its place in the list.
      const next = order.findIndex((i) => F[i]!.pair >= (rowIndex ?? 0));
      at = dir === 1 ? (next < 0 ? order.length : next) - 1 : next < 0 ? order.length : next;
    }
    for (let k = at + dir; k >= 0 && k < order.length; k += dir) {
      const cand = order[k]!;
      if (undecidedOnly && decisionOf(s.decisions, F[cand]!)) continue;
      select(cand);
      return true;
    }
    return false;
  };
  const save = (fp: string, d: Decision) => {
    s.decisions = { ...s.decisions, [fp]: d };
    let problem: string | void | null;
    try {
      problem = props.onDecide(fp, d);
    } catch (e) {
      problem = (e as Error).message;
    }
    s.unsaved = problem ? shortReason(problem) : '';
  };
  const decide = (kind: DecisionKind, reason?: string, toBaseline = false) => {
    const { fi, finding } = where();
    if (fi === undefined || !finding) { s.status = 'no finding on this pair'; return; }
    let baseline: string | undefined;
    if (toBaseline) {
      let problem: string | void | null;
      try { problem = props.onBaseline?.(finding); } catch (e) { problem = (e as Error).message; }
      if (problem) s.status = `not added to the baseline: ${shortReason(problem)}`;
      else baseline = props.baselinePath ?? 'yes';
    }
    const d: Decision = {
      decision: kind, rule: finding.rule, at: new Date().toISOString(), ...(props.reviewer ? { reviewer: props.reviewer } : {}),
      message: finding.message, reference: finding.reference?.text ?? null, suspect: finding.suspect?.text ?? null,
      ...(reason ? { reason } : {}), ...(baseline ? { baseline } : {}),
    };
    s.undo = [...s.undo, { fp: finding.fingerprint, finding: fi, prev: s.decisions[finding.fingerprint] }];
    save(finding.fingerprint, d);
    // On to the next finding that still needs a decision.
    const moved = step(1, true) || step(-1, true);
    const what = `${kind}${baseline ? ' + baseline' : ''}: ${finding.rule}`;
    if (!s.status) s.status = moved ? `${what} · next undecided` : `all decided · ${what}`;
  };
  const undo = () => {
    const last = s.undo[s.undo.length - 1];
    if (!last) { s.status = 'nothing to undo'; return; }
    s.undo = s.undo.slice(0, -1);
    const f = F[last.finding]!;
    const restored: Decision = last.prev ?? { decision: null, rule: f.rule, at: '' };
    save(last.fp, { ...restored, at: new Date().toISOString(), ...(props.reviewer ? { reviewer: props.reviewer } : {}) });
    // Back to the finding the decision was about, even where a filter had hidden it.
    select(last.finding);
    if (!where().visible.includes(f.pair) || where().fi !== last.finding) s.view = { ...DEFAULT_VIEW };
    s.status = `undone: ${f.rule}`;
  };

  useInput((ch, key) => {
    // Keys that arrive together come as one string ("GN", or a typed reason and its Enter: "checked\r"): each
    // character is its own key press, so commands, text and the Enter that ends a prompt are all kept.
    if (ch.length > 1 && !key.ctrl && !key.meta) {
      for (const c1 of ch) {
        handleKey(c1, { ...key, return: c1 === '\r' || c1 === '\n', tab: c1 === '\t', backspace: c1 === '\b' || c1 === '\x7f', delete: false, escape: false });
      }
    } else handleKey(ch, key);
    redraw();
  }, { isActive: isRawModeSupported === true });

  const handleKey = (ch: string, key: Key) => {
    if (key.ctrl && ch === 'c') { props.onQuit(s.decisions, true); exit(); return; }
    if (s.mode === 'search' || s.mode === 'reason') {
      if (key.escape) { s.mode = 'normal'; s.input = ''; return; }
      const toBaseline = s.mode === 'reason' && key.tab && !!props.onBaseline;
      if (key.return || toBaseline) {
        if (s.mode === 'search') { s.view = { ...s.view, query: s.input }; s.status = s.input ? `search: ${s.input}` : ''; }
        else { s.status = ''; decide('dismissed', s.input.trim() || undefined, toBaseline); }
        s.mode = 'normal';
        s.input = '';
        return;
      }
      if (key.backspace || key.delete) { s.input = s.input.slice(0, -1); return; }
      if (ch && !key.ctrl && !key.meta && !key.tab) s.input = (s.input + ch).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
      return;
    }
    if (s.mode === 'help') {
      if (key.downArrow || ch === 'j' || ch === ' ' || key.pageDown) { s.helpTop += key.downArrow || ch === 'j' ? 1 : 8; return; }
      if (key.upArrow || ch === 'k' || key.pageUp) { s.helpTop = Math.max(0, s.helpTop - (key.upArrow || ch === 'k' ? 1 : 8)); return; }
      s.mode = 'normal';
      return;
    }
    const { pos } = where();
    const page = Math.max(1, layoutFor(width, height).minList - 1);
    s.status = '';
    if (ch === 'q') { props.onQuit(s.decisions); exit(); return; }
    if (key.downArrow || ch === 'j') moveTo(pos + 1);
    else if (key.upArrow || ch === 'k') moveTo(pos - 1);
    else if (key.pageDown || ch === ' ') moveTo(pos + page);
    else if (key.pageUp) moveTo(pos - page);
    else if (ch === 'g') moveTo(0);
    else if (ch === 'G') moveTo(where().visible.length - 1);
    else if (ch === 'n') { if (!step(1, false)) s.status = 'no further finding'; }
    else if (ch === 'N') { if (!step(-1, false)) s.status = 'no earlier finding'; }
    else if (ch === 'u') { if (!step(1, true)) s.status = step(-1, true) ? 'no undecided finding further on; went back to an earlier one' : 'no undecided finding left'; }
    else if (ch === 'U') { if (!step(-1, true)) s.status = 'no earlier undecided finding'; }
    else if (key.tab) { s.view = { ...s.view, pairs: s.view.pairs === 'all' ? 'findings' : 'all' }; s.status = `showing ${viewLabel(s.view)}`; }
    else if (ch === 'f') { s.view = { ...s.view, decision: DECISION_FILTERS[(DECISION_FILTERS.indexOf(s.view.decision) + 1) % DECISION_FILTERS.length]! }; s.status = `showing ${viewLabel(s.view)}`; }
    else if (ch === 's') { s.view = { ...s.view, severity: SEVERITY_FILTERS[(SEVERITY_FILTERS.indexOf(s.view.severity) + 1) % SEVERITY_FILTERS.length]! }; s.status = `showing ${viewLabel(s.view)}`; }
    else if (ch === 't') {
      const kinds: ('any' | Kind)[] = ['any', ...KINDS.filter((k) => F.some((f) => f.kind === k))];
      s.view = { ...s.view, kind: kinds[(kinds.indexOf(s.view.kind) + 1) % kinds.length]! };
      s.status = `showing ${viewLabel(s.view)}`;
    } else if (ch === 'x') { s.view = { ...DEFAULT_VIEW }; s.status = 'filters and search cleared'; }
    else if (ch === '/') { s.mode = 'search'; s.input = s.view.query; }
    else if (ch === 'c') decide('confirmed');
    else if (ch === 'd') { if (where().finding) { s.mode = 'reason'; s.input = ''; } else s.status = 'no finding on this pair'; }
    else if (ch === 'z') undo();
    else if (ch === 'e') {
      try { s.status = `exported to ${props.onExport(s.decisions)}`; } catch (e) { s.status = `export failed: ${shortReason((e as Error).message)}`; }
    } else if (ch === '?') { s.mode = 'help'; s.helpTop = 0; }
    // The list follows the selection: keep the selected finding where the filters can see it.
    const w = where();
    if (w.rowIndex !== undefined) s.cursor = w.rowIndex;
    if (w.fi !== undefined) s.sel = w.fi;
  };

  const lines = screen({ report, rows, state: s, where: where(), width, height, color, canBaseline: !!props.onBaseline });
  return (
    <Box flexDirection="column" width={width} height={lines.length}>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate" inverse={line.inverse}>{line.segs.length ? line.segs.map((seg, k) => <SegText key={k} seg={seg} color={color} />) : ' '}</Text>
      ))}
    </Box>
  );
}

/** A save error without the file name it starts with (the name is long and the footer short). */
function shortReason(msg: string): string {
  return msg.replace(/^\S+: (?=cannot|the review file|another|not )/, '');
}

/** Rows: header 2, list, a rule with the list's state, the pair, footer 1. The list keeps at least this many rows. */
function layoutFor(width: number, height: number) {
  const body = Math.max(3, height - 4);
  return { body, minList: Math.max(2, Math.min(8, Math.floor(body * 0.25))), width: Math.max(20, width) };
}

interface ScreenInput {
  report: Report;
  rows: Row[];
  state: State;
  where: { visible: number[]; pos: number; rowIndex: number | undefined; row: Row | undefined; nav: number[]; fi: number | undefined; finding: Finding | undefined };
  width: number;
  height: number;
  color: boolean;
  canBaseline: boolean;
}

/** The whole screen as lines, exactly `height` of them (fewer only when the terminal is tinier than the header). */
export function screen(o: ScreenInput): Line[] {
  const { report, rows, state: s, width, color } = o;
  const { body, minList } = layoutFor(width, o.height);
  const W = width;
  const { visible, pos, rowIndex, row, nav, finding } = o.where;
  const F = report.findings;
  const dec = s.decisions;

  // Header: what is reviewed, and counts that follow the decisions.
  let confirmed = 0, dismissed = 0;
  const open: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  for (const f of F) {
    const d = decisionOf(dec, f);
    if (d === 'confirmed') confirmed++;
    if (d === 'dismissed') dismissed++; else open[f.severity]++;
  }
  const sum = report.summary;
  // Dismissed findings no longer count, as for `check`: with no major or critical left the copy reads as faithful.
  const verdict = sum.verdict === 'drifted' && open.critical + open.major === 0 ? 'faithful' : sum.verdict;
  const header1 = `driftcheck review  ${basename(report.reference.path)} → ${basename(report.suspect.path)}`;
  const reviewed = `reviewed ${confirmed + dismissed}/${F.length}`;
  const coverage = `coverage ${Math.round(sum.coverage.reference * 100)}%/${Math.round(sum.coverage.suspect * 100)}%`;
  // The longest form that fits; the progress always shows.
  const header2 = [
    `${verdict} · ${open.critical} critical, ${open.major} major, ${open.minor} minor · ${reviewed} (${confirmed} confirmed, ${dismissed} dismissed) · ${coverage}`,
    `${verdict} · ${open.critical} critical, ${open.major} major, ${open.minor} minor · ${reviewed} (${confirmed} confirmed, ${dismissed} dismissed)`,
    `${verdict} · ${open.critical} crit, ${open.major} maj, ${open.minor} min · ${reviewed} (${confirmed}c ${dismissed}d)`,
    `${reviewed} · ${verdict} · ${open.critical} crit, ${open.major} maj, ${open.minor} min`,
  ].find((h) => h.length <= W) ?? `${reviewed} · ${verdict}`;
  const out: Line[] = [
    { segs: [{ text: truncate(header1, W), style: 'bold' }] },
    { segs: [{ text: truncate(header2, W) }] },
  ];

  const footer = footerLine(s, W, o.canBaseline);
  if (s.mode === 'help') {
    const help = helpLines(W);
    const room = body + 1;
    const top = Math.max(0, Math.min(s.helpTop, help.length - room));
    s.helpTop = top;
    const shown = help.slice(top, top + room);
    while (shown.length < room) shown.push({ segs: [] });
    return [...out, ...shown, footer].slice(0, Math.max(1, o.height));
  }

  // The pair: its two sides, then its findings; the selected finding's header and message always fit.
  const detail = row ? detailBlocks(report, row, nav, finding, dec, W, color) : { diff: [[{ text: 'No pair matches the filters (x clears them).', style: 'dim' as const }]], findings: [] as Seg[][], selStart: 0, selLen: 0 };
  const maxDetail = Math.max(1, body - minList);
  const need = detail.diff.length + detail.findings.length;
  const D = Math.min(need, maxDetail);
  let L = body - D;
  let diff = detail.diff, fl = detail.findings;
  if (need > D) {
    // Findings first (around the selected one), the diff gets what is left, at least two lines where possible.
    const forFindings = Math.min(fl.length, Math.max(detail.selLen, D - Math.min(diff.length, Math.max(2, D - fl.length))));
    const fTop = Math.max(0, Math.min(detail.selStart - Math.max(0, Math.floor((forFindings - detail.selLen) / 3)), fl.length - forFindings));
    fl = fl.slice(fTop, fTop + forFindings).slice(0, D);
    const forDiff = D - fl.length;
    // Show the part of the pair where the evidence is.
    const firstStrong = diff.findIndex((l) => l.some((x) => x.style === 'ev' || x.style === 'evdel' || x.style === 'evins' || x.style === 'caret'));
    const dTop = Math.max(0, Math.min(firstStrong < 0 ? 0 : firstStrong - 1, diff.length - forDiff));
    diff = forDiff > 0 ? diff.slice(dTop, dTop + forDiff) : [];
  }
  L = Math.max(0, body - diff.length - fl.length);

  // The list, scrolled so the selected row is in it.
  const listH = Math.min(L, Math.max(1, L));
  const start = Math.max(0, Math.min(pos - Math.floor(listH / 2), visible.length - listH));
  const listLines: Line[] = visible.slice(start, start + listH).map((ri) => {
    const r = rows[ri]!;
    const undecided = r.findings.filter((f) => !decisionOf(dec, F[f]!)).length;
    const mark = `${STATUS_MARK[r.status]} ${r.severity ? SEV_TAG[r.severity] : '    '} ${String(r.findings.length || '').padStart(2)}${r.findings.length && !undecided ? '✓' : ' '} `;
    return {
      inverse: ri === rowIndex,
      segs: [{ text: mark, style: r.severity ?? 'dim' }, { text: truncate(r.susText || r.refText, Math.max(1, W - mark.length)) }],
    };
  });
  if (!listLines.length && listH > 0) listLines.push({ segs: [{ text: 'no pair matches the filters (x clears them)', style: 'dim' }] });
  while (listLines.length < listH) listLines.push({ segs: [] });

  const pairLabel = row ? `pair ${row.pair + 1}/${report.alignment.length} · ${row.status}${report.alignment[row.pair]!.similarity ? ` ${report.alignment[row.pair]!.similarity.toFixed(2)}` : ''}` : 'no pair';
  const rule = `─ ${pairLabel} ─ ${viewLabel(s.view)}${s.view.query ? ` · search “${s.view.query}”` : ''} · ${visible.length ? pos + 1 : 0}/${visible.length} `;
  out.push(...listLines);
  out.push({ segs: [{ text: truncate(rule + '─'.repeat(Math.max(0, W - rule.length)), W), style: 'dim' }] });
  for (const l of [...diff, ...fl]) out.push({ segs: clip(l, W) });
  while (out.length < o.height - 1) out.push({ segs: [] });
  out.push(footer);
  return out.slice(0, Math.max(1, o.height));
}

function footerLine(s: State, W: number, canBaseline: boolean): Line {
  if (s.mode === 'search') return { inverse: true, segs: [{ text: truncate(`search: ${s.input}▌  Enter filter · Esc cancel`, W) }] };
  if (s.mode === 'reason') {
    const how = canBaseline ? 'Enter dismiss · Tab dismiss + baseline · Esc cancel' : 'Enter dismiss · Esc cancel';
    return { inverse: true, segs: [{ text: truncate(`dismiss — reason (optional): ${s.input}▌  ${how}`, W) }] };
  }
  if (s.mode === 'help') return { segs: [{ text: truncate('help · ↓ ↑ scroll · any other key closes', W), style: 'dim' }] };
  // "? help  q quit" always shows; the status (a save that failed first) or the key hints take what is left.
  const right = '  ? help  q quit';
  const left = s.unsaved ? `NOT SAVED (kept in memory): ${s.unsaved}` : s.status || 'n/N next  u/U undecided  c confirm  d dismiss  z undo  f/s/t filter  / search  e export';
  const room = Math.max(0, W - right.length);
  return { segs: [{ text: truncate(left, room).padEnd(room), style: s.unsaved ? 'warn' : undefined }, { text: right.slice(0, W), style: 'bold' }] };
}

function SegText({ seg, color }: { seg: Seg; color: boolean }) {
  const c = (name: string) => (color ? name : undefined);
  switch (seg.style) {
    case 'del': return <Text color={c('red')} strikethrough>{seg.text}</Text>;
    case 'ins': return <Text color={c('green')} underline>{seg.text}</Text>;
    case 'dimdel': return <Text color={c('red')} dimColor strikethrough>{seg.text}</Text>;
    case 'dimins': return <Text color={c('green')} dimColor>{seg.text}</Text>;
    case 'ev': return <Text bold underline>{seg.text}</Text>;
    case 'evdel': return <Text bold inverse color={c('red')}>{seg.text}</Text>;
    case 'evins': return <Text bold inverse color={c('green')}>{seg.text}</Text>;
    case 'caret': return <Text bold inverse color={c('yellow')}>{seg.text}</Text>;
    case 'mark': return <Text inverse>{seg.text}</Text>;
    case 'dim': return <Text dimColor>{seg.text}</Text>;
    case 'bold': return <Text bold>{seg.text}</Text>;
    case 'warn': return <Text bold inverse color={c('red')}>{seg.text}</Text>;
    case 'critical': case 'major': case 'minor': return <Text bold color={c(SEV_COLOR[seg.style])}>{seg.text}</Text>;
    default: return <Text>{seg.text}</Text>;
  }
}

/** The pair's lines (side by side when wide, stacked when narrow) and its findings' lines, the selected one's range marked. */
export function detailBlocks(report: Report, row: Row, nav: number[], finding: Finding | undefined,
  decisions: Record<string, Decision>, width: number, color: boolean): { diff: Seg[][]; findings: Seg[][]; selStart: number; selLen: number } {
  const { ref, sus } = pairSides(report, row, finding, color);
  const diff: Seg[][] = [];
  if (width >= 110) {
    const col = Math.floor((width - 3) / 2);
    const a = wrap([{ text: 'REFERENCE  ', style: 'bold' }, ...ref], col), b = wrap([{ text: 'COPY  ', style: 'bold' }, ...sus], col);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const left = a[i] ?? [];
      diff.push([...left, { text: ' '.repeat(Math.max(0, col - lineLength(left))) + ' │ ' }, ...(b[i] ?? [])]);
    }
  } else {
    diff.push(...wrap([{ text: 'REFERENCE  ', style: 'bold' }, ...ref], width));
    diff.push(...wrap([{ text: 'COPY  ', style: 'bold' }, ...sus], width));
  }
  const findings: Seg[][] = [];
  let selStart = 0, selLen = 0;
  const hidden = row.findings.length - nav.length;
  for (const fi of nav) {
    const f = report.findings[fi]!;
    const d = decisions[f.fingerprint];
    const selected = f === finding;
    const head: Seg[] = [
      { text: selected ? '▶ ' : '  ' },
      { text: f.severity.toUpperCase(), style: f.severity },
      { text: ` ${f.kind} · ${f.rule}${d?.decision ? ` · ${d.decision}` : ''}`, style: d?.decision ? 'dim' : undefined },
    ];
    if (!selected) {
      // Other findings of the pair: one line each, so the selected one keeps its room.
      findings.push([...head, { text: `  ${f.message}`, style: 'dim' }]);
      continue;
    }
    selStart = findings.length;
    findings.push(...wrap(head, width));
    findings.push(...wrap([{ text: `  ${f.message}` }], width));
    if (d?.reason) findings.push(...wrap([{ text: `  note: ${d.reason}`, style: 'dim' }], width));
    selLen = findings.length - selStart;
  }
  if (hidden > 0) findings.push([{ text: `  (${hidden} more finding${hidden > 1 ? 's' : ''} on this pair hidden by the filters)`, style: 'dim' }]);
  if (!row.findings.length) findings.push([{ text: 'No finding on this pair.', style: 'dim' }]);
  if (!color && finding === undefined && row.refText && row.susText && row.status !== 'match') findings.push([{ text: '[-deleted-] only in the reference, {+inserted+} only in the copy', style: 'dim' }]);
  return { diff, findings, selStart, selLen };
}

const HELP: { title: string; items: [string, string][] }[] = [
  { title: 'Move', items: [
    ['↑ ↓  j k', 'previous / next aligned pair'], ['PgUp PgDn Space', 'a page of pairs'], ['g  G', 'first / last pair'],
    ['n  N', 'next / previous finding'], ['u  U', 'next / previous undecided finding'],
  ] },
  { title: 'Decide (saved at once)', items: [
    ['c', 'confirm: real drift; moves on to the next undecided finding'],
    ['d', 'dismiss as a false alarm: type an optional note, Enter saves (Tab also adds it to the --baseline file), Esc cancels; moves on'],
    ['z', 'undo the last decision and go back to its finding'],
    ['e', 'export the reviewed report as Markdown'],
  ] },
  { title: 'Filter', items: [
    ['Tab', 'all pairs / only pairs with findings'], ['f', 'findings: any, undecided, confirmed, dismissed'],
    ['s', 'severity: any, major and critical, critical only'], ['t', 'kind: any, then each kind present'],
    ['/', 'search the text of both sides (empty search clears)'], ['x', 'clear every filter and the search'],
  ] },
  { title: 'Marks in the list', items: [
    ['=', 'same sentence on both sides'], ['~', 'changed'], ['-', 'omitted: only in the reference'], ['+', 'added: only in the copy'],
    ['>', 'moved to another place'], ['CRIT MAJ MIN', 'most severe finding of the pair, then how many'], ['✓', 'every finding of the pair decided'],
  ] },
  { title: 'Marks in the pair', items: [
    ['▶', 'the selected finding'], ['bold, inverse', 'its evidence, on both sides'], ['dim', 'other changes of the pair'],
    ['‸', 'where an omitted (or added) part would be in the other text'], ['[-x-]  {+x+}', 'without colour: deleted / inserted words'],
  ] },
  { title: 'Leave', items: [['q', 'quit (decisions are already saved)'], ['Ctrl-C', 'quit too, exit code 130'], ['?', 'this help']] },
];

/** The help, one column of key and explanation per section; two columns of sections when the terminal is wide. */
export function helpLines(width: number): Line[] {
  const keyW = Math.min(17, Math.max(...HELP.flatMap((sec) => sec.items.map(([k]) => k.length))) + 2);
  const section = (sec: (typeof HELP)[number], w: number): Seg[][] => {
    const lines: Seg[][] = [[{ text: sec.title, style: 'bold' }]];
    for (const [k, v] of sec.items) {
      const text = wrap([{ text: v }], Math.max(10, w - keyW));
      text.forEach((l, i) => lines.push([{ text: (i === 0 ? k : '').padEnd(keyW), style: i === 0 ? 'bold' : undefined }, ...l]));
    }
    lines.push([]);
    return lines;
  };
  if (width < 100) return HELP.flatMap((sec) => section(sec, width)).map((segs) => ({ segs }));
  const colW = Math.floor((width - 3) / 2);
  const half = Math.ceil(HELP.length / 2);
  const left = HELP.slice(0, half).flatMap((sec) => section(sec, colW)), right = HELP.slice(half).flatMap((sec) => section(sec, colW));
  const out: Line[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? [];
    out.push({ segs: [...l, { text: ' '.repeat(Math.max(0, colW - lineLength(l))) + ' │ ' }, ...(right[i] ?? [])] });
  }
  return out;
}

