// Locations in the file as written for HTML and Markdown inputs: SARIF, GitHub annotations and the text report
// point at the page's own line and column, found by matching the extracted text back to the page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceOffsets } from '../src/core/sourcemap.js';
import { CNN, ROOT } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const HTML = path.join(ROOT, 'fixtures', 'html', '002-roundtrip-copy.html');
const MD = path.join(ROOT, 'fixtures', 'markdown', '002-roundtrip-copy.md');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '' } });
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&nbsp;/g, '\u00a0');

/** The file's text from a 1-based line and column, entities decoded, white space folded. */
function at(lines: string[], line: number, col: number, len: number): string {
  return decode(lines.slice(line - 1).join('\n').slice(col - 1, col - 1 + len * 2).replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
}

describe('locations in the original file', () => {
  for (const [name, file, ext] of [['HTML page', HTML, '.html'], ['Markdown file', MD, '.md']] as const) {
    it(`puts every SARIF result and GitHub annotation of the ${name} on the words it quotes`, () => {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const sarif = JSON.parse(cli(['check', CNN, file, '--format', 'sarif']).stdout);
      const located = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet: { text: string } } } }[] }) => r.locations[0]!.physicalLocation)
        .filter((l: { artifactLocation: { uri: string } }) => l.artifactLocation.uri.endsWith(ext));
      expect(located.length).toBeGreaterThan(40);
      for (const { region } of located) {
        const first = region.snippet.text.split(/\s+/).slice(0, 3).join(' ');
        expect(at(lines, region.startLine, region.startColumn, first.length)).toContain(first);
        // The end is just after the snippet's last word.
        const last = region.snippet.text.trim().split(/\s+/).at(-1)!.slice(-3);
        expect(lines[region.endLine - 1]!.slice(0, region.endColumn - 1).endsWith(last) || decode(lines[region.endLine - 1]!.slice(0, region.endColumn - 1)).endsWith(last)).toBe(true);
      }
      if (ext === '.html') {
        // The page's head, navigation and ticker come first: the article starts well below line 15.
        expect(Math.min(...located.map((l: { region: { startLine: number } }) => l.region.startLine))).toBeGreaterThan(25);
        const gh = cli(['check', CNN, file, '--format', 'github']).stdout;
        const crit = /^::error file=[^,]+,line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=driftcheck role\.event-frame/m.exec(gh)!;
        expect(at(lines, Number(crit[1]), Number(crit[2]), 20)).toMatch(/^attack on Iran/);
        const text = cli(['check', CNN, file, '--min-severity', 'critical']).stdout;
        const copy = /^ {4}copy +(\d+):(\d+) /m.exec(text)!;
        expect(at(lines, Number(copy[1]), Number(copy[2]), 20)).toMatch(/^attack on Iran/);
      }
    });
  }

  it('maps through entities, inline tags, furniture and astral characters', () => {
    const page = '<html><head><title>Site</title><script>var a = "Iran said";</script></head><body><nav>Iran said hello</nav>\n' +
      '<p>Tom &amp; Jerry <em>said</em>\n   that 😀 Iran&#39;s plan</p></body></html>';
    const extracted = 'Tom & Jerry said that 😀 Iran\'s plan';
    const map = sourceOffsets(extracted, page, 'html');
    const where = (word: string) => map[extracted.indexOf(word)]!;
    expect(page.slice(where('Tom'), where('Tom') + 3)).toBe('Tom');
    expect(page.slice(where('&'), where('&') + 5)).toBe('&amp;');
    expect(page.slice(where('said'), where('said') + 4)).toBe('said');
    expect(where('said')).toBeGreaterThan(page.indexOf('<em>'));
    expect(page.slice(where('😀'), where('😀') + 2)).toBe('😀');
    expect(page.slice(where('Iran'), where('Iran') + 6)).toBe('Iran&#');
    expect(page.slice(where('plan'), where('plan') + 4)).toBe('plan');
    // A space takes the place of the next word, and the end of the text maps to a place in the page.
    expect(map[extracted.indexOf(' Jerry')]).toBe(where('Jerry'));
    expect(map[extracted.length]).toBeLessThanOrEqual(page.length);
  });

  it('never fails on text it cannot find: unmatched places fall on the next character found', () => {
    const map = sourceOffsets('nothing here matches\n\nplan', '<p>plan</p>', 'html');
    expect(map.every((x) => x >= 0 && x <= 11)).toBe(true);
    expect(map[22]).toBe(3);
  });
});
