// The pipeline: read -> clean -> segment -> align -> compare -> summarize. Pure apart from read.
import { createRequire } from 'node:module';
import { align } from './align.js';
import { calibrate } from './calibrate/index.js';
import { clean } from './clean.js';
import { compare } from './compare.js';
import { lexicons } from './lexicons.js';
import type { RuleSet } from './rules.js';
import { CHECKS } from '../checks/index.js';
import type { Check } from './check.js';
import { applyDecisions, type Decisions } from './decisions.js';
import { segment } from './segment.js';
import { relation, summarize } from './summarize.js';
import { SEVERITY_RANK, UsageError, type AlignedPair, type Doc, type Finding, type Report, type Severity, type Source, type Summary } from './types.js';

const require = createRequire(import.meta.url);
export const VERSION: string = (require('../../package.json') as { version: string }).version;

export interface Timings { clean: number; segment: number; align: number; compare: number; summarize: number }

/**
 * Texts prepared lately, per rule set: a batch that checks many copies against one reference prepares the
 * reference once, not once per line. What prepare makes depends only on the text and the rules, and nothing
 * downstream changes it. Small texts only, and a few of them, so memory stays bounded.
 */
const CACHE_TEXTS = 4;
const CACHE_MAX_CHARS = 256 * 1024;
const prepared = new WeakMap<RuleSet['lexicons'], Map<string, Omit<Doc, 'source'>>>();

export function prepare(source: Source, rules: RuleSet, timings?: Timings): Doc {
  const cacheable = source.text.length <= CACHE_MAX_CHARS;
  let cache = prepared.get(rules.lexicons);
  const hit = cacheable ? cache?.get(source.text) : undefined;
  if (hit) {
    // Most recently used last.
    cache!.delete(source.text);
    cache!.set(source.text, hit);
    return { source, ...hit };
  }
  const lex = lexicons(rules);
  let t = performance.now();
  const cleaned = clean(source.text, lex);
  if (timings) { timings.clean += performance.now() - t; t = performance.now(); }
  const sentences = segment(source.text, cleaned, lex);
  if (timings) timings.segment += performance.now() - t;
  const doc = { sentences, furniture: cleaned.furniture };
  if (cacheable) {
    if (!cache) { cache = new Map(); prepared.set(rules.lexicons, cache); }
    cache.set(source.text, doc);
    if (cache.size > CACHE_TEXTS) cache.delete(cache.keys().next().value!);
  }
  return { source, ...doc };
}

export function analyze(refSource: Source, susSource: Source, rules: RuleSet, timings?: Timings, checks: readonly Check[] = CHECKS): Report {
  const lex = lexicons(rules);
  const ref = prepare(refSource, rules, timings);
  const sus = prepare(susSource, rules, timings);
  for (const d of [ref, sus]) {
    if (!d.sentences.length) throw new UsageError(`${d.source.path}: no text left once page furniture is removed`);
  }
  let t = performance.now();
  const alignment = align(ref.sentences, sus.sentences);
  if (timings) { timings.align += performance.now() - t; t = performance.now(); }
  // Texts that are not copies of one another are not compared sentence by sentence: that would only be noise. A
  // rewrite is: what it says in other words is still checked.
  const rel = relation(alignment, ref.sentences.length, sus.sentences.length);
  const findings = rel !== 'unrelated' ? calibrate(compare(ref, sus, alignment, rules, lex, checks), { ref, sus, alignment, relation: rel, lex, rules }) : [];
  if (timings) { timings.compare += performance.now() - t; t = performance.now(); }
  const summary = summarize(alignment, findings, ref.sentences.length, sus.sentences.length);
  if (timings) timings.summarize += performance.now() - t;
  return buildReport(ref, sus, alignment, findings, summary);
}

/** The JSON report (schemaVersion 1) from the stages' results. */
export function buildReport(ref: Doc, sus: Doc, alignment: AlignedPair[], findings: Finding[], summary: Summary): Report {
  const side = (d: Doc) => ({
    path: d.source.path,
    format: d.source.format,
    offsets: d.source.format === 'text' ? 'input text' as const : 'extracted text' as const,
    sentences: d.sentences.map((s) => ({ index: s.index, text: s.text, start: s.start, end: s.end, ...(s.structure ? { structure: s.structure } : {}) })),
  });
  return { schemaVersion: 1, tool: { name: 'driftcheck', version: VERSION }, reference: side(ref), suspect: side(sus), alignment, findings, summary };
}

/**
 * The report with a reviewer's decisions applied: dismissed findings are marked and no longer counted. The
 * decisions come in as plain data (a review file satisfies the shape); the core never reads the review store.
 */
export function withReview(report: Report, review: Decisions | null): Report {
  if (!review) return report;
  const applied = applyDecisions(report, review);
  return { ...applied, summary: summarize(applied.alignment, applied.findings, report.reference.sentences.length, report.suspect.sentences.length) };
}

/** 0 clean, 1 drift at or above the threshold (or texts that are not copies of each other). */
export function exitCode(report: Report, failOn: Severity): 0 | 1 {
  if (report.summary.verdict === 'unrelated') return 1;
  return report.findings.some((f) => !f.dismissed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}
