// Every rule carries its own examples: a drifted pair that must fire it and a faithful twin that must not.
import { analyze } from './pipeline.js';
import { textSource } from './read.js';
import type { RuleDef, RuleSet } from './rules.js';
import { UsageError } from './types.js';

export interface ExampleResult { rule: RuleDef; index: number; ok: boolean; fired: string[] }

/** The examples of rules a user added or changed are checked when they load: a rule that misses its own example is an error. */
export function verifyUserExamples(rules: RuleSet): void {
  const bad = checkExamples(rules, (r) => r.user && r.enabled).find((x) => !x.ok);
  if (!bad) return;
  const ex = bad.rule.examples[bad.index]!;
  const what = ex.expect === 'drift' ? `does not fire on its drifted example` : `fires on its faithful example`;
  throw new UsageError(`${ex.at ?? bad.rule.file}: rule ${bad.rule.id} ${what} (checks fired: ${bad.fired.join(', ') || 'none'})`);
}

export function checkExamples(rules: RuleSet, only?: (r: RuleDef) => boolean): ExampleResult[] {
  const out: ExampleResult[] = [];
  for (const r of rules.rules.values()) {
    if (only && !only(r)) continue;
    r.examples.forEach((ex, index) => {
      const report = analyze(textSource('reference', ex.reference), textSource('suspect', ex.suspect), rules);
      const fired = report.findings.map((f) => f.rule);
      const ok = ex.expect === 'drift' ? fired.includes(r.id) : !fired.includes(r.id);
      out.push({ rule: r, index, ok, fired });
    });
  }
  return out;
}
