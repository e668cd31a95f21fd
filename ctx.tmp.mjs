import v8 from 'node:v8';
import { align } from './dist/core/align.js';
import { pairContext } from './dist/core/pair.js';
import { diffTokens } from './dist/core/diff.js';
import { entityMentions } from './dist/core/mentions.js';
import { lexicons } from './dist/core/lexicons.js';
import { prepare } from './dist/core/pipeline.js';
import { decode } from './dist/core/read.js';
import { loadRules } from './dist/core/rules.js';
import { seedSentences, syntheticPair } from './dist/bench/synthetic.js';
const rules = loadRules(); const lex = lexicons(rules);
const pair = syntheticPair(seedSentences(rules), 3000, 3000);
const a = prepare({ path: 'r', ...decode(Buffer.from(pair.reference), 'r'), format: 'text' }, rules), b = prepare({ path: 's', ...decode(Buffer.from(pair.suspect), 's'), format: 'text' }, rules);
const al = align(a.sentences, b.sentences);
const old = () => v8.getHeapSpaceStatistics().filter(s => /old|large/.test(s.space_name)).reduce((k, s) => k + s.space_used_size, 0) / 2**20;
const runs = {
  ctx: (p, i) => pairContext(i, p, a.sentences, b.sentences, a.source.text, b.source.text, lex, rules),
  copies: (p) => { const out = []; for (const i of p.reference) for (const t of a.sentences[i].tokens) out.push({ ...t, sent: 1, k: out.length }); return out; },
  ents: (p) => { for (const i of p.reference) entityMentions(a.sentences[i], lex); },
  diffOnly: (p) => diffTokens(p.reference.flatMap((i) => a.sentences[i].tokens.map((t, k) => Object.assign(Object.create(t), { sent: i, k }))), p.suspect.flatMap((i) => b.sentences[i].tokens)),
};
for (const [name, fn] of Object.entries(runs)) {
  global.gc(); const o0 = old(); const t = performance.now();
  al.forEach((p, i) => { if (p.status !== 'match') fn(p, i); });
  console.log(name.padEnd(10), 'old grew', (old() - o0).toFixed(0), 'MB', (performance.now() - t).toFixed(0), 'ms');
}
const sp = () => Object.fromEntries(v8.getHeapSpaceStatistics().map(s => [s.space_name, s.space_used_size / 2**20]));
for (const name of ['copies', 'diffOnly']) {
  global.gc(); const s0 = sp();
  al.forEach((p, i) => { if (p.status !== 'match') runs[name](p, i); });
  const s1 = sp(); console.log(name, Object.entries(s1).map(([k, v]) => `${k}:${(v - s0[k]).toFixed(1)}`).join(' '));
}
