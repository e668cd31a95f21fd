// Starts the Ink review on a report, persisting every decision to the review file as it is made. The app runs
// on the terminal's alternate screen, so the shell comes back as it was; a save that fails keeps the decision
// in memory (the app says so) and is retried with the next decision and once more on the way out.
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'ink';
import React from 'react';
import { addToBaseline } from '../core/baseline.js';
import { withReview } from '../core/pipeline.js';
import type { Report } from '../core/types.js';
import { renderMarkdown } from '../render/markdown.js';
import { emptyReview, saveReview, stateDir, type Decision, type ReviewFile } from '../review/store.js';
import { App } from './App.js';

export interface ReviewOptions {
  report: Report;
  review: ReviewFile | null;
  reviewPath: string;
  exportPath: string;
  color: boolean;
  reviewer?: string;
  /** With --baseline: the dismiss prompt's Tab also adds the finding to this file. */
  baselinePath?: string;
}

export interface ReviewOutcome {
  /** The summary line for standard output. */
  line: string;
  /** 0 quit, 130 Ctrl-C, 2 decisions that could not be written to the review file. */
  code: number;
  /** Why the decisions are not in the review file, and where they went instead. */
  error?: string;
}

export function summarizeDecisions(report: Report, decisions: Record<string, Decision>): string {
  let confirmed = 0, dismissed = 0;
  for (const f of report.findings) {
    const d = decisions[f.fingerprint]?.decision;
    if (d === 'confirmed') confirmed++;
    else if (d === 'dismissed') dismissed++;
  }
  return `reviewed ${confirmed + dismissed} of ${report.findings.length} findings (${confirmed} confirmed, ${dismissed} dismissed)`;
}

const ALT_ON = '\u001B[?1049h', ALT_OFF = '\u001B[?1049l';

export async function runReview(o: ReviewOptions): Promise<ReviewOutcome> {
  let current: ReviewFile = o.review ?? emptyReview(o.report);
  let failure: string | null = null;
  const save = (): string | null => {
    try {
      current = saveReview(o.reviewPath, current, { waitMs: 1_000 });
      failure = null;
    } catch (e) {
      failure = (e as Error).message;
    }
    return failure;
  };
  let interrupted = false;
  const out = process.stdout;
  out.write(ALT_ON);
  let restored = false;
  const restore = () => { if (!restored) { restored = true; out.write(ALT_OFF); } };
  // A signal from outside (the terminal closed, kill) still gives the shell its screen back.
  const onSignal = (sig: NodeJS.Signals) => { save(); restore(); process.exit(sig === 'SIGINT' ? 130 : 128 + (sig === 'SIGHUP' ? 1 : 15)); };
  for (const sig of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) process.on(sig, onSignal);
  try {
    const app = render(
      <App
        report={o.report}
        decisions={current.decisions}
        color={o.color}
        reviewer={o.reviewer}
        onDecide={(fp, d) => {
          current = { ...current, decisions: { ...current.decisions, [fp]: d } };
          return save();
        }}
        onBaseline={o.baselinePath ? (f) => { addToBaseline(o.baselinePath!, f); } : undefined}
        baselinePath={o.baselinePath}
        onExport={(decisions) => {
          const reviewed = withReview(o.report, { ...current, decisions });
          fs.writeFileSync(o.exportPath, renderMarkdown(reviewed));
          return o.exportPath;
        }}
        onQuit={(_decisions, ctrlC) => { interrupted = !!ctrlC; }}
      />,
      { exitOnCtrlC: false },
    );
    await app.waitUntilExit();
  } finally {
    restore();
    for (const sig of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) process.off(sig, onSignal);
  }
  const line = `${summarizeDecisions(o.report, current.decisions)}; decisions in ${o.reviewPath}`;
  if (failure && save()) {
    // Never lose a decision: what could not go to the review file goes to the state folder, or stdout.
    const why = failure;
    const rescue = path.join(stateDir(), 'unsaved', `${path.basename(o.reviewPath)}.${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      fs.mkdirSync(path.dirname(rescue), { recursive: true });
      fs.writeFileSync(rescue, JSON.stringify(current, null, 2) + '\n');
      return { line: `${summarizeDecisions(o.report, current.decisions)}; NOT saved to ${o.reviewPath}`, code: 2, error: `${why}; the decisions are in ${rescue}` };
    } catch {
      return { line: JSON.stringify(current), code: 2, error: `${why}; the decisions are printed above` };
    }
  }
  return { line, code: interrupted ? 130 : 0 };
}
