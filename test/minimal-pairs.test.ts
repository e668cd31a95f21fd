// Runs every line of fixtures/minimal-pairs.jsonl and holds floors for recall and false alarms per kind.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/core/rules.js';
import { minimalPairs, scoreMinimalPairs } from '../src/eval/minimal.js';

const FLOORS: Record<string, { recall: number; falseAlarms: number }> = {
  role: { recall: 0.9, falseAlarms: 0.1 },
  attribution: { recall: 0.9, falseAlarms: 0.1 },
  antonym: { recall: 0.9, falseAlarms: 0.1 },
  modality: { recall: 0.9, falseAlarms: 0.1 },
  unicode: { recall: 0.9, falseAlarms: 0.1 },
};

describe('minimal pairs', () => {
  const pairs = minimalPairs();

  it('has at least ten drifted pairs with a faithful twin for every kind', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    for (const kind of Object.keys(FLOORS)) {
      const drift = pairs.filter((p) => p.kind === kind && p.label === 'drift');
      const twins = drift.filter((d) => pairs.some((p) => p.label === 'faithful' && p.kind === kind && p.reference === d.reference));
      expect(twins.length, kind).toBeGreaterThanOrEqual(10);
    }
  });

  const figures = scoreMinimalPairs(pairs, loadRules());
  for (const k of figures) {
    it(`${k.kind}: recall and false alarms stay within the floors`, () => {
      const recall = k.found / k.drifted;
      const alarms = k.falseAlarms / k.faithful;
      console.log(`${k.kind}: recall ${k.found}/${k.drifted}, false alarms ${k.falseAlarms}/${k.faithful}`);
      const floor = FLOORS[k.kind] ?? { recall: 0.8, falseAlarms: 0.2 };
      expect(recall, `misses: ${k.misses.join(' | ')}`).toBeGreaterThanOrEqual(floor.recall);
      expect(alarms, `false alarms: ${k.alarms.join(' | ')}`).toBeLessThanOrEqual(floor.falseAlarms);
    });
  }
});
