import { prepare } from './dist/core/pipeline.js';
import { decode } from './dist/core/read.js';
import { loadRules } from './dist/core/rules.js';
const rules = loadRules();
const a = prepare({ path: 'r', ...decode(Buffer.from('The Iranian attack was repelled, officials said on Sunday. "We are fully ready," he said.'), 'r'), format: 'text' }, rules);
const t = a.sentences[0].tokens[1];
console.log(Object.keys(t).length, %HasFastProperties(t), %HasFastProperties({ ...t, sent: 1, k: 2 }));
const s = a.sentences[0];
console.log(Object.keys(s), %HasFastProperties(s));
