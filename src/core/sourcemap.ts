// Where the extracted text of an HTML or Markdown input sits in the file as written, so located formats (SARIF,
// GitHub annotations, the text report) point at the page's own line and column, not the extracted text's.
// Readability copies nodes and whitespace is folded, so there is no map to carry along: the extracted text is
// matched back, block by block, against the page's visible characters (tags, comments, scripts and the head left
// out, entities decoded with their place), white space ignored on both sides.
import { createRequire } from 'node:module';
import type { Parser as ParserType } from 'htmlparser2';

// htmlparser2 (some twenty modules with the entity tables) is loaded only when an HTML page is mapped back: a
// plain-text check never needs it.
const require = createRequire(import.meta.url);
let parserClass: typeof ParserType | null = null;
const Parser = (): typeof ParserType => (parserClass ??= (require('htmlparser2') as typeof import('htmlparser2')).Parser);

/** The page's visible characters (no white space) and, for each, its offset in the file. */
interface Stream { chars: string; at: Int32Array }

const SPACE = /\s/;
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'title']);

function htmlStream(html: string): Stream {
  const chars: string[] = [];
  const at: number[] = [];
  let hidden = 0;
  const parser: ParserType = new (Parser())({
    onopentagname(name) { if (HIDDEN.has(name)) hidden++; },
    onclosetag(name) { if (HIDDEN.has(name) && hidden > 0) hidden--; },
    ontext(data) {
      if (hidden) return;
      // A run of text maps one to one; an entity decodes to one or two characters at its own place.
      const start = parser.startIndex;
      const literal = data.length === parser.endIndex - start + 1;
      for (let k = 0; k < data.length; k++) {
        const ch = data[k]!;
        if (!SPACE.test(ch)) { chars.push(ch); at.push(literal ? start + k : start); }
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return { chars: chars.join(''), at: Int32Array.from(at) };
}

function plainStream(text: string): Stream {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!SPACE.test(text[i]!)) { chars.push(text[i]!); at.push(i); }
  return { chars: chars.join(''), at: Int32Array.from(at) };
}

/** How far ahead a character is looked for before it is taken as missing from the page (markup in between). */
const LOOKAHEAD = 400;
const ANCHOR = 24;

/**
 * For each offset of `extracted` (and its end), the offset in `original` of the same character; white space and
 * characters not found take the place of the next character found (so a span's start lands on its first word).
 */
export function sourceOffsets(extracted: string, original: string, format: 'html' | 'markdown'): Int32Array {
  const s = format === 'html' ? htmlStream(original) : plainStream(original);
  const out = new Int32Array(extracted.length + 1).fill(-1);
  let cursor = 0;
  const blockRe = /[^\n]+/g;
  for (let m = blockRe.exec(extracted); m; m = blockRe.exec(extracted)) {
    const block = m[0], base = m.index;
    const ns = block.replace(/\s+/g, '');
    if (!ns) continue;
    // Start the block where its first characters are: page furniture between blocks is skipped this way.
    const anchor = ns.slice(0, ANCHOR);
    let j = s.chars.indexOf(anchor, cursor);
    if (j < 0) j = s.chars.indexOf(anchor);
    if (j < 0) j = cursor;
    for (let i = 0; i < block.length; i++) {
      const c = block[i]!;
      if (SPACE.test(c)) continue;
      const limit = Math.min(s.chars.length, j + LOOKAHEAD);
      let k = j;
      while (k < limit && s.chars[k] !== c) k++;
      if (k < limit) { out[base + i] = s.at[k]!; j = k + 1; }
    }
    cursor = j;
  }
  // Fill the gaps from the right: a position without a character of its own takes the next one's place.
  let next = original.length;
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]! < 0) out[i] = next; else next = out[i]!;
  }
  return out;
}
