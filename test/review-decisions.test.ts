// Decisions that cannot flip or get lost, through the real CLI and the app in tmux: repeated findings keyed by
// their context, a review file of another pair refused, saves that fail kept in memory and said so, stale locks
// taken over, and `check` never moving or rewriting a review file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { CLI, hasTmux, killServer, Term } from './tmux.js';

afterAll(() => killServer());

const REF = `The city council met on Monday to discuss the new budget for schools.

The mayor said the plan would not raise taxes for families.

Later in the week the council met again with the teachers' union.

The mayor said the plan would not raise taxes for families.

The vote is expected next month.`;
const COPY = REF.replaceAll('would not raise', 'would raise');

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
interface F { fingerprint: string; pair: number; severity: string }
const findings = (ref: string, sus: string, ...more: string[]): F[] => JSON.parse(cli('check', ref, sus, '--format', 'json', ...more).stdout).findings;

function pair(d: string, copy = COPY) {
  const ref = path.join(d, 'ref.txt'), sus = path.join(d, 'copy.txt');
  fs.writeFileSync(ref, REF);
  fs.writeFileSync(sus, copy);
  return { ref, sus };
}
const reviewFile = (ref: string, sus: string, decisions: Record<string, string>) => JSON.stringify({
  driftcheckReview: 1, reference: ref, suspect: sus, updated: '2026-01-01T00:00:00Z',
  decisions: Object.fromEntries(Object.entries(decisions).map(([fp, decision]) => [fp, { decision, rule: 'negation.dropped', at: '2026-01-01T00:00:00Z' }])),
});

describe('decisions through the CLI', () => {
  it('a repeated finding keeps its own decision: reverting the first does not hand its dismissal to the second', () => {
    const d = tempDir('driftcheck-dec-');
    const { ref, sus } = pair(d);
    const [first, second] = findings(ref, sus);
    expect(first!.fingerprint).not.toBe(second!.fingerprint);
    fs.writeFileSync(`${sus}.driftcheck-review.json`, reviewFile(ref, sus, { [first!.fingerprint]: 'dismissed', [second!.fingerprint]: 'confirmed' }));
    expect(cli('check', ref, sus).status).toBe(1);
    // The first drift is corrected in the copy; the confirmed critical one remains and must still fail the check.
    fs.writeFileSync(sus, COPY.replace('would raise', 'would not raise'));
    const r = cli('check', ref, sus);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 decisions on a repeated finding \(negation\.dropped\) no longer apply: the number of identical findings changed; review them again/);
    expect(r.stdout).not.toMatch(/dismissed/);
  });

  it('a finding said once keeps the fingerprint it had (rule and evidence), so existing decisions still apply', () => {
    const d = tempDir('driftcheck-dec-');
    const { ref, sus } = pair(d, COPY.replace('would raise', 'would not raise'));
    const [only] = findings(ref, sus);
    expect(only!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    fs.writeFileSync(`${sus}.driftcheck-review.json`, reviewFile(ref, sus, { [only!.fingerprint]: 'dismissed' }));
    const r = cli('check', ref, sus);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('refuses a review file made for another pair with exit 2, unless --force', () => {
    const d = tempDir('driftcheck-dec-');
    const { ref, sus } = pair(d);
    const other = path.join(d, 'other.json');
    fs.writeFileSync(other, reviewFile('/elsewhere/a.txt', '/elsewhere/b.txt', Object.fromEntries(findings(ref, sus).map((f) => [f.fingerprint, 'dismissed']))));
    const r = cli('check', ref, sus, '--review', other);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`driftcheck: ${other}: this review file is for a.txt → b.txt, not ref.txt → copy.txt (--force applies it anyway)\n`);
    expect(cli('check', ref, sus, '--review', other, '--force').status).toBe(0);
    // The file named by its name only: a checkout moved elsewhere keeps its decisions.
    fs.writeFileSync(other, reviewFile('/moved/ref.txt', '/moved/copy.txt', Object.fromEntries(findings(ref, sus).map((f) => [f.fingerprint, 'dismissed']))));
    expect(cli('check', ref, sus, '--review', other).status).toBe(0);
  });

  it('check never moves or rewrites a corrupt, foreign or read-only review file', () => {
    const d = tempDir('driftcheck-dec-');
    const { ref, sus } = pair(d);
    const file = `${sus}.driftcheck-review.json`;
    for (const [body, why] of [['{"decisions": [1,', 'not valid JSON'], ['{"some": "other tool"}', 'not a driftcheck review file']] as const) {
      fs.writeFileSync(file, body);
      const r = cli('check', ref, sus);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`driftcheck: ${file}: ${why}; its decisions are not applied\n`);
      expect(fs.readFileSync(file, 'utf8')).toBe(body);
      expect(fs.readdirSync(d).sort()).toEqual(['copy.txt', 'copy.txt.driftcheck-review.json', 'ref.txt']);
    }
    // A read-only checkout: reading decisions needs no write access.
    const [first] = findings(ref, sus);
    fs.writeFileSync(file, reviewFile(ref, sus, { [first!.fingerprint]: 'dismissed' }));
    fs.chmodSync(file, 0o444);
    fs.chmodSync(d, 0o555);
    try {
      const r = cli('check', ref, sus, '--format', 'json');
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).findings.filter((f: { dismissed?: boolean }) => f.dismissed)).toHaveLength(1);
    } finally {
      fs.chmodSync(d, 0o755);
    }
  });

  it('review refuses a file that is not a review file rather than moving it', () => {
    const d = tempDir('driftcheck-dec-');
    const { ref, sus } = pair(d);
    fs.writeFileSync(`${sus}.driftcheck-review.json`, '[]');
    // Not a terminal: review falls back to the text report, after the same checks.
    const r = cli('review', ref, sus);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/copy\.txt\.driftcheck-review\.json: not a driftcheck review file; move it away or name another file with --review\n$/);
    expect(fs.readFileSync(`${sus}.driftcheck-review.json`, 'utf8')).toBe('[]');
  });
});

