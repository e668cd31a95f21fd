// Hostile and broken input, through the real CLI: each case gives a correct report or one clear line on
// stderr and exit code 2. Times and memory of the large cases are printed (not asserted).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkUnreadable, CNN, ROOT, ROUNDTRIP, TOI, tempDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const tmp = tempDir('driftcheck-hostile-');
const file = (name: string, data: Buffer | string) => { const p = path.join(tmp, name); fs.writeFileSync(p, data); return p; };
const seedText = fs.readFileSync(ROUNDTRIP, 'utf8');
const words = fs.readFileSync(CNN, 'utf8').replace(/[^A-Za-z ]+/g, ' ').split(/\s+/).filter(Boolean);

function cli(args: string[]) {
  const t0 = Date.now();
  const r = spawnSync('/usr/bin/time', ['-q', '-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const lines = r.stderr.trimEnd().split('\n');
  const kb = Number(lines.pop());
  return { code: r.status, out: r.stdout, err: lines.join('\n') + (lines.length ? '\n' : ''), ms: Date.now() - t0, mb: Math.round(kb / 1024) };
}
const hasTime = fs.existsSync('/usr/bin/time');
const run = hasTime ? cli : (args: string[]) => {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - t0, mb: NaN };
};

function refused(args: string[], message: RegExp) {
  const r = run(args);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\bat .*\.js:\d+/);
}

const findingKeys = (out: string) => JSON.parse(out).findings.map((f: { rule: string; suspect: { text: string } | null }) => `${f.rule}|${f.suspect?.text.replace(/\s+/g, ' ') ?? ''}`).sort();

