import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, readSource } from '../src/core/read.js';
import { UsageError } from '../src/core/types.js';
import { CNN, tempDir } from './helpers.js';

const tmp = tempDir('driftcheck-read-');
const file = (name: string, data: Buffer | string) => { const p = path.join(tmp, name); fs.writeFileSync(p, data); return p; };
const text = fs.readFileSync(CNN, 'utf8');

describe('read', () => {
  it('reads UTF-8 with and without a byte-order mark to the same text', async () => {
    const plain = await readSource(file('plain.txt', text));
    const bom = await readSource(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(bom.text).toBe(plain.text);
    expect(bom.encoding).toBe('utf-8-bom');
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe; be[1] = 0xff;
    expect((await readSource(file('le.txt', le))).text).toBe(text);
    expect((await readSource(file('be.txt', be))).text).toBe(text);
  });

  it('keeps CRLF and CR text as read so offsets point into it', async () => {
    const crlf = await readSource(file('crlf.txt', text.replace(/\n/g, '\r\n')));
    expect(crlf.text).toBe(text.replace(/\n/g, '\r\n'));
  });

  it.each([
    ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['PDF document', Buffer.from('%PDF-1.7\n%âãÏÓ\n')],
    ['gzip archive', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0])],
  ])('refuses a %s', (what, bytes) => {
    expect(() => decode(bytes, 'x')).toThrow(new UsageError(`x: looks like a ${what}, not text`));
  });

  it('refuses NUL bytes, invalid UTF-8 and empty text', () => {
    expect(() => decode(Buffer.from('abc\u0000def'), 'x')).toThrow(/NUL bytes/);
    expect(() => decode(Buffer.from([0x61, 0xc3, 0x28]), 'x')).toThrow(/not valid UTF-8/);
    expect(() => decode(Buffer.from(' \n\t '), 'x')).toThrow(/is empty/);
  });

  it('names a missing file, a directory and a size over the limit', async () => {
    await expect(readSource(path.join(tmp, 'nope.txt'))).rejects.toThrow(/no such file/);
    await expect(readSource(tmp)).rejects.toThrow(/is a directory/);
    await expect(readSource(CNN, { maxBytes: 100 })).rejects.toThrow(/over the limit of 100.*--max-bytes/);
  });
});
