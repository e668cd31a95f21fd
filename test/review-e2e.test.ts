// The real CLI in a real terminal (tmux), at 60x15, 80x24, 120x40 and 200x50: the selected finding's message
// stays on screen while walking with n, a resize keeps the selection, dismissing every finding and quitting lets
// `check --review` pass, Ctrl-C exits 130 with the decisions saved, and the shell's screen comes back.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/types.js';
import { buildRows } from '../src/ui/model.js';
import { CNN, ROOT, ROUNDTRIP, tempDir } from './helpers.js';
import { CLI, hasTmux, killServer, Term } from './tmux.js';

afterAll(() => killServer());

const SIZES = [[60, 15], [80, 24], [120, 40], [200, 50]] as const;
const flat = (screen: string) => screen.replace(/\s+/g, ' ');
const json = (ref: string, sus: string, ...more: string[]): Report => JSON.parse(spawnSync(process.execPath, [CLI, 'check', ref, sus, '--format', 'json', ...more], { encoding: 'utf8' }).stdout);

// A short pair of our own with a handful of findings, so dismissing all of them is quick at every size.
const SMALL_REF = `The council approved the budget on Monday after a long debate.

The mayor said the new plan would not raise taxes for families.

Police arrested three protesters outside the hall.

The vote was 7 to 2, officials said.`;
const SMALL_COPY = `The council rejected the budget on Monday after a long debate.

The mayor said the new plan would raise taxes for families.

Protesters arrested three police officers outside the hall.

The vote was 5 to 2.`;

function smallPair() {
  const d = tempDir('driftcheck-e2e-');
  const [ref, sus] = [path.join(d, 'ref.txt'), path.join(d, 'copy.txt')];
  fs.writeFileSync(ref, SMALL_REF);
  fs.writeFileSync(sus, SMALL_COPY);
  return { d, ref, sus };
}

