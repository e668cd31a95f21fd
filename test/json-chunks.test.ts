import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../src/render/json.js';
import { seedPair } from './helpers.js';

const whole = (v: unknown, depth?: number) => [...jsonChunks(v, depth, '', true)].join('');

describe('JSON written in pieces', () => {
  it('is byte for byte JSON.stringify(report, null, 2) on the seed report, at every depth', () => {
    const r = seedPair();
    for (const depth of [0, 1, 2, 3, 5, 8]) expect(whole(r, depth)).toBe(JSON.stringify(r, null, 2) + '\n');
  });

  it('leaves out what JSON.stringify leaves out and keeps line breaks inside strings escaped', () => {
    const v = {
      a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), 1], d: {}, e: [], f: { g: { h: ['x\ny', '\u2028'] } },
      when: new Date(0), n: null, nested: [[], [{}], [[1, { k: 'v' }]]],
    };
    for (const depth of [1, 2, 4, 9]) expect(whole(v, depth)).toBe(JSON.stringify(v, null, 2) + '\n');
  });

  it('comes in many pieces for a long report, not one', () => {
    expect([...jsonChunks(seedPair())].length).toBeGreaterThan(seedPair().findings.length);
  });
});
