// Minimal pairs (fixtures/minimal-pairs.jsonl): one sentence, a drifted copy and a faithful twin per line.
// Recall: the drifted copy gets a finding of the labelled kind. False alarm: the faithful twin gets a finding
// of the labelled kind or any finding of severity major or above.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/pipeline.js';
import { textSource } from '../core/read.js';
import type { RuleSet } from '../core/rules.js';
import { FIXTURES } from './fixtures.js';

export interface MinimalPair { reference: string; suspect: string; label: 'drift' | 'faithful'; kind: string }
export interface KindFigures { kind: string; drifted: number; found: number; faithful: number; falseAlarms: number; misses: string[]; alarms: string[] }

export function minimalPairs(file = path.join(FIXTURES, 'minimal-pairs.jsonl')): MinimalPair[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as MinimalPair);
}

export function scoreMinimalPairs(pairs: MinimalPair[], rules: RuleSet): KindFigures[] {
  const by = new Map<string, KindFigures>();
  for (const p of pairs) {
    const k = by.get(p.kind) ?? { kind: p.kind, drifted: 0, found: 0, faithful: 0, falseAlarms: 0, misses: [], alarms: [] };
    by.set(p.kind, k);
    const r = analyze(textSource('reference', p.reference), textSource('suspect', p.suspect), rules);
    const ofKind = r.findings.filter((f) => f.kind === p.kind);
    if (p.label === 'drift') {
      k.drifted++;
      if (ofKind.length) k.found++; else k.misses.push(p.suspect);
    } else {
      k.faithful++;
      if (ofKind.length || r.findings.some((f) => f.severity !== 'minor')) {
        k.falseAlarms++;
        k.alarms.push(`${p.suspect} <- ${r.findings.map((f) => `${f.rule}/${f.severity}`).join(', ')}`);
      }
    }
  }
  return [...by.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
