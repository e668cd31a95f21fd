// Hostile input, hostile files and hostile readers, through the real CLI (issue 16): every case ends within its
// timeout with the expected exit code and one clear line on stderr, or a correct report. No case may hang: each
// run is killed at its timeout and the test then fails on `timedOut`.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNN, ROOT, ROUNDTRIP, SYNDICATED, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const tmp = tempDir('driftcheck-hostile-cli-');
const file = (name: string, data: Buffer | string) => { const p = path.join(tmp, name); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, data); return p; };
const ref = file('ref.txt', fs.readFileSync(CNN));
const sus = file('sus.txt', fs.readFileSync(ROUNDTRIP));
const syn = file('syn.txt', fs.readFileSync(SYNDICATED));

interface Run { code: number | null; out: string; err: string; timedOut: boolean }

/** The CLI with a hard timeout (killed when it runs over, so a hang fails the test instead of stalling the suite). */
function cli(args: string[], o: { timeout?: number; input?: string; cwd?: string; execArgv?: string[]; as?: SpawnSyncOptions } = {}): Run {
  const r = spawnSync(process.execPath, [...(o.execArgv ?? []), CLI, ...args], {
    encoding: 'utf8', input: o.input, cwd: o.cwd ?? tmp, timeout: o.timeout ?? 60_000, killSignal: 'SIGKILL', maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' }, ...o.as,
  });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? ''), timedOut: r.error?.message.includes('ETIMEDOUT') ?? false };
}

