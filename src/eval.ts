#!/usr/bin/env node
// npm run eval: scores every fixtures/*/gold.json and prints per pair and per kind.
import { analyze } from './core/pipeline.js';
import { readSource } from './core/read.js';
import { loadRules } from './core/rules.js';
import { goldCases } from './eval/fixtures.js';
import { minimalPairs, scoreMinimalPairs } from './eval/minimal.js';
import { score, type Score } from './eval/score.js';

const pct = (x: number | null) => (x == null ? '  n/a' : `${(100 * x).toFixed(0).padStart(4)}%`);
const rules = loadRules();
const results: Score[] = [];
for (const c of goldCases()) {
  const ref = await readSource(c.refPath), sus = await readSource(c.susPath);
  const t0 = performance.now();
  const report = analyze(ref, sus, rules);
  const ms = performance.now() - t0;
  const s = score(c.gold, report, ref.text, sus.text);
  results.push(s);
  console.log(`\n== ${s.pair}  (${c.gold.drifts.length} gold drifts, ${c.gold.faithful?.length ?? 0} faithful pairs; check ${ms.toFixed(0)} ms; verdict ${s.verdict}${s.verdictOk ? '' : ` — expected ${c.gold.verdict}`})`);
  console.log(`   critical recall ${pct(s.criticalRecall)}   major+ recall ${pct(s.majorPlusRecall)}   all-drift recall ${pct(s.anyRecall)}   kind accuracy ${pct(s.kindAccuracy)}`);
  console.log(`   false alarms on faithful ${pct(s.falseAlarmRate)}   major+ precision ${pct(s.strongPrecision)}   (${s.strongFindings} major+ findings for ${s.goldMajorPlus} major+ gold)`);
  if (s.byKind.length) {
    console.log('   kind         gold  found  major+  kind-ok');
    for (const k of s.byKind) console.log(`   ${k.kind.padEnd(12)} ${String(k.total).padStart(4)} ${String(k.detected).padStart(6)} ${String(k.strong).padStart(7)} ${String(k.kindOk).padStart(8)}`);
  }
  for (const m of s.misses) console.log(`   MISS ${m}`);
  for (const f of s.falseAlarms) console.log(`   FALSE ALARM ${f}`);
}
console.log('\n== minimal pairs (fixtures/minimal-pairs.jsonl)');
console.log('   kind          drifted  found  recall   faithful  false alarms');
for (const k of scoreMinimalPairs(minimalPairs(), rules)) {
  console.log(`   ${k.kind.padEnd(13)} ${String(k.drifted).padStart(7)} ${String(k.found).padStart(6)} ${pct(k.drifted ? k.found / k.drifted : null)}  ${String(k.faithful).padStart(9)} ${String(k.falseAlarms).padStart(13)}`);
  for (const m of k.misses) console.log(`   MISS ${m}`);
  for (const a of k.alarms) console.log(`   FALSE ALARM ${a}`);
}
const bad = results.filter((r) => !r.verdictOk);
console.log(`\n${results.length} pairs scored${bad.length ? `; ${bad.length} with the wrong verdict` : ''}`);
