import { render } from 'ink-testing-library';
import React from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Decision } from '../src/review/store.js';
import { App } from '../src/ui/App.js';
import { buildRows, pairSides } from '../src/ui/model.js';
import { compareTexts, seedPair } from './helpers.js';

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
    const a = app({ width: 140 });
    await tick();
    const f = a.frame();
    expect(f).toContain('000_bf89464fc697da98.txt → 002_2d5e172159065896.txt');
    expect(f).toMatch(/drifted · 4 critical, 10 major, \d+ minor · reviewed 0\/\d+ \(0 confirmed, 0 dismissed\) · coverage 93%\/90%/);
    expect(f).toMatch(/─ pair 1\/\d+ · omitted ─ all pairs · 1\/\d+ ─/);
    expect(f).toContain('n/N next');
    expect(f.split('\n').at(-1)).toMatch(/\? help  q quit$/);
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

  it('filters pairs with Tab, and findings by decision (f), severity (s) and kind (t); x clears', async () => {
    const a = app({ height: 60 });
    const listRows = () => a.frame().split('\n').filter((l) => /^[=~+\->] /.test(l));
    await a.press(KEY.tab);
    expect(a.frame()).toContain('pairs with findings');
    expect(listRows().length).toBe(new Set(a.report.findings.map((x) => x.pair)).size);
    await a.press(KEY.tab, 's', 's');
    expect(a.frame()).toContain('critical only');
    const rows = listRows();
    expect(rows.length).toBe(new Set(a.report.findings.filter((x) => x.severity === 'critical').map((x) => x.pair)).size);
    for (const r of rows) expect(r).toContain('CRIT');
    // n walks only what the filters let through.
    for (let i = 0; i < 6; i++) {
      await a.press('n');
      expect(a.frame()).toMatch(/^▶ CRITICAL /m);
    }
    await a.press('x', 't');
    const kind = /─ pairs with findings, (\w+) ·/.exec(a.frame())![1]!;
    const ofKind = a.report.findings.filter((x) => x.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    expect(listRows().length).toBe(new Set(ofKind.map((x) => x.pair)).size);
    await a.press('x', 'c', 'f', 'f');
    expect(a.frame()).toContain('pairs with findings, confirmed');
    expect(listRows()).toHaveLength(1);
    await a.press('f');
    expect(listRows()).toHaveLength(0);
    expect(a.frame()).toContain('no pair matches the filters');
    await a.press('x');
    expect(a.frame()).toContain('all pairs');
    expect(listRows().length).toBeGreaterThan(20);
    a.unmount();
  });

  it('confirms, dismisses with a reason, and undoes, reporting each decision', async () => {
    const a = app();
    await tick();
    const first = a.report.findings.find((f) => f.pair === 0)!;
    await a.press('c');
    expect(a.onDecide).toHaveBeenLastCalledWith(first.fingerprint, expect.objectContaining({ decision: 'confirmed', rule: first.rule }));
    expect(a.frame()).toMatch(/reviewed 1\/\d+/);
    const dismissedPair = selectedPair(a.frame());
    await a.press('d');
    expect(a.frame()).toContain('dismiss — reason (optional)');
    for (const ch of 'byline, not text') await a.press(ch);
    await a.press(KEY.enter);
    const second = a.onDecide.mock.calls.at(-1)!;
    expect(second[1]).toEqual(expect.objectContaining({ decision: 'dismissed', reason: 'byline, not text' }));
    expect(a.frame()).toMatch(/reviewed 2\/\d+/);
    await a.press('n', 'n', 'z');
    expect(a.onDecide).toHaveBeenLastCalledWith(second[0], expect.objectContaining({ decision: null }));
    expect(a.frame()).toMatch(/reviewed 1\/\d+/);
    // Undo goes back to the finding it undid.
    expect(selectedPair(a.frame())).toBe(dismissedPair);
    expect(a.frame()).toContain('undone:');
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
    expect(f).toContain('[-senior members of-]');
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

describe('review app layout and flow', () => {
  const sizes = [[60, 15], [80, 24], [120, 40], [200, 50]] as const;

  it('keeps the selected finding and its message on screen, the keys in the footer, at every size', async () => {
    const report = seedPair();
    for (const [width, height] of sizes) {
      const a = app({ width, height });
      for (let i = 0; i < 10; i++) {
        await a.press('n');
        const f = a.frame();
        const lines = f.split('\n');
        expect(lines.length).toBeLessThanOrEqual(height);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
        expect(lines.at(-1)).toMatch(/\? help  q quit$/);
        const head = lines.find((l) => l.startsWith('▶ '));
        expect(head, `${width}x${height} after n x${i + 1}:\n${f}`).toBeDefined();
        const rule = /^▶ \S+ \S+ · (\S+)/.exec(head!)![1];
        const p = selectedPair(f) - 1;
        const candidates = report.findings.filter((x) => x.pair === p && x.rule === rule);
        // The first words of the message are on screen.
        expect(candidates.some((x) => f.replace(/\s+/g, ' ').includes(x.message.replace(/\s+/g, ' ').slice(0, Math.min(30, width - 10))))).toBe(true);
      }
      a.unmount();
    }
  });

  it('uses the height it has: no empty rows between the pair and the footer when the list is long', async () => {
    const a = app({ width: 200, height: 50 });
    await a.press('n');
    const lines = a.frame().split('\n');
    expect(lines).toHaveLength(50);
    expect(lines.slice(0, -1).filter((l) => !l.trim()).length).toBe(0);
    a.unmount();
  });

  it('resumes at the first undecided finding, and the header counts follow the decisions', async () => {
    const report = seedPair();
    const order = buildRows(report).flatMap((r) => r.findings);
    const decided: Record<string, Decision> = {};
    for (const i of order.slice(0, 3)) decided[report.findings[i]!.fingerprint] = { decision: 'dismissed', rule: report.findings[i]!.rule, at: '2026-01-01T00:00:00Z' };
    const a = app({ decisions: decided });
    await tick();
    const third = report.findings[order[3]!]!;
    expect(selectedPair(a.frame())).toBe(third.pair + 1);
    expect(a.frame()).toMatch(/reviewed 3\/\d+ \(0 confirmed, 3 dismissed\)/);
    const crit = Number(/(\d+) critical/.exec(a.frame())![1]);
    // Dismiss critical findings until one is dismissed: the header's count drops.
    await a.press('s', 's', 'd', KEY.enter);
    expect(Number(/(\d+) critical/.exec(a.frame())![1])).toBe(crit - 1);
    a.unmount();
  });

  it('says a save failed in the status line and keeps the decision in memory', async () => {
    const onDecide = vi.fn(() => 'r.json: cannot write review file (the folder /nope does not exist)');
    const a = app({ onDecide });
    await a.press('c');
    expect(a.frame()).toContain('NOT SAVED (kept in memory): cannot write review file (the folder /nope does not');
    expect(a.frame()).toMatch(/reviewed 1\//);
    await a.press('n');
    expect(a.frame()).toContain('NOT SAVED');
    // The next save that works clears it.
    onDecide.mockReturnValue(undefined as unknown as string);
    await a.press('c');
    expect(a.frame()).not.toContain('NOT SAVED');
    expect(a.frame()).toMatch(/reviewed 2\//);
    a.unmount();
  });

  it('ends on Ctrl-C through onQuit, marked as interrupted', async () => {
    const a = app();
    await a.press('\u0003');
    expect(a.onQuit).toHaveBeenCalledWith(expect.any(Object), true);
  });

  it('explains every key and mark in the help, in two columns when wide', async () => {
    const a = app({ width: 140, height: 40 });
    await a.press('?');
    const f = a.frame();
    expect(f).toMatch(/Move .*│ Marks in the list/);
    for (const mark of ['=  ', '~  ', '-  ', '+  ', '>  ', '✓', '‸', '▶', 'u  U', 'z ', 'Ctrl-C']) expect(f).toContain(mark);
    expect(f).toMatch(/n  N\s+next \/ previous finding/);
    a.unmount();
  });
});

describe('the selected finding in the diff', () => {
  const compared = (ref: string, sus: string) => compareTexts(ref, sus);

  it('marks the evidence strong on both sides and every other change dim', () => {
    const report = compared('The police arrested the protesters on Monday after a long standoff downtown.', 'The protesters arrested the police on Tuesday after a long standoff downtown.');
    const row = buildRows(report).find((r) => r.findings.length)!;
    const f = report.findings.find((x) => x.kind === 'role') ?? report.findings[row.findings[0]!]!;
    const { ref, sus } = pairSides(report, row, f, true);
    const strong = (segs: { text: string; style?: string }[]) => segs.filter((x) => x.style?.startsWith('ev')).map((x) => x.text).join('');
    expect(strong(ref)).toContain(f.reference!.text.split(' ')[0]);
    expect(strong(sus)).toContain(f.suspect!.text.split(' ')[0]);
    if (f.kind === 'role') expect([...ref, ...sus].filter((x) => x.style === 'dimdel' || x.style === 'dimins').map((x) => x.text.trim())).toEqual(expect.arrayContaining(['Monday', 'Tuesday']));
  });

  it('points at the place in the copy where omitted words would be', () => {
    const report = compared('The council approved the budget, although the vote was close, and the mayor signed it.', 'The council approved the budget, and the mayor signed it.');
    const f = report.findings.find((x) => x.kind === 'omission');
    expect(f, JSON.stringify(report.findings.map((x) => x.rule))).toBeDefined();
    const row = buildRows(report)[f!.pair]!;
    const { sus } = pairSides(report, row, f, true);
    const text = sus.map((x) => x.text).join('');
    const caret = text.indexOf('‸');
    expect(caret).toBeGreaterThan(0);
    expect(text.slice(0, caret)).toMatch(/budget, $/);
  });
});
