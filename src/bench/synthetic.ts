// Long synthetic pairs built from the fixture sentences, for benchmarks: the seed reference and its
// round-trip copy, repeated until each side has N sentences.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../eval/fixtures.js';
import { analyze } from '../core/pipeline.js';
import { textSource } from '../core/read.js';
import type { RuleSet } from '../core/rules.js';

export function seedSentences(rules: RuleSet): { ref: string[]; sus: string[] } {
  const read = (f: string) => fs.readFileSync(path.join(FIXTURES, 'seeds', f), 'utf8');
  const r = analyze(textSource('ref', read('000_bf89464fc697da98.txt')), textSource('sus', read('002_2d5e172159065896.txt')), rules);
  return { ref: r.reference.sentences.map((s) => s.text), sus: r.suspect.sentences.map((s) => s.text) };
}

/** Repeats the sentences (numbered, so copies differ) until there are n of them, one paragraph each. */
export function repeatTo(list: string[], n: number): string {
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) {
    for (const t of list) {
      if (out.length >= n) break;
      out.push(t.replace(/([.!?”"’]*)$/, ` (part ${k})$1`));
    }
  }
  return out.join('\n');
}
