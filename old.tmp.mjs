import v8 from 'node:v8';
import { align } from './dist/core/align.js';
import { compare } from './dist/core/compare.js';
import { CHECKS } from './dist/checks/index.js';
import { lexicons } from './dist/core/lexicons.js';
import { prepare } from './dist/core/pipeline.js';
import { decode } from './dist/core/read.js';
import { loadRules } from './dist/core/rules.js';
import { seedSentences, syntheticPair } from './dist/bench/synthetic.js';
const rules = loadRules(); const lex = lexicons(rules);
const pair = syntheticPair(seedSentences(rules), 3000, 3000);
const a = prepare({ path: 'r', ...decode(Buffer.from(pair.reference), 'r'), format: 'text' }, rules), b = prepare({ path: 's', ...decode(Buffer.from(pair.suspect), 's'), format: 'text' }, rules);
const al = align(a.sentences, b.sentences);
const all = [...CHECKS];
const old = () => v8.getHeapSpaceStatistics().filter(s => /old|large/.test(s.space_name)).reduce((k, s) => k + s.space_used_size, 0) / 2**20;
for (const only of []) {
  CHECKS.length = 0; CHECKS.push(...all.filter((c) => only === null || c.name === only || only === 'none'));
  global.gc(); const o0 = old(); const t = performance.now();
  compare(a, b, al, rules, lex);
  console.log(String(only ?? 'all').padEnd(12), 'old space grew', (old() - o0).toFixed(0), 'MB', (performance.now() - t).toFixed(0), 'ms');
}
CHECKS.length = 0; global.gc(); const o0 = old(); compare(a, b, al, rules, lex); console.log('no checks    old space grew', (old() - o0).toFixed(0));
