import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.js';
import { negation } from '../src/checks/negation.js';
import { align } from '../src/core/align.js';
import { compare } from '../src/core/compare.js';
import { lexicons } from '../src/core/lexicons.js';
import { prepare, withReview } from '../src/core/pipeline.js';
import { textSource } from '../src/core/read.js';
import { loadRules } from '../src/core/rules.js';
import { compareTexts, ROOT } from './helpers.js';

const importsOf = (dir: string) => fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') }));

describe('module boundaries', () => {
  it('no check imports compare: the list of checks is handed to it', () => {
    const offenders = importsOf('src/checks').filter((m) => /from '\.\.\/core\/compare\.js'/.test(m.text)).map((m) => m.file);
    expect(offenders).toEqual([]);
  });

  it('compare and the severity steps know the checks only by their rule ids, never by importing a check', () => {
    const offenders = [{ file: 'src/core/compare.ts', text: fs.readFileSync(path.join(ROOT, 'src/core/compare.ts'), 'utf8') }, ...importsOf('src/core/calibrate')]
      .filter((m) => /from '(?:\.\.\/)+checks\/(?!words|modal-cues|quote|omission)[\w-]+\.js'/.test(m.text)).map((m) => m.file);
    expect(offenders).toEqual([]);
  });

  it('nothing in the core imports the review store, Ink or React', () => {
    const offenders = importsOf('src/core').filter((m) => /from '(?:\.\.\/review\/|ink|react)/.test(m.text)).map((m) => m.file);
    expect(offenders).toEqual([]);
  });
});

describe('compare runs the checks it is given', () => {
  const rules = loadRules();
  const lex = lexicons(rules);
  const ref = prepare(textSource('r', 'The minister said the plan would work. Prices rose by 4 percent.'), rules);
  const sus = prepare(textSource('s', 'The minister said the plan would not work. Prices rose by 9 percent.'), rules);
  const alignment = align(ref.sentences, sus.sentences);

  it('only those checks, none of the others', () => {
    const only = compare(ref, sus, alignment, rules, lex, [negation]);
    expect(only.map((f) => f.kind)).toEqual(['negation']);
    const all = compare(ref, sus, alignment, rules, lex, CHECKS);
    expect(all.map((f) => f.kind)).toEqual(expect.arrayContaining(['negation', 'number']));
    expect(compare(ref, sus, alignment, rules, lex, [])).toEqual([]);
  });
});

describe('review decisions come in as plain data', () => {
  it('a dismissed finding is marked and no longer counted; an undone decision changes nothing', () => {
    const report = compareTexts('The minister said the plan would work.', 'The minister said the plan would not work.');
    const f = report.findings.find((x) => x.kind === 'negation')!;
    expect(f).toBeDefined();
    const dismissed = withReview(report, { decisions: { [f.fingerprint]: { decision: 'dismissed', reason: 'checked' } } });
    expect(dismissed.findings.find((x) => x.fingerprint === f.fingerprint)?.dismissed).toBe(true);
    expect(dismissed.summary.counts[f.severity]).toBe(report.summary.counts[f.severity] - 1);
    const undone = withReview(report, { decisions: { [f.fingerprint]: { decision: null } } });
    expect(undone.findings).toEqual(report.findings);
  });
});
