import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUnreadable, CNN, ROOT, ROUNDTRIP, SYNDICATED, TOI, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const tmp = tempDir('driftcheck-cli-');
const file = (name: string, data: Buffer | string) => { const p = path.join(tmp, name); fs.writeFileSync(p, data); return p; };

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectUsageError(args: string[], message: RegExp, input?: string | Buffer) {
  const r = cli(args, input);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('driftcheck check', () => {
  it('exits 1 on the seed pair and prints findings with both excerpts and a summary line', () => {
    const r = cli(['check', CNN, ROUNDTRIP]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^CRITICAL negation +The copy adds a negation/m);
    expect(r.out).toMatch(/ref +\d+:\d+ .*\[-a good sense of-\]/);
    expect(r.out).toMatch(/copy +\d+:\d+ .*\{\+.*no idea.*\+\}/);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^drifted: \d+ critical, \d+ major, \d+ minor · coverage \d+% of reference/);
  });

  it('writes the JSON report of the design contract', () => {
    const r = cli(['check', CNN, ROUNDTRIP, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.schemaVersion).toBe(1);
    expect(j.reference.path).toBe(CNN);
    const text = fs.readFileSync(ROUNDTRIP, 'utf8');
    for (const s of j.suspect.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const f of j.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'rule', 'kind', 'severity', 'message', 'reference', 'suspect']));
      if (f.suspect) expect(text.slice(f.suspect.span[0], f.suspect.span[1])).toBe(f.suspect.text);
    }
    expect(j.alignment[0]).toEqual(expect.objectContaining({ reference: expect.any(Array), suspect: expect.any(Array), similarity: expect.any(Number), status: expect.any(String) }));
    expect(j.summary).toEqual(expect.objectContaining({ verdict: 'drifted', coverage: expect.any(Object), counts: expect.any(Object) }));
  });

  it('honours --fail-on and exits 0 on a faithful copy', () => {
    expect(cli(['check', CNN, SYNDICATED]).code).toBe(0);
    expect(cli(['check', CNN, SYNDICATED, '--fail-on', 'minor']).code).toBe(1);
    expect(cli(['check', CNN, CNN, '--fail-on', 'minor']).code).toBe(0);
  });

  it('calls articles that are not copies unrelated, without a flood of findings, and exits 1', () => {
    const r = cli(['check', CNN, TOI, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.summary.verdict).toBe('unrelated');
    expect(j.findings).toEqual([]);
  });

  it('reads the suspect from standard input and UTF-16 files', () => {
    const viaStdin = cli(['check', CNN, '-', '--format', 'json'], fs.readFileSync(ROUNDTRIP));
    const utf16 = file('copy16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(ROUNDTRIP, 'utf8'), 'utf16le')]));
    const viaFile = cli(['check', CNN, utf16, '--format', 'json']);
    const strip = (s: string) => { const j = JSON.parse(s); delete j.suspect.path; return j; };
    expect(strip(viaStdin.out)).toEqual(strip(viaFile.out));
  });

  it('writes the report to --output', () => {
    const out = path.join(tmp, 'report.json');
    const r = cli(['check', CNN, ROUNDTRIP, '--format', 'json', '--output', out]);
    expect(r.out).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });

  it.each([
    ['a missing file', () => [CNN, path.join(tmp, 'missing.txt')], /missing\.txt: no such file/],
    ['a directory', () => [CNN, tmp], /is a directory/],
    ['a path through a file', () => [CNN, `${CNN}/x`], /cannot open/],
    ['a PNG', () => [CNN, file('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))], /looks like a PNG image/],
    ['a PDF', () => [CNN, file('doc.pdf', '%PDF-1.4\n1 0 obj\n')], /looks like a PDF document/],
    ['NUL bytes', () => [CNN, file('nul.txt', 'text\u0000more text')], /NUL bytes/],
    ['invalid UTF-8', () => [CNN, file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))], /not valid UTF-8/],
    ['an empty file', () => [file('empty.txt', ''), CNN], /empty\.txt: is empty/],
    ['white space only', () => [CNN, file('blank.txt', '  \n\n\t ')], /is empty/],
  ])('gives one line and exit 2 for %s', (_w, files, message) => {
    expectUsageError(['check', ...(files as () => string[])()], message);
  });

  it('gives one line and exit 2 for a file without read permission', (ctx) => {
    const p = file('secret.txt', 'some text');
    const r = checkUnreadable(p, () => ctx.skip());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`driftcheck: ${p}: permission denied\n`);
  });

  it.each([
    ['an unknown option', ['check', CNN, ROUNDTRIP, '--frobnicate'], /unknown option '--frobnicate'/],
    ['a bad --fail-on', ['check', CNN, ROUNDTRIP, '--fail-on', 'huge'], /--fail-on.*huge/],
    ['a missing argument', ['check', CNN], /missing required argument 'suspect'/],
    ['an unknown command', ['compare', CNN, ROUNDTRIP], /unknown command 'compare'/],
    ['both sides on stdin', ['check', '-', '-'], /only one of REFERENCE and SUSPECT/],
    ['a bad --max-bytes', ['check', CNN, ROUNDTRIP, '--max-bytes', 'lots'], /--max-bytes expects a positive whole number/],
    ['an --output in a missing folder', ['check', CNN, ROUNDTRIP, '-o', '/nonexistent-dir/report.txt'], /report.txt: cannot write \(ENOENT\)/],
    ...(fs.existsSync('/dev/full') ? [['a full disk for --output', ['check', CNN, ROUNDTRIP, '--format', 'json', '-o', '/dev/full'], /\/dev\/full: cannot write \(ENOSPC\)/] as [string, string[], RegExp]] : []),
  ])('gives one line and exit 2 for %s', (_w, args, message) => {
    expectUsageError(args, message);
  });

  it('review without a terminal says so in one line and prints the text report', () => {
    const r = cli(['review', CNN, ROUNDTRIP, '--review', path.join(tmp, 'no-review.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('driftcheck: review needs an interactive terminal; printing the text report instead\n');
    expect(r.out).toMatch(/^CRITICAL negation/m);
    expect(cli(['review', CNN]).err).toMatch(/review needs both REFERENCE and SUSPECT/);
  });

  it('prints help with examples and the exit codes, and the version', () => {
    const h = cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/Exit codes: 0 .* 1 .* 2/);
    expect(cli(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
