import { render } from 'ink-testing-library';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Decision } from '../src/review/store.js';
import { App } from '../src/ui/App.js';
import { seedPair } from './helpers.js';

const tick = () => new Promise((r) => setTimeout(r, 20));
const KEY = { down: '\u001B[B', up: '\u001B[A', tab: '\t', enter: '\r', escape: '\u001B', pageDown: '\u001B[6~' };

function app(over: Partial<React.ComponentProps<typeof App>> = {}) {
  const onDecide = vi.fn<(fp: string, d: Decision) => void>();
  const onExport = vi.fn(() => '/tmp/export.md');
  const onQuit = vi.fn();
  const report = seedPair();
  const r = render(<App report={report} decisions={{}} onDecide={onDecide} onExport={onExport} onQuit={onQuit} color={false} width={100} height={30} {...over} />);
  // A loaded machine can render a key press late: wait until the frame has stopped changing (up to a second).
  const settle = async () => {
    let prev = r.lastFrame();
    for (let i = 0; i < 50; i++) {
      await tick();
      const cur = r.lastFrame();
      if (cur === prev && i > 0) return;
      prev = cur;
    }
  };
  const press = async (...keys: string[]) => { for (const k of keys) { r.stdin.write(k); await settle(); } };
  return { ...r, report, onDecide, onExport, onQuit, press, frame: () => r.lastFrame() ?? '' };
}

const selectedPair = (frame: string) => Number(/pair (\d+)\/\d+/.exec(frame)?.[1]);

