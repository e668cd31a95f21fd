// The installed command (dist/bin.js): a check runs from the bundle the build made, with its code cache, and says
// exactly what dist/cli.js says; an installed copy moved elsewhere still finds its own rules, and without the
// bundle the command runs as before.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNN, ROOT, ROUNDTRIP, tempDir } from './helpers.js';

const run = (entry: string, args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const BIN = path.join(ROOT, 'dist', 'bin.js'), CLI = path.join(ROOT, 'dist', 'cli.js');

function pair(dir: string): [string, string] {
  const ref = path.join(dir, 'ref.txt'), sus = path.join(dir, 'sus.txt');
  fs.writeFileSync(ref, 'The minister did not approve the plan on Tuesday.\n');
  fs.writeFileSync(sus, 'The minister approved the plan on Tuesday.\n');
  return [ref, sus];
}
const severities = (json: string) => (JSON.parse(json) as { findings: { rule: string; severity: string }[] }).findings.map((f) => `${f.rule} ${f.severity}`);

describe('dist/bin.js', () => {
  it.each([
    ['text', [CNN, ROUNDTRIP]],
    ['json', [CNN, ROUNDTRIP, '--format', 'json']],
    ['an HTML copy (a reader left out of the bundle)', [CNN, path.join(ROOT, 'fixtures', 'html', '002-roundtrip-copy.html'), '--format', 'json']],
    ['a missing file', [CNN, path.join(ROOT, 'no-such-file.txt')]],
  ])('checks as dist/cli.js does: %s', (_what, args) => {
    expect(run(BIN, ['check', ...args])).toEqual(run(CLI, ['check', ...args]));
  });

  it('reads the copy from standard input as dist/cli.js does', () => {
    const input = fs.readFileSync(ROUNDTRIP, 'utf8');
    expect(run(BIN, ['check', CNN, '-', '--summary'], input)).toEqual(run(CLI, ['check', CNN, '-', '--summary'], input));
  });

  it('runs a bundle of ASCII only (read as Latin-1), whose patterns read curly quotes and dashes as dist/cli.js does', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'check.bundle.cjs'));
    expect(bundle.findIndex((b) => b > 127)).toBe(-1);
    const dir = tempDir('driftcheck-ascii-');
    const ref = path.join(dir, 'ref.txt'), sus = path.join(dir, 'sus.txt');
    fs.writeFileSync(ref, 'The country’s top court – in a ruling on Monday – said the law was not valid. “We will appeal,” the minister’s office said.\n');
    fs.writeFileSync(sus, 'The country’s top court — in a ruling on Monday — said the law was valid. “We will appeal,” the minister’s office said.\n');
    const bundled = run(BIN, ['check', ref, sus, '--format', 'json']);
    expect(severities(bundled.stdout).length).toBeGreaterThan(0);
    expect(bundled).toEqual(run(CLI, ['check', ref, sus, '--format', 'json']));
  });

  it('has a code cache this Node.js accepts', () => {
    const probe = `const { loadBundle, BUNDLE_CACHE } = await import(${JSON.stringify(new URL(`file://${BIN}`).href)});
      const b = loadBundle((await import('node:fs')).readFileSync(BUNDLE_CACHE));
      process.stdout.write(String(b.script.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });

  it('in an installed copy elsewhere reads that copy\'s rules, with the bundle and without it', () => {
    const pkg = tempDir('driftcheck-bin-');
    for (const f of ['package.json', 'dist', 'rules']) fs.cpSync(path.join(ROOT, f), path.join(pkg, f), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    const [ref, sus] = pair(pkg);
    const bin = path.join(pkg, 'dist', 'bin.js');
    const check = () => run(bin, ['check', ref, sus, '--format', 'json']);
    expect(severities(check().stdout)).toEqual(['negation.dropped critical']);
    const neg = path.join(pkg, 'rules', 'negation.yaml');
    fs.writeFileSync(neg, fs.readFileSync(neg, 'utf8').replaceAll('severity: critical', 'severity: minor'));
    const bundled = check();
    expect(severities(bundled.stdout)).toEqual(['negation.dropped minor']);
    fs.rmSync(path.join(pkg, 'dist', 'check.bundle.cjs'));
    expect(check()).toEqual(bundled);
  });
});
