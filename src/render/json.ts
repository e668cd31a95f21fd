// The JSON report written piece by piece: the same bytes as JSON.stringify(report, null, 2), without building
// one string the size of the whole report (a 10,000-sentence pair makes 25 MB of it, twice over once encoded).
const INDENT = '  ';

/**
 * Pieces of JSON.stringify(value, null, 2) (and a final line break when `newline`): objects and arrays are
 * opened here down to `depth` levels, anything deeper is stringified whole.
 */
export function* jsonChunks(value: unknown, depth = 3, indent = '', newline = false): Generator<string> {
  yield* pieces(value, depth, indent);
  if (newline) yield '\n';
}

function* pieces(value: unknown, depth: number, indent: string): Generator<string> {
  const isContainer = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!isContainer || depth === 0) {
    const s = JSON.stringify(value, null, 2);
    // A string value cannot hold a raw line break in JSON, so every line break is layout: indent it.
    yield s === undefined ? 'null' : indent ? s.replace(/\n/g, `\n${indent}`) : s;
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) { yield '[]'; return; }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const v = value[i];
      // As JSON.stringify does: undefined, functions and symbols in an array are written as null.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* pieces(v, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  // Keys whose value JSON.stringify leaves out (undefined, functions, symbols) are left out here too.
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) { yield '{}'; return; }
  yield '{';
  let first = true;
  for (const [k, v] of entries) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(k)}: `;
    first = false;
    yield* pieces(v, depth - 1, inner);
  }
  yield `\n${indent}}`;
}
