// A stock ticker in parentheses after a company's name ("Pinterest Inc (PINS.N)", "(NASDAQ: AAPL)") is a
// newswire's furniture: a copy that drops it, or prints another, changes no fact about the company. So is a live
// quote printed with it, the day's move of the share price when the page was rendered ("(PANW 0.91%)",
// "(NASDAQ: AAPL +1.2%)").
import { reason, regrade, type Step } from './context.js';
import type { Doc, Evidence } from '../types.js';

// A live quote: the change in per cent, to two decimals ("0.91%", "-1.20%"), as the ticker widgets print it.
const QUOTE = String.raw`\s+[-+\u2212]?\d{1,3}\.\d{2}\s?%`;
const TICKER = new RegExp(String.raw`\((?:[A-Z]{1,6}\.[A-Z]{1,3}(?:${QUOTE})?|(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX|NYSE American|OTC)\s*:\s*[A-Z][A-Z.]{0,7}(?:${QUOTE})?|[A-Z]{1,6}${QUOTE})\)`, 'g');

/** The evidence lies inside a ticker of its text. */
function inTicker(doc: Doc, e: Evidence | null): boolean {
  if (!e) return false;
  const [a, b] = e.span;
  const text = doc.source.text;
  const from = Math.max(0, a - 24), window = text.slice(from, Math.min(text.length, b + 24));
  for (const m of window.matchAll(TICKER)) {
    const s = from + m.index!, t = s + m[0].length;
    if (a >= s && b <= t) return true;
  }
  return false;
}

export const ticker: Step = (findings, ctx) => findings.map((f) => {
  if (f.severity === 'minor' || f.severityReason || (f.kind !== 'omission' && f.kind !== 'entity' && f.kind !== 'addition')) return f;
  const r = inTicker(ctx.ref, f.reference), s = inTicker(ctx.sus, f.suspect);
  return (r && (f.kind !== 'addition' || s)) || (s && (f.kind !== 'omission' || r)) ? regrade(f, 'minor', reason(ctx, 'ticker')) : f;
});
