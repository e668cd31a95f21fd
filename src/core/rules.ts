// Rules as data: check files (rules/*.yaml) carry rule ids, severities, messages and examples;
// lexicon files (rules/lexicon/*) carry the language knowledge the checks read.
// A broken file is a UsageError naming the file and line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { KINDS, SEVERITIES, type Kind, type Severity, UsageError } from './types.js';

export interface RuleExample {
  reference: string;
  suspect: string;
  expect: 'drift' | 'faithful';
  note?: string;
  /** Where the example is written, "file:line", for error messages. */
  at?: string;
}

export interface RuleDef {
  id: string;
  check: string;
  kind: Kind;
  severity: Severity;
  description: string;
  message: string;
  enabled: boolean;
  examples: RuleExample[];
  file: string;
  /** Loaded from a --rules folder rather than the bundled rules. */
  user: boolean;
  /** The severity was set by the user's configuration: calibration leaves it as set. */
  severityFixed?: boolean;
}

export interface Lexicon {
  name: string;
  file: string;
  description: string;
  entries: unknown;
}

export interface RuleSet {
  rules: Map<string, RuleDef>;
  lexicons: Map<string, Lexicon>;
  /** Per-check settings from the check file (thresholds and the like). */
  settings: Map<string, Record<string, unknown>>;
  files: string[];
}

export const BUNDLED_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

const exampleSchema = {
  type: 'object',
  required: ['reference', 'suspect', 'expect'],
  additionalProperties: false,
  properties: {
    reference: { type: 'string', minLength: 1 },
    suspect: { type: 'string', minLength: 1 },
    expect: { enum: ['drift', 'faithful'] },
    note: { type: 'string' },
  },
};

const checkSchema = {
  type: 'object',
  required: ['check', 'rules'],
  additionalProperties: false,
  properties: {
    check: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    description: { type: 'string' },
    settings: { type: 'object' },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9-]*\\.[a-z0-9.-]+$' },
          kind: { enum: [...KINDS] },
          severity: { enum: [...SEVERITIES] },
          description: { type: 'string' },
          message: { type: 'string' },
          enabled: { type: 'boolean' },
          examples: { type: 'array', items: exampleSchema },
        },
      },
    },
  },
};

const lexiconSchema = {
  type: 'object',
  required: ['lexicon', 'entries'],
  additionalProperties: false,
  properties: {
    lexicon: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    description: { type: 'string' },
    source: { type: 'string' },
    mode: { enum: ['extend', 'replace'] },
    entries: { type: ['array', 'object'] },
  },
};

const ajv = new Ajv({ allErrors: false, strict: false });
const validateCheck = ajv.compile(checkSchema);
const validateLexicon = ajv.compile(lexiconSchema);

function where(file: string, doc: Document | null, lc: LineCounter | null, instancePath: string): string {
  if (!doc || !lc) return file;
  const keys = instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
  let node: unknown = keys.length ? doc.getIn(keys, true) : doc.contents;
  // Fall back to the nearest existing parent so the line is still useful.
  while (!isNode(node) && keys.length) {
    keys.pop();
    node = keys.length ? doc.getIn(keys, true) : doc.contents;
  }
  const range = isNode(node) ? node.range : undefined;
  if (!range) return file;
  return `${file}:${lc.linePos(range[0]).line}`;
}

