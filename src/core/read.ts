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

/** What a path names, in words, for an error message (a FIFO, a device, a socket, a folder). */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

const openError = (path: string, e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`${path}: permission denied`);
  return new UsageError(`${path}: cannot open (${code ?? 'error'})`);
};

/**
 * Reads a regular file, never more than maxBytes + 1 bytes of it: the file is opened without blocking (a FIFO with
 * no writer would wait for ever), refused unless it is a regular file (a device such as /dev/zero has no end and a
 * size of 0), and read in chunks so a file that grows while it is read still stops at the limit.
 * limitHint ends the message when the file is too big (the flag that raises the limit, for inputs).
 */
export function readFileBounded(path: string, maxBytes: number, limitHint = 'raise it with --max-bytes'): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      const kind = kindOf(stat);
      throw new UsageError(`${path}: is ${kind}, expected a text file${kind === 'a directory' ? '' : ' (pipe it to standard input as - instead)'}`);
    }
    if (stat.size > maxBytes) throw new UsageError(`${path}: ${stat.size} bytes is over the limit of ${maxBytes}; ${limitHint}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'EACCES' ? `${path}: permission denied` : `${path}: cannot read (${code ?? 'error'})`);
      }
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new UsageError(`${path}: over the limit of ${maxBytes} bytes; ${limitHint}`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input, read in chunks as it arrives and refused as soon as it passes maxBytes (a stream may not end). */
export async function readStdinBounded(maxBytes: number, stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const c of stream) {
      const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
      chunks.push(chunk);
      total += chunk.length;
      if (total > maxBytes) {
        (stream as NodeJS.ReadStream).destroy?.();
        throw new UsageError(`-: standard input is over the limit of ${maxBytes} bytes; raise it with --max-bytes`);
      }
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`-: cannot read standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return Buffer.concat(chunks, total);
}

export async function readSource(path: string, options: ReadOptions = {}): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const buf = path === '-' ? await readStdinBounded(maxBytes) : readFileBounded(path, maxBytes);
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

/** A text given directly (batch mode, tests); held to maxBytes as a file is (counted in UTF-8 bytes). */
export function textSource(path: string, text: string, maxBytes = Infinity): Source {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: the exact count is needed only near the limit.
  if (text.length * 3 > maxBytes) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxBytes) throw new UsageError(`${path}: ${size} bytes is over the limit of ${maxBytes}; raise it with --max-bytes`);
  }
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (t.trim() === '') throw new UsageError(`${path}: is empty`);
  if (t.includes('\u0000')) throw new UsageError(`${path}: contains NUL bytes; binary files are not supported`);
  return { path, text: t, encoding: 'utf-8', format: 'text' };
}
