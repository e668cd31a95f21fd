// read: bytes → text. Only this stage and the renderers touch the outside world.
import fs from 'node:fs';
import { type Source, UsageError } from './types.js';

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Input format; by default from the file name, or HTML when the text starts like a page. */
  format?: InputFormat | 'auto';
}
// Long enough for any article or transcript (about 35,000 sentences); a bigger input is refused at once, not processed for minutes.
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const MAGIC: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Decode bytes to text: UTF-8 (BOM optional) or UTF-16 with a BOM; binary is refused. */
export function decode(buf: Buffer, name: string): { text: string; encoding: string } {
  for (const [what, magic] of MAGIC) {
    if (startsWith(buf, magic)) throw new UsageError(`${name}: looks like a ${what}, not text`);
  }
  let text: string;
  let encoding: string;
  if (startsWith(buf, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false }).decode(buf);
  } else if (startsWith(buf, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false }).decode(buf);
  } else {
    encoding = startsWith(buf, [0xef, 0xbb, 0xbf]) ? 'utf-8-bom' : 'utf-8';
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      throw new UsageError(`${name}: not valid UTF-8 (and no UTF-16 byte-order mark); convert it to UTF-8 first`);
    }
  }
  if (text.includes('\u0000')) throw new UsageError(`${name}: contains NUL bytes; binary files are not supported`);
  if (text.trim() === '') throw new UsageError(`${name}: is empty`);
  return { text, encoding };
}

export async function readSource(path: string, options: ReadOptions = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  if (path === '-') {
    try {
      buf = fs.readFileSync(0);
    } catch (e) {
      throw new UsageError(`-: cannot read standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot open (${code ?? 'error'})`);
    }
    if (stat.isDirectory()) throw new UsageError(`${path}: is a directory, expected a text file`);
    if (stat.size > maxBytes) {
      throw new UsageError(`${path}: ${stat.size} bytes is over the limit of ${maxBytes}; raise it with --max-bytes`);
    }
    try {
      buf = fs.readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'EACCES' ? `${path}: permission denied` : `${path}: cannot read (${code ?? 'error'})`);
    }
  }
  if (buf.length > maxBytes) throw new UsageError(`${path}: over the limit of ${maxBytes} bytes; raise it with --max-bytes`);
  const { text, encoding } = decode(buf, path);
  return convert(path, text, encoding, options.format);
}

export type InputFormat = 'text' | 'html' | 'markdown';

export function detectFormat(path: string, text: string): InputFormat {
  if (/\.x?html?$/i.test(path)) return 'html';
  if (/\.(md|markdown|mdown)$/i.test(path)) return 'markdown';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}

/** HTML and Markdown become plain text here (their parsers load on first use); plain text is kept as read. */
export async function convert(path: string, text: string, encoding: string, requested: InputFormat | 'auto' = 'auto'): Promise<Source> {
  const format = requested === 'auto' ? detectFormat(path, text) : requested;
  if (format === 'text') return { path, text, encoding, format };
  const { htmlToText, markdownToText } = await import('./extract.js');
  const out = format === 'html' ? htmlToText(text) : markdownToText(text);
  if (out.trim() === '') throw new UsageError(`${path}: no article text found in the ${format === 'html' ? 'HTML' : 'Markdown'}`);
  return { path, text: out, encoding, format, original: text };
}

/** A text given directly (batch mode, tests). */
export function textSource(path: string, text: string): Source {
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (t.trim() === '') throw new UsageError(`${path}: is empty`);
  if (t.includes('\u0000')) throw new UsageError(`${path}: contains NUL bytes; binary files are not supported`);
  return { path, text: t, encoding: 'utf-8', format: 'text' };
}
