// The contract between compare and the checks: a check reads one aligned pair and emits findings by rule id.
// The checks import this module, never compare itself; compare is handed the list of checks to run.
import type { PairContext } from './pair.js';
import type { Evidence, Severity } from './types.js';

export interface Emit {
  (ruleId: string, e: { reference: Evidence | null; suspect: Evidence | null; vars?: Record<string, string | number>; severity?: Severity;
    /** Why it has its severity: a key of rules/severity.yaml reasons. */
    reason?: string }): void;
}

export type Check = (ctx: PairContext, emit: Emit) => void;
