// A real terminal for end-to-end tests: a tmux server of the test's own (it neither sees nor disturbs anyone
// else's sessions), and waits that poll the screen until the text appears, so a loaded machine is slow, not flaky.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
/** The CLI under test (DRIFTCHECK_CLI runs the same tests against another build, e.g. main's, for comparison). */
export const CLI = process.env.DRIFTCHECK_CLI ?? path.join(ROOT, 'dist/cli.js');
const SOCKET = `driftcheck-e2e-${process.pid}`;
const tmux = (...args: string[]) => ['-L', SOCKET, ...args];
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class Term {
  constructor(readonly name: string) {}
  /** Runs `driftcheck ARGS` in a new window of WIDTH x HEIGHT; the shell then prints EXITED-<code>. */
  static start(name: string, args: string[], o: { width?: number; height?: number; env?: Record<string, string> } = {}) {
    const env = Object.entries(o.env ?? {}).map(([k, v]) => `${k}=${quote(v)}`).join(' ');
    const cmd = `env ${env} ${quote(process.execPath)} ${quote(CLI)} ${args.map(quote).join(' ')}; echo EXITED-$?; sleep 600`;
    execFileSync('tmux', tmux('new-session', '-d', '-s', name, '-x', String(o.width ?? 100), '-y', String(o.height ?? 32), cmd));
    return new Term(name);
  }
  screen(): string {
    return execFileSync('tmux', tmux('capture-pane', '-t', this.name, '-p'), { encoding: 'utf8' });
  }
  keys(...k: string[]) { execFileSync('tmux', tmux('send-keys', '-t', this.name, ...k)); }
  resize(width: number, height: number) { execFileSync('tmux', tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height))); }
  async waitFor(re: RegExp, ms = 30_000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const s = this.screen();
      if (re.test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}; screen:\n${s}`);
      await sleep(50);
    }
  }
  /** Waits until the screen stops changing (a frame drawn after the last key). */
  async settle(ms = 30_000): Promise<string> {
    const end = Date.now() + ms;
    let prev = this.screen();
    for (;;) {
      await sleep(120);
      const cur = this.screen();
      if (cur === prev || Date.now() > end) return cur;
      prev = cur;
    }
  }
  stop() { spawnSync('tmux', tmux('kill-session', '-t', this.name)); }
  /** Keys typed before Ink switches the terminal to raw mode are lost: open and close the help until it answers. */
  async ready(): Promise<void> {
    // Start-up (reading the rules and the language model, analysing the pair) can be slow on a loaded machine.
    await this.waitFor(/reviewed \d+\//, 120_000);
    for (let i = 0; i < 100; i++) {
      this.keys('?');
      try { await this.waitFor(/any other key closes|undo the last decision/, 500); break; } catch { /* not listening yet */ }
    }
    // Any key closes the help; Escape would merge with the next key into an Alt sequence.
    this.keys('Q');
    const end = Date.now() + 10_000;
    while (/any other key closes|undo the last decision/.test(this.screen()) && Date.now() < end) await sleep(30);
  }
}

export function killServer(): void { spawnSync('tmux', tmux('kill-server')); }
