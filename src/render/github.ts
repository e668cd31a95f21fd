// GitHub Actions workflow commands: one annotation per finding on the suspect file (the reference for an
// omission). Data and properties are escaped as the runner expects, so text from the inputs cannot end the
// command or start another one.
import type { Finding, Report, Severity } from '../core/types.js';
import { ranked } from './order.js';
import { locator, type Texts } from './positions.js';
import { safe } from './safe.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', major: 'warning', minor: 'notice' };

export const escapeData = (s: string) => safe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows at most 10 annotations of each level per step (and 50 per job); more are silently dropped. */
export const GITHUB_PER_LEVEL = 10;

export interface GithubOptions { perLevel?: number; /** A job summary with every finding is written too. */ jobSummary?: boolean }

export function renderGithub(report: Report, texts: Texts, o: GithubOptions = {}): string {
  const perLevel = o.perLevel ?? GITHUB_PER_LEVEL;
  const at = { reference: locator(texts, 'reference'), suspect: locator(texts, 'suspect') };
  const out: string[] = [];
  const all = ranked(report.findings);
  const levelOf = (f: Finding) => (f.dismissed ? 'notice' : LEVEL[f.severity]);
  const count = { error: 0, warning: 0, notice: 0 };
  for (const f of all) count[levelOf(f)]++;
  // When something is left out, one notice's place goes to the line that says so.
  const over = count.error > perLevel || count.warning > perLevel || count.notice > perLevel;
  const cap = { error: perLevel, warning: perLevel, notice: over ? perLevel - 1 : perLevel };
  const used = { error: 0, warning: 0, notice: 0 };
  const left: Finding[] = [];
  all.forEach((f: Finding & { reason?: string }) => {
    const level = levelOf(f);
    if (used[level] >= cap[level]) { left.push(f); return; }
    used[level]++;
    const side = f.suspect ? 'suspect' : 'reference';
    const ev = f[side]!;
    const a = at[side](ev.span[0]), b = at[side](ev.span[1], true);
    const file = report[side].path === '-' ? 'stdin' : report[side].path;
    const props = [`file=${escapeProperty(file)}`, `line=${a.line}`, `col=${a.col}`, `endLine=${b.line}`, `endColumn=${b.col}`,
      `title=${escapeProperty(`driftcheck ${f.rule} (${f.severity}${f.dismissed ? ', dismissed' : ''})`)}`];
    const body = `${f.dismissed ? '(dismissed) ' : ''}${f.message}\nreference: ${f.reference?.text ?? '(nothing)'}\ncopy: ${f.suspect?.text ?? '(nothing)'}`;
    out.push(`::${level} ${props.join(',')}::${escapeData(body)}`);
  });
  if (left.length) {
    const n = (sev: string) => left.filter((f) => !f.dismissed && f.severity === sev).length;
    const dismissed = left.filter((f) => f.dismissed).length;
    const parts = [`${n('critical')} critical`, `${n('major')} major`, `${n('minor')} minor`, ...(dismissed ? [`${dismissed} dismissed`] : [])];
    const where = o.jobSummary ? 'The job summary lists every finding; ' : '';
    out.push(`::notice title=${escapeProperty(`driftcheck: ${left.length} more findings not annotated`)}::${escapeData(
      `${left.length} findings (${parts.join(', ')}) are not shown as annotations: GitHub shows at most ${perLevel} per level in a step. ` +
      `${where}driftcheck check --format text (or --format sarif for code scanning) prints them all.`)}`);
  }
  const s = report.summary;
  out.push(`driftcheck: ${s.verdict}: ${s.counts.critical} critical, ${s.counts.major} major, ${s.counts.minor} minor`);
  return out.join('\n') + '\n';
}
