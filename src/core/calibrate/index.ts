// Severity calibration: what happens to findings after the checks, as a chain of small pure steps in the order
// they apply (textlint's kernel shape). The checks say what changed; these say how much it weighs on a real
// page: furniture (a stock ticker too) is not a finding, a sentence the text says twice is not lost or gained, nor one the other side says in other words close by, nor a point the copy moves to a sentence of its own, a copy cut short is one finding, a detail is not a fact, nor is a name abbreviated or an amount rounded, a loose match is not
// loud, a whole sentence dropped or added mid-text is a claim, a quotation weighs by what changed inside it, a sentence reworded far beyond its neighbours is, a rewrite
// is judged on what it leaves out. The last step writes the reason into every message.
import type { Finding } from '../types.js';
import type { CalibrationContext, Step } from './context.js';
import { abbreviation } from './abbreviation.js';
import { configured } from './configured.js';
import { detail } from './detail.js';
import { furniture } from './furniture.js';
import { interior } from './interior.js';
import { looseGroup } from './loose.js';
import { quoteGrade } from './quote.js';
import { reasons } from './reasons.js';
import { reorder } from './reorder.js';
import { rounded } from './rounded.js';
import { restated } from './restated.js';
import { movedNearby, partNearby, saidNearby } from './nearby.js';
import { reworded } from './reworded.js';
import { rewrite } from './rewrite.js';
import { ticker } from './ticker.js';
import { truncated } from './truncated.js';

export type { CalibrationContext, Step } from './context.js';

export const STEPS: Step[] = [furniture, ticker, restated, saidNearby, partNearby, movedNearby, truncated, detail, abbreviation, rounded, looseGroup, reorder, interior, quoteGrade, reworded, rewrite, configured, reasons];

export function calibrate(findings: Finding[], ctx: CalibrationContext): Finding[] {
  return STEPS.reduce((fs, step) => step(fs, ctx), findings);
}
