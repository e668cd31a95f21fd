// Rules as data: check files (rules/*.yaml) carry rule ids, severities, messages and examples;
// lexicon files (rules/lexicon/*) carry the language knowledge the checks read.
// A broken file is a UsageError naming the file and line.
// The bundled rules are compiled by `npm run build` into one file (dist/rules.compiled.json) that a run reads at
// once, parsing each list only when it is first read; YAML is parsed, with line positions, only for --rules folders
// and when the bundled sources changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import { readFileBounded } from './read.js';
import { KINDS, SEVERITIES, type Kind, type Severity, UsageError } from './types.js';
import { packWords, PackedWordMap, unpackWords, type WordMap } from './wordmap.js';

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
  /** Null while the list is only packed or raw (read it with lexicon() or wordMap()). */
  entries: unknown;
  /** A large word -> value list as the compiled set keeps it: one sorted string (see wordmap.ts). */
  packed?: string;
  /** The entries as JSON text, as the compiled set keeps every other list: parsed when the list is first read. */
  raw?: string;
}

/**
 * A lookup structure the build derived from lexicons (lexicons.ts makes and reads them), kept in the compiled set
 * so that a run does not build it at start. Valid while the lexicons it was made from are as compiled: a --rules
 * folder that extends or replaces one of them drops it, and the lexicons are read as they are.
 */
export interface DerivedIndex {
  /** The lexicons it was made from. */
  from: string[];
  /** A word -> text list packed as wordmap.ts packs one. */
  packed: string;
  /** Anything else it holds, as JSON. */
  data: unknown;
}

export interface RuleSet {
  rules: Map<string, RuleDef>;
  lexicons: Map<string, Lexicon>;
  /** Per-check settings from the check file (thresholds and the like). */
  settings: Map<string, Record<string, unknown>>;
  files: string[];
  /** Patterns the build found safe from catastrophic backtracking (flags/source): not checked again at load. */
  safePatterns?: ReadonlySet<string>;
  /** Lookup structures the build derived from the lexicons, by name (see DerivedIndex). */
  indexes?: Map<string, DerivedIndex>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_RULES_DIR = path.join(ROOT, 'rules');
/** The bundled rules as the build compiled them (the same place whether this module runs from src/ or dist/). */
export const COMPILED_RULES_FILE = path.join(ROOT, 'dist', 'rules.compiled.json');

// The YAML parser and the schema validator are loaded only when a rule file is parsed (a --rules folder, or the
// bundled sources changed since the build): a plain run reads the compiled set and never needs them.
const requireLazy = createRequire(import.meta.url);
let yamlLib: typeof import('yaml') | null = null;
const yaml = () => (yamlLib ??= requireLazy('yaml') as typeof import('yaml'));

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

let validators: { check: ValidateFunction; lexicon: ValidateFunction } | null = null;
function validate(): { check: ValidateFunction; lexicon: ValidateFunction } {
  if (!validators) {
    const { Ajv } = requireLazy('ajv') as typeof import('ajv');
    const ajv = new Ajv({ allErrors: false, strict: false });
    validators = { check: ajv.compile(checkSchema), lexicon: ajv.compile(lexiconSchema) };
  }
  return validators;
}

function where(file: string, doc: Document | null, lc: LineCounter | null, instancePath: string): string {
  if (!doc || !lc) return file;
  const keys = instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
  let node: unknown = keys.length ? doc.getIn(keys, true) : doc.contents;
  // Fall back to the nearest existing parent so the line is still useful.
  const { isNode } = yaml();
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

/** Keys that would reach an object's prototype when a file's maps are merged or read: refused in every user file. */
export const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws, naming the file and the key's path, if a parsed JSON value has a key in UNSAFE_KEYS at any depth. */
export function refuseUnsafeKeys(value: unknown, file: string): void {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) { v.forEach((x, i) => stack.push([x, `${at}${at ? '.' : ''}${i}`])); continue; }
    for (const k of Object.keys(v)) {
      const here = `${at}${at ? '.' : ''}${k}`;
      if (UNSAFE_KEYS.has(k)) throw new UsageError(`${file}: "${here}": "${k}" is not allowed as a key`);
      stack.push([(v as Record<string, unknown>)[k], here]);
    }
  }
}

/** Rule files can be large generated lists, but never this large; a bigger one is refused before it is read. */
const RULE_FILE_MAX_BYTES = 64 << 20;

