// Starts the Ink review on a report, persisting every decision to the review file as it is made.
import fs from 'node:fs';
import { render } from 'ink';
import React from 'react';
import { withReview } from '../core/pipeline.js';
import type { Report } from '../core/types.js';
import { renderMarkdown } from '../render/markdown.js';
import { emptyReview, saveReview, type Decision, type ReviewFile } from '../review/store.js';
import { App } from './App.js';

export interface ReviewOptions {
  report: Report;
  review: ReviewFile | null;
  reviewPath: string;
  exportPath: string;
  color: boolean;
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

export async function runReview(o: ReviewOptions): Promise<string> {
  let current: ReviewFile = o.review ?? emptyReview(o.report);
  let final: Record<string, Decision> = current.decisions;
  const app = render(
    <App
      report={o.report}
      decisions={current.decisions}
      color={o.color}
      onDecide={(fp, d) => {
        current = saveReview(o.reviewPath, { ...current, decisions: { ...current.decisions, [fp]: d } });
      }}
      onExport={(decisions) => {
        const reviewed = withReview(o.report, { ...current, decisions });
        fs.writeFileSync(o.exportPath, renderMarkdown(reviewed));
        return o.exportPath;
      }}
      onQuit={(decisions) => { final = decisions; }}
    />,
    { exitOnCtrlC: true },
  );
  await app.waitUntilExit();
  // Ctrl-C ends the app without onQuit: what is on disk is complete, since every decision was written as made.
  return `${summarizeDecisions(o.report, { ...current.decisions, ...final })}; decisions in ${o.reviewPath}`;
}
