#!/usr/bin/env node
// Command line: check, review, rules. Usage and input errors are one line on stderr and exit code 2.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { findConfig, FORMATS, loadConfig, withSeverities, type Config, type Format } from './core/config.js';
import { analyze, exitCode, VERSION, withReview } from './core/pipeline.js';
import { DEFAULT_MAX_BYTES, readSource, type InputFormat } from './core/read.js';
import { tightenHeap } from './core/heap.js';
import { loadRules, type RuleSet } from './core/rules.js';
import { longWord, MAX_WORD } from './core/segment.js';
import { SEVERITIES, type Report, type Severity, type Source, UsageError } from './core/types.js';
import { displayed, withRanks } from './render/order.js';
import type { Texts } from './render/positions.js';
import { safeLine } from './render/safe.js';
import { defaultReviewPath, droppedDecisions, loadReview, otherPair, stateDir, type ReviewFile } from './review/store.js';
// What only some runs need (a renderer, the baseline, user rule examples, batch) is imported where it is used:
// a plain check loads none of it.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_PAIR = [path.join(ROOT, 'fixtures/seeds/000_bf89464fc697da98.txt'), path.join(ROOT, 'fixtures/seeds/002_2d5e172159065896.txt')] as const;

/** Options as typed on the command line; unset ones fall back to the config file, then to the defaults. */
interface Flags {
  rules: string[];
  color: boolean;
  maxBytes?: number;
  review?: string;
  config?: string;
  format?: Format;
  failOn?: Severity;
  inputFormat?: InputFormat | 'auto';
  output?: string;
  quiet?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  export?: string;
  force?: boolean;
  reviewer?: string;
  minSeverity?: Severity;
  summary?: boolean;
}

interface Settings {
  /** The rules in force: the bundled ones, the config file's folders, then --rules, with the config's severities. */
  rules: RuleSet;
  failOn: Severity;
  format: Format;
  maxBytes: number;
  inputFormat: InputFormat | 'auto';
  color: boolean;
  allowOutside: boolean;
}

/** One line on stderr, neutralised as reports are: a file name can carry a newline and "::error", or an escape. */
export function note(message: string): void {
  process.stderr.write(`driftcheck: ${safeLine(message)}\n`);
}

