// Text report: readable in a terminal and in a CI log. Each finding with severity, kind, message and both
// excerpts with the changed words marked ([-deleted-] / {+inserted+} without colour), then a summary line.
import type { Evidence, Finding, Report, Severity } from '../core/types.js';
import { ranked } from './order.js';
import { locator, type Texts } from './positions.js';
import { safeLine } from './safe.js';

export interface TextOptions { color: boolean; width?: number }

const C = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', magenta: '\x1b[35m', cyan: '\x1b[36m' };
const SEV_COLOR: Record<Severity, string> = { critical: C.magenta, major: C.red, minor: C.yellow };

function excerpt(text: string, ev: Evidence, mark: 'del' | 'ins', o: TextOptions, sentences: Report['reference']['sentences']): string {
  const first = sentences[ev.sentences[0] ?? -1];
  const lo = Math.max(first ? Math.min(first.start, ev.span[0]) : ev.span[0], ev.span[0] - 70);
  const lastS = sentences[ev.sentences[ev.sentences.length - 1] ?? -1];
  const hi = Math.min(lastS ? Math.max(lastS.end, ev.span[1]) : ev.span[1], ev.span[1] + 70);
  const before = safeLine(text.slice(lo, ev.span[0]));
  const inside = safeLine(text.slice(ev.span[0], ev.span[1]));
  const after = safeLine(text.slice(ev.span[1], hi));
  const open = o.color ? `${C.bold}${mark === 'del' ? C.red : C.green}` : mark === 'del' ? '[-' : '{+';
  const close = o.color ? C.reset : mark === 'del' ? '-]' : '+}';
  return `${lo > 0 && first && lo > first.start ? '…' : ''}${before}${open}${inside}${close}${after}${lastS && hi < lastS.end ? '…' : ''}`;
}

export function renderFinding(f: Finding, report: Report, texts: Texts, o: TextOptions): string {
  const sev = f.severity.toUpperCase().padEnd(8);
  const head = o.color ? `${C.bold}${SEV_COLOR[f.severity]}${sev}${C.reset}` : sev;
  const dismissed = f.dismissed ? (o.color ? `${C.dim} (dismissed)${C.reset}` : ' (dismissed)') : '';
  const lines = [`${head} ${f.kind.padEnd(11)} ${safeLine(f.message)}${dismissed}`];
  const where = (label: string, side: 'reference' | 'suspect', ev: Evidence) => {
    const { line, col } = locator(texts, side)(ev.span[0]);
    return `${label} ${String(line).padStart(4)}:${String(col).padEnd(4)}`;
  };
  if (f.reference) lines.push(`    ${where('ref ', 'reference', f.reference)} ${excerpt(texts.reference, f.reference, 'del', o, report.reference.sentences)}`);
  else lines.push('    ref        (nothing)');
  if (f.suspect) lines.push(`    ${where('copy', 'suspect', f.suspect)} ${excerpt(texts.suspect, f.suspect, 'ins', o, report.suspect.sentences)}`);
  else lines.push('    copy       (nothing)');
  lines.push(`    ${o.color ? C.dim : ''}${f.rule}  ${f.id}${o.color ? C.reset : ''}`);
  return lines.join('\n');
}

export function summaryLine(report: Report): string {
  const s = report.summary;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const p = s.pairs;
  const dismissed = report.findings.filter((f) => f.dismissed).length;
  return `${s.verdict}: ${s.counts.critical} critical, ${s.counts.major} major, ${s.counts.minor} minor` +
    (dismissed ? ` (${dismissed} dismissed)` : '') +
    (report.display?.hidden ? ` (${report.display.hidden} below ${report.display.minSeverity} not shown)` : '') +
    ` · coverage ${pct(s.coverage.reference)} of reference, ${pct(s.coverage.suspect)} of copy` +
    ` · ${report.alignment.length} pairs: ${p.match} same, ${p.changed} changed, ${p.moved} moved, ${p.omitted} omitted, ${p.added} added`;
}

/** The text report in pieces (one per finding), so a long report is written without building it whole. */
export function* textChunks(report: Report, texts: Texts, o: TextOptions): Generator<string> {
  yield `driftcheck ${safeLine(report.reference.path)} → ${safeLine(report.suspect.path)}\n\n`;
  if (report.summary.verdict === 'unrelated') {
    yield 'The texts are not copies of one another (too few sentences line up), so they were not compared sentence by sentence.\n\n';
  } else if (report.summary.relation === 'rewritten') {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    yield `The copy is a rewrite: it says part of the reference in other words (it covers ${pct(report.summary.coverage.reference)} of the reference); the sentences that line up were checked.\n\n`;
  }
  for (const f of ranked(report.findings)) yield `${renderFinding(f, report, texts, o)}\n\n`;
  const line = summaryLine(report);
  yield `${o.color ? `${C.bold}${line}${C.reset}` : line}\n`;
}

export function renderText(report: Report, texts: Texts, o: TextOptions): string {
  return [...textChunks(report, texts, o)].join('');
}
