// The bundled rules compiled at build time: the same rule set as the sources, and never stale when a rule file
// changes after the build (a user may edit rules/ in an installed package).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';
import { ANTONYM_INDEX, derivedIndexes, lexicons, patternKey, patternsOf } from '../src/core/lexicons.js';
import { bundledRules, byName, compileRules, COMPILED_RULES_FILE, lexicon, loadRules, wordMap } from '../src/core/rules.js';
import { packWords, PackedWordMap, unpackWords } from '../src/core/wordmap.js';
import { ROOT, tempDir } from './helpers.js';

let pristine: { dir: string; file: string } | null = null;
/** A copy of the bundled rules/ and a compiled file made from it, in a fresh folder (compiled once, then copied). */
function compiledCopy(): { dir: string; file: string } {
  if (!pristine) {
    const base = tempDir('driftcheck-compiled-');
    pristine = { dir: path.join(base, 'rules'), file: path.join(base, 'rules.compiled.json') };
    fs.cpSync(path.join(ROOT, 'rules'), pristine.dir, { recursive: true });
    compileRules(pristine.dir, pristine.file);
  }
  const base = tempDir('driftcheck-compiled-');
  const copy = { dir: path.join(base, 'rules'), file: path.join(base, 'rules.compiled.json') };
  fs.cpSync(pristine.dir, copy.dir, { recursive: true });
  fs.copyFileSync(pristine.file, copy.file);
  return copy;
}

const NEG = 'negation.yaml';
/** The first "severity: critical" of negation.yaml (the rule negation.added) made SEVERITY. */
function setFirstSeverity(dir: string, severity: string): void {
  const f = path.join(dir, NEG);
  fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('severity: critical', `severity: ${severity}`));
}

