// The interactive review: header, a windowed list of aligned pairs, the selected pair side by side (or stacked
// when narrow) with word differences, its findings, and a footer. Never renders taller than the terminal.
import { Box, Text, useApp, useInput, useStdin, useStdout, type Key } from 'ink';
import React, { useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Report, Severity } from '../core/types.js';
import { wordDiff } from '../core/worddiff.js';
import type { Decision, DecisionKind } from '../review/store.js';
import { buildRows, FILTER_LABEL, FILTERS, SEV_TAG, STATUS_MARK, truncate, visibleRows, wrap, type Filter, type Seg } from './model.js';

export interface AppProps {
  report: Report;
  decisions: Record<string, Decision>;
  /** Called on every decision (and undo) with the fingerprint and the new decision; persists it. */
  onDecide: (fingerprint: string, d: Decision) => void;
  /** Writes the Markdown export; returns the path written. */
  onExport: (decisions: Record<string, Decision>) => string;
  onQuit: (decisions: Record<string, Decision>) => void;
  color: boolean;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  width?: number;
  height?: number;
}

type Mode = 'normal' | 'search' | 'reason' | 'help';

interface State {
  filter: Filter;
  query: string;
  input: string;
  mode: Mode;
  /** Index of the selected row in all rows (not only the visible ones). */
  cursor: number;
  /** Selected finding within the row. */
  fsel: number;
  status: string;
  decisions: Record<string, Decision>;
  undo: { fp: string; prev: Decision | undefined }[];
}

const basename = (p: string) => p.split(/[\\/]/).pop() || p;

const SEV_COLOR: Record<Severity, string> = { critical: 'magenta', major: 'red', minor: 'yellow' };

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

