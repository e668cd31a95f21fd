import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/core/clean.js';
import { lexicons } from '../src/core/lexicons.js';
import { loadRules } from '../src/core/rules.js';
import { CNN, ROUNDTRIP, SYNDICATED } from './helpers.js';

const lex = lexicons(loadRules());
const gold = JSON.parse(fs.readFileSync(new URL('../fixtures/cnn-roundtrip/gold.json', import.meta.url), 'utf8'));

describe('clean', () => {
  it('drops the page furniture the gold lists and keeps the article text', () => {
    for (const [file, lines] of [[CNN, gold.boilerplate.reference], [ROUNDTRIP, gold.boilerplate.suspect]] as const) {
      const text = fs.readFileSync(file, 'utf8');
      const kept = clean(text, lex).paragraphs.map((p) => text.slice(p.start, p.end));
      for (const line of lines) expect(kept.some((k) => k.includes(line))).toBe(false);
      expect(kept.some((k) => k.startsWith('In a conversation with Prime Minister Benjamin Netanyahu'))).toBe(true);
    }
  });

  it('removes comment prompts, copyright, syndication, video and dateline lines of the syndicated copy', () => {
    const text = fs.readFileSync(CNN, 'utf8');
    const c = clean(text, lex);
    const rules = new Set(c.furniture.map((f) => f.rule));
    for (const r of ['skip-link', 'copyright', 'syndication', 'comment-rules', 'story-idea', 'jump-to-comments', 'dateline-prefix']) expect(rules).toContain(r);
    const syn = fs.readFileSync(SYNDICATED, 'utf8');
    const kept = clean(syn, lex).paragraphs.map((p) => syn.slice(p.start, p.end));
    expect(kept).not.toContain('02:53\u00a0-\u00a0Source:\u00a0CNN');
    expect(kept.some((k) => /^CNN\s*—?\s*$/.test(k))).toBe(false);
    expect(kept.some((k) => k.startsWith('CNN’s Sharon Braithwaite'))).toBe(true);
  });

  it('keeps offsets into the text as read: a dateline prefix is skipped, not cut out', () => {
    const text = fs.readFileSync(CNN, 'utf8');
    const c = clean(text, lex);
    const first = c.paragraphs.find((p) => text.slice(p.start, p.end).startsWith('President Joe Biden'))!;
    expect(text.slice(first.start - 8, first.start)).toBe('(CNN) — ');
  });

  it('drops a blog\'s sign-off asking for a subscription', () => {
    const text = 'The ferry will run twice a day from May.\n\nThanks for reading, and don\'t forget to subscribe to our newsletter!';
    const c = clean(text, lex);
    expect(c.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['The ferry will run twice a day from May.']);
  });

  it('skips a dateline that credits an outlet by its web address', () => {
    const text = 'DENVER, May 3, (Harbourtimes.com) - The new comedy topped the weekend box office with $9 million from 3,000 theaters.';
    const c = clean(text, lex);
    expect(c.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['The new comedy topped the weekend box office with $9 million from 3,000 theaters.']);
  });

  it('drops a ratings widget and reader-comment furniture', () => {
    const text = 'Reviews\n\n85 %\n\nUser Score\n\n3 ratings\nRate This\n\nLeave your comment\n\nThe vote was held on Monday.';
    const c = clean(text, lex);
    expect(c.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['The vote was held on Monday.']);
  });
});
