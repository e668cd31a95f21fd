// Shared value types of the pipeline. Every stage is a pure function from one of these to the next.
import type { Analysis } from './analysis/types.js';

export type Severity = 'minor' | 'major' | 'critical';
export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];
export const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

export type Kind =
  | 'negation' | 'antonym' | 'role' | 'attribution' | 'number' | 'entity' | 'quote'
  | 'modality' | 'omission' | 'addition' | 'unicode' | 'wording';
export const KINDS: readonly Kind[] = [
  'negation', 'antonym', 'role', 'attribution', 'number', 'entity', 'quote',
  'modality', 'omission', 'addition', 'unicode', 'wording',
];

/** [start, end) offsets into the decoded input text (BOM removed), end exclusive. */
export type Span = [number, number];

export interface Source {
  /** What the user named: a path, or "-" for stdin, or an id in batch mode. */
  path: string;
  /** The decoded text, BOM removed; every offset in a report points into this string. */
  text: string;
  encoding: string;
  /** What the input was; for html and markdown, `text` is the extracted text and offsets point into it. */
  format: 'text' | 'html' | 'markdown';
  /** For html and markdown: the file as read, which located formats point into. */
  original?: string;
}

export interface Token {
  /** Index of the token within its sentence. */
  i: number;
  /** Index of its sentence in the document. */
  sent: number;
  /** Position in the flattened group of an aligned pair; for the first (or only) sentence of a group, equal to i. */
  k: number;
  text: string;
  start: number;
  end: number;
  /** Folded, lower-cased surface form (quotes, dashes, spaces folded). */
  norm: string;
  lemma: string;
  pos: string;
  isWord: boolean;
  isPunct: boolean;
  /** Content word: noun, verb, adjective, adverb, proper noun or number, not a stop word. */
  content: boolean;
  /** Inside a quotation (the quote marks themselves are not). */
  quoted: boolean;
  /** Inside the scope of a negation cue, as wink-nlp marks it. */
  negScope: boolean;
  /** Is itself a negation cue (rules/negation). */
  negCue: boolean;
}

export interface NumberMention {
  /** Normalised value, e.g. 300, 1500000, or a date key such as "weekday:sat". */
  value: string;
  /** "=" exact, ">" more than, "<" fewer than, "~" about, "<~" just below ("nearly"), ">~" just above ("just over"). */
  cmp: string;
  text: string;
  span: Span;
  quoted: boolean;
}

export interface NameMention {
  /** The proper-noun run as written, titles excluded. */
  text: string;
  /** Folded tokens of the name. */
  parts: string[];
  /** Title words in front of it (folded), e.g. ["deputy", "adviser"]. */
  titles: string[];
  span: Span;
  /** Span including the titles. */
  fullSpan: Span;
  /** Entity key after demonym/capital mapping, e.g. "iran". */
  key: string;
}

export interface QuoteSpan {
  span: Span;
  /** Token indices (within the sentence) inside the quote. */
  tokens: number[];
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  numbers: NumberMention[];
  names: NameMention[];
  quotes: QuoteSpan[];
  /** Folded text used for string similarity. */
  folded: string;
  /** Content lemmas (folded). */
  contentLemmas: string[];
  /** Looks like a headline, byline, caption or credit rather than a full sentence. */
  furnitureLike: boolean;
  /** What the sentence says (clauses, participants, frames, conditions, negations): read once, here. */
  analysis: Analysis;
  /** Page structure the sentence belongs to, when it is not article text (it is then also furnitureLike). */
  structure?: PageStructure;
}

/** Parts of a page that are not article text but are kept, shown and aligned: never findings of their own. */
export type PageStructure = 'headline' | 'caption' | 'repeat';

export interface Doc {
  source: Source;
  sentences: Sentence[];
  /** Spans dropped as page furniture, with the rule that matched. */
  furniture: { span: Span; rule: string }[];
}

export type AlignStatus = 'match' | 'changed' | 'omitted' | 'added' | 'moved';

export interface AlignedPair {
  reference: number[];
  suspect: number[];
  similarity: number;
  status: AlignStatus;
}

export interface Evidence {
  sentences: number[];
  span: Span;
  text: string;
}

export interface Finding {
  id: string;
  rule: string;
  kind: Kind;
  severity: Severity;
  message: string;
  reference: Evidence | null;
  suspect: Evidence | null;
  /** Index into the alignment array of the pair the finding belongs to. */
  pair: number;
  /** Stable across re-runs: rule + evidence text, not offsets. */
  fingerprint: string;
  /** Why the finding has its severity (rules/severity.yaml, or the calibration step that moved it); also ends the message. */
  severityReason?: string;
  dismissed?: boolean;
  /** Place in the display order (severity, then position), 1 first: set in the JSON output only. */
  rank?: number;
}

/** What the copy is to the reference: a copy sentence for sentence, a rewrite in other words, or another text. */
export type Relation = 'copy' | 'rewritten' | 'unrelated';

export interface Summary {
  /**
   * `faithful`: nothing above minor; `drifted`: a major or critical finding; `rewritten`: the reference's content
   * in other words (checked, nothing above minor; see coverage); `unrelated`: not about the same sentences at all.
   */
  verdict: 'faithful' | 'drifted' | 'rewritten' | 'unrelated';
  relation?: Relation;
  coverage: { reference: number; suspect: number };
  counts: Record<Severity, number>;
  byKind: Partial<Record<Kind, number>>;
  pairs: Record<AlignStatus, number>;
  /** Findings left out because a baseline had accepted them. */
  baselined?: number;
}

export interface ReportSide {
  path: string;
  /** Input format; for html and markdown the offsets point into the extracted text (see `offsets`). */
  format?: 'text' | 'html' | 'markdown';
  offsets?: 'input text' | 'extracted text';
  /** `structure`: the sentence is page furniture that is kept and shown (headline, caption, repeated block), not article text. */
  sentences: { index: number; text: string; start: number; end: number; structure?: PageStructure }[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'driftcheck'; version: string };
  reference: ReportSide;
  suspect: ReportSide;
  alignment: AlignedPair[];
  findings: Finding[];
  summary: Summary;
  /** Set when --min-severity left findings out of the output (the summary still counts them). */
  display?: { minSeverity: Severity; hidden: number };
}

/** An error the user caused (bad input, bad flag, bad rule file): one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
