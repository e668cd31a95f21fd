import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNN, ROOT, ROUNDTRIP, SYNDICATED, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const d = tempDir('driftcheck-batch-');
const batch = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, 'batch', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
const outLines = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l));

// 24 pairs: copies of the seed files referenced by relative paths, and inline texts.
fs.copyFileSync(CNN, path.join(d, 'ref.txt'));
fs.copyFileSync(ROUNDTRIP, path.join(d, 'roundtrip.txt'));
fs.copyFileSync(SYNDICATED, path.join(d, 'syndicated.txt'));
const manifest: object[] = [];
for (let i = 0; i < 24; i++) {
  if (i % 3 === 0) manifest.push({ id: `rt-${i}`, referencePath: 'ref.txt', suspectPath: 'roundtrip.txt' });
  else if (i % 3 === 1) manifest.push({ id: `syn-${i}`, referencePath: 'ref.txt', suspectPath: 'syndicated.txt' });
  else manifest.push({ id: `inline-${i}`, reference: `The council approved ${i} new parks on Monday.`, suspect: `The council approved ${i} new parks on Monday.` });
}
const good = path.join(d, 'pairs.jsonl');
fs.writeFileSync(good, manifest.map((m) => JSON.stringify(m)).join('\n') + '\n');

describe('driftcheck batch', () => {
  it('writes one report line per input line, in input order, with --jobs 2', () => {
    const r = batch([good, '--jobs', '2']);
    expect(r.status).toBe(1);
    const out = outLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(manifest.map((m) => (m as { id: string }).id));
    expect(out[0].schemaVersion).toBe(1);
    // Pairs with a major finding are drifted; a copy with only minor findings is faithful (nothing above minor).
    for (const o of out.slice(0, 2)) expect(o.summary.verdict).toBe(o.findings.some((f: { severity: string }) => f.severity !== 'minor') ? 'drifted' : 'faithful');
    expect(out.slice(0, 2).some((o) => o.summary.verdict === 'drifted')).toBe(true);
    expect(out[2].summary.verdict).toBe('faithful');
  });

  it('gives the same output with one job and with several', () => {
    const strip = (s: string) => outLines(s).map((o) => JSON.stringify(o));
    expect(strip(batch([good, '--jobs', '1']).stdout)).toEqual(strip(batch([good, '--jobs', '3']).stdout));
  });

  it('splits the manifest into shards that together cover every line exactly once', () => {
    const ids: string[] = [];
    for (let k = 1; k <= 3; k++) ids.push(...outLines(batch([good, '--shard', `${k}/3`, '--jobs', '2']).stdout).map((o) => o.id));
    expect(ids.sort()).toEqual(manifest.map((m) => (m as { id: string }).id).sort());
    expect(new Set(ids).size).toBe(manifest.length);
  });

  it('reports a bad line or an unreadable file on its own line and goes on; exit 2', () => {
    const mixed = path.join(d, 'mixed.jsonl');
    fs.writeFileSync(mixed, [
      JSON.stringify({ id: 'ok', reference: 'The vote passed.', suspect: 'The vote passed.' }),
      '{ this is not json',
      JSON.stringify({ id: 'missing', referencePath: 'nope.txt', suspectPath: 'roundtrip.txt' }),
      JSON.stringify({ id: 'binary', reference: 'a\u0000b', suspect: 'x' }),
      JSON.stringify({ id: 'neither' }),
      JSON.stringify({ id: 'last', reference: 'The vote passed.', suspect: 'The vote passed.' }),
    ].join('\n'));
    const r = batch([mixed]);
    expect(r.status).toBe(2);
    const out = outLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['ok', null, 'missing', 'binary', 'neither', 'last']);
    expect(out[1].error).toBe('line 2: not valid JSON');
    expect(out[2].error).toMatch(/nope\.txt: no such file/);
    expect(out[3].error).toMatch(/NUL bytes/);
    expect(out[4].error).toMatch(/needs "reference" \(text\) or "referencePath" \(file\)/);
    expect(out[5].summary.verdict).toBe('faithful');
  });

  it('exits 0 when nothing drifts, reads the manifest from stdin, and checks its flags', () => {
    const calm = manifest.filter((_, i) => i % 3 === 2).map((m) => JSON.stringify(m)).join('\n');
    const r = batch(['-'], calm);
    expect(r.status).toBe(0);
    expect(outLines(r.stdout)).toHaveLength(8);
    expect(batch([good, '--shard', '4/3']).stderr).toMatch(/--shard expects K\/N with 1 <= K <= N/);
    expect(batch([path.join(d, 'absent.jsonl')]).stderr).toMatch(/absent\.jsonl: no such file/);
    expect(batch([good, '--jobs', '0']).status).toBe(2);
  });
});

describe('driftcheck batch with a config file', () => {
  it('applies the per-rule severities of the config file in its workers', () => {
    const cfgDir = tempDir('driftcheck-batch-cfg-');
    fs.writeFileSync(path.join(cfgDir, 'driftcheck.config.json'), JSON.stringify({ severity: { 'number.changed': 'critical', 'wording.changed': 'off' } }));
    const m = path.join(cfgDir, 'm.jsonl');
    fs.writeFileSync(m, JSON.stringify({ id: 'n', reference: 'More than 300 drones were launched on Saturday.', suspect: 'More than 200 drones were launched on Saturday.' }));
    const r = spawnSync(process.execPath, [CLI, 'batch', m, '--jobs', '1'], { encoding: 'utf8', cwd: cfgDir });
    const out = outLines(r.stdout)[0];
    expect(out.findings.map((f: { rule: string; severity: string }) => `${f.rule}/${f.severity}`)).toEqual(['number.changed/critical']);
  });
});
