// The checks, in the order their findings are listed for a pair. Each is its own module.
import type { Check } from '../core/check.js';
import { addition } from './addition.js';
import { antonym } from './antonym.js';
import { attribution } from './attribution.js';
import { category } from './category.js';
import { entity } from './entity.js';
import { modality } from './modality.js';
import { negation } from './negation.js';
import { number } from './number.js';
import { omission } from './omission.js';
import { period } from './period.js';
import { pronoun } from './pronoun.js';
import { quantifier } from './quantifier.js';
import { quote } from './quote.js';
import { role } from './role.js';
import { term } from './term.js';
import { unicode } from './unicode.js';
import { wording } from './wording.js';

export const CHECKS: Check[] = [negation, antonym, role, attribution, number, period, quantifier, entity, pronoun, category, term, quote, modality, omission, addition, unicode, wording];
