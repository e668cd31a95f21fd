import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withReview } from '../src/core/pipeline.js';
import { applyReview, emptyReview, loadReview, saveReview, type Decision } from '../src/review/store.js';
import { CNN, ROOT, ROUNDTRIP, seedPair, tempDir } from './helpers.js';

const tmp = () => tempDir('driftcheck-review-');
const dec = (decision: Decision['decision'], at: string, reason?: string): Decision => ({ decision, rule: 'x.y', at, ...(reason ? { reason } : {}) });

describe('review file', () => {
  it('merges with what is on disk, so two processes keep each other\'s decisions', () => {
    const file = path.join(tmp(), 'r.json');
    const a = emptyReview(seedPair()), b = emptyReview(seedPair());
    saveReview(file, { ...a, decisions: { f1: dec('confirmed', '2026-01-01T00:00:01Z') } });
    saveReview(file, { ...b, decisions: { f2: dec('dismissed', '2026-01-01T00:00:02Z', 'paraphrase') } });
    const undo = saveReview(file, { ...a, decisions: { f1: dec(null, '2026-01-01T00:00:03Z') } });
    expect(undo.decisions).toEqual({ f1: dec(null, '2026-01-01T00:00:03Z'), f2: dec('dismissed', '2026-01-01T00:00:02Z', 'paraphrase') });
    expect(loadReview(file).file!.decisions).toEqual(undo.decisions);
    // No temporary file is left behind.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['r.json']);
  });

  it('moves a corrupt or foreign file aside instead of overwriting it', () => {
    const d = tmp();
    const file = path.join(d, 'r.json');
    fs.writeFileSync(file, '{"decisions": [1, 2');
    const r = loadReview(file);
    expect(r.file).toBeNull();
    expect(r.movedAside).toMatch(/r\.json\.invalid-\d{4}-/);
    expect(fs.readFileSync(r.movedAside!, 'utf8')).toBe('{"decisions": [1, 2');
    fs.writeFileSync(file, JSON.stringify({ some: 'other tool' }));
    expect(loadReview(file).movedAside).toBeDefined();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('marks dismissed findings, which no longer count', () => {
    const report = seedPair();
    const strong = report.findings.filter((f) => f.severity !== 'minor');
    const review = { ...emptyReview(report), decisions: Object.fromEntries(strong.map((f) => [f.fingerprint, dec('dismissed', '2026-01-01T00:00:00Z')])) };
    const applied = withReview(report, review);
    expect(applied.summary.counts.critical + applied.summary.counts.major).toBe(0);
    expect(applyReview(report, review).findings.filter((f) => f.dismissed)).toHaveLength(strong.length);
  });

  it('lets check honour the decisions: exit 0 once every major and critical finding is dismissed', () => {
    const d = tmp();
    const [ref, sus] = [path.join(d, 'ref.txt'), path.join(d, 'copy.txt')];
    fs.copyFileSync(CNN, ref);
    fs.copyFileSync(ROUNDTRIP, sus);
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', ref, sus, ...args], { encoding: 'utf8' });
    expect(cli().status).toBe(1);
    const report = seedPair();
    const decisions = Object.fromEntries(report.findings.filter((f) => f.severity !== 'minor').map((f) => [f.fingerprint, dec('dismissed', '2026-01-01T00:00:00Z', 'checked by hand')]));
    fs.writeFileSync(`${sus}.driftcheck-review.json`, JSON.stringify({ ...emptyReview(report), decisions }));
    const text = cli();
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^CRITICAL .*\(dismissed\)$/m);
    const json = JSON.parse(cli('--format', 'json').stdout);
    expect(json.findings.filter((f: { dismissed?: boolean }) => f.dismissed)).toHaveLength(Object.keys(decisions).length);
    expect(json.summary.counts).toEqual(expect.objectContaining({ critical: 0, major: 0 }));
    // --review points elsewhere: the decisions there, not next to the copy, count.
    expect(cli('--review', path.join(d, 'none.json')).status).toBe(1);
  });
});
