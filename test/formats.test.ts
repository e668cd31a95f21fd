import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/core/rules.js';
import { escapeData, escapeProperty } from '../src/render/github.js';
import { LineIndex } from '../src/render/positions.js';
import { CNN, ROOT, ROUNDTRIP, compareFiles, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const HTML = path.join(ROOT, 'fixtures', 'html', '002-roundtrip-copy.html');
const MD = path.join(ROOT, 'fixtures', 'markdown', '002-roundtrip-copy.md');
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
const key = (f: { rule: string; severity: string; reference: { text: string } | null; suspect: { text: string } | null }) =>
  `${f.rule}|${f.severity}|${f.reference?.text.replace(/\s+/g, ' ') ?? ''}|${f.suspect?.text.replace(/\s+/g, ' ') ?? ''}`;

describe('input formats', () => {
  it('extracts the article from a saved HTML page: the same findings as the plain text', async () => {
    const text = await compareFiles(CNN, ROUNDTRIP);
    const html = await compareFiles(CNN, HTML);
    expect(html.suspect.format).toBe('html');
    expect(html.suspect.offsets).toBe('extracted text');
    expect(html.findings.map(key).sort()).toEqual(text.findings.map(key).sort());
    const all = html.suspect.sentences.map((s) => s.text).join('\n');
    for (const furniture of ['Share on Facebook', 'Related posts', 'Leave a Reply', 'Great coverage', 'World Daily Report', 'dataLayer', 'Advertisement']) expect(all).not.toContain(furniture);
  });

  it('removes Markdown markup and keeps block quotes: the same findings as the plain text', async () => {
    const md = await compareFiles(CNN, MD);
    expect(md.suspect.format).toBe('markdown');
    expect(md.findings.map(key).sort()).toEqual((await compareFiles(CNN, ROUNDTRIP)).findings.map(key).sort());
    expect(md.suspect.sentences.some((s) => s.text.includes('**'))).toBe(false);
  });

  it('lets --input-format override detection', () => {
    const asText = JSON.parse(cli(['check', CNN, HTML, '--input-format', 'text', '--format', 'json']).stdout);
    expect(asText.suspect.format).toBe('text');
    expect(asText.suspect.sentences.some((s: { text: string }) => s.text.includes('<p>'))).toBe(true);
  });
});

describe('output formats', () => {
  it('writes SARIF 2.1.0 that validates against the official schema, located in the suspect file', () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    // The schema's formats (uri, date-time) are checked too, not ignored.
    addFormats(ajv as unknown as Parameters<typeof addFormats>[0]);
    const valid = ajv.validate(schema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id).sort()).toEqual([...loadRules().rules.keys()].sort());
    const text = fs.readFileSync(ROUNDTRIP, 'utf8');
    const lines = text.split('\n');
    for (const res of run.results.filter((x: { locations: unknown[] }) => x.locations[0])) {
      const loc = res.locations[0].physicalLocation;
      if (loc.artifactLocation.uri !== ROUNDTRIP) continue;
      const { startLine, startColumn, snippet } = loc.region;
      expect(lines[startLine - 1]!.slice(startColumn - 1)).toContain(snippet.text.split('\n')[0]);
    }
    const levels = new Set(run.results.map((x: { level: string }) => x.level));
    expect(levels).toEqual(new Set(['error', 'warning', 'note']));
    expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'negation.added').level).toBe('error');
  });

  it('writes JUnit XML with one test case per aligned pair and failures at the threshold', async () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--format', 'junit', '--fail-on', 'critical']);
    const doc = new DOMParser().parseFromString(r.stdout, 'text/xml');
    const cases = doc.querySelectorAll('testcase');
    const report = await compareFiles(CNN, ROUNDTRIP);
    expect(cases.length).toBe(report.alignment.length);
    const failing = new Set(report.findings.filter((f) => f.severity === 'critical').map((f) => f.pair)).size;
    expect(doc.querySelectorAll('failure').length).toBe(failing);
    expect(doc.querySelector('testsuite')!.getAttribute('failures')).toBe(String(failing));
  });

  it('writes GitHub annotations with escaped data and properties, so input text cannot start a command', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const d = tempDir('driftcheck-gh-');
    const copy = path.join(d, 'copy, with: comma.txt');
    fs.writeFileSync(copy, fs.readFileSync(ROUNDTRIP, 'utf8').replace('He said that this is proof of.', 'He said 100% of it.\n::warning file=x::no drift found'));
    const r = cli(['check', CNN, copy, '--format', 'github']);
    const out = r.stdout.trimEnd().split('\n');
    // Every line but the summary is an annotation; the last of them says how many did not fit GitHub's limits.
    for (const line of out.slice(0, -2)) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]+::/);
    expect(out.at(-2)).toMatch(/^::notice title=driftcheck%3A \d+ more findings not annotated::/);
    expect(out.at(-1)).toMatch(/^driftcheck: drifted: /);
    expect(r.stdout).toContain(`file=${copy.replace(/,/g, '%2C').replace(/:/g, '%3A')}`);
    expect(r.stdout).toContain('100%25 of it');
    expect(r.stdout).not.toMatch(/\n::warning file=x::no drift found/);
  });

  it('writes a Markdown comment with a summary table and a details block per finding', async () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^## driftcheck: drifted/);
    expect(r.stdout).toContain('| 🟥 critical | 4 |');
    expect((r.stdout.match(/<details>/g) ?? []).length).toBe((await compareFiles(CNN, ROUNDTRIP)).findings.length);
  });

  it('shows dismissed findings as dismissed in every format', async () => {
    const d = tempDir('driftcheck-dis-');
    const report = await compareFiles(CNN, ROUNDTRIP);
    const crit = report.findings.find((f) => f.rule === 'negation.added')!;
    const review = path.join(d, 'review.json');
    fs.writeFileSync(review, JSON.stringify({ driftcheckReview: 1, reference: CNN, suspect: ROUNDTRIP, updated: '', decisions: { [crit.fingerprint]: { decision: 'dismissed', reason: 'checked', rule: crit.rule, at: '2026-01-01T00:00:00Z' } } }));
    const out = (format: string) => cli(['check', CNN, ROUNDTRIP, '--review', review, '--format', format]).stdout;
    expect(out('text')).toMatch(/CRITICAL negation .*\(dismissed\)/);
    expect(JSON.parse(out('json')).findings.find((f: { rule: string }) => f.rule === 'negation.added').dismissed).toBe(true);
    expect(out('markdown')).toMatch(/negation: .* — dismissed/);
    expect(JSON.parse(out('sarif')).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'negation.added').suppressions[0].justification).toBe('checked');
    // Dismissed findings come last, after the minors: within GitHub's limits they are counted in the closing notice.
    expect(out('github')).toMatch(/^::notice title=.*more findings not annotated::.*, 1 dismissed\)/m);
    expect(cli(['check', CNN, ROUNDTRIP, '--review', review, '--format', 'github', '--min-severity', 'major']).stdout).toMatch(/^::notice .*title=driftcheck negation\.added \(critical%2C dismissed\)::\(dismissed\)/m);
    expect(out('junit')).toMatch(/negation\.added: .*\(dismissed\)/);
  });

  it('prints nothing with --quiet and writes to --output', () => {
    const q = cli(['check', CNN, ROUNDTRIP, '--quiet']);
    expect(q.status).toBe(1);
    expect(q.stdout).toBe('');
  });

  it('finds line and column in CRLF and CR texts', () => {
    const idx = new LineIndex('a\r\nbc\rd\ne');
    expect(idx.at(3)).toEqual({ line: 2, col: 1 });
    expect(idx.at(6)).toEqual({ line: 3, col: 1 });
    expect(idx.at(8)).toEqual({ line: 4, col: 1 });
  });
});