const collect = (v: string, prev: string[]) => [...prev, v];
const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} expects a positive whole number, got "${v}"`);
  return n;
};

function useColor(flags: Flags, stream: NodeJS.WriteStream): boolean {
  if (!flags.color || 'NO_COLOR' in process.env) return false;
  return !!stream.isTTY;
}

async function settings(flags: Flags): Promise<Settings> {
  const file = flags.config ?? findConfig(process.cwd());
  const config: Config = file ? loadConfig(file) : {};
  const dirs = [...(config.rules ?? []), ...flags.rules];
  let rules = loadRules(dirs);
  if (dirs.length) (await import('./core/examples.js')).verifyUserExamples(rules);
  rules = withSeverities(rules, config.severity, config.file ?? 'config');
  return {
    rules,
    failOn: flags.failOn ?? config.failOn ?? 'major',
    format: flags.format ?? config.format ?? 'text',
    maxBytes: flags.maxBytes ?? config.maxBytes ?? DEFAULT_MAX_BYTES,
    inputFormat: flags.inputFormat ?? config.inputFormat ?? 'auto',
    color: useColor(flags, process.stdout),
    allowOutside: config.allowOutside ?? false,
  };
}

/** The reviewer's name for the audit trail: git's user.name, else the login name. */
function whoIsReviewing(): string | undefined {
  const git = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8', timeout: 2_000 });
  const fromGit = git.status === 0 ? git.stdout.trim() : '';
  if (fromGit) return fromGit;
  try { return os.userInfo().username || undefined; } catch { return process.env.USER || process.env.LOGNAME || undefined; }
}

interface Run { report: Report; raw: Report; texts: Texts; review: ReviewFile | null; reviewPath: string }

async function run(refPath: string, susPath: string, flags: Flags, s: Settings, mode: 'check' | 'review' = 'check', defaultReview?: string): Promise<Run> {
  if (refPath === '-' && susPath === '-') throw new UsageError('only one of REFERENCE and SUSPECT can be "-" (standard input)');
  const ref = await readSource(refPath, { maxBytes: s.maxBytes, format: s.inputFormat });
  const sus = await readSource(susPath, { maxBytes: s.maxBytes, format: s.inputFormat });
  for (const src of [ref, sus]) {
    const w = longWord(src.text);
    if (w) note(`${src.path}: a word of ${w.length} characters (at offset ${w.at}); words longer than ${MAX_WORD} characters are read in pieces of ${MAX_WORD}`);
  }
  const raw = analyze(ref, sus, s.rules);
  // Decisions from an earlier review of this pair count: a dismissed finding no longer fails the check.
  // Reading it never changes it: a file that is not a review file is reported, never moved or replaced.
  const reviewPath = flags.review ?? defaultReview ?? defaultReviewPath(susPath);
  const loaded = loadReview(reviewPath);
  if (loaded.invalid) {
    if (mode === 'review') throw new UsageError(`${reviewPath}: ${loaded.invalid}; move it away or name another file with --review`);
    note(`${reviewPath}: ${loaded.invalid}; its decisions are not applied`);
  }
  if (loaded.file) {
    const other = otherPair(loaded.file, refPath, susPath);
    if (other && !flags.force) throw new UsageError(`${reviewPath}: this review file ${other} (--force applies it anyway)`);
  }
  for (const w of droppedDecisions(raw, loaded.file)) note(`${reviewPath}: ${w}`);
  const original = (src: Source) => (src.original !== undefined && src.format !== 'text' ? { text: src.original, format: src.format } : undefined);
  const texts: Texts = { reference: ref.text, suspect: sus.text, originals: { reference: original(ref), suspect: original(sus) } };
  return { report: withReview(raw, loaded.file), raw, texts, review: loaded.file, reviewPath };
}

/** The report in the chosen format, as pieces to write in order (the long formats are never built whole). */
export async function render(report: Report, texts: Texts, format: Format, s: Settings, color: boolean): Promise<Iterable<string>> {
  switch (format) {
    case 'json': return (await import('./render/json.js')).jsonChunks(withRanks(report), 3, '', true);
    case 'html': return (await import('./render/html.js')).htmlChunks(report);
    case 'markdown': return [(await import('./render/markdown.js')).renderMarkdown(report)];
    case 'sarif': {
      const [{ jsonChunks }, { sarifLog }] = await Promise.all([import('./render/json.js'), import('./render/sarif.js')]);
      return jsonChunks(sarifLog(report, texts, s.rules), 5, '', true);
    }
    case 'junit': return [(await import('./render/junit.js')).renderJunit(report, s.failOn)];
    case 'github': return [(await import('./render/github.js')).renderGithub(report, texts, { jobSummary: !!process.env.GITHUB_STEP_SUMMARY })];
    default: return (await import('./render/text.js')).textChunks(report, texts, { color });
  }
}

/** Writes the pieces in blocks of about 1 MB, waiting for standard output to drain so memory stays flat. */
async function emit(pieces: Iterable<string>, output: string | undefined): Promise<void> {
  const BLOCK = 1 << 20;
  const cannotWrite = (e: unknown) => new UsageError(`${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  let fd: number | null = null;
  if (output) {
    try {
      fd = fs.openSync(output, 'w');
    } catch (e) {
      throw cannotWrite(e);
    }
  }
  let closed = false;
  const out = process.stdout;
  const onGone = () => { closed = true; };
  out.once('error', onGone);
  out.once('close', onGone);
  const write = async (block: string) => {
    if (fd !== null) {
      try {
        fs.writeSync(fd, block);
      } catch (e) {
        throw cannotWrite(e);
      }
      return;
    }
    if (closed) return;
    if (!out.write(block)) {
      await new Promise<void>((resolve) => {
        const done = () => { out.off('drain', done); out.off('error', done); out.off('close', done); resolve(); };
        out.once('drain', done); out.once('error', done); out.once('close', done);
      });
    }
  };
  try {
    let buf: string[] = [], size = 0;
    for (const p of pieces) {
      buf.push(p);
      size += p.length;
      if (size >= BLOCK) { await write(buf.join('')); buf = []; size = 0; }
    }
    if (buf.length) await write(buf.join(''));
  } finally {
    if (fd !== null) fs.closeSync(fd);
    out.off('error', onGone);
    out.off('close', onGone);
  }
}

