// JUnit XML: one testcase per aligned pair; findings at or above the threshold fail it; the others, and
// dismissed findings, are listed in the test case's output.
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../core/types.js';
import { ranked } from './order.js';
import { safeLine } from './safe.js';

// XML 1.0 allows no C0 controls but tab, newline and carriage return; the rest is also neutralised for readers.
const xml = (s: string) => safeLine(s).replace(/[\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

function describe(f: Finding): string {
  return `${f.severity} ${f.kind} ${f.rule}: ${f.message}${f.dismissed ? ' (dismissed)' : ''}\n  reference: ${f.reference?.text ?? '(nothing)'}\n  copy: ${f.suspect?.text ?? '(nothing)'}`;
}

export function renderJunit(report: Report, failOn: Severity): string {
  const byPair = new Map<number, Finding[]>();
  for (const f of ranked(report.findings)) (byPair.get(f.pair) ?? byPair.set(f.pair, []).get(f.pair)!).push(f);
  const cases: string[] = [];
  let failures = 0;
  report.alignment.forEach((p, i) => {
    const text = p.suspect.map((k) => report.suspect.sentences[k]!.text).join(' ') || p.reference.map((k) => report.reference.sentences[k]!.text).join(' ');
    const name = `pair ${i + 1} (${p.status}): ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
    const fs = byPair.get(i) ?? [];
    const failing = fs.filter((f) => !f.dismissed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
    const others = fs.filter((f) => !failing.includes(f));
    let body = '';
    if (failing.length) {
      failures++;
      body += `\n      <failure type="${failing[0]!.severity}" message="${xml(failing.map((f) => f.message).join('; '))}">${xml(failing.map(describe).join('\n'))}</failure>`;
    }
    if (others.length) body += `\n      <system-out>${xml(others.map(describe).join('\n'))}</system-out>`;
    cases.push(`    <testcase classname="driftcheck.pairs" name="${xml(name)}">${body}${body ? '\n    ' : ''}</testcase>`);
  });
  const suite = `driftcheck ${report.reference.path} → ${report.suspect.path}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="driftcheck" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties><property name="verdict" value="${report.summary.verdict}"/><property name="failOn" value="${failOn}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
