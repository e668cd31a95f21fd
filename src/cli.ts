#!/usr/bin/env node
// Command line: check, review, rules. Usage and input errors are one line on stderr and exit code 2.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { checkExamples, verifyUserExamples } from './core/examples.js';
import { analyze, exitCode, VERSION, withReview } from './core/pipeline.js';
import { DEFAULT_MAX_BYTES, readSource } from './core/read.js';
import { loadRules, type RuleSet } from './core/rules.js';
import { SEVERITIES, type Report, type Severity, UsageError } from './core/types.js';
import { renderText } from './render/text.js';
import { defaultReviewPath, loadReview, type ReviewFile } from './review/store.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_PAIR = [path.join(ROOT, 'fixtures/seeds/000_bf89464fc697da98.txt'), path.join(ROOT, 'fixtures/seeds/002_2d5e172159065896.txt')] as const;

interface CommonOpts { rules: string[]; color: boolean; maxBytes: number; review?: string }
interface CheckOpts extends CommonOpts { format: 'text' | 'json'; failOn: Severity; output?: string }

const collect = (v: string, prev: string[]) => [...prev, v];
const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} expects a positive whole number, got "${v}"`);
  return n;
};

function useColor(opts: CommonOpts, stream: NodeJS.WriteStream): boolean {
  if (!opts.color || 'NO_COLOR' in process.env) return false;
  return !!stream.isTTY;
}

function userRules(dirs: string[]): RuleSet {
  const rules = loadRules(dirs);
  if (dirs.length) verifyUserExamples(rules);
  return rules;
}

interface Run { report: Report; raw: Report; texts: { reference: string; suspect: string }; review: ReviewFile | null; reviewPath: string }

function run(refPath: string, susPath: string, opts: CommonOpts): Run {
  if (refPath === '-' && susPath === '-') throw new UsageError('only one of REFERENCE and SUSPECT can be "-" (standard input)');
  const rules = userRules(opts.rules);
  const ref = readSource(refPath, { maxBytes: opts.maxBytes });
  const sus = readSource(susPath, { maxBytes: opts.maxBytes });
  const raw = analyze(ref, sus, rules);
  // Decisions from an earlier review of this pair count: a dismissed finding no longer fails the check.
  const reviewPath = opts.review ?? defaultReviewPath(susPath);
  const loaded = loadReview(reviewPath);
  if (loaded.movedAside) process.stderr.write(`driftcheck: ${reviewPath} was not a driftcheck review file; moved it to ${loaded.movedAside}\n`);
  return { report: withReview(raw, loaded.file), raw, texts: { reference: ref.text, suspect: sus.text }, review: loaded.file, reviewPath };
}

function emitReport(report: Report, texts: { reference: string; suspect: string }, opts: CheckOpts): void {
  const toFile = !!opts.output;
  const body = opts.format === 'json'
    ? JSON.stringify(report, null, 2) + '\n'
    : renderText(report, texts, { color: !toFile && useColor(opts, process.stdout) });
  if (toFile) {
    try {
      fs.writeFileSync(opts.output!, body);
    } catch (e) {
      throw new UsageError(`${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    process.stdout.write(body);
  }
}

