// What is shown and in which order: severity then position in every format, the rank in JSON, --min-severity,
// --summary, and GitHub annotations within GitHub's limits with a job summary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITY_RANK, type Finding } from '../src/core/types.js';
import { loadRules } from '../src/core/rules.js';
import { renderGithub } from '../src/render/github.js';
import { jsonChunks } from '../src/render/json.js';
import { renderJunit } from '../src/render/junit.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ranked, withRanks } from '../src/render/order.js';
import { sarifLog } from '../src/render/sarif.js';
import { CNN, ROOT, ROUNDTRIP, seedPair, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', ...env } });

/** True when the list is in display order: severity first (critical first), then pair, then offset. */
function inDisplayOrder(list: { severity: Finding['severity']; pair: number }[]): boolean {
  return list.every((f, i) => i === 0 || SEVERITY_RANK[list[i - 1]!.severity] > SEVERITY_RANK[f.severity] ||
    (list[i - 1]!.severity === f.severity && list[i - 1]!.pair <= f.pair));
}

describe('display order', () => {
  const report = seedPair();

  it('lists the text report by severity then position: the four criticals first, then the majors', () => {
    const r = cli(['check', CNN, ROUNDTRIP]);
    const heads = [...r.stdout.matchAll(/^(CRITICAL|MAJOR|MINOR) /gm)].map((m) => m[1]!.toLowerCase());
    expect(heads).toHaveLength(report.findings.length);
    expect(heads.slice(0, 4)).toEqual(['critical', 'critical', 'critical', 'critical']);
    expect(heads.indexOf('minor')).toBe(report.summary.counts.critical + report.summary.counts.major);
    const ranks = heads.map((h) => SEVERITY_RANK[h as Finding['severity']]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Within a severity, in the order of the pairs: the copy's line numbers of the criticals go up.
    const lines = [...r.stdout.matchAll(/^CRITICAL[^\n]*\n[^\n]*\n {4}copy +(\d+):/gm)].map((m) => Number(m[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('keeps document order in JSON and gives each finding its display rank', () => {
    const j = JSON.parse([...jsonChunks(withRanks(report))].join(''));
    expect(j.findings.map((f: Finding) => f.id)).toEqual(report.findings.map((f) => f.id));
    const byRank = [...j.findings].sort((a, b) => a.rank - b.rank);
    expect(byRank.map((f: Finding) => f.rank)).toEqual(j.findings.map((_: unknown, i: number) => i + 1));
    expect(inDisplayOrder(byRank)).toBe(true);
    expect(byRank.map((f: Finding) => f.id)).toEqual(ranked(report.findings).map((f) => f.id));
  });

  it('orders SARIF results, JUnit failures and Markdown blocks the same way', () => {
    const sarif = sarifLog(report, { reference: '', suspect: '' }, loadRules()).runs[0]!.results!;
    expect(sarif.map((x) => x.properties!.findingId)).toEqual(ranked(report.findings).map((f) => f.id));
    // A pair whose findings differ in severity: its failure names the highest, and lists it first.
    const mixed = report.alignment.findIndex((_, i) => new Set(report.findings.filter((f) => f.pair === i).map((f) => f.severity)).size > 1);
    expect(mixed).toBeGreaterThanOrEqual(0);
    const testcase = renderJunit(report, 'minor').split('<testcase ')[mixed + 1]!;
    const top = ranked(report.findings.filter((f) => f.pair === mixed))[0]!;
    expect(testcase).toContain(`<failure type="${top.severity}"`);
    expect(testcase.indexOf(top.rule)).toBeLessThan(Math.min(...report.findings.filter((f) => f.pair === mixed && f.severity !== top.severity).map((f) => testcase.indexOf(`${f.severity} ${f.kind} ${f.rule}`))));
    const md = renderMarkdown(report);
    const sev = [...md.matchAll(/<summary>\S+ <b>(\w+)<\/b>/g)].map((m) => SEVERITY_RANK[m[1] as Finding['severity']]);
    expect(sev).toEqual([...sev].sort((a, b) => b - a));
  });

  it('puts dismissed findings after the active ones', () => {
    const [first, ...rest] = ranked(report.findings);
    const list = ranked([{ ...first!, dismissed: true }, ...rest]);
    expect(list.at(-1)!.id).toBe(first!.id);
    expect(list[0]!.severity).toBe('critical');
  });
});

describe('--min-severity and --summary', () => {
  it('shows only findings at or above the severity, and says how many it left out; the exit code is unchanged', () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--min-severity', 'critical', '--fail-on', 'minor']);
    expect(r.status).toBe(1);
    expect([...r.stdout.matchAll(/^(CRITICAL|MAJOR|MINOR) /gm)].map((m) => m[1])).toEqual(['CRITICAL', 'CRITICAL', 'CRITICAL', 'CRITICAL']);
    expect(r.stdout).toMatch(/drifted: 4 critical, 10 major, 51 minor \(61 below critical not shown\)/);
    const j = JSON.parse(cli(['check', CNN, ROUNDTRIP, '--min-severity', 'major', '--format', 'json']).stdout);
    expect(j.findings.every((f: Finding) => f.severity !== 'minor')).toBe(true);
    expect(j.findings).toHaveLength(14);
    expect(j.display).toEqual({ minSeverity: 'major', hidden: 51 });
    expect(j.summary.counts.minor).toBe(51);
  });

  it('prints the summary line alone, or the summary object in JSON', () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--summary']);
    expect(r.stdout).toMatch(/^drifted: 4 critical, 10 major, 51 minor · coverage \d+% of reference, \d+% of copy · 47 pairs: .*\n$/);
    expect(r.status).toBe(1);
    const j = JSON.parse(cli(['check', CNN, ROUNDTRIP, '--summary', '--format', 'json']).stdout);
    expect(j.verdict).toBe('drifted');
    expect(j.counts).toEqual({ critical: 4, major: 10, minor: 51 });
  });

  it('refuses a severity it does not know', () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--min-severity', 'huge']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--min-severity.*huge/);
  });
});

describe('GitHub annotations within GitHub limits', () => {
  const levels = (out: string) => [...out.matchAll(/^::(error|warning|notice) /gm)].map((m) => m[1]);

  it('emits errors, then warnings, then notices, at most 10 of each, and one notice for what was left out', () => {
    const d = tempDir('driftcheck-ghsum-');
    const summary = path.join(d, 'summary.md');
    fs.writeFileSync(summary, '# earlier step\n');
    const r = cli(['check', CNN, ROUNDTRIP, '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(r.status).toBe(1);
    const lv = levels(r.stdout);
    expect(lv.slice(0, 4)).toEqual(['error', 'error', 'error', 'error']);
    expect(lv.filter((l) => l === 'warning')).toHaveLength(10);
    expect(lv.filter((l) => l === 'notice')).toHaveLength(10);
    expect(lv.length).toBeLessThanOrEqual(50);
    expect(lv).toEqual([...lv].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a!) - ['error', 'warning', 'notice'].indexOf(b!)));
    const last = r.stdout.trimEnd().split('\n').at(-2)!;
    // 4 criticals and 10 majors fit; 9 of the 51 minors do, one notice's place goes to this line.
    expect(last).toMatch(/^::notice title=driftcheck%3A 42 more findings not annotated::42 findings \(0 critical, 0 major, 42 minor\) are not shown as annotations/);
    expect(last).toContain('The job summary lists every finding');
    expect(last).toContain('--format text');
    // The job summary: appended, a Markdown report with every finding.
    const md = fs.readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## driftcheck: drifted')).toBe(true);
    expect((md.match(/<details>/g) ?? []).length).toBe(65);
  });

  it('keeps the majors when the criticals overflow, and writes nothing extra when all fit', () => {
    const report = seedPair();
    const texts = { reference: fs.readFileSync(CNN, 'utf8'), suspect: fs.readFileSync(ROUNDTRIP, 'utf8') };
    const lv = levels(renderGithub(report, texts, { perLevel: 2 }));
    expect(lv).toEqual(['error', 'error', 'warning', 'warning', 'notice', 'notice']);
    const few = { ...report, findings: report.findings.filter((f) => f.severity === 'critical') };
    const out = renderGithub(few, texts, { perLevel: 10 });
    expect(levels(out)).toEqual(['error', 'error', 'error', 'error']);
    expect(out).not.toContain('not annotated');
  });
});
