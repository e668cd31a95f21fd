// A batch worker: loads the rules and the language model once, then answers one manifest line at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { withSeverities } from '../core/config.js';
import { loadRules } from '../core/rules.js';
import type { Severity } from '../core/types.js';
import { runLine } from './job.js';

const { ruleDirs, severity, configFile, failOn, maxBytes, inputFormat, baseDir } = workerData as {
  ruleDirs: string[]; severity?: Record<string, Severity | 'off'>; configFile?: string; failOn: Severity; maxBytes: number;
  inputFormat: 'auto' | 'text' | 'html' | 'markdown'; baseDir: string;
};
const rules = withSeverities(loadRules(ruleDirs), severity, configFile ?? 'config');
parentPort!.on('message', async (msg: { index: number; line: string; lineNo: number }) => {
  const r = await runLine(msg.line, msg.lineNo, baseDir, rules, failOn, { maxBytes, format: inputFormat });
  parentPort!.postMessage({ index: msg.index, ...r });
});
