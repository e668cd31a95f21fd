import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExamples } from '../src/core/examples.js';
import { loadRules } from '../src/core/rules.js';
import { KINDS, SEVERITIES } from '../src/core/types.js';
import { compareTexts, ROOT, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const dir = (files: Record<string, string>) => {
  const d = tempDir('driftcheck-rules-');
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(d, name), body);
  return d;
};
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('rules', () => {
  it('gives every rule a kind, a severity, a message and a drifted example with a faithful twin', () => {
    const rules = loadRules();
    expect(rules.rules.size).toBeGreaterThan(20);
    for (const r of rules.rules.values()) {
      expect(KINDS).toContain(r.kind);
      expect(SEVERITIES).toContain(r.severity);
      expect(r.message.length).toBeGreaterThan(10);
      expect(r.examples.filter((e) => e.expect === 'drift').length).toBeGreaterThan(0);
      expect(r.examples.filter((e) => e.expect === 'faithful').length).toBeGreaterThan(0);
    }
  });

  it('passes the examples every rule carries', () => {
    const failed = checkExamples(loadRules()).filter((x) => !x.ok).map((x) => `${x.rule.id} #${x.index + 1} fired [${x.fired.join(', ')}]`);
    expect(failed).toEqual([]);
  });

  it('names no person of the fixtures in any rule or lexicon file', () => {
    const files = fs.readdirSync(path.join(ROOT, 'rules'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const name of ['Netanyahu', 'Biden', 'Kirby', 'Gallant', 'Finer', 'McGurk', 'Salami', 'Tapper', 'Blinken', 'Sullivan', 'CNN']) expect(text, `${f} names ${name}`).not.toContain(name);
    }
  });

  it('reports a broken rule file with its file and line', () => {
    const bad = dir({ 'negation.yaml': 'check: negation\nrules:\n  - id: negation.added\n    severity: huge\n' });
    const r = cli(['rules', '--rules', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`driftcheck: ${path.join(bad, 'negation.yaml')}:4: rules.0.severity: must be one of minor, major, critical`);
    const yaml = dir({ 'x.yaml': 'check: x\nrules: [\n' });
    expect(cli(['rules', '--rules', yaml]).stderr).toMatch(/x\.yaml:\d+: invalid YAML/);
    const unknown = dir({ 'x.yaml': 'check: negation\nrules: []\ncolour: red\n' });
    expect(cli(['rules', '--rules', unknown]).stderr).toMatch(/x\.yaml:1: file: unknown key "colour"/);
  });

  it('lets a user folder change a severity, disable a rule and extend a lexicon', () => {
    const user = dir({
      'mine.yaml': 'check: number\nrules:\n  - id: number.changed\n    severity: critical\n  - id: number.qualifier\n    enabled: false\n',
      'antonyms.yaml': 'lexicon: antonyms-news\nentries:\n  - [upbeat, downbeat]\n',
    });
    const rules = loadRules([user]);
    expect(rules.rules.get('number.changed')!.severity).toBe('critical');
    const r = spawnSync(process.execPath, [CLI, 'rules', '--rules', user], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^number\.changed +number +critical/m);
    expect(r.stdout).toMatch(/^number\.qualifier +number +minor +\(disabled\)/m);
    expect(compareTexts('The central bank sounded upbeat on Tuesday.', 'The central bank sounded downbeat on Tuesday.').findings.filter((f) => f.kind === 'antonym')).toEqual([]);
  });

  it('lists every rule with id, kind, severity and description', () => {
    const r = cli(['rules']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^role\.event-frame +role +critical +A participant of an event/m);
    expect(r.stdout.trim().split('\n').length).toBe(loadRules().rules.size);
  });
});

describe('user rule examples', () => {
  it('are checked when the rules load, naming the file and line of the example that fails', () => {
    const user = dir({
      'number.yaml': 'check: number\nrules:\n  - id: number.changed\n    severity: critical\n    examples:\n      - reference: "Over 300 drones were launched."\n        suspect: "More than 300 drones were launched."\n        expect: drift\n',
    });
    const r = cli(['rules', '--rules', user]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`driftcheck: ${path.join(user, 'number.yaml')}:6: rule number.changed does not fire on its drifted example (checks fired: none)`);
  });
});
