// One benchmark size, run in its own process so its peak memory is its own: prints one JSON line.
//   node dist/bench/size.js N [SHAPE]   (SHAPE: lines, the default; blank; paragraphs: see synthetic.ts)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { align } from '../core/align.js';
import { CHECKS } from '../checks/index.js';
import { compare } from '../core/compare.js';
import { lexicons } from '../core/lexicons.js';
import { nlp } from '../core/nlp.js';
import { calibrate } from '../core/calibrate/index.js';
import { buildReport, prepare } from '../core/pipeline.js';
import { tightenHeap } from '../core/heap.js';
import { decode } from '../core/read.js';
import { loadRules } from '../core/rules.js';
import { relation, summarize } from '../core/summarize.js';
import { jsonChunks } from '../render/json.js';
import { textChunks } from '../render/text.js';
import { SHAPES, seedSentences, shaped, syntheticPair, type Shape } from './synthetic.js';

/** This process's CPU time so far (user + system), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

// The garbage collector's margin the command line sets (src/core/heap.ts): the peak is what a check would reach.
tightenHeap();
const n = Number(process.argv[2] ?? 1000);
const shape = (process.argv[3] ?? 'lines') as Shape;
if (!SHAPES.includes(shape)) throw new Error(`shape ${shape}: one of ${SHAPES.join(', ')}`);
const rules = loadRules();
const lex = lexicons(rules);
const made = syntheticPair(seedSentences(rules), n, n);
const pair = { reference: shaped(made.reference, shape), suspect: shaped(made.suspect, shape) };
const bytes = { reference: Buffer.from(pair.reference), suspect: Buffer.from(pair.suspect) };

// The floor: bare wink-nlp readDoc on the same two texts, with the same model and pipeline as driftcheck
// (sbd, pos, negation), warmed up first like the pipeline. Measured in its own process (mode "wink") so that
// neither its garbage nor its peak memory is counted against driftcheck's.
if (process.argv[4] === 'wink') {
  const bare = nlp();
  bare.readDoc('Warm up the model. It is loaded once.');
  const t0 = performance.now(), c0 = cpuMs();
  bare.readDoc(pair.reference);
  bare.readDoc(pair.suspect);
  console.log(JSON.stringify({ winkMs: performance.now() - t0, winkCpuMs: cpuMs() - c0, winkPeakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}
const bare = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), String(n), shape, 'wink'], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!) as { winkMs: number; winkCpuMs: number };
const wink = bare.winkMs;
nlp().readDoc('Warm up the model. It is loaded once.');
let t = 0;
// CPU time (user + system) of this process beside the wall time: steadier on a machine shared with other work.
// Each stage's CPU includes the garbage collector's threads, which work for it.
const cpu: Record<string, number> = { read: 0, prepare: 0, align: 0, compare: 0, calibrate: 0, render: 0 };
let c = 0;

const stage: Record<string, number> = { read: 0, clean: 0, segment: 0, align: 0, compare: 0, calibrate: 0, render: 0 };
t = performance.now(); c = cpuMs();
const ref = { path: 'reference', ...decode(bytes.reference, 'reference'), format: 'text' as const };
const sus = { path: 'suspect', ...decode(bytes.suspect, 'suspect'), format: 'text' as const };
stage.read = performance.now() - t; cpu.read = cpuMs() - c;
const tm = { clean: 0, segment: 0, align: 0, compare: 0, summarize: 0 };
// What the prepared texts keep alive (sentences, tokens, their strings and memos), after a full collection on
// either side: run with --expose-gc, else reported as null.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
c = cpuMs();
const a = prepare(ref, rules, tm), b = prepare(sus, rules, tm);
cpu.prepare = cpuMs() - c;
gc?.();
const retained = process.memoryUsage().heapUsed - heapBefore;
stage.clean = tm.clean;
stage.segment = tm.segment;
t = performance.now(); c = cpuMs();
const alignment = align(a.sentences, b.sentences);
stage.align = performance.now() - t; cpu.align = cpuMs() - c;
t = performance.now(); c = cpuMs();
const raw = compare(a, b, alignment, rules, lex, CHECKS);
stage.compare = performance.now() - t; cpu.compare = cpuMs() - c;
// As the command line does (src/core/pipeline.ts analyze): the severity calibration, then the summary.
t = performance.now(); c = cpuMs();
const rel = relation(alignment, a.sentences.length, b.sentences.length);
const findings = rel !== 'unrelated' ? calibrate(raw, { ref: a, sus: b, alignment, relation: rel, lex, rules }) : [];
const summary = summarize(alignment, findings, a.sentences.length, b.sentences.length);
stage.calibrate = performance.now() - t; cpu.calibrate = cpuMs() - c;
t = performance.now(); c = cpuMs();
const report = buildReport(a, b, alignment, findings, summary);
// As the command line writes them: the JSON report (--format json) and the text report (the default), each
// piece by piece, never built whole.
let written = 0;
for (const piece of jsonChunks(report, 3, '', true)) written += piece.length;
for (const piece of textChunks(report, { reference: ref.text, suspect: sus.text }, { color: false })) written += piece.length;
stage.render = performance.now() - t; cpu.render = cpuMs() - c;
const total = Object.values(stage).reduce((x, y) => x + y, 0);
const totalCpu = Object.values(cpu).reduce((x, y) => x + y, 0);
const tokens = a.sentences.reduce((k, s) => k + s.tokens.length, 0) + b.sentences.reduce((k, s) => k + s.tokens.length, 0);
console.log(JSON.stringify({
  sentences: n, shape, suspectSentences: b.sentences.length, tokens, findings: findings.length,
  ms: Object.fromEntries(Object.entries(stage).map(([k, v]) => [k, Math.round(v)])),
  totalMs: Math.round(total), winkMs: Math.round(wink), ratio: Number((total / wink).toFixed(2)),
  cpuMs: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, Math.round(v)])), totalCpuMs: Math.round(totalCpu),
  winkCpuMs: Math.round(bare.winkCpuMs), cpuRatio: Number((totalCpu / bare.winkCpuMs).toFixed(2)),
  tokensPerSecond: Math.round(tokens / (total / 1000)), reportChars: written, peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
  bytesPerToken: gc ? Math.round(retained / tokens) : null,
}));