export function App(props: AppProps) {
  const { report, color } = props;
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { width, height } = useTerminalSize({ width: props.width, height: props.height });
  const rows = useMemo(() => buildRows(report), [report]);
  // Keys can arrive faster than Ink renders: the handler reads and writes this state synchronously, then asks
  // for a render, so a second key never acts on a stale frame.
  const st = useRef<State>({
    filter: 'all', query: '', input: '', mode: 'normal', fsel: 0, status: '',
    cursor: Math.max(0, rows.findIndex((r) => r.findings.length > 0)),
    decisions: props.decisions, undo: [],
  }).current;
  const [, setFrame] = useState(0);
  const redraw = () => setFrame((n) => n + 1);
  const visibleMemo = useRef<{ key: string; rows: number[] }>({ key: '', rows: [] });
  const visibleOf = () => {
    const key = `${st.filter}\u0000${st.query}`;
    if (visibleMemo.current.key !== key) visibleMemo.current = { key, rows: visibleRows(rows, report.findings, st.filter, st.query) };
    return visibleMemo.current.rows;
  };
  const where = () => {
    const visible = visibleOf();
    const at = visible.indexOf(st.cursor);
    const pos = Math.max(0, at >= 0 ? at : visible.findIndex((i) => i >= st.cursor));
    const rowIndex = visible[pos] ?? visible[visible.length - 1];
    const row = rowIndex === undefined ? undefined : rows[rowIndex];
    const finding: Finding | undefined = row && row.findings.length ? report.findings[row.findings[Math.min(st.fsel, row.findings.length - 1)]!] : undefined;
    return { visible, pos, rowIndex, row, finding };
  };

  // Layout: header 2, separator 1, footer 1; list and detail share the rest.
  const body = Math.max(4, height - 3);
  const listHeightFor = (n: number) => Math.max(2, Math.min(n || 1, Math.floor(body * 0.35)));

  const moveTo = (p: number) => {
    const { visible } = where();
    const i = visible[Math.max(0, Math.min(visible.length - 1, p))];
    if (i !== undefined) { st.cursor = i; st.fsel = 0; }
  };
  const nextFinding = (dir: 1 | -1) => {
    const { visible, pos, row } = where();
    if (!row) return;
    const k = Math.min(st.fsel, Math.max(0, row.findings.length - 1));
    if (dir === 1 && k + 1 < row.findings.length) { st.fsel = k + 1; return; }
    if (dir === -1 && k > 0) { st.fsel = k - 1; return; }
    for (let p = pos + dir; p >= 0 && p < visible.length; p += dir) {
      const r = rows[visible[p]!]!;
      if (r.findings.length) { st.cursor = visible[p]!; st.fsel = dir === 1 ? 0 : r.findings.length - 1; return; }
    }
    st.status = dir === 1 ? 'no further finding' : 'no earlier finding';
  };
  const decide = (kind: DecisionKind | null, reason?: string) => {
    const { finding } = where();
    if (!finding) { st.status = 'no finding on this pair'; return; }
    const fp = finding.fingerprint;
    const d: Decision = { decision: kind, rule: finding.rule, at: new Date().toISOString(), ...(reason ? { reason } : {}) };
    st.undo = [...st.undo, { fp, prev: st.decisions[fp] }];
    st.decisions = { ...st.decisions, [fp]: d };
    props.onDecide(fp, d);
    st.status = kind ? `${kind}: ${finding.rule}` : '';
    if (kind) nextFinding(1);
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
    if (st.mode === 'search' || st.mode === 'reason') {
      if (key.escape) { st.mode = 'normal'; st.input = ''; return; }
      if (key.return) {
        if (st.mode === 'search') { st.query = st.input; st.status = st.input ? `search: ${st.input}` : ''; }
        else decide('dismissed', st.input.trim() || undefined);
        st.mode = 'normal';
        st.input = '';
        return;
      }
      if (key.backspace || key.delete) { st.input = st.input.slice(0, -1); return; }
      if (ch && !key.ctrl && !key.meta) st.input = (st.input + ch).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
      return;
    }
    if (st.mode === 'help') { st.mode = 'normal'; return; }
    const { visible, pos, finding } = where();
    const page = Math.max(1, listHeightFor(visible.length) - 1);
    st.status = '';
    if (ch === 'q') { props.onQuit(st.decisions); exit(); return; }
    if (key.downArrow || ch === 'j') moveTo(pos + 1);
    else if (key.upArrow || ch === 'k') moveTo(pos - 1);
    else if (key.pageDown || ch === ' ') moveTo(pos + page);
    else if (key.pageUp) moveTo(pos - page);
    else if (ch === 'g') moveTo(0);
    else if (ch === 'G') moveTo(visible.length - 1);
    else if (ch === 'n') nextFinding(1);
    else if (ch === 'N') nextFinding(-1);
    else if (key.tab) { st.filter = FILTERS[(FILTERS.indexOf(st.filter) + 1) % FILTERS.length]!; st.status = `showing ${FILTER_LABEL[st.filter]}`; }
    else if (ch === '/') { st.mode = 'search'; st.input = st.query; }
    else if (ch === 'c') decide('confirmed');
    else if (ch === 'd') { if (finding) { st.mode = 'reason'; st.input = ''; } else st.status = 'no finding on this pair'; }
    else if (ch === 'u') {
      const last = st.undo[st.undo.length - 1];
      if (!last) { st.status = 'nothing to undo'; return; }
      st.undo = st.undo.slice(0, -1);
      const restored: Decision = last.prev ?? { decision: null, rule: report.findings.find((f) => f.fingerprint === last.fp)?.rule ?? '', at: '' };
      const d = { ...restored, at: new Date().toISOString() };
      st.decisions = { ...st.decisions, [last.fp]: d };
      props.onDecide(last.fp, d);
      st.status = 'undone';
    } else if (ch === 'e') {
      try { st.status = `exported to ${props.onExport(st.decisions)}`; } catch (e) { st.status = `export failed: ${(e as Error).message}`; }
    } else if (ch === '?') st.mode = 'help';
  };

  const { visible, pos, rowIndex, row, finding } = where();
  const { decisions, mode, input, query, filter, status } = st;
  const decidedCount = report.findings.filter((f) => decisions[f.fingerprint]?.decision).length;
  const listHeight = listHeightFor(visible.length);
  const detailHeight = Math.max(1, body - listHeight - 1);
  const c = (name: string | undefined) => (color ? name : undefined);

  const s = report.summary;
  const header1 = `driftcheck review  ${basename(report.reference.path)} → ${basename(report.suspect.path)}`;
  const header2 = `${s.verdict} · ${s.counts.critical} critical, ${s.counts.major} major, ${s.counts.minor} minor · coverage ${Math.round(s.coverage.reference * 100)}%/${Math.round(s.coverage.suspect * 100)}% · reviewed ${decidedCount}/${report.findings.length}`;
  const listState = `─ ${FILTER_LABEL[filter]}${query ? ` · search “${query}”` : ''} · ${visible.length ? pos + 1 : 0}/${visible.length} `;

  const start = Math.max(0, Math.min(pos - Math.floor(listHeight / 2), visible.length - listHeight));
  const listLines = visible.slice(start, start + listHeight).map((ri) => {
    const r = rows[ri]!;
    const selected = ri === rowIndex;
    const undecided = r.findings.filter((f) => !decisions[report.findings[f]!.fingerprint]?.decision).length;
    const mark = `${STATUS_MARK[r.status]} ${r.severity ? SEV_TAG[r.severity] : '    '} ${String(r.findings.length || '').padStart(2)}${r.findings.length && !undecided ? '✓' : ' '} `;
    const text = truncate(r.susText || r.refText, width - mark.length - 2);
    return (
      <Text key={ri} inverse={selected} wrap="truncate">
        <Text color={c(r.severity ? SEV_COLOR[r.severity] : 'gray')}>{mark}</Text>
        {text}
      </Text>
    );
  });

  const detail = mode === 'help' ? helpLines(width) : detailLines(report, row, finding, decisions, width, color);
  const shown = detail.slice(0, detailHeight);
  const prompt = mode === 'search' ? `search: ${input}▌  (Enter to filter, Esc to cancel)` : mode === 'reason' ? `dismiss — reason (optional): ${input}▌  (Enter to save, Esc to cancel)` : '';
  const footer = prompt || (status ? `${status} · ` : '') + '↑↓/jk move  n/N finding  c confirm  d dismiss  u undo  Tab filter  / search  e export  ? help  q quit';

  return (
    <Box flexDirection="column" width={width} height={Math.min(height, 3 + body)}>
      <Text bold wrap="truncate">{truncate(header1, width)}</Text>
      <Text wrap="truncate" color={c('cyan')}>{truncate(header2, width)}</Text>
      <Box flexDirection="column" height={listHeight}>{listLines.length ? listLines : <Text dimColor>no pair matches</Text>}</Box>
      <Text dimColor wrap="truncate">{truncate(listState + '─'.repeat(Math.max(0, width - listState.length)), width)}</Text>
      <Box flexDirection="column" height={detailHeight}>
        {shown.map((line, i) => (
          <Text key={i} wrap="truncate">{line.map((seg, k) => <SegText key={k} seg={seg} color={color} />)}</Text>
        ))}
      </Box>
      <Text wrap="truncate" inverse={!!prompt}>{truncate(footer, width)}</Text>
    </Box>
  );
}

