// The package as a user gets it: `npm pack`, installed from the tarball in an empty folder elsewhere, then
// `npx driftcheck review` (the bundled example; without a terminal, the text report) and `npx driftcheck check`.
// Also the files that wire it into other tools: action.yml (its check step run as the runner would) and
// .pre-commit-hooks.yaml.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CNN, ROOT, ROUNDTRIP, tempDir } from './helpers.js';

/** The environment without what `npm test` sets for its own run (npm_config_*, npm_package_*), which would steer npm. */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

describe('the npm package', () => {
  it('installs from its tarball in an empty folder and runs review and check there', () => {
    const d = tempDir('driftcheck-pack-');
    const env = { ...cleanEnv(), NO_COLOR: '1' };
    // dist/ is already built (npm test builds first), so packing needs no scripts.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', d], { cwd: ROOT, encoding: 'utf8', env });
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    for (const f of ['dist/cli.js', 'dist/render/html.js', 'rules/negation.yaml', 'schemas/report.schema.json',
      'fixtures/seeds/000_bf89464fc697da98.txt', 'fixtures/seeds/002_2d5e172159065896.txt', 'README.md', 'package.json']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toBe(false);

    const app = path.join(d, 'app');
    fs.mkdirSync(app);
    // Dependencies come from the npm cache that npm ci filled; only their metadata may need the registry.
    const install = spawnSync('npm', ['install', path.join(d, info!.filename), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, encoding: 'utf8', env });
    expect(install.status, install.stderr).toBe(0);

    const npx = (...args: string[]) => spawnSync('npx', ['--no', 'driftcheck', ...args], { cwd: app, encoding: 'utf8', env, input: '' });
    const review = npx('review');
    expect(review.status, review.stderr).toBe(0);
    expect(review.stderr).toMatch(/review needs an interactive terminal; printing the text report instead/);
    expect(review.stdout).toMatch(/000_bf89464fc697da98\.txt → .*002_2d5e172159065896\.txt/);
    expect(review.stdout).toMatch(/^CRITICAL role /m);
    expect(review.stdout.trimEnd().split('\n').at(-1)).toMatch(/^drifted: 4 critical, \d+ major, \d+ minor/);

    fs.writeFileSync(path.join(app, 'a.txt'), 'The committee approved the new budget on Tuesday. Members praised the plan.\n');
    fs.writeFileSync(path.join(app, 'b.txt'), 'The committee did not approve the new budget on Tuesday. Members praised the plan.\n');
    const check = npx('check', 'a.txt', 'b.txt');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^CRITICAL negation /m);
    const same = npx('check', 'a.txt', 'a.txt', '--format', 'json');
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout).summary.verdict).toBe('faithful');
    // The installed tree is large: removed here, inside the test's time, not in the suite's shorter after-hook.
    fs.rmSync(app, { recursive: true, force: true });
  }, 300_000);
});

describe('action.yml', () => {
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

  it('is a composite action with the inputs the README uses', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['reference', 'suspect', 'fail-on', 'format', 'upload-sarif']) expect(action.inputs[input]).toBeDefined();
    expect(action.inputs.reference.required).toBe(true);
    const upload = action.runs.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload.if).toContain("inputs.upload-sarif == 'true'");
    // No input is pasted into a script: each reaches it through the environment.
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
  });

  it('runs its steps as the runner would: annotations, job summary, SARIF, exit code, no injection through a file name', () => {
    const d = tempDir('driftcheck-action-');
    const copy = path.join(d, 'copy $(touch pwned) `touch pwned2`.txt');
    fs.copyFileSync(ROUNDTRIP, copy);
    const out = path.join(d, 'output'), summary = path.join(d, 'summary.md');
    const inputs: Record<string, string> = { reference: CNN, suspect: copy, 'fail-on': 'critical', format: 'github', 'min-severity': 'minor', output: '', 'upload-sarif': 'true', 'sarif-file': path.join(d, 'drift.sarif') };
    const steps = action.runs.steps.filter((s: { run?: string }) => s.run);
    let last = 0;
    for (const step of steps) {
      // What the runner does with `${{ inputs.x }}` in env: the value, as a plain environment variable.
      const stepEnv = Object.fromEntries(Object.entries((step.env ?? {}) as Record<string, string>).map(([k, v]) => [k, inputs[/inputs\.([\w-]+)/.exec(v)![1]!]!]));
      const r = spawnSync('bash', ['-e', '-c', step.run], { cwd: d, encoding: 'utf8', env: { ...cleanEnv(), ...stepEnv, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary } });
      last = r.status!;
      if (step.id === 'check') {
        expect(r.stdout).toMatch(/^::error file=.*title=driftcheck role\.event-frame/m);
        expect(r.stdout).toContain('more findings not annotated');
      }
    }
    expect(last).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('exit-code=1\n');
    expect(fs.readFileSync(summary, 'utf8')).toMatch(/^## driftcheck: drifted/);
    expect(JSON.parse(fs.readFileSync(inputs['sarif-file']!, 'utf8')).runs[0].results.length).toBeGreaterThan(50);
    expect(fs.existsSync(path.join(d, 'pwned')) || fs.existsSync(path.join(d, 'pwned2'))).toBe(false);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('names a node hook whose entry is the package\'s bin', () => {
    const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    const hook = hooks.find((h: { id: string }) => h.id === 'driftcheck');
    expect(hook.language).toBe('node');
    expect(hook.pass_filenames).toBe(false);
    const bin = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin;
    expect(Object.keys(bin)).toContain(hook.entry.split(' ')[0]);
    expect(hook.entry.split(' ')[1]).toBe('check');
  });
});
