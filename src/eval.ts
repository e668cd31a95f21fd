#!/usr/bin/env node
// npm run eval: scores every fixtures/*/gold.json (our own texts) and, apart from them, every
// fixtures/real/*/gold.json (real copies found on the web, held out), and prints per pair, per kind and per group.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from './core/pipeline.js';
import { readSource } from './core/read.js';
import { loadRules } from './core/rules.js';
import { FIXTURES, goldCases, type GoldCase } from './eval/fixtures.js';
import { minimalPairs, scoreMinimalPairs } from './eval/minimal.js';
import { score, type Score } from './eval/score.js';

const pct = (x: number | null) => (x == null ? '  n/a' : `${(100 * x).toFixed(0).padStart(4)}%`);
const rules = loadRules();

async function scoreGroup(cases: GoldCase[]): Promise<Score[]> {
  const results: Score[] = [];
  for (const c of cases) {
    const ref = await readSource(c.refPath), sus = await readSource(c.susPath);
    const t0 = performance.now();
    const report = analyze(ref, sus, rules);
    const ms = performance.now() - t0;
    const s = score(c.gold, report, ref.text, sus.text);
    results.push(s);
    console.log(`\n== ${s.pair}  (${c.gold.drifts.length} gold drifts, ${s.faithfulPairs} faithful pairs; check ${ms.toFixed(0)} ms; verdict ${s.verdict}${s.verdictOk ? '' : ` — expected ${c.gold.verdict}`})`);
    console.log(`   critical recall ${pct(s.criticalRecall)}   major+ recall ${pct(s.majorPlusRecall)}   all-drift recall ${pct(s.anyRecall)}   kind accuracy ${pct(s.kindAccuracy)}`);
    console.log(`   false alarms on faithful ${pct(s.falseAlarmRate)}   major+ precision ${pct(s.strongPrecision)}, on major+ gold ${pct(s.strictPrecision)}   (${s.strongFindings} major+ findings for ${s.goldMajorPlus} major+ gold)`);
    if (s.byKind.length) {
      console.log('   kind         gold  found  major+  kind-ok');
      for (const k of s.byKind) console.log(`   ${k.kind.padEnd(12)} ${String(k.total).padStart(4)} ${String(k.detected).padStart(6)} ${String(k.strong).padStart(7)} ${String(k.kindOk).padStart(8)}`);
    }
    for (const m of s.misses) console.log(`   MISS ${m}`);
    for (const f of s.falseAlarms) console.log(`   FALSE ALARM ${f}`);
  }
  return results;
}

/** One line summing a group: the figures the issue's targets are stated in. */
function groupLine(name: string, rs: Score[]): string {
  const sum = (f: (s: Score) => number) => rs.reduce((a, s) => a + f(s), 0);
  const ratio = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}% (${a}/${b})` : 'n/a');
  const controls = rs.filter((s) => s.goldMajorPlus === 0 && s.verdict === 'faithful').length;
  return `${name}: ${rs.length} pairs · major+ recall ${ratio(sum((s) => s.majorPlusHits), sum((s) => s.goldMajorPlus))}`
    + ` · false alarms ${ratio(sum((s) => s.falseAlarmCount), sum((s) => s.faithfulPairs))}`
    + ` · major+ findings on major+ gold ${ratio(sum((s) => s.strongOnStrongGold), sum((s) => s.strongFindings))}`
    + ` · verdict faithful on ${controls} of ${rs.filter((s) => s.goldMajorPlus === 0).length} pairs with no major gold`;
}

const own = await scoreGroup(goldCases());
const realRoot = path.join(FIXTURES, 'real');
console.log('\n== held out: real copies (fixtures/real/)');
const real = fs.existsSync(realRoot) ? await scoreGroup(goldCases(realRoot)) : [];

console.log('\n== minimal pairs (fixtures/minimal-pairs.jsonl)');
console.log('   kind          drifted  found  recall   faithful  false alarms');
for (const k of scoreMinimalPairs(minimalPairs(), rules)) {
  console.log(`   ${k.kind.padEnd(13)} ${String(k.drifted).padStart(7)} ${String(k.found).padStart(6)} ${pct(k.drifted ? k.found / k.drifted : null)}  ${String(k.faithful).padStart(9)} ${String(k.falseAlarms).padStart(13)}`);
  for (const m of k.misses) console.log(`   MISS ${m}`);
  for (const a of k.alarms) console.log(`   FALSE ALARM ${a}`);
}
console.log('');
console.log(groupLine('fixtures', own));
if (real.length) console.log(groupLine('fixtures/real (held out)', real));
const bad = [...own, ...real].filter((r) => !r.verdictOk);
console.log(`${own.length + real.length} pairs scored${bad.length ? `; ${bad.length} with the wrong verdict` : ''}`);