/** A shell pipeline around the CLI; the exit code is the CLI's own (the first command of the pipe). */
function shell(script: string, timeout = 60_000): Run {
  const r = spawnSync('bash', ['-c', `${script}; exit \${PIPESTATUS[0]}`], {
    encoding: 'utf8', cwd: tmp, timeout, killSignal: 'SIGKILL', maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', DC: `${process.execPath} ${CLI}` },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error?.message.includes('ETIMEDOUT') ?? false };
}

/** Exit 2, nothing on stdout, one line on stderr matching the message, no stack trace. */
function refused(r: Run, message: RegExp) {
  expect(r.timedOut).toBe(false);
  expect(r.err).toMatch(message);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/\bat .*\.js:\d+|internal error/);
  expect(r.out).toBe('');
  expect(r.code).toBe(2);
}

const outLines = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string; summary?: { verdict: string } });
const manifest = (name: string, lines: object[]) => file(name, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
/** As root every file is readable: such cases run as "nobody" (skipped where nobody cannot read the checkout). */
const asRoot = process.getuid?.() === 0;
const nobody = asRoot ? { uid: 65534, gid: 65534 } : {};
const nobodyCanRun = !asRoot || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, 4)`], nobody).status === 0;
if (asRoot) fs.chmodSync(tmp, 0o755);

describe('bounded reading', () => {
  it('reads a 1 MB word without spaces in pieces, and says so', () => {
    const p = file('word1m.txt', `The ${'a'.repeat(1_000_000)} end.\n`);
    const r = cli(['check', ref, p, '--quiet']);
    expect(r.timedOut).toBe(false);
    expect([0, 1]).toContain(r.code);
    expect(r.err).toBe(`driftcheck: ${p}: a word of 1000000 characters (at offset 4); words longer than 256 characters are read in pieces of 256\n`);
  });

  it('refuses a FIFO with no writer at once', () => {
    const fifo = path.join(tmp, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    refused(cli(['check', ref, fifo], { timeout: 20_000 }), /fifo: is a FIFO \(named pipe\), expected a text file \(pipe it to standard input as - instead\)/);
    refused(cli(['batch', fifo], { timeout: 20_000 }), /fifo: is a FIFO \(named pipe\), expected a JSON-lines manifest/);
  });

  it.each(['/dev/zero', '/dev/urandom'])('refuses the device %s as an input and as a manifest', (dev) => {
    refused(cli(['check', ref, dev], { timeout: 20_000 }), new RegExp(`${dev}: is a device, expected a text file`));
    refused(cli(['batch', dev], { timeout: 20_000 }), new RegExp(`${dev}: is a device, expected a JSON-lines manifest`));
  });

  it('stops reading a stream on standard input once it passes --max-bytes', () => {
    const r = shell(`yes 'The talks failed today.' 2>/dev/null | $DC check ${JSON.stringify(ref)} - --max-bytes 100000 >/dev/null; echo "cli=\${PIPESTATUS[1]}" >&2`, 30_000);
    expect(r.timedOut).toBe(false);
    expect(r.err).toBe('driftcheck: -: standard input is over the limit of 100000 bytes; raise it with --max-bytes\ncli=2\n');
  });

  it('holds inline texts, paths and manifest lines of a batch to --max-bytes', () => {
    const m = manifest('limits.jsonl', [
      { id: 'inline', reference: 'The talks failed. '.repeat(10_000), suspect: 'The talks failed.' },
      { id: 'path', referencePath: 'ref.txt', suspectPath: 'sus.txt' },
      { id: 'ok', reference: 'The vote passed.', suspect: 'The vote passed.' },
    ]);
    const r = cli(['batch', m, '--max-bytes', '100000', '--jobs', '1']);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    const out = outLines(r.out);
    expect(out[0]!.error).toBe('line 1: inline:reference: 180000 bytes is over the limit of 100000; raise it with --max-bytes');
    expect(out[1]!.summary?.verdict).toBe('drifted');
    expect(out[2]!.summary?.verdict).toBe('faithful');
    const tooLong = file('longline.jsonl', `${JSON.stringify({ id: 'huge', reference: 'x'.repeat(1_200_000), suspect: 'x' })}\n${JSON.stringify({ id: 'after', reference: 'The vote passed.', suspect: 'The vote passed.' })}\n`);
    const l = cli(['batch', tooLong, '--max-bytes', '1000', '--jobs', '1']);
    expect(l.code).toBe(2);
    const lo = outLines(l.out);
    expect(lo[0]).toEqual({ id: null, line: 1, error: 'line 1: longer than 1052576 bytes (the limit follows --max-bytes)' });
    expect(lo[1]!.summary?.verdict).toBe('faithful');
  });

  it('gives a 60 MB inline word its one-line limit error, and analyses a 12 MB word when the limit allows it', () => {
    const big = file('word60m.jsonl', `${JSON.stringify({ id: 'w', reference: 'a'.repeat(60_000_000), suspect: 'A b.' })}\n`);
    const r = cli(['batch', big, '--jobs', '1']);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(outLines(r.out)[0]!.error).toBe('line 1: longer than 22020096 bytes (the limit follows --max-bytes)');
    fs.rmSync(big);
    const w12 = file('word12m.jsonl', `${JSON.stringify({ id: 'w', reference: `The ${'a'.repeat(12_000_000)} end.`, suspect: 'The talks failed.' })}\n`);
    const b = cli(['batch', w12, '--jobs', '1', '--max-bytes', '20000000']);
    expect(b.timedOut).toBe(false);
    expect(b.out).not.toMatch(/Maximum call stack|"error"/);
    expect([0, 1]).toContain(b.code);
    fs.rmSync(w12);
  });
});

describe('processes that end', () => {
  it('ends quietly with its own exit code when the reader closes the pipe', () => {
    const m = manifest('pipe.jsonl', [
      { id: 1, referencePath: 'ref.txt', suspectPath: 'sus.txt' },
      { id: 2, referencePath: 'ref.txt', suspectPath: 'sus.txt' },
      { id: 3, referencePath: 'ref.txt', suspectPath: 'syn.txt' },
    ]);
    const b = shell(`$DC batch ${JSON.stringify(m)} --jobs 1 | head -c 100`);
    expect(b.err).toBe('');
    expect(b.code).toBe(1);
    const rules = shell('$DC rules | head -1');
    expect(rules.err).toBe('');
    expect(rules.code).toBe(0);
    expect(rules.out.split('\n')).toHaveLength(2);
    const check = shell(`$DC check ${JSON.stringify(ref)} ${JSON.stringify(sus)} --format json | head -1`);
    expect(check.err).toBe('');
    expect(check.code).toBe(1);
    const same = shell(`$DC check ${JSON.stringify(ref)} ${JSON.stringify(syn)} --format json | head -1`);
    expect([same.err, same.code]).toEqual(['', 0]);
  });

  it('ends a batch whose worker dies with one line and exit 2', () => {
    const die = file('die.mjs', "import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) process.exit(3);\n");
    const m = manifest('one.jsonl', [{ id: 1, reference: 'The vote passed.', suspect: 'The vote passed.' }]);
    refused(cli(['batch', m, '--jobs', '1'], { execArgv: ['--import', die], timeout: 30_000 }),
      /^driftcheck: batch: a worker thread stopped unexpectedly \(exit code 3\) while checking line 1; stopped after 0 of 1 pairs$/m);
  });

  it('caps --jobs at the number of cores, with a note', () => {
    const m = manifest('jobs.jsonl', [{ id: 1, reference: 'The vote passed.', suspect: 'The vote passed.' }]);
    const r = cli(['batch', m, '--jobs', '999']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^driftcheck: --jobs 999 is more than the \d+ cores here; using \d+\n$/);
  });

  it.skipIf(!nobodyCanRun)('names the file when a manifest, a rule file or a config cannot be read', () => {
    const m = manifest('noread.jsonl', [{ id: 1, reference: 'a', suspect: 'a' }]);
    fs.chmodSync(m, 0);
    refused(cli(['batch', m], { as: nobody }), /noread\.jsonl: permission denied$/m);
    const d = path.join(tmp, 'noread-rules');
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 's.yaml'), 'lexicon: spelling\nentries: {}\n');
    fs.chmodSync(path.join(d, 's.yaml'), 0);
    refused(cli(['rules', '--rules', d], { as: nobody }), /noread-rules\/s\.yaml: permission denied$/m);
    const c = file('noread-config.json', '{}');
    fs.chmodSync(c, 0);
    refused(cli(['check', ref, syn, '--config', c], { as: nobody }), /noread-config\.json: permission denied$/m);
  });

  it('calls a YAML alias bomb in a user rule file invalid YAML, naming the file', () => {
    const d = path.join(tmp, 'bomb');
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 7; i++) levels.push(`${'abcdefg'[i]}: &${'abcdefg'[i]} [${Array(9).fill(`*${'abcdefg'[i - 1]}`).join(',')}]`);
    file('bomb/x.yaml', `lexicon: spelling\nentries:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    refused(cli(['rules', '--rules', d]), /bomb\/x\.yaml: invalid YAML \(Excessive alias count indicates a resource exhaustion attack\)$/m);
  });
});

