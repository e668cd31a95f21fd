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
import v8 from 'node:v8';
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

/** Files of a check up to this many bytes in all run without V8's optimising compiler (see shortCheck). */
export const SHORT_CHECK_BYTES = 512 * 1024;

/**
 * Whether a check of ARGS (the words after "check") is short enough to run without V8's optimising compiler: every
 * file named adds its size, standard input ("-") or a flag of node's own about the compiler makes it not. A check
 * of a seed-sized pair spends more CPU compiling optimised code on V8's background thread than that code saves (a
 * cold check of the seed pair: about 20% of its CPU; 1,000 sentences a side: a third); from some 3,500 sentences a
 * side the optimised code pays for itself. The output is the same either way: only how fast it is computed changes.
 */
export function shortCheck(args: string[]): boolean {
  if (process.execArgv.some((a) => /^--(no-)?(opt|turbofan)\b/.test(a))) return false;
  let bytes = 0;
  for (const a of args) {
    if (a === '-') return false;
    try {
      const st = fs.statSync(a);
      if (st.isFile()) bytes += st.size;
    } catch {
      // Not a file: an option or its value.
    }
  }
  return bytes <= SHORT_CHECK_BYTES;
}

const invokedDirectly = process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  // Compiled before the heap flag is set: V8 accepts a code cache only under the flags it was made with.
  const bundled = argv[0] === 'check' ? loadBundle(readCache()) : null;
  const main: Main = bundled?.main ?? (await import('./cli.js')).main;
  tightenHeap();
  // Set after the bundle is compiled, as the heap flag is.
  if (bundled && shortCheck(argv.slice(1))) v8.setFlagsFromString('--no-opt');
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
