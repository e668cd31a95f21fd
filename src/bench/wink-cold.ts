// The floor of a cold check, as its own process: load wink-nlp and its model with the pipeline driftcheck uses
// (sbd, pos, negation) and read each file given with readDoc. Nothing else.
import fs from 'node:fs';
import { nlp } from '../core/nlp.js';

const reader = nlp();
for (const f of process.argv.slice(2)) reader.readDoc(fs.readFileSync(f, 'utf8'));