/** GitHub's job summary takes up to 1 MiB per step: past that, the table alone and a line saying why. */
async function appendJobSummary(file: string, report: Report): Promise<void> {
  const { renderMarkdown } = await import('./render/markdown.js');
  let md = renderMarkdown(report);
  if (Buffer.byteLength(md) > 1_000_000) md = renderMarkdown({ ...report, findings: [] }) + `\n${report.findings.length} findings are too many for a job summary; run driftcheck check with --format text or --format html to see them.\n`;
  try {
    fs.appendFileSync(file, md);
  } catch (e) {
    throw new UsageError(`GITHUB_STEP_SUMMARY ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function common(cmd: Command): Command {
  return cmd
    .option('--rules <dir>', 'add or override rule files from DIR (repeatable)', collect, [] as string[])
    .option('--config <file>', 'settings file (default: driftcheck.config.json or .driftcheckrc.json, searched upwards)')
    .option('--no-color', 'plain output without colours (also NO_COLOR=1)')
    .option('--max-bytes <n>', `largest input accepted, in bytes (default ${DEFAULT_MAX_BYTES})`, positiveInt('--max-bytes'))
    .addOption(new Option('--input-format <format>', 'how to read the inputs (default: by file name; HTML is also recognised by its start)').choices(['auto', 'text', 'html', 'markdown']))
    .option('--review <file>', 'review file with decisions (default: SUSPECT.driftcheck-review.json)')
    .option('--force', 'apply a review file even when it names another pair of files');
}

export function program(): Command {
  const prog = new Command('driftcheck')
    .description('Catch meaning drift between a reference text and a copy of it.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .addHelpText('after', `
Examples:
  driftcheck check original.txt copy.txt                 text report, exit 1 on major or critical drift
  driftcheck check original.html copy.html --format sarif --output drift.sarif
  driftcheck check original.txt - --fail-on critical < copy.txt
  driftcheck check original.md copy.md --baseline drift-baseline.json --update-baseline
  driftcheck review original.txt copy.txt                interactive review in the terminal
  driftcheck rules                                       list every rule

Formats: ${FORMATS.join(', ')}.
Exit codes: 0 no drift at or above --fail-on, 1 drift found (or the texts are unrelated), 2 usage or input error.`);

  common(prog.command('check').argument('<reference>', 'the original text (file or -)').argument('<suspect>', 'the copy to check (file or -)'))
    .description('compare SUSPECT against REFERENCE and report drift; exit 1 when drift reaches --fail-on')
    .addOption(new Option('-f, --format <format>', 'report format (default text)').choices([...FORMATS]))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the check (default major)').choices([...SEVERITIES]))
    .option('-o, --output <file>', 'write the report to FILE instead of standard output')
    .option('-q, --quiet', 'print no report; the exit code says it all')
    .addOption(new Option('--min-severity <severity>', 'show only findings at or above this severity (the summary still counts all)').choices([...SEVERITIES]))
    .option('--summary', 'print the summary line alone (with --format json: the summary object)')
    .option('--baseline <file>', 'leave out findings accepted in this baseline file')
    .option('--update-baseline', 'write the current findings to the --baseline file (and report none of them)')
    .addHelpText('after', '\nExamples:\n  driftcheck check a.txt b.txt --format github      annotations for a GitHub Actions log\n  driftcheck check a.txt b.txt -q && echo faithful')
    .action(async (ref: string, sus: string, flags: Flags) => {
      if (flags.updateBaseline && !flags.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
      const s = await settings(flags);
      const res = await run(ref, sus, flags, s);
      let report: Report = res.report;
      if (flags.baseline) {
        const { applyBaseline, loadBaseline, writeBaseline } = await import('./core/baseline.js');
        if (flags.updateBaseline) {
          const n = writeBaseline(flags.baseline, report);
          note(`wrote ${n} findings to the baseline ${flags.baseline}`);
        }
        report = applyBaseline(report, loadBaseline(flags.baseline));
      }
      const shown = displayed(report, flags.minSeverity);
      if (flags.summary && !flags.quiet) await emit([s.format === 'json' ? `${JSON.stringify(report.summary, null, 2)}\n` : `${(await import('./render/text.js')).summaryLine(shown)}\n`], flags.output);
      else if (!flags.quiet) await emit(await render(shown, res.texts, s.format, s, !flags.output && s.color), flags.output);
      // In GitHub Actions the job summary gets every finding shown, in Markdown (annotations are capped).
      if (s.format === 'github' && process.env.GITHUB_STEP_SUMMARY && !flags.quiet) await appendJobSummary(process.env.GITHUB_STEP_SUMMARY, shown);
      process.exitCode = exitCode(report, s.failOn);
    });

  common(prog.command('review').argument('[reference]', 'the original text').argument('[suspect]', 'the copy to review'))
    .description('review the aligned pairs in the terminal (with no files: the bundled example pair)')
    .option('--export <file>', 'where the e key writes the Markdown export (default: SUSPECT.driftcheck-review.md)')
    .option('--reviewer <name>', 'who is deciding, recorded with every decision (default: git config user.name, else the login name)')
    .option('--baseline <file>', 'baseline file the dismiss prompt can also add a finding to (Tab instead of Enter)')
    .action(async (ref: string | undefined, sus: string | undefined, flags: Flags) => {
      if ((ref === undefined) !== (sus === undefined)) throw new UsageError('review needs both REFERENCE and SUSPECT, or neither for the bundled example');
      const example = !(ref && sus);
      const [r, su] = ref && sus ? [ref, sus] : EXAMPLE_PAIR;
      // The bundled example is read from the installed package; its decisions belong to the user, in the state
      // folder, never next to the package's own files (and never where the tests read).
      const exampleDir = path.join(stateDir(), 'example');
      const s = await settings(flags);
      const res = await run(r, su, flags, s, 'review', example ? path.join(exampleDir, `${path.basename(su)}.driftcheck-review.json`) : undefined);
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        note('review needs an interactive terminal; printing the text report instead');
        const { renderText } = await import('./render/text.js');
        process.stdout.write(renderText(res.report, res.texts, { color: false }));
        return;
      }
      if (example && !flags.review) {
        // A folder that cannot be made is reported by the first save, in the app's status line.
        try { fs.mkdirSync(exampleDir, { recursive: true }); } catch { /* said when saving */ }
      }
      // Both ends are a terminal, so the user wants the interactive app even where CI=true is set (a CI runner's
      // shell, a tmux test): Ink reads these variables when it loads and would otherwise print only a last frame.
      for (const v of ['CI', 'CONTINUOUS_INTEGRATION']) if (v in process.env) process.env[v] = 'false';
      const { runReview } = await import('./ui/review.js');
      const baseline = flags.baseline ? await import('./core/baseline.js') : null;
      const out = await runReview({
        // Findings a baseline already accepts stay quiet here too.
        report: baseline ? baseline.applyBaseline(res.raw, baseline.loadBaseline(flags.baseline!)) : res.raw, review: res.review, reviewPath: res.reviewPath,
        exportPath: flags.export ?? (example ? path.join(exampleDir, `${path.basename(su)}.driftcheck-review.md`) : `${su === '-' ? 'stdin' : su}.driftcheck-review.md`),
        color: s.color,
        reviewer: flags.reviewer ?? whoIsReviewing(),
        baselinePath: flags.baseline,
      });
      process.stdout.write(`${out.line}\n`);
      if (out.error) process.stderr.write(`driftcheck: ${out.error}\n`);
      process.exitCode = out.code;
    });

  prog.command('batch')
    .argument('<manifest>', 'JSON lines {"id","reference","suspect"} or {"id","referencePath","suspectPath"}; - for stdin')
    .description('check many pairs: one JSON report per input line, in input order, on stdout')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', positiveInt('--jobs'))
    .option('--shard <k/n>', 'process only the K-th of N slices of the manifest (for a CI matrix); auto or auto/N: K (and N) from a job array\'s environment')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that counts as drift (default major)').choices([...SEVERITIES]))
    .option('--rules <dir>', 'add or override rule files from DIR (repeatable)', collect, [] as string[])
    .option('--config <file>', 'settings file')
    .option('--max-bytes <n>', 'largest input accepted (a file or an inline text), in bytes', positiveInt('--max-bytes'))
    .addOption(new Option('--input-format <format>', 'how to read the input files').choices(['auto', 'text', 'html', 'markdown']))
    .option('--allow-outside', 'read files the manifest names outside its own folder (default: refused)')
    .addHelpText('after', '\nExit codes: 2 if any line failed (its output line is {"id","error"}), else 1 if any pair drifted, else 0.\nSharding: run --shard 1/4 … --shard 4/4 on four machines; together they cover every line exactly once.')
    .action(async (manifest: string, flags: Flags & { jobs?: number; shard?: string; allowOutside?: boolean }) => {
      const { runBatch, defaultJobs, parseShard } = await import('./batch/batch.js');
      const shard = flags.shard ? (flags.shard.startsWith('auto') ? (await import('./batch/shard-env.js')).shardFromEnv(flags.shard) : parseShard(flags.shard)) : undefined;
      const s = await settings({ ...flags, color: false });
      // Each worker holds the language model and a pair's texts: more workers than cores only adds memory.
      const cores = defaultJobs();
      if (flags.jobs && flags.jobs > cores) note(`--jobs ${flags.jobs} is more than the ${cores} cores here; using ${cores}`);
      const r = await runBatch({
        manifest, jobs: Math.min(flags.jobs ?? cores, cores), shard, rules: s.rules, allowOutside: !!(flags.allowOutside || s.allowOutside),
        failOn: s.failOn, maxBytes: s.maxBytes, inputFormat: s.inputFormat, out: process.stdout,
        progress: process.stderr.isTTY ? process.stderr : null,
      });
      process.exitCode = r.failed ? 2 : r.drifted ? 1 : 0;
    });

  prog.command('rules')
    .description('list every rule with its id, kind, default severity and description')
    .option('--rules <dir>', 'add or override rule files from DIR (repeatable)', collect, [] as string[])
    .option('--config <file>', 'settings file')
    .option('--check', 'run every rule\'s examples and report the ones that fail')
    .option('--json', 'list the rules as JSON')
    .action(async (opts: { rules: string[]; config?: string; check?: boolean; json?: boolean }) => {
      if (opts.check) {
        const { checkExamples } = await import('./core/examples.js');
        const results = checkExamples(loadRules(opts.rules));
        const bad = results.filter((r) => !r.ok);
        for (const b of bad) {
          const ex = b.rule.examples[b.index]!;
          process.stdout.write(`${safeLine(`FAIL ${b.rule.id} example ${b.index + 1} (${ex.expect}) at ${ex.at ?? b.rule.file}: fired [${b.fired.join(', ')}]`)}\n`);
        }
        process.stdout.write(`${results.length - bad.length} passed, ${bad.length} failed\n`);
        process.exitCode = bad.length ? 1 : 0;
        return;
      }
      const rules = (await settings({ rules: opts.rules, config: opts.config, color: false })).rules;
      const list = [...rules.rules.values()].sort((a, b) => a.id.localeCompare(b.id));
      if (opts.json) {
        process.stdout.write(JSON.stringify(list.map(({ id, kind, severity, description, enabled, file }) => ({ id, kind, severity, description, enabled, file })), null, 2) + '\n');
        return;
      }
      const w = Math.max(...list.map((r) => r.id.length));
      // A user rule file's description is shown as any input text is: neutralised.
      for (const r of list) process.stdout.write(`${r.id.padEnd(w)}  ${r.kind.padEnd(11)} ${r.severity.padEnd(8)} ${r.enabled ? '' : '(disabled) '}${safeLine(r.description)}\n`);
    });
  return prog;
}

/**
 * Standard output or error closed by the reader (`driftcheck rules | head -1`): the rest of the output has nowhere
 * to go, which is not an error of ours. Writes stop quietly and the command ends with the exit code it computes.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    process.exitCode = 2;
  });
}

/** An error a library threw about a file (EACCES, ENOSPC...) still names the file in one line. */
function fileError(e: unknown): string | null {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code)) return null;
  const what = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ENOENT' ? 'no such file' : `cannot use it (${err.code})`;
  return err.path ? `${err.path}: ${what}` : `${err.syscall ?? 'system call'} failed (${err.code})`;
}

export async function main(argv: string[]): Promise<number> {
  quietWhenClosed(process.stdout);
  quietWhenClosed(process.stderr);
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const msg = e.message.replace(/^error: /, '');
      note(`${msg.split('\n')[0]} (see driftcheck --help)`);
      return 2;
    }
    if (e instanceof UsageError) {
      note(e.message);
      return 2;
    }
    const asFile = fileError(e);
    if (asFile) {
      note(asFile);
      return 2;
    }
    const err = e as Error;
    note(`internal error: ${String(err?.message ?? err).split('\n')[0]} (please report it; set DRIFTCHECK_DEBUG=1 for details)`);
    if (process.env.DRIFTCHECK_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  tightenHeap();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
