// SARIF 2.1.0: one reportingDescriptor per rule, results located in the suspect file by line and column
// (the reference place as a related location), severities mapped to levels, dismissed findings suppressed.
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleSet } from '../core/rules.js';
import type { Evidence, Finding, Report, Severity } from '../core/types.js';
import { ranked } from './order.js';
import { locator, type Locate, type Texts } from './positions.js';
import { safe } from './safe.js';

export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', major: 'warning', minor: 'note' };

const uri = (p: string) => (p === '-' ? 'stdin' : p.replace(/\\/g, '/'));

function location(path: string, at: Locate, ev: Evidence, label: string): Location {
  const a = at(ev.span[0]), b = at(ev.span[1], true);
  return {
    physicalLocation: {
      artifactLocation: { uri: uri(path) },
      region: { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col, snippet: { text: safe(ev.text) } },
    },
    message: { text: label },
  };
}

/** The SARIF log as an object (the CLI writes it piece by piece). */
export function sarifLog(report: Report, texts: Texts, rules: RuleSet): Log {
  const defs = [...rules.rules.values()].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(defs.map((r, i) => [r.id, i]));
  const descriptors: ReportingDescriptor[] = defs.map((r) => ({
    id: r.id,
    name: r.id.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: safe(r.description) },
    fullDescription: { text: safe(`${r.description} (kind: ${r.kind})`) },
    defaultConfiguration: { level: SARIF_LEVEL[r.severity], enabled: r.enabled },
    properties: { kind: r.kind, severity: r.severity, tags: ['meaning-drift', r.kind] },
  }));
  const refLines = locator(texts, 'reference'), susLines = locator(texts, 'suspect');
  const results: Result[] = ranked(report.findings).map((f: Finding & { reason?: string }) => {
    const locations: Location[] = [];
    const related: Location[] = [];
    if (f.suspect) locations.push(location(report.suspect.path, susLines, f.suspect, 'copy'));
    if (f.reference) (f.suspect ? related : locations).push({ ...location(report.reference.path, refLines, f.reference, 'reference'), id: 1 });
    const r: Result = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: SARIF_LEVEL[f.severity],
      // Viewers show these texts as they are: the input's controls are neutralised as in the text report.
      message: { text: safe(f.message) },
      locations,
      partialFingerprints: { 'driftcheck/v1': f.fingerprint },
      properties: { kind: f.kind, severity: f.severity, findingId: f.id },
    };
    if (related.length) r.relatedLocations = related;
    if (f.dismissed) r.suppressions = [{ kind: 'external', status: 'accepted', justification: safe(f.reason ?? 'dismissed in driftcheck review') }];
    return r;
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'driftcheck', version: report.tool.version, rules: descriptors } },
      columnKind: 'utf16CodeUnits',
      results,
      properties: {
        verdict: report.summary.verdict,
        coverage: report.summary.coverage,
        counts: report.summary.counts,
        offsets: { reference: report.reference.offsets ?? 'input text', suspect: report.suspect.offsets ?? 'input text' },
      },
    }],
  };
  return log;
}

export function renderSarif(report: Report, texts: Texts, rules: RuleSet): string {
  return JSON.stringify(sarifLog(report, texts, rules), null, 2) + '\n';
}