describe.skipIf(!hasTmux)('saves in the app that fail keep the decision and say so', () => {
  it('missing folder, read-only folder, read-only file, a lock held by a live process, and a stale lock', async () => {
    const d = tempDir('driftcheck-dec-');
    const { ref, sus } = pair(d);
    fs.mkdirSync(path.join(d, 'ro'));
    fs.chmodSync(path.join(d, 'ro'), 0o555);
    const roFile = path.join(d, 'readonly.json');
    fs.writeFileSync(roFile, reviewFile(ref, sus, {}));
    fs.chmodSync(roFile, 0o444);
    const liveLock = path.join(d, 'live.json');
    fs.writeFileSync(`${liveLock}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }));
    // A live holder keeps its lock fresh (a real save holds it for milliseconds; older than 10 s counts as left over).
    const keepFresh = setInterval(() => { try { const now = new Date(); fs.utimesSync(`${liveLock}.lock`, now, now); } catch { /* removed */ } }, 1_000);
    const staleLock = path.join(d, 'stale.json');
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    fs.writeFileSync(`${staleLock}.lock`, JSON.stringify({ pid: dead, host: os.hostname(), at: new Date().toISOString() }));
    const state = path.join(d, 'state');
    const cases = [
      { name: 'missing', file: path.join(d, 'missing', 'r.json'), says: /NOT SAVED \(kept in memory\): cannot write review file \(the folder \S*missing does not exist\)/ },
      { name: 'rodir', file: path.join(d, 'ro', 'r.json'), says: /NOT SAVED \(kept in memory\): cannot write review file \(the folder \S*ro is read-only\)/ },
      { name: 'rofile', file: roFile, says: /NOT SAVED \(kept in memory\): the review file is read-only; not replacing it/ },
      { name: 'live', file: liveLock, says: /NOT SAVED \(kept in memory\): another driftcheck is saving/ },
      { name: 'stale', file: staleLock, says: null },
    ];
    const terms = cases.map((c) => ({ ...c, t: Term.start(`dc-save-${c.name}-${process.pid}`, ['review', ref, sus, '--no-color', '--review', c.file], { width: 150, height: 30, env: { XDG_STATE_HOME: state } }) }));
    try {
      await Promise.all(terms.map(async ({ t, says, name, file }) => {
        await t.ready();
        t.keys('c');
        const s = await t.waitFor(/reviewed 1\//);
        if (says) {
          expect((await t.waitFor(says, 10_000)).split('\n').at(-2), name).toMatch(says);
          // The decision is in memory: the count and the list show it, and the app goes on.
          expect(s).toMatch(/reviewed 1\/2/);
          t.keys('c');
          await t.waitFor(/reviewed 2\/2/);
          if (name === 'live') {
            // The lock goes away: the next save writes everything kept so far.
            fs.rmSync(`${file}.lock`);
            t.keys('z');
            await t.waitFor(/reviewed 1\/2/);
            await t.waitFor(/undone:/);
            expect(t.screen()).not.toMatch(/NOT SAVED/);
            t.keys('q');
            await t.waitFor(/EXITED-0/);
            expect(Object.values(JSON.parse(fs.readFileSync(file, 'utf8')).decisions).filter((x) => (x as { decision: string | null }).decision)).toHaveLength(1);
            return;
          }
          t.keys('q');
          const out = await t.waitFor(/EXITED-2/);
          // Nothing is lost: what the review file could not take is in the state folder, and the message says where.
          const rescue = /the decisions are\s*in\s*(\S+\.json)/.exec(out.replace(/\n/g, ''))?.[1];
          expect(rescue, JSON.stringify(out)).toBeDefined();
          const saved = JSON.parse(fs.readFileSync(path.join(state, 'driftcheck', 'unsaved', fs.readdirSync(path.join(state, 'driftcheck', 'unsaved')).find((f) => f.startsWith(path.basename(file)))!), 'utf8'));
          expect(Object.values(saved.decisions).filter((x) => (x as { decision: string }).decision === 'confirmed')).toHaveLength(2);
        } else {
          // A lock left by a process that has ended is taken over at once.
          expect(t.screen()).not.toMatch(/NOT SAVED/);
          t.keys('q');
          await t.waitFor(/EXITED-0/);
          expect(fs.existsSync(`${file}.lock`)).toBe(false);
          expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).decisions)).toHaveLength(1);
        }
      }));
      expect(JSON.parse(fs.readFileSync(roFile, 'utf8')).decisions).toEqual({});
    } finally {
      clearInterval(keepFresh);
      for (const x of terms) x.t.stop();
      fs.chmodSync(path.join(d, 'ro'), 0o755);
    }
  }, 300_000);
});