function SegText({ seg, color }: { seg: Seg; color: boolean }) {
  switch (seg.style) {
    case 'del': return <Text color={color ? 'red' : undefined} strikethrough>{seg.text}</Text>;
    case 'ins': return <Text color={color ? 'green' : undefined} underline>{seg.text}</Text>;
    case 'mark': return <Text inverse>{seg.text}</Text>;
    case 'dim': return <Text dimColor>{seg.text}</Text>;
    case 'bold': return <Text bold>{seg.text}</Text>;
    case 'critical': case 'major': case 'minor': return <Text bold color={color ? SEV_COLOR[seg.style] : undefined}>{seg.text}</Text>;
    default: return <Text>{seg.text}</Text>;
  }
}

function sideSegs(text: string, diff: { text: string; op: string }[] | null, color: boolean): Seg[] {
  if (!diff) return [{ text: text || '(nothing)', style: text ? undefined : 'dim' }];
  return diff.map((d) => {
    if (d.op === 'same') return { text: d.text };
    if (color) return { text: d.text, style: d.op === 'del' ? 'del' : 'ins' };
    // Without colour the change is marked in the text itself, before wrapping, so lines keep their width.
    const body = d.text.trimEnd(), tail = d.text.slice(body.length);
    return { text: d.op === 'del' ? `[-${body}-]${tail}` : `{+${body}+}${tail}` };
  });
}

