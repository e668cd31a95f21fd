// schemas/report.schema.json against real reports: the seed pair (plain, HTML, reviewed, filtered, ranked),
// a faithful copy, unrelated texts, a baseline run and batch lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/core/types.js';
import { jsonChunks } from '../src/render/json.js';
import { displayed, withRanks } from '../src/render/order.js';
import { withReview } from '../src/core/pipeline.js';
import { CNN, compareFiles, compareTextFiles, HUFFPOST, ROOT, ROUNDTRIP, seedPair, SYNDICATED, tempDir } from './helpers.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
/** As the CLI writes it: through JSON, with ranks. */
const asWritten = (r: Parameters<typeof withRanks>[0]) => JSON.parse([...jsonChunks(withRanks(r))].join(''));

function expectValid(report: unknown) {
  const ok = validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('the report schema', () => {
  it('accepts the seed pair, reviewed, filtered and read from HTML', async () => {
    const seed = seedPair();
    expectValid(asWritten(seed));
    const crit = seed.findings.find((f) => f.severity === 'critical')!;
    const minor = seed.findings.find((f) => f.severity === 'minor')!;
    const reviewed = withReview(seed, { driftcheckReview: 1, reference: CNN, suspect: ROUNDTRIP, updated: '', decisions: {
      [crit.fingerprint]: { decision: 'dismissed', reason: 'checked with the desk', rule: crit.rule, at: '2026-01-01T00:00:00Z' },
      [minor.fingerprint]: { decision: 'confirmed', rule: minor.rule, at: '2026-01-01T00:00:00Z' },
    } } as never);
    const written = asWritten(displayed(reviewed, 'major'));
    expect(written.display.hidden).toBeGreaterThan(0);
    expect(written.findings.some((f: { decision?: string }) => f.decision === 'dismissed')).toBe(true);
    expectValid(written);
    expectValid(asWritten(await compareFiles(CNN, path.join(ROOT, 'fixtures', 'html', '002-roundtrip-copy.html'))));
  });

  it('accepts a faithful copy and unrelated texts', () => {
    const faithful = compareTextFiles(CNN, SYNDICATED);
    const unrelated = compareTextFiles(CNN, HUFFPOST);
    expect(unrelated.summary.verdict).toBe('unrelated');
    expectValid(asWritten(faithful));
    expectValid(asWritten(unrelated));
  });

  it('accepts the CLI\'s own output with a baseline, and batch lines', () => {
    const d = tempDir('driftcheck-schema-');
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
    const base = path.join(d, 'base.json');
    cli('check', CNN, ROUNDTRIP, '--baseline', base, '--update-baseline');
    const j = JSON.parse(cli('check', CNN, ROUNDTRIP, '--baseline', base, '--format', 'json').stdout);
    expect(j.summary.baselined).toBeGreaterThan(0);
    expectValid(j);
    const manifest = path.join(d, 'pairs.jsonl');
    fs.writeFileSync(manifest, JSON.stringify({ id: 7, reference: 'The council approved the budget on Monday.', suspect: 'The council rejected the budget on Monday.' }) + '\n');
    const line = JSON.parse(cli('batch', manifest, '--jobs', '1').stdout);
    expect(line.id).toBe(7);
    expect(line.findings.map((f: { rank: number }) => f.rank).sort()).toEqual(line.findings.map((_: unknown, i: number) => i + 1));
    expectValid(line);
  });

  it('rejects what breaks the contract, and lists every kind the tool knows', () => {
    const r = asWritten(seedPair());
    for (const broken of [
      { ...r, schemaVersion: 2 },
      { ...r, summary: { ...r.summary, verdict: 'maybe' } },
      { ...r, findings: [{ ...r.findings[0], severity: 'huge' }] },
      { ...r, findings: [{ ...r.findings[0], suspect: { span: [1], sentences: [], text: '' } }] },
      (({ alignment: _a, ...rest }) => rest)(r),
    ]) expect(validate(broken)).toBe(false);
    expect(schema.definitions.finding.properties.kind.enum).toEqual([...KINDS]);
    expect(schema.properties.summary.properties.verdict.enum).toEqual(['faithful', 'drifted', 'rewritten', 'unrelated']);
  });
});