describe.skipIf(!hasTmux)('review in a real terminal', () => {
  it('keeps the selected finding and its message on screen after n x10 at every size, and across resizes', async () => {
    const d = tempDir('driftcheck-e2e-');
    const [ref, sus] = [path.join(d, 'ref.txt'), path.join(d, 'copy.txt')];
    fs.copyFileSync(CNN, ref);
    fs.copyFileSync(ROUNDTRIP, sus);
    const report = json(ref, sus);
    const walk = buildRows(report).flatMap((r) => r.findings).map((i) => report.findings[i]!);
    const [w0, h0] = SIZES[0];
    const t = Term.start(`dc-walk-${process.pid}`, ['review', ref, sus, '--no-color'], { width: w0, height: h0, env: { XDG_STATE_HOME: d } });
    try {
      await t.ready();
      let at = 0;
      for (const [k, [width, height]] of SIZES.entries()) {
        if (k > 0) {
          // A resize re-lays the screen around the same finding.
          const before = walk[at]!;
          t.resize(width, height);
          await t.waitFor(new RegExp(`pair ${before.pair + 1}/`));
          const s = await t.settle();
          expect(s).toContain(`▶ ${before.severity.toUpperCase()} ${before.kind} · ${before.rule}`);
        }
        for (let i = 0; i < 10; i++) t.keys('n');
        at += 10;
        const f = walk[at]!;
        // The pair and the finding selected in it (under load the last keys of the ten may come after the pair shows).
        const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const s = await t.waitFor(new RegExp(`(?=[\\s\\S]*─ pair ${f.pair + 1}/)(?=[\\s\\S]*${esc(`▶ ${f.severity.toUpperCase()} ${f.kind} · ${f.rule}`)})`));
        const screen = await t.settle();
        const lines = screen.replace(/\n$/, '').split('\n');
        expect(lines.length, s).toBe(height);
        expect(screen, `${width}x${height}`).toContain(`▶ ${f.severity.toUpperCase()} ${f.kind} · ${f.rule}`);
        expect(flat(screen)).toContain(flat(f.message).slice(0, Math.min(40, width - 12)));
        expect(lines.at(-1)).toMatch(/\? help {2}q quit\s*$/);
        if (width >= 110) expect(screen).toMatch(/REFERENCE .* │ COPY /);
      }
      t.keys('q');
      const out = await t.waitFor(/EXITED-0/);
      // The alternate screen is gone: no frame of the app is left above the shell's output.
      expect(out).not.toMatch(/\? help {2}q quit/);
    } finally {
      t.stop();
    }
  }, 300_000);

  it('dismissing every finding and quitting lets check --review pass, at every size', async () => {
    const { d, ref, sus } = smallPair();
    const total = json(ref, sus).findings.length;
    expect(total).toBeGreaterThanOrEqual(4);
    const runs = SIZES.map(([width, height], k) => {
      const file = path.join(d, `review-${width}x${height}.json`);
      return { width, height, file, t: Term.start(`dc-all-${k}-${process.pid}`, ['review', ref, sus, '--no-color', '--review', file, '--reviewer', 'Test Reviewer'], { width, height, env: { XDG_STATE_HOME: d } }) };
    });
    try {
      await Promise.all(runs.map(async ({ t, width, height, file }) => {
        await t.ready();
        for (let n = 0; n < total; n++) {
          t.keys('d');
          await t.waitFor(/dismiss — reason/);
          t.keys('-l', `paraphrase ${n}`);
          t.keys('Enter');
          await t.waitFor(new RegExp(`reviewed ${n + 1}/${total}`));
        }
        expect(t.screen(), `${width}x${height}`).toContain('all decided');
        t.keys('q');
        await t.waitFor(/EXITED-0/);
        const check = spawnSync(process.execPath, [CLI, 'check', ref, sus, '--review', file], { encoding: 'utf8' });
        expect(check.status, check.stderr).toBe(0);
        const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
        const ds = Object.values(saved.decisions) as Record<string, unknown>[];
        expect(ds).toHaveLength(total);
        // An audit trail: who, when, what the finding said, its evidence, the note.
        for (const x of ds) expect(x).toEqual(expect.objectContaining({ decision: 'dismissed', reviewer: 'Test Reviewer', at: expect.any(String), rule: expect.any(String), message: expect.any(String), reason: expect.stringMatching(/^paraphrase \d$/) }));
        expect(ds.some((x) => typeof x.reference === 'string' && typeof x.suspect === 'string')).toBe(true);
      }));
    } finally {
      for (const r of runs) r.t.stop();
    }
  }, 300_000);

  it('Ctrl-C exits 130 after saving; reopening resumes at the first undecided finding', async () => {
    const { d, ref, sus } = smallPair();
    const report = json(ref, sus);
    const walk = buildRows(report).flatMap((r) => r.findings).map((i) => report.findings[i]!);
    const t = Term.start(`dc-int-${process.pid}`, ['review', ref, sus, '--no-color'], { width: 80, height: 24, env: { XDG_STATE_HOME: d } });
    try {
      await t.ready();
      t.keys('c');
      await t.waitFor(/reviewed 1\//);
      t.keys('c');
      await t.waitFor(/reviewed 2\//);
      t.keys('C-c');
      await t.waitFor(/EXITED-130/);
    } finally {
      t.stop();
    }
    const saved = JSON.parse(fs.readFileSync(`${sus}.driftcheck-review.json`, 'utf8'));
    expect(Object.values(saved.decisions).filter((x) => (x as { decision: string }).decision === 'confirmed')).toHaveLength(2);
    const again = Term.start(`dc-int2-${process.pid}`, ['review', ref, sus, '--no-color'], { width: 80, height: 24, env: { XDG_STATE_HOME: d } });
    try {
      await again.ready();
      const s = await again.settle();
      expect(s).toContain(`▶ ${walk[2]!.severity.toUpperCase()} ${walk[2]!.kind} · ${walk[2]!.rule}`);
      expect(s).toMatch(/reviewed 2\//);
      again.keys('q');
      await again.waitFor(/EXITED-0/);
    } finally {
      again.stop();
    }
  }, 300_000);

  it('npm start (review with no files) keeps the example\'s decisions in the state folder, never in fixtures/seeds', async () => {
    const d = tempDir('driftcheck-e2e-');
    const seeds = path.join(ROOT, 'fixtures', 'seeds');
    const before = fs.readdirSync(seeds).sort();
    // No XDG_STATE_HOME: the decisions go to ~/.local/state/driftcheck.
    const t = Term.start(`dc-example-${process.pid}`, ['review', '--no-color'], { width: 100, height: 30, env: { HOME: d, XDG_STATE_HOME: '' } });
    try {
      await t.ready();
      t.keys('c');
      await t.waitFor(/reviewed 1\//);
      t.keys('q');
      await t.waitFor(/EXITED-0/);
    } finally {
      t.stop();
    }
    expect(fs.readdirSync(seeds).sort()).toEqual(before);
    const file = path.join(d, '.local', 'state', 'driftcheck', 'example', '002_2d5e172159065896.txt.driftcheck-review.json');
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.values(saved.decisions)).toHaveLength(1);
    // check on the bundled files is unaffected by the review.
    expect(spawnSync(process.execPath, [CLI, 'check', CNN, ROUNDTRIP], { encoding: 'utf8' }).status).toBe(1);
  }, 300_000);

  it('d then Tab dismisses and adds the finding to the --baseline file, which keeps it quiet on another copy', async () => {
    const { d, ref, sus } = smallPair();
    const other = path.join(d, 'other-copy.txt');
    fs.writeFileSync(other, SMALL_COPY);
    const baseline = path.join(d, 'baseline.json');
    const report = json(ref, sus);
    const first = buildRows(report).flatMap((r) => r.findings).map((i) => report.findings[i]!)[0]!;
    const t = Term.start(`dc-base-${process.pid}`, ['review', ref, sus, '--no-color', '--baseline', baseline], { width: 100, height: 30, env: { XDG_STATE_HOME: d } });
    try {
      await t.ready();
      t.keys('d');
      await t.waitFor(/Tab dismiss \+ baseline/);
      t.keys('-l', 'house style');
      t.keys('Tab');
      await t.waitFor(/reviewed 1\//);
      await t.waitFor(/dismissed \+ baseline:/);
      t.keys('q');
      await t.waitFor(/EXITED-0/);
    } finally {
      t.stop();
    }
    const b = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    expect(b.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual([first.fingerprint]);
    const onOther = json(ref, other, '--baseline', baseline);
    expect(onOther.findings.map((f) => f.fingerprint)).not.toContain(first.fingerprint);
    expect(onOther.findings).toHaveLength(report.findings.length - 1);
  }, 300_000);
});