function common(cmd: Command): Command {
  return cmd
    .option('--rules <dir>', 'add or override rule files from DIR (repeatable)', collect, [] as string[])
    .option('--no-color', 'plain output without colours (also NO_COLOR=1)')
    .option('--max-bytes <n>', `largest input accepted, in bytes`, positiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('--review <file>', 'review file with decisions (default: SUSPECT.driftcheck-review.json)');
}

export function program(): Command {
  const prog = new Command('driftcheck')
    .description('Catch meaning drift between a reference text and a copy of it.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .addHelpText('after', `
Examples:
  driftcheck check original.txt copy.txt                 text report, exit 1 on major or critical drift
  driftcheck check original.txt copy.txt --format json   the JSON report (schemaVersion 1)
  driftcheck check original.txt - --fail-on critical < copy.txt
  driftcheck review original.txt copy.txt                interactive review in the terminal
  driftcheck rules                                       list every rule

Exit codes: 0 no drift at or above --fail-on, 1 drift found (or the texts are unrelated), 2 usage or input error.`);

  common(prog.command('check').argument('<reference>', 'the original text (file or -)').argument('<suspect>', 'the copy to check (file or -)'))
    .description('compare SUSPECT against REFERENCE and report drift; exit 1 when drift reaches --fail-on')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the check').choices([...SEVERITIES]).default('major'))
    .option('-o, --output <file>', 'write the report to FILE instead of standard output')
    .action((ref: string, sus: string, opts: CheckOpts) => {
      const { report, texts } = run(ref, sus, opts);
      emitReport(report, texts, opts);
      process.exitCode = exitCode(report, opts.failOn);
    });

  common(prog.command('review').argument('[reference]', 'the original text').argument('[suspect]', 'the copy to review'))
    .description('review the aligned pairs in the terminal (with no files: the bundled example pair)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails').choices([...SEVERITIES]).default('major'))
    .option('--export <file>', 'where the e key writes the Markdown export (default: SUSPECT.driftcheck-review.md)')
    .action(async (ref: string | undefined, sus: string | undefined, opts: CheckOpts & { export?: string }) => {
      if ((ref === undefined) !== (sus === undefined)) throw new UsageError('review needs both REFERENCE and SUSPECT, or neither for the bundled example');
      const [r, s] = ref && sus ? [ref, sus] : EXAMPLE_PAIR;
      const res = run(r, s, opts);
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        process.stderr.write('driftcheck: review needs an interactive terminal; printing the text report instead\n');
        emitReport(res.report, res.texts, { ...opts, format: 'text' });
        return;
      }
      const { runReview } = await import('./ui/review.js');
      const line = await runReview({
        report: res.raw, review: res.review, reviewPath: res.reviewPath,
        exportPath: opts.export ?? `${s === '-' ? 'stdin' : s}.driftcheck-review.md`,
        color: useColor(opts, process.stdout),
      });
      process.stdout.write(`${line}\n`);
    });

  prog.command('rules')
    .description('list every rule with its id, kind, default severity and description')
    .option('--rules <dir>', 'add or override rule files from DIR (repeatable)', collect, [] as string[])
    .option('--check', 'run every rule\'s examples and report the ones that fail')
    .option('--json', 'list the rules as JSON')
    .action((opts: { rules: string[]; check?: boolean; json?: boolean }) => {
      const rules = opts.check ? loadRules(opts.rules) : userRules(opts.rules);
      const list = [...rules.rules.values()].sort((a, b) => a.id.localeCompare(b.id));
      if (opts.check) {
        const results = checkExamples(rules);
        const bad = results.filter((r) => !r.ok);
        for (const b of bad) {
          const ex = b.rule.examples[b.index]!;
          process.stdout.write(`FAIL ${b.rule.id} example ${b.index + 1} (${ex.expect}) in ${b.rule.file}: fired [${b.fired.join(', ')}]\n`);
        }
        process.stdout.write(`${results.length - bad.length} passed, ${bad.length} failed\n`);
        process.exitCode = bad.length ? 1 : 0;
        return;
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(list.map(({ id, kind, severity, description, enabled, file }) => ({ id, kind, severity, description, enabled, file })), null, 2) + '\n');
        return;
      }
      const w = Math.max(...list.map((r) => r.id.length));
      for (const r of list) process.stdout.write(`${r.id.padEnd(w)}  ${r.kind.padEnd(11)} ${r.severity.padEnd(8)} ${r.enabled ? '' : '(disabled) '}${r.description}\n`);
    });
  return prog;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const msg = e.message.replace(/^error: /, '');
      process.stderr.write(`driftcheck: ${msg.split('\n')[0]} (see driftcheck --help)\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`driftcheck: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`driftcheck: internal error: ${err.message.split('\n')[0]} (please report it; set DRIFTCHECK_DEBUG=1 for details)\n`);
    if (process.env.DRIFTCHECK_DEBUG) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