describe('configuration', () => {
  const project = (config: unknown, name = 'driftcheck.config.json') => {
    const d = tempDir('driftcheck-cfg-');
    fs.writeFileSync(path.join(d, name), typeof config === 'string' ? config : JSON.stringify(config));
    fs.mkdirSync(path.join(d, 'deep', 'er'), { recursive: true });
    return d;
  };

  it('is found by walking up from the working directory; flags win over it', () => {
    const d = project({ failOn: 'critical', format: 'json' });
    const r = cli(['check', CNN, ROUNDTRIP], path.join(d, 'deep', 'er'));
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    expect(r.status).toBe(1);
    const faithfulish = cli(['check', CNN, path.join(ROOT, 'fixtures/seeds/001_27b120ee423b5bc2.txt')], path.join(d, 'deep'));
    expect(faithfulish.status).toBe(0);
    expect(cli(['check', CNN, path.join(ROOT, 'fixtures/seeds/001_27b120ee423b5bc2.txt'), '--fail-on', 'minor'], d).status).toBe(1);
    expect(cli(['check', CNN, ROUNDTRIP, '--format', 'text'], d).stdout).toMatch(/^driftcheck /);
  });

  it('reads .driftcheckrc.json and --config, changes severities and switches rules off', () => {
    const d = project({ severity: { 'wording.changed': 'off', 'negation.added': 'minor' } }, '.driftcheckrc.json');
    const j = JSON.parse(cli(['check', CNN, ROUNDTRIP, '--format', 'json'], d).stdout);
    expect(j.findings.some((f: { rule: string }) => f.rule === 'wording.changed')).toBe(false);
    expect(j.findings.find((f: { rule: string }) => f.rule === 'negation.added').severity).toBe('minor');
    const other = project({ failOn: 'minor' });
    const viaFlag = cli(['check', CNN, path.join(ROOT, 'fixtures/seeds/001_27b120ee423b5bc2.txt'), '--config', path.join(other, 'driftcheck.config.json')]);
    expect(viaFlag.status).toBe(1);
  });

  it.each([
    [{ failOn: 'major', colour: 'red' }, /unknown key "colour"/],
    [{ failOn: 'huge' }, /"failOn" must be equal to one of the allowed values \(one of minor, major, critical\)/],
    [{ maxBytes: 'lots' }, /"maxBytes" must be integer/],
    [{ severity: { 'no.such-rule': 'major' } }, /"severity\.no\.such-rule": no such rule/],
    ['{ not json', /invalid JSON/],
  ])('rejects a bad config file with a line naming the key (%j)', (config, message) => {
    const d = project(config);
    const r = cli(['check', CNN, ROUNDTRIP], d);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('baselines', () => {
  it('accepts the current findings once, then reports only new ones, across unrelated edits', () => {
    const d = tempDir('driftcheck-base-');
    const copy = path.join(d, 'copy.txt');
    const base = path.join(d, 'baseline.json');
    fs.copyFileSync(ROUNDTRIP, copy);
    const first = cli(['check', CNN, copy, '--baseline', base, '--update-baseline']);
    expect(first.stderr).toMatch(/wrote \d+ findings to the baseline/);
    expect(first.status).toBe(0);
    expect(cli(['check', CNN, copy, '--baseline', base]).status).toBe(0);
    // An unrelated edit elsewhere, and a new drift: only the new drift is reported.
    const edited = fs.readFileSync(ROUNDTRIP, 'utf8')
      .replace('Gallant warned Sunday that the conflict with Iran is “not over yet.”', 'Gallant warned on Sunday that the conflict with Iran is “not over yet.”')
      .replace('more than 100 ballistic missiles', 'more than 300 ballistic missiles');
    fs.writeFileSync(copy, edited);
    const r = cli(['check', CNN, copy, '--baseline', base, '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.findings.map((f: { rule: string }) => f.rule)).toEqual(['number.changed']);
    expect(j.summary.baselined).toBeGreaterThan(50);
    expect(r.status).toBe(1);
  });

  it('needs --baseline for --update-baseline and refuses a file that is not a baseline', () => {
    expect(cli(['check', CNN, ROUNDTRIP, '--update-baseline']).stderr).toMatch(/--update-baseline needs --baseline FILE/);
    const bad = path.join(tempDir('driftcheck-base-'), 'b.json');
    fs.writeFileSync(bad, '{"hello": 1}');
    const r = cli(['check', CNN, ROUNDTRIP, '--baseline', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a driftcheck baseline file/);
  });
});
