#!/usr/bin/env node
// The README's picture of the HTML report: the seed pair's report, rendered by headless Chromium.
// Usage: node scripts/html-screenshot.mjs [OUT.png]   (needs `npm run build` and the Debian package chromium)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'html-report.png'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'driftcheck-shot-'));
const page = path.join(tmp, 'report.html');
// Relative paths, so the picture shows what a user in the repository would type.
spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', 'fixtures/seeds/000_bf89464fc697da98.txt', 'fixtures/seeds/002_2d5e172159065896.txt',
  '--format', 'html', '--output', page], { cwd: root, stdio: 'inherit' });
fs.mkdirSync(path.dirname(out), { recursive: true });
const r = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${path.join(tmp, 'profile')}`,
  '--window-size=1280,1500', `--screenshot=${out}`, pathToFileURL(page).href], { encoding: 'utf8' });
fs.rmSync(tmp, { recursive: true, force: true });
if (r.status !== 0) { process.stderr.write(`chromium failed: ${r.stderr}\n`); process.exit(1); }
process.stdout.write(`wrote ${out}\n`);
