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

async function full(out, root) {
  const load = (m) => import(pathToFileURL(path.join(root, 'dist', m)).href);
  const { analyze } = await load('core/pipeline.js');
  const { textSource } = await load('core/read.js');
  const { loadRules } = await load('core/rules.js');
  const { goldCases } = await load('eval/fixtures.js');
  const { seedSentences, syntheticPair } = await load('bench/synthetic.js');
  const rules = loadRules();
  const F = path.join(here, 'fixtures');
  const lines = [];
  const run = (key, a, b) => {
    let report;
    try { report = JSON.stringify(analyze(textSource('reference', a), textSource('suspect', b), rules)); } catch (e) { report = `error: ${e.message}`; }
    lines.push(`${key}\t${report}`);
  };
  for (const c of goldCases()) run(c.gold.pair, fs.readFileSync(c.refPath, 'utf8'), fs.readFileSync(c.susPath, 'utf8'));
  for (const l of fs.readFileSync(path.join(F, 'minimal-pairs.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const j = JSON.parse(l);
    run(`minimal: ${j.reference} => ${j.suspect}`, j.reference, j.suspect);
  }
  const seeds = fs.readdirSync(path.join(F, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  for (const a of seeds) for (const b of seeds) if (a !== b) run(`${a} => ${b}`, fs.readFileSync(path.join(F, 'seeds', a), 'utf8'), fs.readFileSync(path.join(F, 'seeds', b), 'utf8'));
  const m = seedSentences(rules);
  for (const seed of [1, 2, 3]) { const p = syntheticPair(m, 1000, seed); run(`synthetic-${seed}`, p.reference, p.suspect); }
  for (let i = 0; i < 40; i++) { const p = syntheticPair(m, m.ref.length, 1000 + i); run(`seed-sized-${i}`, p.reference, p.suspect); }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} full reports -> ${out}`);
}

async function write(out, root) {
  const load = (m) => import(pathToFileURL(path.join(root, 'dist', m)).href);
  const { analyze } = await load('core/pipeline.js');
  const { textSource } = await load('core/read.js');
  const { loadRules } = await load('core/rules.js');
  const { seedSentences, syntheticPair } = await load('bench/synthetic.js');
  const rules = loadRules();
  const { goldCases } = await load('eval/fixtures.js');
  const F = path.join(here, 'fixtures');
  const pick = (r) => r.findings.map((f) => `${f.severity} ${f.rule} | ${(f.reference?.text ?? '').slice(0, 80)} => ${(f.suspect?.text ?? '').slice(0, 80)}`);
  const reports = {};
  for (const c of goldCases()) {
    reports[c.gold.pair] = pick(analyze(textSource('reference', fs.readFileSync(c.refPath, 'utf8')), textSource('suspect', fs.readFileSync(c.susPath, 'utf8')), rules));
  }
  fs.readFileSync(path.join(F, 'minimal-pairs.jsonl'), 'utf8').split('\n').filter(Boolean).forEach((l) => {
    const j = JSON.parse(l);
    reports[`minimal: ${j.reference} => ${j.suspect}`] = pick(analyze(textSource('reference', j.reference), textSource('suspect', j.suspect), rules));
  });
  const m = seedSentences(rules);
  for (const seed of [1, 2]) {
    const p = syntheticPair(m, 1000, seed);
    reports[`synthetic-${seed}`] = pick(analyze(textSource('reference', p.reference), textSource('suspect', p.suspect), rules));
  }
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
