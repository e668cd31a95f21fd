// driftcheck.config.json (or .driftcheckrc.json), found by walking up from the working directory, or --config.
// Unknown keys and wrong types are errors naming the key; command-line flags win over the file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { readFileBounded } from './read.js';
import { refuseUnsafeKeys, type RuleSet } from './rules.js';
import { SEVERITIES, UsageError, type Severity } from './types.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'github', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface Config {
  failOn?: Severity;
  format?: Format;
  /** Extra rule folders, relative to the config file. */
  rules?: string[];
  /** Per-rule severity, or "off" to disable the rule. */
  severity?: Record<string, Severity | 'off'>;
  maxBytes?: number;
  inputFormat?: 'auto' | 'text' | 'html' | 'markdown';
  /** batch: read files a manifest names outside the manifest's folder (as --allow-outside). */
  allowOutside?: boolean;
  /** Where the file was found (set when loading). */
  file?: string;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    failOn: { enum: [...SEVERITIES] },
    format: { enum: [...FORMATS] },
    rules: { type: 'array', items: { type: 'string' } },
    severity: { type: 'object', additionalProperties: { enum: [...SEVERITIES, 'off'] } },
    maxBytes: { type: 'integer', minimum: 1 },
    inputFormat: { enum: ['auto', 'text', 'html', 'markdown'] },
    allowOutside: { type: 'boolean' },
  },
};
// Compiled only when a config file is read: ajv and its compiled schema cost more than the rest of a plain run's set-up.
let compiled: ValidateFunction | null = null;
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: false }).compile(schema);
  }
  return compiled;
}

export const CONFIG_NAMES = ['driftcheck.config.json', '.driftcheckrc.json'];

/**
 * The nearest config file from `from` upwards, stopping at the repository root (the folder holding .git) or the
 * home folder: a config planted in a shared folder above the project must not switch its rules off.
 */
export function findConfig(from: string, home = os.homedir()): string | null {
  let dir = path.resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
    if (fs.existsSync(path.join(dir, '.git')) || (home && dir === path.resolve(home))) return null;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

const CONFIG_MAX_BYTES = 1 << 20;

export function loadConfig(file: string): Config {
  const raw = readFileBounded(file, CONFIG_MAX_BYTES, 'a config file is a few lines of settings').toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new UsageError(`${file}: invalid JSON (${(e as Error).message})`);
  }
  refuseUnsafeKeys(value, file);
  const validate = validator();
  if (!validate(value)) {
    const err = validate.errors![0]!;
    const key = err.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (err.keyword === 'additionalProperties') {
      const extra = (err.params as { additionalProperty: string }).additionalProperty;
      throw new UsageError(`${file}: unknown key "${key ? `${key}.` : ''}${extra}"`);
    }
    const allowed = err.keyword === 'enum' ? ` (one of ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    throw new UsageError(`${file}: "${key || 'file'}" ${err.message ?? 'is invalid'}${allowed}`);
  }
  const c = value as Config;
  return { ...c, rules: (c.rules ?? []).map((d) => path.resolve(path.dirname(file), d)), file };
}

/** A copy of the rule set with per-rule severities changed or rules switched off. */
export function withSeverities(rules: RuleSet, overrides: Record<string, Severity | 'off'> | undefined, where: string): RuleSet {
  if (!overrides || !Object.keys(overrides).length) return rules;
  const copy = new Map(rules.rules);
  for (const [id, sev] of Object.entries(overrides)) {
    const r = copy.get(id);
    if (!r) throw new UsageError(`${where}: "severity.${id}": no such rule (see driftcheck rules)`);
    copy.set(id, sev === 'off' ? { ...r, enabled: false } : { ...r, severity: sev, severityFixed: true });
  }
  return { ...rules, rules: copy };
}