describe('hostile input', () => {
  it.each([
    ['an empty file', ''],
    ['white space only', ' \n\t\r\n  \u00a0 '],
  ])('refuses %s', (_w, text) => refused(['check', CNN, file(`e${text.length}.txt`, text)], /is empty/));

  it.each([
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /PNG image/],
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), /PDF document/],
    ['gzip', zlib.gzipSync(seedText), /gzip archive/],
    ['invalid UTF-8', Buffer.from([0x54, 0x68, 0xe9, 0x20, 0x65, 0x6e, 0x64, 0xff]), /not valid UTF-8/],
    ['NUL bytes inside text', Buffer.from(`${seedText.slice(0, 500)}\u0000${seedText.slice(500)}`), /NUL bytes/],
  ])('refuses a %s file', (name, bytes, message) => refused(['check', CNN, file(`bin-${name}`, bytes)], message));

  it('refuses a directory, a missing file and an unreadable path', () => {
    refused(['check', CNN, tmp], /is a directory/);
    refused(['check', CNN, path.join(tmp, 'missing.txt')], /no such file/);
    refused(['check', CNN, `${CNN}/inside`], /cannot open/);
  });

  it('refuses a file without read permission', (ctx) => {
    const p = file('noperm.txt', 'text');
    const r = checkUnreadable(p, () => ctx.skip());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`driftcheck: ${p}: permission denied\n`);
  });

  it('compares one word with one word', () => {
    const same = run(['check', file('w1.txt', 'Ceasefire'), file('w2.txt', 'Ceasefire'), '--format', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.out).summary.verdict).toBe('faithful');
    const other = run(['check', file('w3.txt', 'Ceasefire'), file('w4.txt', 'Invasion'), '--format', 'json']);
    expect([0, 1]).toContain(other.code);
    expect(JSON.parse(other.out).schemaVersion).toBe(1);
  });

  it('reads UTF-16 LE and BE and UTF-8 with a BOM to the same findings as plain UTF-8', () => {
    const plain = findingKeys(run(['check', CNN, ROUNDTRIP, '--format', 'json']).out);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    const be = Buffer.from(le); be.swap16(); be[0] = 0xfe; be[1] = 0xff;
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]);
    for (const [name, bytes] of [['le', le], ['be', be], ['bom', bom]] as const) {
      expect(findingKeys(run(['check', CNN, file(`enc-${name}.txt`, bytes), '--format', 'json']).out), name).toEqual(plain);
    }
  });

  it('gives the same findings with CRLF, CR and mixed line endings', () => {
    const plain = findingKeys(run(['check', CNN, ROUNDTRIP, '--format', 'json']).out);
    const lines = seedText.split('\n');
    const mixed = lines.map((l, i) => l + (['\r\n', '\r', '\n'][i % 3])).join('');
    for (const [name, text] of [['crlf', seedText.replace(/\n/g, '\r\n')], ['cr', seedText.replace(/\n/g, '\r')], ['mixed', mixed]] as const) {
      const r = run(['check', CNN, file(`eol-${name}.txt`, text), '--format', 'json']);
      expect(findingKeys(r.out), name).toEqual(plain);
      const j = JSON.parse(r.out);
      for (const s of j.suspect.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('refuses a 50 MB text at once, naming the flag that raises the limit', () => {
    const big = path.join(tmp, 'big50.txt');
    const fd = fs.openSync(big, 'w');
    const chunk = Buffer.from(seedText.repeat(160));
    for (let written = 0; written < 50e6; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const r = run(['check', CNN, big]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big50\.txt: \d+ bytes is over the limit of 5242880; raise it with --max-bytes/);
    expect(r.ms).toBeLessThan(15_000);
    console.log(`50 MB text: refused in ${r.ms} ms`);
    fs.rmSync(big);
    const small = file('small-over.txt', seedText);
    expect(run(['check', CNN, small, '--max-bytes', '1000']).code).toBe(2);
    expect(run(['check', CNN, small, '--max-bytes', '100000']).code).toBe(1);
  });

  it('reports on a single 2 MB line with no punctuation', () => {
    let s = '';
    for (let i = 0; s.length < 2e6; i++) s += `${words[i % words.length]} `;
    const r = run(['check', CNN, file('oneline.txt', s), '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.out).suspect.sentences.length).toBeGreaterThan(1000);
    console.log(`2 MB single line: ${r.ms} ms, ${r.mb} MB peak`);
  });

  // Two runs of their own (each has the whole time limit: one took ~40 s alone, twice that under load).
  const words100k = () => {
    let s = '';
    for (let i = 0; i < 100_000; i++) s += `${words[i % words.length]}.\n`;
    return file('words100k.txt', s);
  };
  it('reports on 100,000 one-word sentences against an article', () => {
    const a = run(['check', CNN, words100k(), '--format', 'json']);
    expect([0, 1]).toContain(a.code);
    expect(JSON.parse(a.out).suspect.sentences.length).toBe(100_000);
    console.log(`100,000 one-word sentences against an article: ${a.ms} ms (${a.mb} MB)`);
  });

  it('finds 100,000 one-word sentences faithful to themselves', () => {
    const p = words100k();
    const b = run(['check', p, p, '--quiet']);
    expect(b.code).toBe(0);
    console.log(`100,000 one-word sentences against themselves: ${b.ms} ms (${b.mb} MB)`);
  });

  it('finds the same file on both sides faithful', () => {
    const r = run(['check', ROUNDTRIP, ROUNDTRIP, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.summary.verdict).toBe('faithful');
    expect(j.findings).toEqual([]);
  });

  it('handles emoji, combining marks and right-to-left scripts', () => {
    const text = [
      'Officials said the talks 🤝 went well and the ceasefire 🕊️ would hold until Friday.',
      'The café in Zürich reopened after the renovation; Ñandú and crème brûlée were back on the menu.',
      'Cafe\u0301 owners in the old town said 300 people attended the opening.',
      'المتحدث قال إن المفاوضات ستستمر يوم الاثنين.',
      'הדובר אמר שהשיחות יימשכו ביום שני.',
      '👨‍👩‍👧‍👦 Families gathered in the square on Sunday.',
    ].join('\n');
    const ref = file('uni-ref.txt', text);
    const same = run(['check', ref, ref, '--format', 'json']);
    expect(same.code).toBe(0);
    const changed = run(['check', ref, file('uni-sus.txt', text.replace('300 people', '30 people').replace('יום שני', 'יום שלישי')), '--format', 'json']);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.out).findings.map((f: { rule: string }) => f.rule)).toContain('number.changed');
  });
});

describe('terminal and log safety', () => {
  const evil = seedText
    .replace('He said that this is proof of.', 'He said \u001b[2J\u001b[H\u001b[32mfaithful: 0 critical, 0 major, 0 minor\u001b[0m \u001b]0;pwned\u0007 proof \u009b31m of.')
    .replace('He pointed out that he understood.', 'He pointed out\n::warning file=x.txt::no drift found\nthat he \u202eunderstood.');
  const suspect = file('evil.txt', evil);
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it.each(['text', 'markdown', 'github', 'junit'])('neutralises escape sequences and controls in %s output', (format) => {
    const r = run(['check', CNN, suspect, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(controls);
    // No line of the output starts like a fake summary or a workflow command the input injected.
    expect(r.out).not.toMatch(/^faithful:/m);
    expect(r.out).not.toMatch(/^::warning file=x\.txt::/m);
  });

  it('keeps the exact text in JSON, escaped as JSON does', () => {
    const r = run(['check', CNN, suspect, '--format', 'json']);
    expect(r.out).not.toMatch(/\u001b/);
    const j = JSON.parse(r.out);
    expect(j.suspect.sentences.map((s: { text: string }) => s.text).join('\n')).toContain('\u001b[2J');
  });
});

describe('user rules', () => {
  it('refuses a pattern that can backtrack catastrophically, naming the file and the rule', () => {
    const d = tempDir('driftcheck-redos-');
    fs.writeFileSync(path.join(d, 'furniture.yaml'), "lexicon: boilerplate\nentries:\n  - { id: promo-line, pattern: '(a+)+b' }\n");
    refused(['check', CNN, ROUNDTRIP, '--rules', d], /furniture\.yaml.*\(promo-line\): regular expression "\^\(\?:\(a\+\)\+b\)\$" can backtrack catastrophically/);
  });

  it('gives the file, the line and what is wrong for a malformed rule file', () => {
    const d = tempDir('driftcheck-bad-');
    fs.writeFileSync(path.join(d, 'role.yaml'), 'check: role\nrules:\n  - id: role.voice\n    severity: [major]\n');
    refused(['check', CNN, TOI, '--rules', d], /role\.yaml:4: rules\.0\.severity: must be one of minor, major, critical/);
  });
});

describe('review file under concurrency', () => {
  it('keeps every decision when two processes write at the same time', () => {
    const f = path.join(tempDir('driftcheck-conc-'), 'review.json');
    const script = `
      import { saveReview } from ${JSON.stringify(path.join(ROOT, 'dist/review/store.js'))};
      const [file, who] = process.argv.slice(2);
      let cur = { driftcheckReview: 1, reference: 'r', suspect: 's', updated: '', decisions: {} };
      for (let i = 0; i < 100; i++) cur = saveReview(file, { ...cur, decisions: { ...cur.decisions, [who + i]: { decision: 'confirmed', rule: 'x.y', at: new Date().toISOString() } } });`;
    const s = path.join(path.dirname(f), 'writer.mjs');
    fs.writeFileSync(s, script);
    const children = ['a', 'b'].map((w) => import('node:child_process').then(({ spawn }) => new Promise<number>((res) => spawn(process.execPath, [s, f, w]).on('exit', (c) => res(c ?? 1)))));
    return Promise.all(children).then((codes) => {
      expect(codes).toEqual([0, 0]);
      expect(Object.keys(JSON.parse(fs.readFileSync(f, 'utf8')).decisions)).toHaveLength(200);
      expect(fs.readdirSync(path.dirname(f)).sort()).toEqual(['review.json', 'writer.mjs']);
    });
  });
});
