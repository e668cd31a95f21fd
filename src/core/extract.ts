// HTML and Markdown become plain text at the read stage: one block (headline, paragraph, list item, quote)
// per paragraph. Offsets in the report then point into this extracted text, and the report says so.
// Loaded by read.ts only when an input is HTML or Markdown: its libraries cost 150 ms and 17 MB at start-up.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { marked, type Token, type Tokens } from 'marked';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dt,dd,td,th';

function blockText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The article's main text: Readability picks the content, then every block element becomes a paragraph. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const { document: content } = parseHTML(`<!doctype html><html><body>${article?.content ?? document.body?.innerHTML ?? ''}</body></html>`);
  const blocks: string[] = [];
  for (const el of Array.from(content.querySelectorAll(BLOCKS)) as Element[]) {
    // A block inside another block (a <p> in a <blockquote> or <li>) is read once, as the inner one.
    if (el.querySelector(BLOCKS)) continue;
    const t = blockText(el);
    if (t) blocks.push(t);
  }
  // The headline is the article's own heading, which Readability keeps in the content; the page <title>
  // usually carries the site's name as well and is not article text.
  return blocks.join('\n\n');
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens.map((t) => {
    if (t.type === 'image' || t.type === 'html') return '';
    if (t.type === 'br') return ' ';
    const withKids = t as Token & { tokens?: Token[]; text?: string };
    if (withKids.tokens?.length) return inline(withKids.tokens);
    return withKids.text ?? '';
  }).join('');
}

/** Markdown without its markup: headings, paragraphs, list items and block quotes, one per paragraph. */
export function markdownToText(md: string): string {
  const blocks: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      switch (t.type) {
        case 'heading': case 'paragraph': case 'text':
          blocks.push(inline((t as Tokens.Paragraph).tokens ?? [t]).replace(/\s+/g, ' ').trim());
          break;
        case 'blockquote': walk((t as Tokens.Blockquote).tokens); break;
        case 'list': for (const item of (t as Tokens.List).items) walk(item.tokens); break;
        case 'code': blocks.push((t as Tokens.Code).text); break;
        case 'table': {
          const tb = t as Tokens.Table;
          for (const row of [tb.header, ...tb.rows]) blocks.push(row.map((c) => inline(c.tokens)).join(' | '));
          break;
        }
        default: break;
      }
    }
  };
  walk(marked.lexer(md));
  return blocks.filter((b) => b.length > 0).join('\n\n');
}