function parseFile(file: string, user: boolean): Parsed {
  const raw = readFileBounded(file, RULE_FILE_MAX_BYTES, 'rule files are limited to 64 MB').toString('utf8');
  if (file.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new UsageError(`${file}: invalid JSON (${(e as Error).message})`);
    }
    if (user) refuseUnsafeKeys(value, file);
    return { value, doc: null, lc: null };
  }
  const { LineCounter, parseDocument, visit, isScalar, isNode } = yaml();
  const lc = new LineCounter();
  // The yaml package's own duplicate-key check compares every key with every other (26 s for a 40,000-entry map);
  // the check below does the same with a set per map, and also refuses prototype keys.
  const doc = parseDocument(raw, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  const first = doc.errors[0];
  if (first) {
    const line = lc.linePos(first.pos[0]).line;
    throw new UsageError(`${file}:${line}: invalid YAML (${first.message.split('\n')[0]})`);
  }
  let bad: string | null = null;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = isNode(pair.key) && pair.key.range ? `:${lc.linePos(pair.key.range[0]).line}` : '';
        if (seen.has(key)) { bad = `${file}${line}: invalid YAML (map keys must be unique; "${key}" is repeated)`; return visit.BREAK; }
        if (UNSAFE_KEYS.has(key)) { bad = `${file}${line}: "${key}" is not allowed as a key`; return visit.BREAK; }
        seen.add(key);
      }
      return undefined;
    },
  });
  if (bad) throw new UsageError(bad);
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    // The yaml package stops an alias bomb ("Excessive alias count") and other resource limits with a plain Error.
    throw new UsageError(`${file}: invalid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  return { value, doc, lc };
}

/** Names of lower-case letters, digits, "." and "-" only: localeCompare orders them as their code units do. */
const PLAIN_NAME = /^[a-z0-9.-]*$/;
/**
 * File names in localeCompare's order. The first localeCompare of a process sets up the collator (some 7 ms of a
 * cold check), so names it would order as their code units (every bundled rule file's) are compared directly.
 */
export function byName(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function loadInto(set: RuleSet, dir: string, user: boolean, show: (file: string) => string = user ? (f) => f : (f) => path.relative(process.cwd(), f) || f): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new UsageError(`${dir}: rules folder not found`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${dir}: --rules expects a folder of rule files`);
  for (const file of listRuleFiles(dir)) {
    const display = show(file);
    const { value, doc, lc } = parseFile(file, user);
    const { check: validateCheck, lexicon: validateLexicon } = validate();
    set.files.push(display);
    if (value && typeof value === 'object' && 'lexicon' in value) {
      if (!validateLexicon(value)) {
        const err = validateLexicon.errors![0]!;
        throw new UsageError(`${where(display, doc, lc, err.instancePath)}: ${describe(err)}`);
      }
      const v = value as { lexicon: string; description?: string; mode?: string; entries: unknown };
      for (const [name, index] of set.indexes ?? []) if (index.from.includes(v.lexicon)) set.indexes!.delete(name);
      const prev = set.lexicons.get(v.lexicon);
      if (prev && v.mode !== 'replace') {
        unpack(prev);
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

/**
 * The bundled rule set as `npm run build` compiled it. File names in it are relative to the rules folder (made
 * relative to the working directory when loaded, as the sources' would be). It is keyed by a hash of the sources:
 * a rule file changed since (a user may edit rules/ in an installed package) makes the sources load instead.
 */
interface CompiledRules {
  format: number;
  version: string;
  /** sha256 over every source file's name and bytes, in load order: checked at every load (a few ms). */
  hash: string;
  files: string[];
  rules: RuleDef[];
  lexicons: Lexicon[];
  settings: [string, Record<string, unknown>][];
  /** See RuleSet.safePatterns; given by the build (compileRules' CHECK), empty when a run rebuilt the file. */
  safePatterns: string[];
  /** See RuleSet.indexes; given by the build too, empty when a run rebuilt the file. */
  indexes: [string, DerivedIndex][];
}

/** What the build's CHECK of the compiled set returns: the patterns it found safe and the indexes it derived. */
export interface CompiledExtras { safePatterns: string[]; indexes: Record<string, DerivedIndex> }

/** Bumped whenever what is compiled, or how, changes: a file of another format is ignored and rebuilt. */
const COMPILED_FORMAT = 4;
/** Word -> text lists of this many entries or more are packed into one string (wordmap.ts). */
const PACK_FROM = 1000;
const VERSION = (requireLazy('../../package.json') as { version: string }).version;

interface Sources { files: string[]; names: string[] }
function sources(dir: string): Sources {
  const files = listRuleFiles(dir);
  return { files, names: files.map((f) => path.relative(dir, f).split(path.sep).join('/')) };
}

function sourceHash(src: Sources): string {
  const h = crypto.createHash('sha256');
  h.update(`driftcheck rules ${COMPILED_FORMAT} ${VERSION}\n`);
  src.files.forEach((f, i) => {
    const bytes = fs.readFileSync(f);
    h.update(`${src.names[i]}\u0000${bytes.length}\u0000`);
    h.update(bytes);
  });
  return h.digest('hex');
}

/** The bundled sources parsed and checked, with file names relative to DIR, ready to be written as JSON. */
function compileSources(dir: string, src: Sources, hash: string): CompiledRules {
  const set: RuleSet = { rules: new Map(), lexicons: new Map(), settings: new Map(), files: [] };
  for (const n of src.names) {
    // A name is split back from "name:line" and "a, b" when loaded.
    if (/[:,]/.test(n)) throw new UsageError(`${path.join(dir, n)}: a bundled rule file name cannot contain ":" or ","`);
  }
  loadInto(set, dir, false, (f) => path.relative(dir, f).split(path.sep).join('/'));
  const lexicons = [...set.lexicons.values()].map((l) => {
    const packed = l.entries && typeof l.entries === 'object' && Object.keys(l.entries).length >= PACK_FROM ? packWords(l.entries) : null;
    return packed === null ? { ...l, entries: null, raw: JSON.stringify(l.entries) } : { ...l, entries: null, packed };
  });
  return {
    format: COMPILED_FORMAT, version: VERSION, hash, files: set.files,
    rules: [...set.rules.values()], lexicons, settings: [...set.settings], safePatterns: [], indexes: [],
  };
}

/**
 * Compile the rules of DIR into OUT (run by `npm run build`); returns the number of rules. CHECK, given the rule
 * set, checks what only the lexicons can (their patterns, for one) and returns the patterns it found safe.
 */
export function compileRules(dir: string = BUNDLED_RULES_DIR, out: string = COMPILED_RULES_FILE, check?: (set: RuleSet) => CompiledExtras): number {
  const src = sources(dir);
  const c = compileSources(dir, src, sourceHash(src));
  if (check) {
    const extras = check(fromCompiled(c, dir));
    c.safePatterns = extras.safePatterns;
    c.indexes = Object.entries(extras.indexes);
  }
  writeCompiled(out, c);
  return c.rules.length;
}

/**
 * Where a string of the compiled file's body is: [start, end) in bytes (UTF-8) after the header line, and 1 when
 * it is all ASCII (decoded as Latin-1 then, the same characters several times faster than UTF-8).
 */
type Span = [number, number, 0 | 1];
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The compiled set as its file holds it: one line of JSON (the rules and settings, and where each list is), then
 * the lists' texts one after the other. A run decodes each list's text on its own without parsing it (one string
 * each, so that a list of plain letters stays a one-byte string): the JSON lists are parsed when first read, the
 * packed ones are searched as they are.
 */
function serialise(c: CompiledRules): string {
  const body: string[] = [];
  let length = 0;
  const span = (s: string): Span => {
    body.push(s);
    const start = length;
    length += Buffer.byteLength(s);
    return [start, length, ASCII.test(s) ? 1 : 0];
  };
  const lexicons = c.lexicons.map((l) => ({
    ...l, packed: l.packed === undefined ? undefined : span(l.packed), raw: l.raw === undefined ? undefined : span(l.raw),
  }));
  const indexes = c.indexes.map(([name, index]) => [name, { ...index, packed: span(index.packed) }]);
  return `${JSON.stringify({ ...c, lexicons, indexes, length })}\n${body.join('')}`;
}

type Serialised = Omit<CompiledRules, 'lexicons' | 'indexes'> & {
  length: number;
  lexicons: (Omit<Lexicon, 'packed' | 'raw'> & { packed?: Span; raw?: Span })[];
  indexes: [string, Omit<DerivedIndex, 'packed'> & { packed: Span }][];
};

function deserialise(bytes: Buffer): CompiledRules | null {
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  let head: Serialised;
  try {
    head = JSON.parse(bytes.toString('utf8', 0, nl)) as Serialised;
  } catch {
    return null;
  }
  if (!head || head.format !== COMPILED_FORMAT || head.version !== VERSION || typeof head.hash !== 'string' || !Array.isArray(head.safePatterns)) return null;
  // A file cut short (or written by hand) is no compiled set.
  if (head.length !== bytes.length - nl - 1) return null;
  const at = ([start, end, ascii]: Span) => bytes.toString(ascii ? 'latin1' : 'utf8', nl + 1 + start, nl + 1 + end);
  const lexicons = head.lexicons.map(({ packed, raw, ...l }): Lexicon => ({
    ...l, ...(packed === undefined ? {} : { packed: at(packed) }), ...(raw === undefined ? {} : { raw: at(raw) }),
  }));
  const indexes = head.indexes.map(([name, index]): [string, DerivedIndex] => [name, { ...index, packed: at(index.packed) }]);
  const { length: _length, ...rest } = head;
  return { ...rest, lexicons, indexes };
}

/** Written next to OUT and renamed over it, so that a run reading it never sees half a file. */
function writeCompiled(out: string, c: CompiledRules): void {
  const tmp = `${out}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(tmp, serialise(c));
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function readCompiled(file: string): CompiledRules | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  return deserialise(bytes);
}

/** A fresh rule set from a compiled one (its lexicons are copied: a user folder may extend them in place). */
function fromCompiled(c: CompiledRules, dir: string): RuleSet {
  const shown = new Map<string, string>();
  const show = (name: string) => {
    let s = shown.get(name);
    if (s === undefined) {
      const abs = path.join(dir, name);
      s = path.relative(process.cwd(), abs) || abs;
      shown.set(name, s);
    }
    return s;
  };
  const at = (a: string) => { const m = /^(.*):(\d+)$/.exec(a); return m ? `${show(m[1]!)}:${m[2]}` : show(a); };
  const rules = new Map<string, RuleDef>();
  for (const r of c.rules) {
    rules.set(r.id, { ...r, file: show(r.file), examples: r.examples.map((e) => (e.at === undefined ? e : { ...e, at: at(e.at) })) });
  }
  const lexicons = new Map<string, Lexicon>();
  for (const l of c.lexicons) lexicons.set(l.name, { ...l, file: l.file.split(', ').map(show).join(', ') });
  return { rules, lexicons, settings: new Map(c.settings), files: c.files.map(show), safePatterns: new Set(c.safePatterns), indexes: new Map(c.indexes) };
}

let compiledCache: { file: string; dir: string; data: CompiledRules } | null = null;

/**
 * The rules of DIR, read from the compiled file when it is current, else from the sources (and the compiled file
 * rebuilt for the next run, where it can be written: an installed package may be read-only).
 */
export function bundledRules(dir: string = BUNDLED_RULES_DIR, file: string = COMPILED_RULES_FILE): { set: RuleSet; compiled: boolean } {
  const src = sources(dir);
  // The bytes, not the dates, say whether a source changed: dates survive a copy that keeps them, and an edit
  // within a coarse file system's time step.
  const hash = sourceHash(src);
  const c = compiledCache && compiledCache.file === file && compiledCache.dir === dir ? compiledCache.data : readCompiled(file);
  if (c && c.hash === hash) {
    compiledCache = { file, dir, data: c };
    return { set: fromCompiled(c, dir), compiled: true };
  }
  let made: CompiledRules;
  try {
    made = compileSources(dir, src, hash);
  } catch (e) {
    // Name the broken file as the user sees it, not relative to the rules folder.
    if (e instanceof UsageError) loadInto({ rules: new Map(), lexicons: new Map(), settings: new Map(), files: [] }, dir, false);
    throw e;
  }
  compiledCache = { file, dir, data: made };
  try {
    writeCompiled(file, made);
  } catch {
    // Nowhere to write (a read-only install, no dist/): the sources load again next time.
  }
  return { set: fromCompiled(made, dir), compiled: false };
}

const cache = new Map<string, RuleSet>();

/** Bundled rules, then each user folder in order (later files override earlier ones). */
export function loadRules(userDirs: string[] = []): RuleSet {
  const key = userDirs.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const set = bundledRules().set;
  for (const d of userDirs) loadInto(set, path.resolve(d), true);
  cache.set(key, set);
  return set;
}

export function rule(set: RuleSet, id: string): RuleDef {
  const r = set.rules.get(id);
  if (!r) throw new Error(`internal: rule ${id} is not defined in rules/`);
  return r;
}

function found(set: RuleSet, name: string): Lexicon {
  const l = set.lexicons.get(name);
  if (!l) throw new Error(`internal: lexicon ${name} is not defined in rules/lexicon/`);
  return l;
}

/** A list the compiled set keeps as text made a value again, in place (when it is read, or a user folder extends it). */
function unpack(l: Lexicon): void {
  if (l.raw !== undefined) {
    l.entries = JSON.parse(l.raw);
    delete l.raw;
  }
  if (l.packed === undefined) return;
  l.entries = unpackWords(l.packed);
  delete l.packed;
}

export function lexicon<T>(set: RuleSet, name: string): T {
  const l = found(set, name);
  unpack(l);
  return l.entries as T;
}

/** A word -> text lexicon for lookups: searched in its packed string when the compiled set packed it, else a Map. */
export function wordMap(set: RuleSet, name: string): WordMap {
  const l = found(set, name);
  if (l.packed !== undefined) return new PackedWordMap(l.packed);
  unpack(l);
  return new Map(Object.entries(l.entries as Record<string, string>));
}

export function setting<T>(set: RuleSet, check: string, key: string, fallback: T): T {
  const v = set.settings.get(check)?.[key];
  return v === undefined ? fallback : (v as T);
}

/** Fill "{name}" placeholders of a rule's message. */
export function formatMessage(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
