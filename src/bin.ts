#!/usr/bin/env node
// The command as installed (package.json bin). A plain `check` runs from dist/check.bundle.cjs, the command line
// and everything a check loads bundled into one script at build time (scripts/bundle.mjs), compiled with the
// V8 code cache the build made by running a check: a cold start then skips resolving and linking some 170
// modules and compiling the functions a check runs. Any other command, or a build without the bundle, runs
// dist/cli.js as it is. Both give the same output; the bundle only changes how fast the code is loaded.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { tightenHeap } from './core/heap.js';

const DIST = path.dirname(fileURLToPath(import.meta.url));
export const BUNDLE = path.join(DIST, 'check.bundle.cjs');
export const BUNDLE_CACHE = path.join(DIST, 'check.bundle.cache');

type Main = (argv: string[]) => Promise<number>;

/**
 * The bundle's exports, compiled with CACHE (the V8 code cache bytes) when given, or null when there is no bundle.
 * A cache made by another Node.js or with other V8 flags is rejected by V8 itself and the script compiles as usual.
 */
export function loadBundle(cache?: Buffer): { main: Main; script: vm.Script } | null {
  let source: string;
  try {
    // ASCII (scripts/bundle.mjs makes it so): Latin-1 reads it as UTF-8 would, several times faster.
    source = fs.readFileSync(BUNDLE, 'latin1');
  } catch {
    return null;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __driftcheckImport) {${source}\n})`, { filename: BUNDLE, cachedData: cache });
  const module = { exports: {} as { main: Main } };
  // What the bundle leaves out (the HTML and Markdown readers, the review app) is imported from dist/ when used.
  const importFromDist = (file: string) => import(pathToFileURL(path.join(DIST, file)).href);
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST, importFromDist);
  return { main: module.exports.main, script };
}

function readCache(): Buffer | undefined {
  try {
    return fs.readFileSync(BUNDLE_CACHE);
  } catch {
    return undefined;
  }
}

const invokedDirectly = process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  // Compiled before the heap flag is set: V8 accepts a code cache only under the flags it was made with.
  const bundled = argv[0] === 'check' ? loadBundle(readCache()) : null;
  const main: Main = bundled?.main ?? (await import('./cli.js')).main;
  tightenHeap();
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
