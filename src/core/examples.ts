// Every rule carries its own examples: a drifted pair that must fire it and a faithful twin that must not.
import { analyze } from './pipeline.js';
import { textSource } from './read.js';
import type { RuleDef, RuleSet } from './rules.js';

export interface ExampleResult { rule: RuleDef; index: number; ok: boolean; fired: string[] }

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
