// Time from a key press to the next frame of the review app on a long pair (default 5,000 sentences a side).
// Run: npm run build && node dist/bench/review-latency.js [SENTENCES]
import { render } from 'ink-testing-library';
import React from 'react';
import { analyze } from '../core/pipeline.js';
import { textSource } from '../core/read.js';
import { loadRules } from '../core/rules.js';
import { App } from '../ui/App.js';
import { repeatTo, seedSentences } from './synthetic.js';

const n = Number(process.argv[2] ?? 5000);
const rules = loadRules();
const { ref, sus } = seedSentences(rules);
let t = performance.now();
const report = analyze(textSource('reference', repeatTo(ref, n)), textSource('suspect', repeatTo(sus, n)), rules);
console.log(`${n} sentences a side: analysed in ${((performance.now() - t) / 1000).toFixed(1)} s; ${report.alignment.length} pairs, ${report.findings.length} findings`);

const app = render(<App report={report} decisions={{}} onDecide={() => {}} onExport={() => ''} onQuit={() => {}} color width={120} height={40} />);
const nextFrame = async (before: string | undefined) => {
  for (;;) {
    await new Promise((r) => setImmediate(r));
    if (app.lastFrame() !== before) return;
  }
};
await nextFrame(undefined);
const keys = [...'jjjjjjjjjjkkkkknnnnnnnnnnNNNNN', '\u001B[6~', '\u001B[6~', 'G', 'g', '\t', '\t', '\t'];
const times: number[] = [];
for (let round = 0; round < 4; round++) {
  for (const k of keys) {
    const before = app.lastFrame();
    t = performance.now();
    app.stdin.write(k);
    await nextFrame(before);
    times.push(performance.now() - t);
  }
}
app.unmount();
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
console.log(`key press to frame over ${times.length} keys: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
