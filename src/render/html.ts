// HTML report: one self-contained page to send to someone who will not open a terminal. The two texts side by
// side, pair by pair, changed words marked; each finding as a note under its pair, coloured by severity, with the
// reviewer's decision; a summary and a severity filter that work without scripts (radio buttons and CSS) and
// without the network (the page's policy forbids loading anything). Everything from the inputs is neutralised
// (control and bidirectional characters shown as escapes) and HTML-escaped.
import { wordDiff, type DiffSeg } from '../core/worddiff.js';
import type { AlignedPair, Finding, Report, Severity } from '../core/types.js';
import { ranked } from './order.js';
import { safe, safeLine } from './safe.js';

type Reviewed = Finding & { decision?: 'confirmed' | 'dismissed'; reason?: string };

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text from the inputs, safe as element content or a quoted attribute value. */
export const esc = (s: string) => safe(s).replace(/[\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ESC[c]!);
const escLine = (s: string) => esc(safeLine(s));

const SEVERITY_ORDER: Severity[] = ['critical', 'major', 'minor'];
const STATUS: Record<AlignedPair['status'], string> = { match: 'same', changed: 'changed', omitted: 'omitted', added: 'added', moved: 'moved' };

const STYLE = `
:root { --critical: #a3127a; --major: #c62828; --minor: #a86b00; --del: #fde0e0; --ins: #dff3df; --line: #ddd; font-family: system-ui, sans-serif; }
body { margin: 0; color: #222; background: #fafafa; }
header { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 4px; }
.verdict { padding: 1px 8px; border-radius: 4px; color: #fff; background: #555; }
.verdict.drifted { background: var(--major); } .verdict.faithful { background: #2e7d32; } .verdict.unrelated { background: #555; } .verdict.rewritten { background: #1565c0; }
.files, .summary { margin: 4px 0; font-size: 14px; } .files code { background: #f0f0f0; padding: 0 4px; }
.counts span { display: inline-block; margin-right: 10px; font-weight: 600; }
.c-critical { color: var(--critical); } .c-major { color: var(--major); } .c-minor { color: var(--minor); }
.filter { margin: 8px 24px; font-size: 14px; } .filter label { margin-right: 8px; cursor: pointer; padding: 1px 8px; border: 1px solid #bbb; border-radius: 10px; background: #fff; }
#min-minor:checked ~ .filter [for=min-minor], #min-major:checked ~ .filter [for=min-major], #min-critical:checked ~ .filter [for=min-critical], #hide-same:checked ~ .filter [for=hide-same] { background: #333; color: #fff; border-color: #333; }
.top { margin: 0 24px 12px; font-size: 14px; } .top ol { margin: 4px 0; padding-left: 24px; } .top a { color: inherit; }
table.pairs { border-collapse: collapse; width: calc(100% - 48px); margin: 0 24px 24px; table-layout: fixed; background: #fff; }
.pairs th { text-align: left; font-size: 13px; color: #555; padding: 6px 8px; border-bottom: 2px solid var(--line); }
.pairs th.n, .pairs td.n { width: 64px; }
.pairs td { vertical-align: top; padding: 6px 8px; border-top: 1px solid var(--line); font-size: 14px; line-height: 1.45; }
td.n { color: #888; font-size: 12px; } td.n .st { display: block; }
tr.notes td { border-top: none; padding-top: 0; }
del { background: var(--del); text-decoration: line-through; text-decoration-color: #b71c1c88; }
ins { background: var(--ins); text-decoration: underline; text-decoration-color: #1b5e2088; }
.none { color: #999; font-style: italic; }
.finding { border-left: 4px solid; padding: 4px 8px; margin: 4px 0; background: #fcfcfc; font-size: 13px; }
.finding.sev-critical { border-color: var(--critical); } .finding.sev-major { border-color: var(--major); } .finding.sev-minor { border-color: var(--minor); }
.badge { font-weight: 700; font-size: 11px; padding: 0 5px; border-radius: 3px; color: #fff; }
.sev-critical .badge { background: var(--critical); } .sev-major .badge { background: var(--major); } .sev-minor .badge { background: var(--minor); }
.kind { color: #555; font-weight: 600; margin: 0 4px; }
.ev { color: #444; margin-top: 2px; } .ev q { background: #f3f3f3; } .rule { color: #888; font-size: 11px; }
.decision { font-weight: 600; margin-left: 6px; } .decided-confirmed .decision { color: #2e7d32; } .decided-dismissed .decision { color: #666; }
.decided-dismissed .msg { text-decoration: line-through; color: #777; }
#min-major:checked ~ main .sev-minor, #min-critical:checked ~ main .sev-minor, #min-critical:checked ~ main .sev-major { display: none; }
#hide-same:checked ~ main tr.quiet { display: none; }
`;

function diffHtml(segs: DiffSeg[]): string {
  return segs.map((g) => (g.op === 'same' ? esc(g.text) : g.op === 'del' ? `<del>${esc(g.text)}</del>` : `<ins>${esc(g.text)}</ins>`)).join('');
}

function noteHtml(f: Reviewed): string {
  const decided = f.decision ?? (f.dismissed ? 'dismissed' : undefined);
  const decision = decided ? `<span class="decision">${decided === 'confirmed' ? '✓ confirmed' : '✗ dismissed'}${f.reason ? `: ${escLine(f.reason)}` : ''}</span>` : '';
  const side = (label: string, ev: Finding['reference']) => `${label} ${ev ? `<q>${escLine(ev.text)}</q>` : '<span class="none">(nothing)</span>'}`;
  return `<div class="finding sev-${f.severity}${decided ? ` decided-${decided}` : ''}" id="f-${esc(f.id)}" data-severity="${f.severity}" data-kind="${esc(f.kind)}"${decided ? ` data-decision="${decided}"` : ''}>` +
    `<span class="badge">${f.severity.toUpperCase()}</span><span class="kind">${esc(f.kind)}</span><span class="msg">${escLine(f.message)}</span>${decision}` +
    `<div class="ev">${side('reference:', f.reference)} · ${side('copy:', f.suspect)}</div><div class="rule">${esc(f.rule)}</div></div>`;
}

/** The page in pieces (one per aligned pair), so a long report is never built whole. */
export function* htmlChunks(report: Report): Generator<string> {
  const s = report.summary;
  const findings = report.findings as Reviewed[];
  const byPair = new Map<number, Reviewed[]>();
  for (const f of ranked(findings) as Reviewed[]) (byPair.get(f.pair) ?? byPair.set(f.pair, []).get(f.pair)!).push(f);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const confirmed = findings.filter((f) => f.decision === 'confirmed').length;
  const dismissed = findings.filter((f) => f.dismissed).length;
  const title = `driftcheck: ${s.verdict} — ${safeLine(report.reference.path)} → ${safeLine(report.suspect.path)}`;
  yield `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head>\n<body>\n`;
  yield `<header><h1>driftcheck: <span class="verdict ${esc(s.verdict)}" id="verdict">${esc(s.verdict)}</span></h1>` +
    `<p class="files">Reference <code>${escLine(report.reference.path)}</code> → copy <code>${escLine(report.suspect.path)}</code></p>` +
    `<p class="counts" id="counts">${SEVERITY_ORDER.map((sev) => `<span class="c-${sev}" data-severity="${sev}">${s.counts[sev]} ${sev}</span>`).join('')}` +
    (confirmed || dismissed ? `<span>reviewed: ${confirmed} confirmed, ${dismissed} dismissed</span>` : '') + '</p>' +
    `<p class="summary" id="summary">Coverage ${pct(s.coverage.reference)} of the reference, ${pct(s.coverage.suspect)} of the copy · ` +
    `${report.alignment.length} pairs: ${s.pairs.match} same, ${s.pairs.changed} changed, ${s.pairs.moved} moved, ${s.pairs.omitted} omitted, ${s.pairs.added} added` +
    (report.display?.hidden ? ` · ${report.display.hidden} findings below ${report.display.minSeverity} not included` : '') + '</p></header>\n';
  // The filter's inputs come before <main>, so CSS alone can hide what they leave out.
  yield `<input type="radio" name="min" id="min-minor" checked hidden><input type="radio" name="min" id="min-major" hidden><input type="radio" name="min" id="min-critical" hidden>` +
    `<input type="checkbox" id="hide-same" hidden>` +
    `<div class="filter">Show findings: <label for="min-minor">all</label><label for="min-major">major and critical</label><label for="min-critical">critical only</label>` +
    ` · <label for="hide-same">hide pairs without findings</label></div>\n<main>\n`;
  if (s.verdict === 'unrelated') yield '<p class="top">The texts are not copies of one another (too few sentences line up), so they were not compared sentence by sentence.</p>\n';
  const top = ranked(findings).filter((f) => f.severity !== 'minor' && !f.dismissed);
  if (top.length) {
    yield `<div class="top"><b>Major and critical findings</b><ol>${top.map((f) => `<li class="sev-${f.severity}"><a href="#f-${esc(f.id)}"><span class="c-${f.severity}">${f.severity}</span> ${esc(f.kind)}: ${escLine(f.message)}</a> (pair ${f.pair + 1})</li>`).join('')}</ol></div>\n`;
  }
  yield '<table class="pairs"><thead><tr><th class="n">pair</th><th>Reference</th><th>Copy</th></tr></thead><tbody>\n';
  const text = (side: 'reference' | 'suspect', ks: number[]) => ks.map((k) => report[side].sentences[k]?.text ?? '').join(' ');
  for (let i = 0; i < report.alignment.length; i++) {
    const p = report.alignment[i]!;
    const ref = text('reference', p.reference), sus = text('suspect', p.suspect);
    let refHtml: string, susHtml: string;
    if (p.status === 'omitted') { refHtml = `<del>${esc(ref)}</del>`; susHtml = '<span class="none">(nothing)</span>'; }
    else if (p.status === 'added') { refHtml = '<span class="none">(nothing)</span>'; susHtml = `<ins>${esc(sus)}</ins>`; }
    else if (p.status === 'match') { refHtml = esc(ref); susHtml = esc(sus); }
    else { const d = wordDiff(ref, sus); refHtml = diffHtml(d.ref); susHtml = diffHtml(d.sus); }
    const notes = byPair.get(i) ?? [];
    const quiet = notes.length ? '' : ' quiet';
    yield `<tr class="pair st-${p.status}${quiet}" id="pair-${i + 1}"><td class="n">${i + 1}<span class="st">${STATUS[p.status]}</span></td><td class="ref">${refHtml}</td><td class="sus">${susHtml}</td></tr>\n`;
    if (notes.length) yield `<tr class="notes" data-pair="${i + 1}"><td></td><td colspan="2">${notes.map(noteHtml).join('')}</td></tr>\n`;
  }
  yield `</tbody></table>\n</main>\n<footer class="filter">driftcheck ${esc(report.tool.version)} · the page loads nothing from the network</footer>\n</body></html>\n`;
}

export function renderHtml(report: Report): string {
  return [...htmlChunks(report)].join('');
}