describe('review app', () => {
  it('shows both file names, the verdict, counts, coverage, progress and the keys', async () => {
    const a = app();
    await tick();
    const f = a.frame();
    expect(f).toContain('000_bf89464fc697da98.txt → 002_2d5e172159065896.txt');
    expect(f).toMatch(/drifted · 4 critical, 10 major, \d+ minor · coverage 93%\/90% · reviewed 0\/\d+/);
    expect(f).toMatch(/─ all pairs · 1\/\d+ ─/);
    expect(f).toContain('n/N finding');
    a.unmount();
  });

  it('never renders taller than the terminal', async () => {
    for (const [width, height] of [[80, 24], [100, 30], [140, 40], [60, 12]] as const) {
      const a = app({ width, height });
      await a.press('n', 'n', 'n', 'G');
      expect(a.frame().split('\n').length).toBeLessThanOrEqual(height);
      a.unmount();
    }
  });

  it('moves with j/k and arrows, pages, and jumps to the first and last pair', async () => {
    const a = app();
    await tick();
    expect(selectedPair(a.frame())).toBe(1);
    await a.press('j', KEY.down);
    expect(selectedPair(a.frame())).toBe(3);
    await a.press('k');
    expect(selectedPair(a.frame())).toBe(2);
    await a.press('G');
    expect(selectedPair(a.frame())).toBe(a.report.alignment.length);
    await a.press('g');
    expect(selectedPair(a.frame())).toBe(1);
    await a.press(KEY.pageDown);
    expect(selectedPair(a.frame())).toBeGreaterThan(3);
    a.unmount();
  });

  it('steps through every finding with n, skipping pairs without findings, and back with N', async () => {
    const a = app();
    await tick();
    const seen = new Set<number>();
    let selectedFindings = 0;
    for (let i = 0; i < a.report.findings.length - 1; i++) {
      await a.press('n');
      const p = selectedPair(a.frame());
      expect(a.report.findings.some((f) => f.pair === p - 1)).toBe(true);
      seen.add(p);
      selectedFindings++;
    }
    expect(selectedFindings).toBe(a.report.findings.length - 1);
    expect(seen.size).toBe(new Set(a.report.findings.map((f) => f.pair)).size - 1);
    await a.press('n');
    expect(a.frame()).toContain('no further finding');
    await a.press('N');
    expect(a.frame()).toContain('▶');
    a.unmount();
  });

  it('cycles the filter with Tab: all pairs, pairs with findings, critical only', async () => {
    const a = app({ height: 60 });
    await a.press(KEY.tab);
    expect(a.frame()).toContain('pairs with findings');
    await a.press(KEY.tab);
    const f = a.frame();
    expect(f).toContain('critical only');
    const rows = f.split('\n').filter((l) => /^[=~+\->] /.test(l));
    expect(rows.length).toBe(new Set(a.report.findings.filter((x) => x.severity === 'critical').map((x) => x.pair)).size);
    for (const r of rows) expect(r).toContain('CRIT');
    await a.press(KEY.tab);
    expect(a.frame()).toContain('all pairs');
    a.unmount();
  });

  it('confirms, dismisses with a reason, and undoes, reporting each decision', async () => {
    const a = app();
    await tick();
    const first = a.report.findings.find((f) => f.pair === 0)!;
    await a.press('c');
    expect(a.onDecide).toHaveBeenLastCalledWith(first.fingerprint, expect.objectContaining({ decision: 'confirmed', rule: first.rule }));
    expect(a.frame()).toMatch(/reviewed 1\/\d+/);
    await a.press('d');
    expect(a.frame()).toContain('dismiss — reason (optional)');
    for (const ch of 'byline, not text') await a.press(ch);
    await a.press(KEY.enter);
    const second = a.onDecide.mock.calls.at(-1)!;
    expect(second[1]).toEqual(expect.objectContaining({ decision: 'dismissed', reason: 'byline, not text' }));
    expect(a.frame()).toMatch(/reviewed 2\/\d+/);
    await a.press('u');
    expect(a.onDecide).toHaveBeenLastCalledWith(second[0], expect.objectContaining({ decision: null }));
    expect(a.frame()).toMatch(/reviewed 1\/\d+/);
    await a.press('d', KEY.escape);
    expect(a.frame()).toMatch(/reviewed 1\/\d+/);
    a.unmount();
  });

  it('searches the text of both sides', async () => {
    const a = app({ height: 60 });
    await a.press('/');
    for (const ch of 'McGuirk') await a.press(ch);
    await a.press(KEY.enter);
    const rows = a.frame().split('\n').filter((l) => /^[=~+\->] /.test(l));
    expect(rows).toHaveLength(1);
    expect(a.frame()).toContain('search “McGuirk” · 1/1');
    a.unmount();
  });

  it('shows the pair side by side when wide and stacked when narrow, with word differences marked', async () => {
    const wide = app({ width: 140, height: 40 });
    await wide.press('j', 'j');
    expect(wide.frame()).toMatch(/REFERENCE .* │ COPY /);
    wide.unmount();
    const narrow = app({ width: 80, height: 40 });
    await narrow.press('j', 'j');
    const f = narrow.frame();
    expect(f).not.toContain(' │ ');
    expect(f).toMatch(/^REFERENCE /m);
    expect(f).toMatch(/^COPY /m);
    expect(f).toContain('[-senior members of-] his');
    for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(f).toContain('{+limit+}');
    narrow.unmount();
  });

  it('exports, shows help, and quits through onQuit', async () => {
    const a = app();
    await a.press('e');
    expect(a.onExport).toHaveBeenCalled();
    expect(a.frame()).toContain('exported to /tmp/export.md');
    await a.press('?');
    expect(a.frame()).toContain('undo the last decision');
    await a.press('x', 'q');
    expect(a.onQuit).toHaveBeenCalled();
  });

  it('neutralises control characters from the inputs', async () => {
    const report = structuredClone(seedPair());
    report.suspect.sentences[0]!.text = 'Evil \u001B[2J\u001B[31mtext';
    const a = app({ report });
    await tick();
    expect(a.frame()).not.toContain('\u001B[2J');
    a.unmount();
  });
});

describe('review app input', () => {
  it('treats keys that arrive together as separate commands', async () => {
    const onDecide = vi.fn();
    const r = render(<App report={seedPair()} decisions={{}} onDecide={onDecide} onExport={() => ''} onQuit={() => {}} color={false} width={100} height={30} />);
    await tick();
    r.stdin.write('jjG');
    await tick();
    expect(selectedPair(r.lastFrame() ?? '')).toBe(seedPair().alignment.length);
    r.stdin.write('gc');
    await tick();
    expect(onDecide).toHaveBeenCalledTimes(1);
    // A dismissal, its reason and the Enter that ends the prompt, all in one chunk.
    r.stdin.write('dchecked by hand\r');
    await tick();
    expect(onDecide).toHaveBeenCalledTimes(2);
    expect(onDecide.mock.calls[1]![1]).toEqual(expect.objectContaining({ decision: 'dismissed', reason: 'checked by hand' }));
    r.unmount();
  });
});