function describe(err: ErrorObject): string {
  const at = err.instancePath ? err.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'file';
  if (err.keyword === 'additionalProperties') return `${at}: unknown key "${(err.params as { additionalProperty: string }).additionalProperty}"`;
  if (err.keyword === 'enum') return `${at}: must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (err.keyword === 'required') return `${at}: missing "${(err.params as { missingProperty: string }).missingProperty}"`;
  return `${at}: ${err.message ?? 'invalid'}`;
}

interface Parsed { value: unknown; doc: Document | null; lc: LineCounter | null }

function parseFile(file: string): Parsed {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read rule file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (file.endsWith('.json')) {
    try {
      return { value: JSON.parse(raw), doc: null, lc: null };
    } catch (e) {
      throw new UsageError(`${file}: invalid JSON (${(e as Error).message})`);
    }
  }
  const lc = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lc, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = lc.linePos(first.pos[0]).line;
    throw new UsageError(`${file}:${line}: invalid YAML (${first.message.split('\n')[0]})`);
  }
  return { value: doc.toJS(), doc, lc };
}

function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function loadInto(set: RuleSet, dir: string, user: boolean): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new UsageError(`${dir}: rules folder not found`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${dir}: --rules expects a folder of rule files`);
  for (const file of listRuleFiles(dir)) {
    const display = user ? file : path.relative(process.cwd(), file) || file;
    const { value, doc, lc } = parseFile(file);
    set.files.push(display);
    if (value && typeof value === 'object' && 'lexicon' in value) {
      if (!validateLexicon(value)) {
        const err = validateLexicon.errors![0]!;
        throw new UsageError(`${where(display, doc, lc, err.instancePath)}: ${describe(err)}`);
      }
      const v = value as { lexicon: string; description?: string; mode?: string; entries: unknown };
      const prev = set.lexicons.get(v.lexicon);
      if (prev && v.mode !== 'replace') {
        prev.entries = mergeEntries(prev.entries, v.entries, display);
        prev.file += `, ${display}`;
      } else {
        set.lexicons.set(v.lexicon, { name: v.lexicon, file: display, description: v.description ?? '', entries: v.entries });
      }
      continue;
    }
    if (!validateCheck(value)) {
      const err = validateCheck.errors![0]!;
      throw new UsageError(`${where(display, doc, lc, err.instancePath)}: ${describe(err)}`);
    }
    const v = value as { check: string; settings?: Record<string, unknown>; rules: Partial<RuleDef & { examples: RuleExample[] }>[] };
    if (v.settings) set.settings.set(v.check, { ...(set.settings.get(v.check) ?? {}), ...v.settings });
    v.rules.forEach((r, i) => {
      r.examples?.forEach((ex, j) => { ex.at = where(display, doc, lc, `/rules/${i}/examples/${j}`); });
      const prev = set.rules.get(r.id!);
      if (prev) {
        set.rules.set(r.id!, { ...prev, ...stripUndefined(r), file: display, examples: r.examples ?? prev.examples, user: user || prev.user } as RuleDef);
        return;
      }
      for (const key of ['kind', 'severity', 'message', 'description'] as const) {
        if (r[key] === undefined) {
          throw new UsageError(`${where(display, doc, lc, `/rules/${i}`)}: rules.${i}: new rule "${r.id}" needs "${key}"`);
        }
      }
      if (!r.id!.startsWith(`${v.check}.`)) {
        throw new UsageError(`${where(display, doc, lc, `/rules/${i}/id`)}: rules.${i}.id: "${r.id}" must start with "${v.check}."`);
      }
      set.rules.set(r.id!, {
        id: r.id!, check: v.check, kind: r.kind!, severity: r.severity!, description: r.description!,
        message: r.message!, enabled: r.enabled ?? true, examples: r.examples ?? [], file: display, user,
      });
    });
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function mergeEntries(a: unknown, b: unknown, file: string): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) {
      out[k] = k in out ? mergeEntries(out[k], v, file) : v;
    }
    return out;
  }
  if (Array.isArray(a) !== Array.isArray(b) && a !== undefined) {
    throw new UsageError(`${file}: lexicon entries must have the same shape (list or map) as the bundled ones`);
  }
  return b;
}

const cache = new Map<string, RuleSet>();

/** Bundled rules, then each user folder in order (later files override earlier ones). */
export function loadRules(userDirs: string[] = []): RuleSet {
  const key = userDirs.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const set: RuleSet = { rules: new Map(), lexicons: new Map(), settings: new Map(), files: [] };
  loadInto(set, BUNDLED_RULES_DIR, false);
  for (const d of userDirs) loadInto(set, path.resolve(d), true);
  cache.set(key, set);
  return set;
}

export function rule(set: RuleSet, id: string): RuleDef {
  const r = set.rules.get(id);
  if (!r) throw new Error(`internal: rule ${id} is not defined in rules/`);
  return r;
}

export function lexicon<T>(set: RuleSet, name: string): T {
  const l = set.lexicons.get(name);
  if (!l) throw new Error(`internal: lexicon ${name} is not defined in rules/lexicon/`);
  return l.entries as T;
}

export function setting<T>(set: RuleSet, check: string, key: string, fallback: T): T {
  const v = set.settings.get(check)?.[key];
  return v === undefined ? fallback : (v as T);
}

/** Fill "{name}" placeholders of a rule's message. */
export function formatMessage(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
