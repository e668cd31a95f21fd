import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withReview } from '../src/core/pipeline.js';
import os from 'node:os';
import { applyReview, emptyReview, loadReview, saveReview, STALE_LOCK_MS, staleLock, type Decision } from '../src/review/store.js';
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

  it('reads a corrupt or foreign file without moving it, and will not replace it', () => {
    const d = tmp();
    const file = path.join(d, 'r.json');
    fs.writeFileSync(file, '{"decisions": [1, 2');
    const r = loadReview(file);
    expect(r.file).toBeNull();
    expect(r.invalid).toBe('not valid JSON');
    fs.writeFileSync(file, JSON.stringify({ some: 'other tool' }));
    expect(loadReview(file).invalid).toBe('not a driftcheck review file');
    expect(() => saveReview(file, { ...emptyReview(seedPair()), decisions: { f1: dec('confirmed', '2026-01-01T00:00:01Z') } })).toThrow(/not a driftcheck review file; not replacing it/);
    expect(fs.readdirSync(d)).toEqual(['r.json']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ some: 'other tool' });
  });

  it('takes over a lock whose owner has ended, waits for a live one, then gives up with a message', () => {
    const file = path.join(tmp(), 'r.json');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), at: new Date().toISOString() }));
    expect(staleLock(`${file}.lock`)).toMatch(/has ended/);
    saveReview(file, { ...emptyReview(seedPair()), decisions: { f1: dec('confirmed', '2026-01-01T00:00:01Z') } });
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    // A live owner (this test's parent process): not stale until it is old.
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.ppid, host: os.hostname(), at: new Date().toISOString() }));
    expect(staleLock(`${file}.lock`)).toBeNull();
    expect(staleLock(`${file}.lock`, Date.now() + STALE_LOCK_MS + 1)).toBe('old');
    expect(() => saveReview(file, { ...emptyReview(seedPair()), decisions: {} }, { waitMs: 50 })).toThrow(/another driftcheck is saving/);
  });

  it('never takes over a lock only because it is empty and a few seconds old (its owner may be slow, not gone)', () => {
    const file = path.join(tmp(), 'r.json');
    fs.writeFileSync(`${file}.lock`, '');
    expect(staleLock(`${file}.lock`, Date.now() + 3_000)).toBeNull();
    expect(() => saveReview(file, { ...emptyReview(seedPair()), decisions: {} }, { waitMs: 50 })).toThrow(/another driftcheck is saving/);
    expect(staleLock(`${file}.lock`, Date.now() + STALE_LOCK_MS + 1)).toBe('old');
    // A save makes its lock whole, its owner written, and leaves nothing behind.
    fs.rmSync(`${file}.lock`);
    saveReview(file, { ...emptyReview(seedPair()), decisions: { f1: dec('confirmed', '2026-01-01T00:00:01Z') } });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['r.json']);
  });

  it('never replaces a read-only review file or writes into a read-only folder', () => {
    const d = tmp();
    const file = path.join(d, 'r.json');
    saveReview(file, { ...emptyReview(seedPair()), decisions: { f1: dec('confirmed', '2026-01-01T00:00:01Z') } });
    fs.chmodSync(file, 0o444);
    expect(() => saveReview(file, { ...emptyReview(seedPair()), decisions: { f2: dec('confirmed', '2026-01-01T00:00:02Z') } })).toThrow(/read-only; not replacing it/);
    expect(Object.keys(loadReview(file).file!.decisions)).toEqual(['f1']);
    const ro = path.join(d, 'ro');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o555);
    expect(() => saveReview(path.join(ro, 'r.json'), emptyReview(seedPair()))).toThrow(/the folder .*ro is read-only/);
    expect(() => saveReview(path.join(d, 'missing', 'r.json'), emptyReview(seedPair()))).toThrow(/the folder .*missing does not exist/);
    fs.chmodSync(ro, 0o755);
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
    fs.writeFileSync(`${sus}.driftcheck-review.json`, JSON.stringify({ ...emptyReview(report), reference: ref, suspect: sus, decisions }));
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
