#!/usr/bin/env node
// Regression harness for detection changes: every fixture pair, every minimal pair and two synthetic
// 1,000-sentence pairs, their findings written to one JSON file; then the findings two such files differ in.
//   node scripts/snapshot.mjs write OUT.json [BUILD_ROOT]   (BUILD_ROOT: a checkout with dist/ built; default: this one)
//   node scripts/snapshot.mjs diff BEFORE.json AFTER.json
//   node scripts/snapshot.mjs full OUT.txt [BUILD_ROOT]   (speed work: the whole JSON report of every pair above, of
//     every seed article against every other and of 40 seed-sized synthetic pairs, one per line; a change meant to
//     keep behaviour must leave this file byte-identical: compare two with cmp)
// Typical use: `git worktree add /tmp/base HEAD`, build it, write a snapshot from it and one from your working
// tree, and read the diff: a change should move only the reports it means to.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [cmd, a, b] = process.argv.slice(2);

/**
 * Every pair a snapshot covers, as [key, reference, suspect]: each gold fixture, each minimal pair and synthetic
 * 1,000-sentence pairs; with FULL also every seed article against every other and 40 seed-sized synthetic pairs.
 */
async function cases(root, full) {
  const load = (m) => import(pathToFileURL(path.join(root, 'dist', m)).href);
  const { analyze } = await load('core/pipeline.js');
  const { textSource } = await load('core/read.js');
  const { loadRules } = await load('core/rules.js');
  const { goldCases } = await load('eval/fixtures.js');
  const { seedSentences, syntheticPair } = await load('bench/synthetic.js');
  const rules = loadRules();
  const F = path.join(here, 'fixtures');
  const read = (f) => fs.readFileSync(f, 'utf8');
  const out = [];
  for (const c of goldCases()) out.push([c.gold.pair, read(c.refPath), read(c.susPath)]);
  for (const l of read(path.join(F, 'minimal-pairs.jsonl')).split('\n').filter(Boolean)) {
    const j = JSON.parse(l);
    out.push([`minimal: ${j.reference} => ${j.suspect}`, j.reference, j.suspect]);
  }
  const m = seedSentences(rules);
  if (full) {
    const seeds = fs.readdirSync(path.join(F, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    for (const x of seeds) for (const y of seeds) if (x !== y) out.push([`${x} => ${y}`, read(path.join(F, 'seeds', x)), read(path.join(F, 'seeds', y))]);
  }
  for (const seed of full ? [1, 2, 3] : [1, 2]) { const p = syntheticPair(m, 1000, seed); out.push([`synthetic-${seed}`, p.reference, p.suspect]); }
  if (full) for (let i = 0; i < 40; i++) { const p = syntheticPair(m, m.ref.length, 1000 + i); out.push([`seed-sized-${i}`, p.reference, p.suspect]); }
  return { pairs: out, run: (x, y) => analyze(textSource('reference', x), textSource('suspect', y), rules) };
}

async function full(out, root) {
  const { pairs, run } = await cases(root, true);
  const lines = pairs.map(([key, x, y]) => {
    let report;
    try { report = JSON.stringify(run(x, y)); } catch (e) { report = `error: ${e.message}`; }
    return `${key}\t${report}`;
  });
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} full reports -> ${out}`);
}

async function write(out, root) {
  const { pairs, run } = await cases(root, false);
  const pick = (r) => r.findings.map((f) => `${f.severity} ${f.rule} | ${(f.reference?.text ?? '').slice(0, 80)} => ${(f.suspect?.text ?? '').slice(0, 80)}`);
  const reports = {};
  for (const [key, x, y] of pairs) reports[key] = pick(run(x, y));
  fs.writeFileSync(out, JSON.stringify(reports, null, 1));
  console.log(`${Object.keys(reports).length} reports -> ${out}`);
}

function diff(before, after) {
  const A = JSON.parse(fs.readFileSync(before, 'utf8')), B = JSON.parse(fs.readFileSync(after, 'utf8'));
  let n = 0;
  for (const k of new Set([...Object.keys(A), ...Object.keys(B)])) {
    const x = A[k] ?? [], y = B[k] ?? [];
    const minus = x.filter((f) => !y.includes(f)), plus = y.filter((f) => !x.includes(f));
    if (!minus.length && !plus.length) continue;
    n++;
    console.log(`## ${k}${A[k] ? '' : ' (new)'}${B[k] ? '' : ' (gone)'}`);
    for (const f of minus) console.log(`  - ${f}`);
    for (const f of plus) console.log(`  + ${f}`);
  }
  console.log(`${n} reports differ`);
}

if (cmd === 'write' && a) await write(a, path.resolve(b ?? here));
else if (cmd === 'diff' && a && b) diff(a, b);
else if (cmd === 'full' && a) await full(a, path.resolve(b ?? here));
else { console.error('usage: node scripts/snapshot.mjs write OUT.json [BUILD_ROOT] | diff BEFORE.json AFTER.json | full OUT.txt [BUILD_ROOT]'); process.exit(2); }
