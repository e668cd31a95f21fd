// Repairs of wink's part-of-speech tags that the sentence analysis (and so every check) would otherwise trip
// on, made once where the tokens are built.
import type { Lexicons } from '../lexicons.js';

/** The lemma of a regular verb form ("states" -> "state", "claimed" -> "claim", "denies" -> "deny"). */
function verbLemma(w: string, known: (l: string) => boolean): string | null {
  const tries = [w];
  if (w.endsWith('ies')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) tries.push(w.slice(0, -2));
  if (w.endsWith('s')) tries.push(w.slice(0, -1));
  if (w.endsWith('ied')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) tries.push(w.slice(0, -2), w.slice(0, -1));
  return tries.find(known) ?? null;
}

const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);
const OPENING_MARK = /^[.?!,;:"\u201C\u201D]$/;
const OBJECT_START = new Set(['PROPN', 'DET', 'PRON', 'NOUN', 'ADP', 'PUNCT', 'NUM', 'ADJ']);

/** "beating" -> "beat", "kidnapping" -> "kidnap", "loving" -> "lov" (the same on both sides of a pair is what counts). */
function gerundLemma(w: string): string {
  const stem = w.slice(0, -3);
  return /([bdgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * A question's verb that wink read as a noun after the subject: "Does Laura attack Lauren?", "Is Angela beating
 * Stephanie?" (do-support takes a bare verb; "is" + subject + a word in -ing is the progressive).
 */
function repairQuestionVerbs(text: string[], pos: string[], lemma: (string | null)[], lex: Lexicons): void {
  for (let i = 0; i < text.length - 2; i++) {
    const w = text[i]!.toLowerCase();
    if (pos[i] !== 'AUX' || !lex.questionAuxiliaries.has(w) || (i > 0 && !OPENING_MARK.test(text[i - 1]!) && !lex.whWords.has(text[i - 1]!.toLowerCase()))) continue;
    let j = i + 1;
    if (pos[j] === 'PRON') j++;
    else {
      while (j < text.length && (pos[j] === 'DET' || pos[j] === 'ADJ')) j++;
      const names = j;
      while (j < text.length && pos[j] === 'PROPN') j++;
      if (j === names) { if (pos[j] === 'NOUN' && pos[j + 1] === 'NOUN') j++; else continue; }
    }
    const doSupport = w.startsWith('d');
    if (j >= text.length - 1 || !OBJECT_START.has(pos[j + 1]!)) continue;
    const v = text[j]!.toLowerCase();
    // After "does" + subject only a bare verb can stand ("Did Laura own", "Does Anthony like").
    if (doSupport && (pos[j] === 'NOUN' || pos[j] === 'ADJ' || pos[j] === 'ADP') && /^[a-z]+$/.test(v)) { pos[j] = 'VERB'; lemma[j] = v; }
    else if (pos[j] !== 'NOUN') continue;
    else if (/ing$/.test(v) && v.length > 5) { pos[j] = 'VERB'; lemma[j] = gerundLemma(v); }
    // "Is Jason faithful to Lauren?": a bare noun between a named subject and a preposition is the adjective asked about.
    else if (!doSupport && pos[j - 1] === 'PROPN' && pos[j + 1] === 'ADP') pos[j] = 'ADJ';
  }
}
const CLAUSE_START = new Set(['SCONJ', 'DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * Tags changed in place. A reporting or belief verb that wink read as a name or a noun because of its capital or
 * its plural-looking ending ("The minister States that ...", "the report states that ...") is a verb when a
 * subject stands before it and a clause or an object follows; a capitalised modal after a subject ("he Will go")
 * is an auxiliary.
 */
export function repairTags(text: string[], pos: string[], lemma: (string | null)[], lex: Lexicons): void {
  repairQuestionVerbs(text, pos, lemma, lex);
  // "Angry lawyers admired ...", "Popular authors slept": a capitalised first word before a plural noun that the
  // dictionary knows as an ordinary word, and not first as a name, is an adjective.
  for (let i = 0; i < text.length - 1; i++) {
    if (pos[i] !== 'PROPN' || (i > 0 && !/^[.?!"\u201C\u201D]$/.test(text[i - 1]!))) continue;
    const w = text[i]!.toLowerCase();
    if (pos[i + 1] !== 'NOUN' || lemma[i + 1] === text[i + 1]!.toLowerCase() || lex.synonyms.get(w) === undefined || lex.properNouns.has(w)) continue;
    pos[i] = 'ADJ';
    lemma[i] = w;
  }
  // "was disliked by", "Is Joseph deserved by": a word in -ed before the agent's "by" is a passive participle.
  for (let i = 1; i < text.length - 1; i++) {
    if ((pos[i] !== 'ADJ' && pos[i] !== 'NOUN') || !lex.passiveAgentPreps.has(text[i + 1]!.toLowerCase())) continue;
    const w = text[i]!.toLowerCase();
    if (!/[a-z]{3}ed$/.test(w)) continue;
    let j = i - 1;
    while (j > 0 && (pos[j] === 'PROPN' || pos[j] === 'ADV')) j--;
    if (pos[j] !== 'AUX' || !lex.passiveAuxiliaries.has((lemma[j] ?? text[j]!).toLowerCase())) continue;
    pos[i] = 'VERB';
    lemma[i] = w.slice(0, -2);
  }
  const known = (l: string) => lex.reportingVerbs.has(l) || lex.structure.beliefVerbs.has(l);
  for (let i = 1; i < text.length - 1; i++) {
    const p = pos[i]!;
    if (p !== 'PROPN' && p !== 'NOUN') continue;
    const prev = pos[i - 1]!, next = pos[i + 1]!;
    if (!SUBJECT_END.has(prev) || !CLAUSE_START.has(next)) continue;
    // Inside a name ("the United States Strategic Command") a capitalised word stays a name.
    if (p === 'PROPN' && (prev === 'PROPN' || !['SCONJ', 'DET', 'PRON'].includes(next))) continue;
    const w = text[i]!.toLowerCase();
    if (lex.structure.modalAuxiliaries.has(w) && p === 'PROPN') { pos[i] = 'AUX'; lemma[i] = w; continue; }
    // Only a verb form that ends as one: "States", "claims", "Claimed"; a capital alone is enough only for a name tag.
    if (!/(s|ed)$/.test(w) || (p === 'NOUN' && !/s$/.test(w))) continue;
    // "the report states that": the noun reading is kept before a determiner only for a proper-name tag.
    if (p === 'NOUN' && text[i + 1]!.toLowerCase() !== 'that') continue;
    const l = verbLemma(w, known);
    if (!l) continue;
    pos[i] = 'VERB';
    lemma[i] = l;
  }
}
