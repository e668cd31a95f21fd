// Long synthetic pairs built from the fixture sentences, for benchmarks. The reference is the seed article's
// sentences repeated and shuffled; the suspect takes each one's round-trip paraphrase (from the seed pair),
// and reorders, drops, inserts and drifts some, deterministically for a given seed.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../eval/fixtures.js';
import { analyze } from '../core/pipeline.js';
import { textSource } from '../core/read.js';
import type { RuleSet } from '../core/rules.js';

export interface SeedMaterial { ref: string[]; sus: string[]; paraphrase: Map<number, string>; other: string[] }

const read = (f: string) => fs.readFileSync(path.join(FIXTURES, 'seeds', f), 'utf8');

export function seedSentences(rules: RuleSet): SeedMaterial {
  const r = analyze(textSource('ref', read('000_bf89464fc697da98.txt')), textSource('sus', read('002_2d5e172159065896.txt')), rules);
  const paraphrase = new Map<number, string>();
  for (const p of r.alignment) {
    if (p.reference.length === 1 && p.suspect.length) paraphrase.set(p.reference[0]!, p.suspect.map((j) => r.suspect.sentences[j]!.text).join(' '));
  }
  const toi = analyze(textSource('ref', read('000_bf89464fc697da98.txt')), textSource('other', read('003_2cf430755177d245.txt')), rules);
  return {
    ref: r.reference.sentences.map((s) => s.text),
    sus: r.suspect.sentences.map((s) => s.text),
    paraphrase,
    other: toi.suspect.sentences.map((s) => s.text).filter((t) => t.length > 40),
  };
}

/** Repeats the sentences (numbered, so copies differ) until there are n of them, one paragraph each. */
export function repeatTo(list: string[], n: number): string {
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) {
    for (const t of list) {
      if (out.length >= n) break;
      out.push(mark(t, k));
    }
  }
  return out.join('\n');
}

const mark = (t: string, k: number) => t.replace(/([.!?”"’]*)$/, ` (part ${k})$1`);

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function drift(t: string): string {
  if (/ will /.test(t)) return t.replace(/ will /, ' will not ');
  if (/ was /.test(t)) return t.replace(/ was /, ' was not ');
  if (/ is /.test(t)) return t.replace(/ is /, ' is not ');
  return t.replace(/\b(\d+)\b/, (d) => String(Number(d) * 3));
}

/** A reference of n sentences and its drifted copy. */
export function syntheticPair(m: SeedMaterial, n: number, seed = 1): { reference: string; suspect: string } {
  const rand = rng(seed);
  const order: number[] = [];
  for (let k = 0; order.length < n; k++) {
    const block = m.ref.map((_, i) => i);
    for (let i = block.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [block[i], block[j]] = [block[j]!, block[i]!]; }
    order.push(...block);
  }
  order.length = n;
  const ref = order.map((i, k) => mark(m.ref[i]!, Math.floor(k / m.ref.length)));
  const sus: string[] = [];
  order.forEach((i, k) => {
    const part = Math.floor(k / m.ref.length);
    const para = mark(m.paraphrase.get(i) ?? m.ref[i]!, part);
    const x = rand();
    if (x < 0.05) return;                                        // dropped
    if (x < 0.10) { sus.push(para, mark(m.other[Math.floor(rand() * m.other.length)]!, part)); return; } // inserted
    if (x < 0.15) { sus.push(drift(para)); return; }             // drifted
    if (x < 0.20 && sus.length) { sus.splice(sus.length - 1, 0, para); return; } // reordered
    sus.push(x < 0.35 ? ref[k]! : para);                         // kept as is, or the round-trip paraphrase
  });
  return { reference: ref.join('\n'), suspect: sus.join('\n') };
}

/**
 * How a benchmark text lays out its sentences: one a line (the synthetic pair as made), one a paragraph with a
 * blank line between them, or five to a paragraph (ordinary article paragraphs). Each sentence costs the same in
 * all three: a shape that costs more per sentence is a slow path.
 */
export const SHAPES = ['lines', 'blank', 'paragraphs'] as const;
export type Shape = typeof SHAPES[number];

export function shaped(text: string, shape: Shape): string {
  const lines = text.split('\n');
  if (shape === 'blank') return lines.join('\n\n');
  if (shape === 'paragraphs') {
    const out: string[] = [];
    for (let i = 0; i < lines.length; i += 5) out.push(lines.slice(i, i + 5).join(' '));
    return out.join('\n\n');
  }
  return text;
}
