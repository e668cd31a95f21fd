// batch honours a review file per pair ("review" in the manifest line), as check does for one pair.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const REF = 'The minister said the plan would not raise taxes.\n\nThe vote was 7 to 2.\n';
const COPY = 'The minister said the plan would raise taxes.\n\nThe vote was 5 to 2.\n';

describe('batch with review files', () => {
  it('applies each line\'s review file: dismissed findings stop counting; a wrong or broken file is that line\'s error', () => {
    const d = tempDir('driftcheck-batch-review-');
    fs.writeFileSync(path.join(d, 'ref.txt'), REF);
    fs.writeFileSync(path.join(d, 'copy.txt'), COPY);
    const check = JSON.parse(spawnSync(process.execPath, [CLI, 'check', path.join(d, 'ref.txt'), path.join(d, 'copy.txt'), '--format', 'json'], { encoding: 'utf8' }).stdout);
    expect(check.findings.length).toBeGreaterThanOrEqual(2);
    const decisions = Object.fromEntries(check.findings.map((f: { fingerprint: string; rule: string }) => [f.fingerprint, { decision: 'dismissed', rule: f.rule, at: '2026-01-01T00:00:00Z' }]));
    const review = (reference: string, suspect: string) => JSON.stringify({ driftcheckReview: 1, reference, suspect, updated: '2026-01-01T00:00:00Z', decisions });
    fs.writeFileSync(path.join(d, 'copy.review.json'), review('ref.txt', 'copy.txt'));
    fs.writeFileSync(path.join(d, 'other.review.json'), review('a.txt', 'b.txt'));
    fs.writeFileSync(path.join(d, 'broken.review.json'), '{"driftcheckReview": 1');
    const lines = [
      { id: 'reviewed', referencePath: 'ref.txt', suspectPath: 'copy.txt', review: 'copy.review.json' },
      { id: 'plain', referencePath: 'ref.txt', suspectPath: 'copy.txt' },
      { id: 'other', referencePath: 'ref.txt', suspectPath: 'copy.txt', review: 'other.review.json' },
      { id: 'broken', referencePath: 'ref.txt', suspectPath: 'copy.txt', review: 'broken.review.json' },
      { id: 'missing', referencePath: 'ref.txt', suspectPath: 'copy.txt', review: 'none.json' },
    ];
    fs.writeFileSync(path.join(d, 'pairs.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = spawnSync(process.execPath, [CLI, 'batch', path.join(d, 'pairs.jsonl'), '--jobs', '1'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(lines.map((l) => l.id));
    expect(out[0].summary.counts).toEqual(expect.objectContaining({ critical: 0, major: 0 }));
    expect(out[0].findings.every((f: { dismissed?: boolean }) => f.dismissed)).toBe(true);
    expect(out[1].summary.counts.critical).toBeGreaterThan(0);
    expect(out[2].error).toBe('line 3: other.review.json: this review file is for a.txt → b.txt, not ref.txt → copy.txt');
    expect(out[3].error).toBe('line 4: broken.review.json: not valid JSON');
    // A review file not made yet: nothing decided, the pair counts as it is.
    expect(out[4].summary.counts.critical).toBeGreaterThan(0);
  });
});