export function detailLines(report: Report, row: ReturnType<typeof buildRows>[number] | undefined, finding: Finding | undefined,
  decisions: Record<string, Decision>, width: number, color: boolean): Seg[][] {
  if (!row) return [[{ text: 'No pair to show.', style: 'dim' }]];
  const both = row.refText && row.susText;
  const d = both ? wordDiff(row.refText, row.susText) : null;
  const ref = sideSegs(row.refText, d?.ref ?? null, color), sus = sideSegs(row.susText, d?.sus ?? null, color);
  const lines: Seg[][] = [];
  const label = `pair ${row.pair + 1}/${report.alignment.length} · ${row.status}${report.alignment[row.pair]!.similarity ? ` · similarity ${report.alignment[row.pair]!.similarity.toFixed(2)}` : ''}`;
  lines.push([{ text: label, style: 'dim' }]);
  if (width >= 110) {
    const col = Math.floor((width - 3) / 2);
    const a = wrap([{ text: 'REFERENCE  ', style: 'bold' }, ...ref], col), b = wrap([{ text: 'COPY  ', style: 'bold' }, ...sus], col);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const left = a[i] ?? [];
      const pad = col - left.reduce((n, x) => n + x.text.length, 0);
      lines.push([...left, { text: ' '.repeat(Math.max(0, pad)) + ' │ ' }, ...(b[i] ?? [])]);
    }
  } else {
    lines.push(...wrap([{ text: 'REFERENCE  ', style: 'bold' }, ...ref], width));
    lines.push(...wrap([{ text: 'COPY  ', style: 'bold' }, ...sus], width));
  }
  if (!color && d) lines.push([{ text: '[-deleted-] only in the reference, {+inserted+} only in the copy', style: 'dim' }]);
  for (const fi of row.findings) {
    const f = report.findings[fi]!;
    const dec = decisions[f.fingerprint]?.decision;
    const selected = f === finding;
    lines.push([]);
    lines.push(...wrap([
      { text: selected ? '▶ ' : '  ' },
      { text: f.severity.toUpperCase(), style: f.severity },
      { text: ` ${f.kind} · ${f.rule}${dec ? ` · ${dec}` : ''}`, style: dec ? 'dim' : undefined },
    ], width));
    lines.push(...wrap([{ text: `  ${f.message}` }], width));
    const why = decisions[f.fingerprint]?.reason;
    if (why) lines.push(...wrap([{ text: `  reason: ${why}`, style: 'dim' }], width));
    if (selected) {
      if (f.reference) lines.push(...wrap([{ text: '  ref:  ' }, { text: f.reference.text, style: 'mark' }], width));
      if (f.suspect) lines.push(...wrap([{ text: '  copy: ' }, { text: f.suspect.text, style: 'mark' }], width));
    }
  }
  if (!row.findings.length) lines.push([{ text: 'No finding on this pair.', style: 'dim' }]);
  return lines;
}

function helpLines(width: number): Seg[][] {
  const keys: [string, string][] = [
    ['↑ ↓  j k', 'move between aligned pairs'], ['PgUp PgDn space', 'page'], ['g G', 'first / last pair'],
    ['n N', 'next / previous finding (skips pairs without findings)'], ['Tab', 'filter: all pairs, pairs with findings, critical only'],
    ['/', 'search the text of both sides (empty search clears)'], ['c', 'confirm the selected finding as real drift'],
    ['d', 'dismiss it as a false alarm, with an optional one-line reason'], ['u', 'undo the last decision'],
    ['e', 'export the reviewed report as Markdown'], ['q', 'quit (decisions are already saved)'], ['?', 'this help (any key closes it)'],
  ];
  return [[{ text: 'Keys', style: 'bold' }], ...keys.flatMap(([k, v]) => wrap([{ text: k.padEnd(18), style: 'bold' }, { text: v }], width))];
}
