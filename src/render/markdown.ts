// Markdown report: a pull-request comment or a reviewer's export. A summary table, then a details block per finding.
import type { Finding, Report, Severity } from '../core/types.js';
import { ranked } from './order.js';
import { safeLine } from './safe.js';

type Reviewed = Finding & { decision?: 'confirmed' | 'dismissed'; reason?: string };

/** Inline code that cannot be broken out of: backticks in the text lengthen the fence. */
function code(s: string): string {
  const t = safeLine(s);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((x) => x.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${/^`|`$/.test(t) ? ` ${t} ` : t}${fence}`;
}

/**
 * Text outside code spans. A mention ("@octocat") or an issue reference ("#123") in the inputs would notify
 * people or link issues when the report is posted as a pull-request comment: a zero-width space after the sign
 * keeps it readable and inert.
 */
const cell = (s: string) => safeLine(s).replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
  .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1&#8203;');
const ICON: Record<Severity, string> = { critical: '🟥', major: '🟧', minor: '🟨' };

export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`## driftcheck: ${s.verdict}`);
  out.push('');
  out.push(`Reference ${code(report.reference.path)} → copy ${code(report.suspect.path)}`);
  out.push('');
  out.push('| severity | findings |');
  out.push('| --- | ---: |');
  for (const sev of ['critical', 'major', 'minor'] as const) out.push(`| ${ICON[sev]} ${sev} | ${s.counts[sev]} |`);
  const reviewed = report.findings as Reviewed[];
  const dismissed = reviewed.filter((f) => f.dismissed).length;
  const confirmed = reviewed.filter((f) => f.decision === 'confirmed').length;
  out.push('');
  out.push(`Coverage: ${Math.round(s.coverage.reference * 100)}% of the reference, ${Math.round(s.coverage.suspect * 100)}% of the copy.` +
    (dismissed || confirmed ? ` Reviewed: ${confirmed} confirmed, ${dismissed} dismissed.` : ''));
  out.push('');
  if (report.display?.hidden) out.push(`${report.display.hidden} findings below ${report.display.minSeverity} are not shown.`, '');
  for (const f of ranked(reviewed) as Reviewed[]) {
    const state = f.dismissed ? ' — dismissed' : f.decision === 'confirmed' ? ' — confirmed' : '';
    out.push('<details>');
    out.push(`<summary>${ICON[f.severity]} <b>${f.severity}</b> ${cell(f.kind)}: ${cell(f.message)}${state}</summary>`);
    out.push('');
    out.push(`- rule: ${code(f.rule)}`);
    out.push(`- reference: ${f.reference ? code(f.reference.text) : '(nothing)'}`);
    out.push(`- copy: ${f.suspect ? code(f.suspect.text) : '(nothing)'}`);
    if (f.reason) out.push(`- reason: ${cell(f.reason)}`);
    out.push('');
    out.push('</details>');
  }
  return out.join('\n') + '\n';
}
