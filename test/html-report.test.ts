// The HTML report in a real browser (headless Chromium, Debian package `chromium`, installed by .ci/run):
// the seed pair's page loads, a screenshot is taken, every major and critical finding is in the DOM as a note at
// its pair; the severity filter works in the browser; decisions are shown; hostile input stays text.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CNN, ROOT, ROUNDTRIP, seedPair, tempDir } from './helpers.js';

const CHROMIUM = ['chromium', 'chromium-browser'].find((c) => spawnSync(c, ['--version']).status === 0);
const CLI = path.join(ROOT, 'dist', 'cli.js');
const dir = tempDir('driftcheck-html-');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** Headless Chromium with a profile of its own (parallel runs do not share one), nothing but the page. */
function chromium(...args: string[]) {
  const profile = fs.mkdtempSync(path.join(dir, 'profile-'));
  const r = spawnSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--hide-scrollbars',
    `--user-data-dir=${profile}`, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 80_000 });
  if (r.status !== 0) throw new Error(`chromium failed (${r.status}): ${r.stderr.split('\n').slice(-3).join(' ')}`);
  return r.stdout;
}

it('has a browser to test with where CI runs', () => {
  // .ci/run installs chromium; on a developer's machine without it the browser tests below are skipped.
  if (process.env.CI) expect(CHROMIUM).toBeDefined();
});

describe.skipIf(!CHROMIUM)('the HTML report in headless Chromium', () => {
  const page = path.join(dir, 'seed.html');
  let made: ReturnType<typeof cli>;
  beforeAll(() => { made = cli('check', CNN, ROUNDTRIP, '--format', 'html', '--output', page); }, 120_000);

  it('loads the seed pair\'s report and shows every major and critical finding at its pair', () => {
    expect(made.status).toBe(1);
    const html = fs.readFileSync(page, 'utf8');
    // Self-contained: nothing to fetch, and the page's policy forbids fetching.
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
    const { document } = parseHTML(chromium('--dump-dom', pathToFileURL(page).href));
    const report = seedPair();
    expect(document.querySelector('#verdict')!.textContent).toBe('drifted');
    expect(document.querySelectorAll('tr.pair')).toHaveLength(report.alignment.length);
    const strong = report.findings.filter((f) => f.severity !== 'minor');
    expect(strong).toHaveLength(14);
    for (const f of strong) {
      const note = document.getElementById(`f-${f.id}`);
      expect(note, f.id).not.toBeNull();
      expect(note!.getAttribute('data-severity')).toBe(f.severity);
      expect(note!.querySelector('.msg')!.textContent).toBe(f.message);
      // The note sits in the row after its pair's row, whose two cells hold the pair's sentences.
      const row = note!.closest('tr')!;
      expect(row.getAttribute('data-pair')).toBe(String(f.pair + 1));
      const pairRow = document.getElementById(`pair-${f.pair + 1}`)!;
      if (f.suspect) expect(pairRow.querySelector('td.sus')!.textContent!.replace(/\s+/g, ' ')).toContain(f.suspect.text.replace(/\s+/g, ' ').slice(0, 30));
    }
    expect(document.querySelectorAll('.finding')).toHaveLength(report.findings.length);
    // Changed words are marked on both sides.
    const marked = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent).join(' ');
    const neg = report.findings.find((f) => f.rule === 'negation.added')!;
    expect(marked(`#pair-${neg.pair + 1} td.ref del`)).toMatch(/good sense/);
    expect(marked(`#pair-${neg.pair + 1} td.sus ins`)).toMatch(/no idea/);
  });

  it('renders to a screenshot', () => {
    const shot = path.join(dir, 'seed.png');
    chromium('--window-size=1280,1600', `--screenshot=${shot}`, pathToFileURL(page).href);
    const png = fs.readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBe(1600);
    expect(png.length).toBeGreaterThan(50_000);
  });

  it('filters by severity in the browser and shows dismissed and confirmed decisions', () => {
    const report = seedPair();
    const crit = report.findings.find((f) => f.severity === 'critical')!;
    const major = report.findings.find((f) => f.severity === 'major')!;
    const review = path.join(dir, 'review.json');
    fs.writeFileSync(review, JSON.stringify({ driftcheckReview: 1, reference: CNN, suspect: ROUNDTRIP, updated: '', decisions: {
      [crit.fingerprint]: { decision: 'dismissed', reason: 'checked <with> the desk', rule: crit.rule, at: '2026-01-01T00:00:00Z' },
      [major.fingerprint]: { decision: 'confirmed', rule: major.rule, at: '2026-01-01T00:00:00Z' },
    } }));
    const reviewed = path.join(dir, 'reviewed.html');
    cli('check', CNN, ROUNDTRIP, '--format', 'html', '--review', review, '--output', reviewed);
    // A probe page: the report without its policy, plus a script that clicks each filter and counts what is visible.
    const probe = path.join(dir, 'probe.html');
    const script = `<script>
      const count = () => [...document.querySelectorAll('.finding')].filter((e) => e.offsetParent !== null).length;
      const seen = {};
      for (const id of ['min-minor', 'min-major', 'min-critical']) { document.querySelector('label[for=' + id + ']').click(); seen[id] = count(); }
      document.querySelector('label[for=min-minor]').click();
      document.querySelector('label[for=hide-same]').click();
      seen.rows = [...document.querySelectorAll('tr.pair')].filter((e) => e.offsetParent !== null).length;
      document.body.setAttribute('data-seen', JSON.stringify(seen));
    </script>`;
    fs.writeFileSync(probe, fs.readFileSync(reviewed, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${script}</body>`));
    const { document } = parseHTML(chromium('--dump-dom', pathToFileURL(probe).href));
    const seen = JSON.parse(document.body.getAttribute('data-seen')!);
    const c = report.summary.counts;
    expect(seen).toEqual({ 'min-minor': report.findings.length, 'min-major': c.critical + c.major, 'min-critical': c.critical,
      rows: new Set(report.findings.map((f) => f.pair)).size });
    const dismissed = document.getElementById(`f-${crit.id}`)!;
    expect(dismissed.getAttribute('data-decision')).toBe('dismissed');
    expect(dismissed.querySelector('.decision')!.textContent).toBe('✗ dismissed: checked <with> the desk');
    expect(document.getElementById(`f-${major.id}`)!.querySelector('.decision')!.textContent).toBe('✓ confirmed');
    expect(document.querySelector('#counts')!.textContent).toContain('reviewed: 1 confirmed, 1 dismissed');
  });

  it('keeps hostile input as text: no markup, no script, no control characters from the inputs', () => {
    const ref = path.join(dir, 'ref.txt'), sus = path.join(dir, 'sus.txt');
    fs.writeFileSync(ref, 'The mayor said the bridge would open in May. The council agreed with the plan.\n');
    fs.writeFileSync(sus, 'The mayor said the bridge would not open in May <script>document.title="pwned"</script></td><img src=x onerror="document.title=1">. The council agreed \u202Ewith\u202C the plan \u001b[2J.\n');
    const out = path.join(dir, 'hostile.html');
    expect(cli('check', ref, sus, '--format', 'html', '--output', out).status).toBe(1);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<\/td><img|\u202E|\u001b/i);
    const { document } = parseHTML(chromium('--dump-dom', pathToFileURL(out).href));
    expect(document.title).toMatch(/^driftcheck: drifted/);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('td.sus')!.textContent).toContain('<script>document.title="pwned"</script>');
    expect(document.body.textContent).toContain('\\u{202E}with\\u{202C}');
  });
});
