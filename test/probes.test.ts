// fixtures/probe-pairs.txt: sentence pairs written to probe generalisation (none of the checks was built from
// them). A drifted pair must raise a major or critical finding; a faithful one ('none') must not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts, ROOT } from './helpers.js';

const lines = fs.readFileSync(path.join(ROOT, 'fixtures', 'probe-pairs.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));

describe('probe pairs', () => {
  it('holds about two hundred pairs, both drifted and faithful', () => {
    expect(lines.length).toBeGreaterThanOrEqual(200);
    expect(lines.filter((l) => l.startsWith('none ||')).length).toBeGreaterThanOrEqual(60);
  });

  it('finds every drifted pair at major or above and keeps every faithful pair below major', () => {
    const wrong: string[] = [];
    for (const l of lines) {
      const [expected, reference, suspect] = l.split(' || ') as [string, string, string];
      const strong = compareTexts(reference, suspect).findings.filter((f) => f.severity === 'major' || f.severity === 'critical');
      if ((expected === 'none') !== (strong.length === 0)) wrong.push(`${l}  [${strong.map((f) => f.rule).join(', ') || 'nothing major'}]`);
    }
    expect(wrong).toEqual([]);
  });
});
