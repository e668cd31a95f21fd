// A batch worker: takes the rules the main thread loaded and loads the language model once, then answers one
// manifest line at a time. The rules arrive as a structured clone: copying them is cheaper than reading and
// validating every rule file again in each worker.
import { parentPort, workerData } from 'node:worker_threads';
import { nlp } from '../core/nlp.js';
import type { RuleSet } from '../core/rules.js';
import type { Severity } from '../core/types.js';
import { runLine } from './job.js';

const { rules, failOn, maxBytes, inputFormat, baseDir, allowOutside } = workerData as {
  rules: RuleSet; failOn: Severity; maxBytes: number; inputFormat: 'auto' | 'text' | 'html' | 'markdown'; baseDir: string; allowOutside: boolean;
};
nlp();
parentPort!.on('message', async (msg: { index: number; line: string; lineNo: number }) => {
  const r = await runLine(msg.line, msg.lineNo, baseDir, rules, failOn, { maxBytes, format: inputFormat }, allowOutside);
  parentPort!.postMessage({ index: msg.index, ...r });
});
