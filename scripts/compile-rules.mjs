#!/usr/bin/env node
// Part of `npm run build`: compiles the bundled rules/ into dist/rules.compiled.json, the one file a run reads at
// start (a run checks it against a hash of the sources and falls back to them when a rule file has changed).
// The lexicons are built once here too, so a broken list or an unsafe pattern fails the build; the patterns found
// safe are recorded and not checked again at every start, and the indexes derived from them (the antonyms) are kept
// so that a start does not build them.
import { derivedIndexes, lexicons, patternKey, patternsOf } from '../dist/core/lexicons.js';
import { compileRules, COMPILED_RULES_FILE } from '../dist/core/rules.js';

try {
  const n = compileRules(undefined, undefined, (set) => {
    const lex = lexicons(set);
    return { safePatterns: patternsOf(lex).map(patternKey), indexes: derivedIndexes(lex) };
  });
  if (!process.argv.includes('--quiet')) console.log(`compiled ${n} rules -> ${COMPILED_RULES_FILE}`);
} catch (e) {
  console.error(`compile-rules: ${e.message}`);
  process.exit(1);
}
