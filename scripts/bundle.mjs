#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles dist/cli.js and what a check loads into dist/check.bundle.cjs (one
// CommonJS script, for dist/bin.js), then runs a check of the bundled example pair through it in a child process
// and writes the V8 code cache of what that run compiled to dist/check.bundle.cache. A cold `driftcheck check`
// then skips resolving and linking the modules one by one and compiling the functions a check runs.
// Each module's import.meta.url becomes the URL of its own file in dist/, worked out where the bundle runs, so
// that the rules, package.json and the lazily required packages are found as from dist/ (and the package can
// be moved after the build). The HTML and Markdown readers (src/core/extract.ts) stay out: only those inputs
// need them, and they are imported from dist/ when used.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const quiet = process.argv.includes('--quiet');

if (process.argv.includes('--cache')) {
  // In a child of the build, with no V8 flag changed: the cache is made under the flags a start compiles it with.
  const { loadBundle, BUNDLE_CACHE } = await import(pathToFileURL(path.join(DIST, 'bin.js')).href);
  const bundled = loadBundle();
  if (!bundled) throw new Error('no bundle to warm up');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'driftcheck-bundle-')), 'report.txt');
  const seeds = ['000_bf89464fc697da98.txt', '002_2d5e172159065896.txt'].map((f) => path.join(ROOT, 'fixtures', 'seeds', f));
  for (const format of ['json', 'text']) await bundled.main(['check', ...seeds, '--no-color', '--format', format, '--output', out]);
  process.exitCode = 0;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const tmp = `${BUNDLE_CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bundled.script.createCachedData());
  fs.renameSync(tmp, BUNDLE_CACHE);
} else {
  const esbuild = await import('esbuild');
  const rel = (file) => path.relative(DIST, file).split(path.sep).join('/');
  // Modules left out of the bundle, imported from dist/ when used: the HTML and Markdown readers (only those inputs
  // need them) and the review app (Ink and React; never part of a check). A script compiled by vm cannot import(),
  // so the bundle asks bin.js to (__driftcheckImport).
  const LEFT_OUT = new Set(['core/extract.js', 'ui/review.js']);
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(DIST + path.sep)) return undefined;
        const src = fs.readFileSync(args.path, 'utf8')
          .replaceAll('import.meta.url', `__driftcheckUrl(${JSON.stringify(rel(args.path))})`)
          .replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (all, _q, spec) => {
            const target = rel(path.resolve(path.dirname(args.path), spec));
            return LEFT_OUT.has(target) ? `__driftcheckImport(${JSON.stringify(target)})` : all;
          });
        return { contents: src, loader: 'js' };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [path.join(DIST, 'cli.js')],
    outfile: path.join(DIST, 'check.bundle.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: "const __driftcheckUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, p)).href;" },
    plugins: [ownUrl],
    logLevel: 'silent',
  });
  for (const w of result.warnings) console.error(`bundle: ${w.text} (${w.location?.file ?? ''})`);
  if (result.warnings.length) process.exit(1);
  // The entry's "#!" line: the bundle is compiled as a function body, where it cannot stand.
  const out = path.join(DIST, 'check.bundle.cjs');
  // esbuild writes strings and names as ASCII but leaves regular expressions and comments as they are: their other
  // characters are written as \u escapes too (an identity escape, "\–", loses its backslash), so that bin.js reads
  // the bundle as Latin-1, several times faster than decoding UTF-8 (some 12 ms of a cold check), and the same text.
  const ascii = fs.readFileSync(out, 'utf8').replace(/^#!.*/, '')
    .replace(/(\\*)([^\x00-\x7f])/g, (_, bs, ch) => (bs.length % 2 ? bs.slice(1) : bs) + `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error('bundle: not ASCII');
  fs.writeFileSync(out, ascii);
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cache'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
  if (!quiet) console.log(`bundled ${path.join(DIST, 'check.bundle.cjs')} with its code cache`);
}