describe('safe output', () => {
  it('neutralises a file name carrying a newline and a workflow command, or an OSC sequence, on stderr', () => {
    const evil = path.join(tmp, 'bad\n::error file=x::pwned.txt');
    const r = cli(['check', ref, evil]);
    refused(r, /no such file/);
    expect(r.err).toBe(`driftcheck: ${tmp}/bad ::error file=x::pwned.txt: no such file\n`);
    const osc = cli(['check', ref, path.join(tmp, 'a\u001b]0;pwned\u0007b')]);
    refused(osc, /no such file/);
    expect(osc.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(osc.err).toContain('a\\u{1B}]0;pwned\\u{7}b');
  });

  const mRef = file('m-ref.txt', 'The minister said the talks failed.\nPrices rose 5% in May.\n');
  const mSus = file('m-sus.txt', 'The minister said the talks succeeded.\nPrices rose 7% in May.\nThanks to @octocat for fixing #123 in the talks.\nThe minister said\u2028::error::x the talks went well.\n');

  it('keeps @mentions and #references inert in Markdown outside code spans', () => {
    const r = cli(['check', mRef, mSus, '--format', 'markdown']);
    expect(r.code).toBe(1);
    const summary = r.out.split('\n').filter((l) => l.startsWith('<summary>')).join('\n');
    expect(summary).toContain('@&#8203;octocat for fixing #&#8203;123');
    expect(summary).not.toMatch(/(?<!&)#\w|@\w/);
  });

  it.each(['text', 'markdown', 'junit', 'github', 'sarif'])('escapes U+2028 and U+2029 in %s output', (format) => {
    const r = cli(['check', mRef, mSus, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/[\u2028\u2029]/);
    expect(r.out).not.toMatch(/^::error::x/m);
  });

  it('neutralises controls and bidirectional overrides in SARIF texts', () => {
    const a = file('e-ref.txt', 'The minister said the talks failed on Monday in Geneva.\nPrices rose 5% in May.\n');
    const b = file('e-sus.txt', 'The minister said the talks \u001b]0;pwned\u0007 succeeded on Monday \u001b[31m in Geneva\u202e.\nPrices rose 5% in May.\n');
    const r = cli(['check', a, b, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const texts: string[] = [];
    JSON.parse(r.out, (k, v) => { if (k === 'text' && typeof v === 'string') texts.push(v); return v; });
    expect(texts.some((t) => t.includes('\\u{1B}[31m'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('policy', () => {
  it('reads batch paths only inside the manifest folder unless --allow-outside', () => {
    const text = 'The council approved the budget on Monday.\nThe mayor said the vote was close.\n';
    const outside = file('outside.txt', text);
    file('jobs/in.txt', text);
    fs.symlinkSync(outside, path.join(tmp, 'jobs', 'link.txt'));
    const m = manifest('jobs/paths.jsonl', [
      { id: 'up', referencePath: '../outside.txt', suspectPath: 'in.txt' },
      { id: 'abs', referencePath: '/etc/passwd', suspectPath: 'in.txt' },
      { id: 'link', referencePath: 'link.txt', suspectPath: 'in.txt' },
      { id: 'in', referencePath: 'in.txt', suspectPath: 'in.txt' },
      { id: 'dev', referencePath: '/dev/zero', suspectPath: 'in.txt' },
    ]);
    const r = cli(['batch', m, '--jobs', '1']);
    expect(r.code).toBe(2);
    const out = outLines(r.out);
    expect(out[0]!.error).toBe(`line 1: "referencePath" "../outside.txt" is outside the manifest's folder ${tmp}/jobs; pass --allow-outside to read it`);
    expect(out[1]!.error).toMatch(/^line 2: "referencePath" "\/etc\/passwd" is outside the manifest's folder/);
    expect(out[2]!.error).toMatch(/^line 3: "referencePath" "link\.txt" is outside the manifest's folder/);
    expect(out[3]!.summary?.verdict).toBe('faithful');
    expect(JSON.stringify(out)).not.toMatch(/root:x:0/);
    const allowed = outLines(cli(['batch', m, '--jobs', '1', '--allow-outside']).out);
    expect(allowed.map((o) => o.summary?.verdict ?? o.error)).toEqual(['faithful', expect.stringMatching(/.*/), 'faithful', 'faithful', 'line 5: /dev/zero: is a device, expected a text file (pipe it to standard input as - instead)']);
    const viaConfig = file('jobs/driftcheck.config.json', '{ "allowOutside": true }');
    expect(outLines(cli(['batch', m, '--jobs', '1', '--config', viaConfig]).out)[0]!.summary?.verdict).toBe('faithful');
  });

  it('stops looking for a config file at the repository root', () => {
    file('shared/driftcheck.config.json', '{ "severity": { "negation.added": "off" } }');
    fs.mkdirSync(path.join(tmp, 'shared/proj/.git'), { recursive: true });
    const a = file('shared/proj/sub/a.txt', 'The talks failed on Monday.\n');
    const b = file('shared/proj/sub/b.txt', 'The talks did not fail on Monday.\n');
    const inRepo = cli(['check', a, b, '--format', 'json'], { cwd: path.join(tmp, 'shared/proj/sub') });
    expect(inRepo.code).toBe(1);
    expect(JSON.parse(inRepo.out).findings.map((f: { rule: string }) => f.rule)).toContain('negation.added');
    // The repository's own config is still found.
    file('shared/proj/driftcheck.config.json', '{ "failOn": "critical", "severity": { "negation.added": "minor" } }');
    expect(cli(['check', a, b, '--quiet'], { cwd: path.join(tmp, 'shared/proj/sub') }).code).toBe(0);
  });

  it.each([
    ['a YAML lexicon', 'proto-yaml/s.yaml', 'lexicon: spelling\nentries:\n  __proto__: { polluted: ["x"] }\n', /proto-yaml\/s\.yaml:3: "__proto__" is not allowed as a key/],
    ['a JSON lexicon', 'proto-json/s.json', '{"lexicon":"spelling","entries":{"constructor":{"prototype":["x"]}}}', /proto-json\/s\.json: "entries\.constructor": "constructor" is not allowed as a key/],
    ['a check file', 'proto-check/r.yaml', 'check: role\nsettings:\n  prototype: 1\nrules:\n  - id: role.voice\n', /proto-check\/r\.yaml:3: "prototype" is not allowed as a key/],
  ])('refuses prototype keys in %s', (_w, name, body, message) => {
    const p = file(name, body);
    refused(cli(['rules', '--rules', path.dirname(p)]), message);
  });

  it('refuses prototype keys in the config file', () => {
    const c = file('proto-config.json', '{"severity":{"__proto__":{"negation.added":"off"}}}');
    refused(cli(['check', ref, syn, '--config', c]), /proto-config\.json: "severity\.__proto__": "__proto__" is not allowed as a key/);
  });

  it('refuses a repeated group of alternatives in a user pattern before it can hang on a line of a\'s', () => {
    file('redos/b.yaml', "lexicon: boilerplate\nentries:\n  - { id: evil, pattern: '(a|a)*b' }\n");
    const as = file('as.txt', `${'a'.repeat(40)}\nA real sentence is here.\n`);
    refused(cli(['check', ref, as, '--rules', path.join(tmp, 'redos')], { timeout: 30_000 }),
      /redos\/b\.yaml \(evil\): regular expression "\^\(\?:\(a\|a\)\*b\)\$" can backtrack catastrophically \(a repeated group of alternatives\)/);
  });

  it('loads a user lexicon of 40,000 entries and still finds a repeated key and its line', () => {
    let s = 'lexicon: spelling\nentries:\n';
    for (let i = 0; i < 40_000; i++) s += `  w${i}: [v${i}]\n`;
    file('big40k/s.yaml', s);
    const r = cli(['rules', '--rules', path.join(tmp, 'big40k')]);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(0);
    file('dup/s.yaml', `${s}  w17: [again]\n`);
    refused(cli(['rules', '--rules', path.join(tmp, 'dup')]), /dup\/s\.yaml:40003: invalid YAML \(map keys must be unique; "w17" is repeated\)/);
  });

  it('finds a faithful copy with doubled inner spaces faithful', () => {
    const spaced = file('spaces.txt', fs.readFileSync(CNN, 'utf8').replace(/(\S) (\S)/g, '$1  $2'));
    const r = cli(['check', ref, spaced, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.summary.verdict).toBe('faithful');
    expect(j.findings).toEqual([]);
  });
});
