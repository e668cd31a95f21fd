// An amount the copy gives rounded ("37.7 degrees" / "38 degrees", "2.57 km" / "2.6 km") is the same amount at
// another precision: the number check's finding is shown, minor, with the reason. Only a rounding to fewer
// decimals, and only to the nearest value: "37.7" / "37" or "38" / "37.7" stays a changed number.
import { reason, regrade, type Step } from './context.js';

const FIGURE = /^\d[\d,]*(?:\.\d+)?$/;

const parse = (s: string) => {
  const t = s.trim();
  if (!FIGURE.test(t)) return null;
  const [, frac = ''] = t.replace(/,/g, '').split('.');
  return { value: Number(t.replace(/,/g, '')), decimals: frac.length };
};

/** B is A rounded to B's precision, with fewer decimals than A. */
export function roundsTo(a: string, b: string): boolean {
  const x = parse(a), y = parse(b);
  if (!x || !y || y.decimals >= x.decimals) return false;
  const f = 10 ** y.decimals;
  return Math.round(x.value * f) / f === y.value;
}

export const rounded: Step = (findings, ctx) => findings.map((f) => (f.rule === 'number.changed' && f.severity !== 'minor' && !f.severityReason
  && f.reference && f.suspect && roundsTo(f.reference.text, f.suspect.text) ? regrade(f, 'minor', reason(ctx, 'rounded')) : f));
