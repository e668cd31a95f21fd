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

/** The catch-all's findings (src/checks/wording.ts): words changed (wording.changed) or most of the sentence gone (wording.hollowed). */
export const isWordingChange = (rule: string) => rule === 'wording.changed' || rule === 'wording.hollowed';

/**
 * A sentence that keeps little of what it says: at least this many content words lost, and at most a quarter as
 * many brought in their place. The rest of its clauses are gone, not reworded (wording.hollowed).
 */
export const HOLLOW_LOST = 6;
export const HOLLOW_SHARE = 0.25;
