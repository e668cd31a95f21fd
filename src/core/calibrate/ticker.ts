// A stock ticker in parentheses after a company's name ("Pinterest Inc (PINS.N)", "(NASDAQ: AAPL)") is a
// newswire's furniture: a copy that drops it, or prints another, changes no fact about the company. So is a live
// quote printed with it, the day's move of the share price when the page was rendered ("(PANW 0.91%)",
// "(NASDAQ: AAPL +1.2%)"). The pattern, with the exchanges it knows, is built from rules/lexicon/captions.yaml.
import { reason, regrade, type Step } from './context.js';
import type { Doc, Evidence } from '../types.js';

/** The evidence lies inside a ticker of its text. */
function inTicker(doc: Doc, e: Evidence | null, tickers: RegExp[]): boolean {
  if (!e) return false;
  const [a, b] = e.span;
  const text = doc.source.text;
  const from = Math.max(0, a - 24), window = text.slice(from, Math.min(text.length, b + 24));
  for (const m of tickers.flatMap((t) => [...window.matchAll(t)])) {
    const s = from + m.index!, t = s + m[0].length;
    if (a >= s && b <= t) return true;
  }
  return false;
}

export const ticker: Step = (findings, ctx) => findings.map((f) => {
  if (f.severity === 'minor' || f.severityReason || (f.kind !== 'omission' && f.kind !== 'entity' && f.kind !== 'addition')) return f;
  const r = inTicker(ctx.ref, f.reference, ctx.lex.tickerRes), s = inTicker(ctx.sus, f.suspect, ctx.lex.tickerRes);
  return (r && (f.kind !== 'addition' || s)) || (s && (f.kind !== 'omission' || r)) ? regrade(f, 'minor', reason(ctx, 'ticker')) : f;
});
