// The real CLI in a real terminal (tmux): review the seed pair, walk every finding with n, confirm one,
// dismiss every major and critical one, quit, reopen, and check that `check` then passes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNN, ROOT, ROUNDTRIP, tempDir } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A tmux server of its own: the test neither sees nor disturbs anyone else's sessions.
const SOCKET = `driftcheck-e2e-${process.pid}`;
const tmux = (...args: string[]) => ['-L', SOCKET, ...args];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Term {
  constructor(readonly name: string) {}
  static start(name: string, cmd: string, width = 100, height = 32) {
    execFileSync('tmux', tmux('new-session', '-d', '-s', name, '-x', String(width), '-y', String(height), cmd));
    return new Term(name);
  }
  screen(): string {
    return execFileSync('tmux', tmux('capture-pane', '-t', this.name, '-p'), { encoding: 'utf8' });
  }
  keys(...k: string[]) { execFileSync('tmux', tmux('send-keys', '-t', this.name, ...k)); }
  async waitFor(re: RegExp, ms = 20_000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const s = this.screen();
      if (re.test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}; screen:\n${s}`);
      await sleep(50);
    }
  }
  stop() { spawnSync('tmux', tmux('kill-session', '-t', this.name)); }
  /** Keys typed before Ink switches the terminal to raw mode are lost: open and close the help until it answers. */
  async ready(): Promise<void> {
    // Start-up (reading the rules and the language model, analysing the pair) can be slow on a loaded machine.
    await this.waitFor(/reviewed \d+\//, 90_000);
    for (let i = 0; i < 50; i++) {
      this.keys('?');
      try { await this.waitFor(/undo the last decision/, 400); break; } catch { /* not listening yet */ }
    }
    // Any key closes the help; Escape would merge with the next key into an Alt sequence.
    this.keys('x');
    const end = Date.now() + 5000;
    while (/undo the last decision/.test(this.screen()) && Date.now() < end) await sleep(30);
  }
}

describe.skipIf(!hasTmux)('review in a real terminal', () => {
  it('walks every finding, keeps the decisions across a reopen, and lets check pass', async () => {
    const d = tempDir('driftcheck-e2e-');
    const [ref, sus] = [path.join(d, 'ref.txt'), path.join(d, 'copy.txt')];
    fs.copyFileSync(CNN, ref);
    fs.copyFileSync(ROUNDTRIP, sus);
    const cli = `${process.execPath} ${path.join(ROOT, 'dist/cli.js')}`;
    const reviewCmd = `${cli} review ${ref} ${sus} --no-color; echo EXITED-$?; sleep 30`;
    const total: number = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', ref, sus, '--format', 'json'], { encoding: 'utf8' }).stdout).findings.length;
    const t = Term.start(`dc-e2e-${process.pid}`, reviewCmd);
    try {
      await t.ready();
      expect(t.screen()).toMatch(/reviewed 0\/\d+/);
      t.keys('c');
      await t.waitFor(/reviewed 1\//);
      let visited = 1, dismissed = 0;
      for (let guard = 0; guard < 400; guard++) {
        const s = t.screen();
        if (/no further finding/.test(s)) break;
        const sel = /▶ (CRITICAL|MAJOR|MINOR) /.exec(s)?.[1];
        if ((sel === 'CRITICAL' || sel === 'MAJOR') && !/▶ \S+ \S+ · \S+ · (dismissed|confirmed)/.test(s)) {
          const before = Number(/reviewed (\d+)\//.exec(s)![1]);
          t.keys('d');
          await t.waitFor(/dismiss — reason/);
          t.keys('-l', 'checked by hand');
          t.keys('Enter');
          await t.waitFor(new RegExp(`reviewed ${before + 1}/`));
          dismissed++;
          visited++;
        } else {
          const pairBefore = /pair (\d+)\/\d+/.exec(s)?.[1];
          const marker = s.split('\n').findIndex((l) => l.startsWith('▶'));
          t.keys('n');
          // A busy machine can take a while to draw the next frame; wait as long as for the other keys.
          const end = Date.now() + 20_000;
          while (Date.now() < end) {
            const now = t.screen();
            if (/no further finding/.test(now) || /pair (\d+)\/\d+/.exec(now)?.[1] !== pairBefore || now.split('\n').findIndex((l) => l.startsWith('▶')) !== marker) break;
            await sleep(30);
          }
          visited++;
        }
      }
      expect(visited).toBeGreaterThanOrEqual(total);
      t.keys('q');
      const out = await t.waitFor(/EXITED-0/);
      expect(out).toMatch(new RegExp(`reviewed ${dismissed + 1} of ${total} findings \\(1 confirmed, ${dismissed} dismissed\\)`));
    } finally {
      t.stop();
    }
    const file = JSON.parse(fs.readFileSync(`${sus}.driftcheck-review.json`, 'utf8'));
    const values = Object.values(file.decisions) as { decision: string; reason?: string }[];
    expect(values.filter((v) => v.decision === 'confirmed')).toHaveLength(1);
    expect(values.filter((v) => v.decision === 'dismissed').every((v) => v.reason === 'checked by hand')).toBe(true);

    // Reopen: the decisions are there. Ctrl-C after one more decision loses nothing.
    const again = Term.start(`dc-e2e2-${process.pid}`, reviewCmd);
    try {
      await again.ready();
      const s = again.screen();
      const n = Number(/reviewed (\d+)\//.exec(s)![1]);
      expect(n).toBe(values.length);
      again.keys('G', 'N', 'c');
      await again.waitFor(new RegExp(`reviewed ${n + 1}/`));
      // A wider window re-lays the screen: the pair is shown side by side.
      execFileSync('tmux', tmux('resize-window', '-t', again.name, '-x', '150', '-y', '40'));
      await again.waitFor(/REFERENCE .* │ COPY /);
      again.keys('C-c');
      await again.waitFor(/EXITED-/);
    } finally {
      again.stop();
    }
    const after = JSON.parse(fs.readFileSync(`${sus}.driftcheck-review.json`, 'utf8'));
    expect(Object.values(after.decisions).filter((v) => (v as { decision: string | null }).decision)).toHaveLength(values.length + 1);
    const check = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', ref, sus], { encoding: 'utf8' });
    expect(check.status).toBe(0);
  }, 300_000);
});