describe('compiled rules', () => {
  it('load the same rule set as the sources', () => {
    const { dir, file } = compiledCopy();
    const fast = bundledRules(dir, file);
    expect(fast.compiled).toBe(true);
    const slow = bundledRules(dir, path.join(path.dirname(file), 'missing', 'x.json'));
    expect(slow.compiled).toBe(false);
    expect(fast.set).toEqual(slow.set);
    // File names and example lines read as the sources name them, relative to the working directory.
    const neg = fast.set.rules.get('negation.added')!;
    expect(neg.file).toBe(path.relative(process.cwd(), path.join(dir, NEG)));
    expect(neg.examples[0]!.at).toBe(`${neg.file}:10`);
    // The WordNet lists are kept packed, and read back as they are in their files.
    for (const name of ['synonyms-wordnet', 'noun-classes-wordnet']) {
      const l = fast.set.lexicons.get(name)!;
      expect(l.packed).toBeTypeOf('string');
      const source = (JSON.parse(fs.readFileSync(path.join(dir, l.file.replace(/^.*?rules\//, '')), 'utf8')) as { entries: object }).entries;
      expect(lexicon(fast.set, name)).toEqual(source);
    }
  });

  it('carry the patterns the build found safe, and a user folder\'s patterns are still checked', () => {
    const set = bundledRules().set;
    const patterns = patternsOf(lexicons(set)).map(patternKey);
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) expect(set.safePatterns!.has(p)).toBe(true);
    const user = tempDir('driftcheck-unsafe-');
    fs.writeFileSync(path.join(user, 'bp.yaml'), 'lexicon: boilerplate\nentries:\n  - id: nested\n    pattern: "(a+)+b"\n');
    expect(() => lexicons(loadRules([user]))).toThrow(/can backtrack catastrophically/);
  });

  it('compile the bundled lexicons at start without the pattern checker: every bundled pattern was checked by the build', () => {
    // A pattern missing from patternsOf would be checked again at every start, loading safe-regex2 and ret.
    const code = `import { createRequire } from 'node:module';
      const { loadRules } = await import(${JSON.stringify(path.join(ROOT, 'dist/core/rules.js'))});
      const { lexicons } = await import(${JSON.stringify(path.join(ROOT, 'dist/core/lexicons.js'))});
      lexicons(loadRules());
      console.log(Object.keys(createRequire(import.meta.url).cache).filter((k) => /node_modules[\\/](safe-regex2|ret)[\\/]/.test(k)).length);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });

  it('look words up in a packed list exactly as in the object it was made from', () => {
    const entries: Record<string, string> = { attack: 'a1 a2', 'attack dog': 'd', attacker: 'p', b: 'x', 'é': 'accent', zz: 'last', '10': 'ten', constructor: 'c' };
    const packed = packWords(entries)!;
    expect(unpackWords(packed)).toEqual(entries);
    const m = new PackedWordMap(packed);
    for (const [k, v] of Object.entries(entries)) expect(m.get(k)).toBe(v);
    for (const w of ['', 'a', 'attac', 'attacks', 'attack d', 'bb', '__proto__', 'toString', 'zzz', '1', '\t']) expect(m.get(w)).toBeUndefined();
    expect(packWords({ a: 1 })).toBeNull();
    expect(packWords({ 'a\tb': 'x' })).toBeNull();
    // The bundled synonyms: every word found with its value, through the rule set's own accessor.
    const set = bundledRules().set;
    const syn = (JSON.parse(fs.readFileSync(path.join(ROOT, 'rules', 'lexicon', 'wordnet-synonyms.json'), 'utf8')) as { entries: Record<string, string> }).entries;
    const map = wordMap(set, 'synonyms-wordnet');
    for (const [k, v] of Object.entries(syn)) if (map.get(k) !== v) throw new Error(`${k}: ${map.get(k)} instead of ${v}`);
  });

  it('see a rule file changed after the build, and are rebuilt for the next run', () => {
    const { dir, file } = compiledCopy();
    expect(bundledRules(dir, file).set.rules.get('negation.added')!.severity).toBe('critical');
    setFirstSeverity(dir, 'minor');
    const next = bundledRules(dir, file);
    expect(next.compiled).toBe(false);
    expect(next.set.rules.get('negation.added')!.severity).toBe('minor');
    const after = bundledRules(dir, file);
    expect(after.compiled).toBe(true);
    expect(after.set.rules.get('negation.added')!.severity).toBe('minor');
  });

  it('see a change that keeps the file size and the dates, and a rule file added after the build', () => {
    const { dir, file } = compiledCopy();
    const f = path.join(dir, NEG);
    const st = fs.statSync(f);
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('The copy negates what', 'The copy NEGATES what'));
    fs.utimesSync(f, st.atime, st.mtime);
    expect(fs.statSync(f).size).toBe(st.size);
    expect(bundledRules(dir, file).set.rules.get('negation.added')!.description).toBe('The copy NEGATES what the reference affirms.');
    fs.writeFileSync(path.join(dir, 'extra.yaml'), 'check: extra\nrules:\n  - id: extra.one\n    kind: wording\n    severity: minor\n    description: d\n    message: m\n');
    expect(bundledRules(dir, file).set.rules.get('extra.one')?.severity).toBe('minor');
    fs.rmSync(path.join(dir, 'extra.yaml'));
    expect(bundledRules(dir, file).set.rules.has('extra.one')).toBe(false);
  });

  it('use the compiled file when only the dates changed (a checkout, a copy)', () => {
    const { dir, file } = compiledCopy();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, NEG), later, later);
    expect(bundledRules(dir, file).compiled).toBe(true);
  });

  it('name a broken bundled file by its path and line', () => {
    const { dir, file } = compiledCopy();
    fs.writeFileSync(path.join(dir, NEG), 'check: negation\nrules:\n  - id: negation.added\n    severity: huge\n');
    expect(() => bundledRules(dir, file)).toThrow(`${path.relative(process.cwd(), path.join(dir, NEG))}:4: rules.0.severity: must be one of minor, major, critical`);
  });

  it('still load from the sources when the compiled file is broken or cannot be written', () => {
    const { dir, file } = compiledCopy();
    fs.writeFileSync(file, '{"format":');
    const broken = bundledRules(dir, file);
    expect(broken.compiled).toBe(false);
    expect(broken.set.rules.get('negation.added')!.severity).toBe('critical');
    expect(bundledRules(dir, file).compiled).toBe(true);
    const nowhere = bundledRules(dir, path.join(path.dirname(file), 'no-such-folder', 'rules.compiled.json'));
    expect(nowhere.set.rules.size).toBe(broken.set.rules.size);
  });

  it('ship in the package, and an installed copy sees its rules/ edited', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain(path.relative(ROOT, COMPILED_RULES_FILE));
    expect(files).toContain('rules/negation.yaml');
    // An installed layout: package.json, dist/ (with the compiled file) and rules/ side by side.
    const pkg = tempDir('driftcheck-installed-');
    for (const f of ['package.json', 'dist', 'rules']) fs.cpSync(path.join(ROOT, f), path.join(pkg, f), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    const severity = () => {
      const r = spawnSync(process.execPath, [path.join(pkg, 'dist', 'cli.js'), 'rules', '--json'], { encoding: 'utf8', cwd: pkg });
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { id: string; severity: string }[]).find((x) => x.id === 'negation.added')!.severity;
    };
    expect(severity()).toBe('critical');
    setFirstSeverity(path.join(pkg, 'rules'), 'minor');
    expect(severity()).toBe('minor');
  });

  it('keep each list as text until it is read, and read it back as in its file', () => {
    const { dir, file } = compiledCopy();
    const set = bundledRules(dir, file).set;
    const l = set.lexicons.get('negation')!;
    expect(l.entries).toBeNull();
    expect(l.raw).toBeTypeOf('string');
    const cues = lexicon<{ cues: string[] }>(set, 'negation').cues;
    expect(cues).toContain('not');
    expect(l.raw).toBeUndefined();
    // A file cut short is no compiled set: the sources load.
    const short = path.join(path.dirname(file), 'short.compiled.json');
    fs.writeFileSync(short, fs.readFileSync(file).subarray(0, -10));
    expect(bundledRules(dir, short).compiled).toBe(false);
  });

  it('carry the antonyms indexed by the build, giving every word the antonyms the pairs give it', () => {
    const set = bundledRules().set;
    const index = set.indexes!.get(ANTONYM_INDEX)!;
    expect(index.from).toEqual(['antonyms-wordnet', 'antonyms-news']);
    const fast = lexicons(set);
    // The same rule set read without the index: the pairs themselves.
    const slowSet = { ...set, lexicons: new Map(set.lexicons), indexes: new Map() };
    const slow = lexicons(slowSet);
    expect(slow.antonyms).toBeInstanceOf(Map);
    expect(fast.antonyms).not.toBeInstanceOf(Map);
    const all = slow.antonyms as Map<string, Set<string>>;
    expect(all.size).toBeGreaterThan(10_000);
    for (const [w, set2] of all) {
      const got = fast.antonyms.get(w);
      if (!got || [...got].join(' ') !== [...set2].join(' ')) throw new Error(`${w}: ${got && [...got].join(' ')} instead of ${[...set2].join(' ')}`);
      if (!fast.antonyms.has(w)) throw new Error(`${w}: not found`);
    }
    for (const w of ['', 'zzzq', 'attack dog', 'constructor', '__proto__']) {
      expect(fast.antonyms.get(w)).toBe(all.get(w));
      expect(fast.antonyms.has(w)).toBe(all.has(w));
    }
    expect(fast.antonymPhrases).toEqual(slow.antonymPhrases);
    expect(derivedIndexes(slow)[ANTONYM_INDEX]!.packed).toBe(index.packed);
  });

  it('drop the antonym index when a --rules folder extends an antonym list, and find its pairs', () => {
    const user = tempDir('driftcheck-antonyms-');
    fs.writeFileSync(path.join(user, 'more.yaml'), 'lexicon: antonyms-news\nentries:\n  - [jubilant, despondent]\n');
    const set = loadRules([user]);
    expect(set.indexes!.has(ANTONYM_INDEX)).toBe(false);
    expect(loadRules().indexes!.has(ANTONYM_INDEX)).toBe(true);
    expect(lexicons(set).antonyms.get('jubilant')).toEqual(new Set(['despondent']));
    const r = analyze(textSource('reference', 'The fans were jubilant after the final whistle.'), textSource('suspect', 'The fans were despondent after the final whistle.'), set);
    expect(r.findings.map((f) => f.rule)).toContain('antonym.substituted');
    const plain = analyze(textSource('reference', 'The fans were jubilant after the final whistle.'), textSource('suspect', 'The fans were despondent after the final whistle.'), loadRules());
    expect(plain.findings.map((f) => f.rule)).not.toContain('antonym.substituted');
  });

  it('order file names as localeCompare does', () => {
    const names = ['a', 'b', 'a-b', 'ab', 'a.yaml', 'a-b.yaml', 'a1', 'a-1', 'lexicon', 'negation.yaml', 'wordnet-antonyms.json', '9', '-a', '.a', 'a..b', 'a.-b', '', 'B', 'a_b', 'É', 'e', 'Z'];
    for (const a of names) for (const b of names) expect([a, b, Math.sign(byName(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
  });
});
