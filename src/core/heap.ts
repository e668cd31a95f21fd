// The garbage collector's margin. V8 lets the old generation grow well past what is live (twice, up to four
// times) before it collects it again. driftcheck keeps both prepared texts alive for the whole run while the
// checks make short-lived garbage, so on a long pair that margin was most of the peak: at 30,000 sentences a side
// some 420 MB were live and the process peaked at 920 MB. The command line (and the bench, to measure what it
// does) lets the heap grow by a fifth of what is live instead: the collector runs more often on a large heap, and
// the peak follows what is live.
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 20;

/** For a process that runs driftcheck: a smaller margin, unless node was started with a margin of its own. */
export function tightenHeap(): void {
  if (process.execArgv.some((a) => a.startsWith('--heap-growing-percent') || a.startsWith('--heap_growing_percent'))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
