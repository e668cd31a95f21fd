// GitHub Actions workflow commands: one annotation per finding on the suspect file (the reference for an
// omission). Data and properties are escaped as the runner expects, so text from the inputs cannot end the
// command or start another one.
import type { Finding, Report, Severity } from '../core/types.js';
import { LineIndex } from './positions.js';
import { safe } from './safe.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', major: 'warning', minor: 'notice' };

export const escapeData = (s: string) => safe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderGithub(report: Report, texts: { reference: string; suspect: string }): string {
  const lines = { reference: new LineIndex(texts.reference), suspect: new LineIndex(texts.suspect) };
  const out: string[] = [];
  for (const f of report.findings as (Finding & { reason?: string })[]) {
    const side = f.suspect ? 'suspect' : 'reference';
    const ev = f[side]!;
    const a = lines[side].at(ev.span[0]), b = lines[side].at(ev.span[1]);
    const file = report[side].path === '-' ? 'stdin' : report[side].path;
    const props = [`file=${escapeProperty(file)}`, `line=${a.line}`, `col=${a.col}`, `endLine=${b.line}`, `endColumn=${b.col}`,
      `title=${escapeProperty(`driftcheck ${f.rule} (${f.severity}${f.dismissed ? ', dismissed' : ''})`)}`];
    const level = f.dismissed ? 'notice' : LEVEL[f.severity];
    const body = `${f.dismissed ? '(dismissed) ' : ''}${f.message}\nreference: ${f.reference?.text ?? '(nothing)'}\ncopy: ${f.suspect?.text ?? '(nothing)'}`;
    out.push(`::${level} ${props.join(',')}::${escapeData(body)}`);
  }
  const s = report.summary;
  out.push(`driftcheck: ${s.verdict}: ${s.counts.critical} critical, ${s.counts.major} major, ${s.counts.minor} minor`);
  return out.join('\n') + '\n';
}
