// A pragmatic reading of one sentence over wink's part-of-speech tags (there is no dependency parse): noun
// phrases, verb groups and prepositional phrases are chunked first, then clauses are built left to right, opened
// by their markers (if, because, who, that) and closed at commas, at a second verb, or at a coordinating
// conjunction followed by a new subject and verb.
import type { Lexicons } from '../lexicons.js';
import { endingOf } from '../lexicons.js';
import type { Token } from '../types.js';
import type { Analysis, Clause, ClauseType, Frame, Negation, NP, PP, Predicate } from './types.js';

type Chunk =
  | { t: 'NP'; a: number; b: number; np: NP }
  | { t: 'VG'; a: number; b: number; aux: number[]; verbs: number[]; advs: number[]; negs: number[] }
  | { t: 'PP'; a: number; b: number; pp: PP }
  | { t: 'ADJ'; a: number; b: number; words: number[] }
  | { t: 'ADV'; a: number; b: number }
  | { t: 'MARK'; a: number; b: number; kind: 'condition' | 'adverbial' | 'relative' | 'that'; word: string }
  | { t: 'CC'; a: number; b: number }
  | { t: 'COMMA'; a: number; b: number }
  | { t: 'OTHER'; a: number; b: number };

const QUOTE_MARK = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]$/;
const BREAK = /^[;:()\u2014\u2013"\u201C\u201D]$|^-$|^--$/;

/** Verb groups that were asked about, their auxiliary moved after the subject. */
const questions = new WeakSet<Chunk>();

const phraseAt = (toks: Token[], i: number, words: readonly string[]) => words.every((w, k) => toks[i + k]?.norm === w);

export function analyse(toks: Token[], lex: Lexicons): Analysis {
  const chunks = chunk(toks, lex);
  return build(toks, chunks, lex);
}

/** A verb form that can open a participial clause on its subject ("the doctors paid in the laboratory"). */
export function isParticiple(t: Token, lex: Lexicons): boolean {
  return t.pos === 'VERB' && t.norm !== t.lemma && !endingOf(t.norm, lex.endings.gerund) && !/s$/.test(t.norm);
}

/** A plural noun wink read as a verb ("fallen leaves"): a verb form ending in -s. */
const plural = (t: Token | undefined) => !!t && t.pos === 'VERB' && /s$/.test(t.norm) && t.norm !== t.lemma;

function chunk(toks: Token[], lex: Lexicons): Chunk[] {
  const n = toks.length;
  const out: Chunk[] = [];
  const S = lex.structure;
  const nounLike = (p: string | undefined) => p === 'NOUN' || p === 'PROPN';
  const parseNP = (i: number): NP | null => {
    const t = toks[i]!;
    const pron = t.pos === 'PRON' || (lex.pronounWords.has(t.norm) && t.pos !== 'DET');
    if (pron && lex.phrasePronouns.has(t.norm) && !(lex.possessives.has(t.norm) && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(toks[i + 1]?.pos ?? ''))) {
      return { a: i, b: i, head: i, mods: [], pps: [] };
    }
    let j = i, head = -1;
    const mods: number[] = [];
    for (; j < n; j++) {
      const u = toks[j]!, p = u.pos;
      if (u.negCue && u.norm === 'no' && head < 0) continue;
      if (p === 'DET' || (p === 'PRON' && lex.possessives.has(u.norm))) { if (head >= 0) break; continue; }
      if (p === 'NUM') { if (head >= 0 && !nounLike(toks[j + 1]?.pos)) break; continue; }
      if (p === 'PART' && /^'s?$/.test(u.norm) && head >= 0) { mods.push(head); head = -1; continue; }
      if (p === 'ADJ') { if (head >= 0) break; mods.push(j); continue; }
      // "a brown and white coat": coordinated modifiers stay in one phrase.
      if (p === 'CCONJ' && head < 0 && mods.length && toks[j + 1]?.pos === 'ADJ') continue;
      // A participle or gerund between a determiner or adjective and a noun modifies it ("the dyed dress").
      if (p === 'VERB' && head < 0 && (j > i || toks[j - 1]?.pos === 'ADP') && (nounLike(toks[j + 1]?.pos) || plural(toks[j + 1]))) { mods.push(j); continue; }
      if (p === 'VERB' && head < 0 && mods.length && plural(u)) { head = j; continue; }
      if (p === 'ADV' && head < 0 && toks[j + 1]?.pos === 'ADJ' && j > i) continue;
      if (u.norm === '-' && head >= 0 && toks[j + 1] && nounLike(toks[j + 1]!.pos)) continue;
      if (nounLike(p)) { if (head >= 0) mods.push(head); head = j; continue; }
      break;
    }
    if (head < 0) return null;
    return { a: i, b: head, head, mods: mods.filter((m) => m !== head), pps: [] };
  };
  for (let i = 0; i < n;) {
    const t = toks[i]!;
    const p = t.pos;
    // Markers of several words first: "whether or not", "in case", "as long as".
    const cond = S.conditionMarkers.find((m) => phraseAt(toks, i, m));
    if (cond && (cond.length > 1 || p === 'SCONJ' || p === 'ADP' || i === 0 || toks[i - 1]!.norm === ',')) {
      out.push({ t: 'MARK', a: i, b: i + cond.length - 1, kind: 'condition', word: cond.join(' ') });
      i += cond.length;
      continue;
    }
    const adv = S.adverbialMarkers.find((m) => phraseAt(toks, i, m));
    if (adv && (p === 'SCONJ' || (adv.length > 1 && p !== 'ADP') || ((p === 'ADP' || p === 'ADV') && opensClause(toks, i + adv.length, lex)))) {
      out.push({ t: 'MARK', a: i, b: i + adv.length - 1, kind: 'adverbial', word: adv.join(' ') });
      i += adv.length;
      continue;
    }
    const last = out[out.length - 1];
    if (lex.relativePronouns.has(t.norm) && last && (last.t === 'NP' || last.t === 'PP' || last.t === 'COMMA')) {
      out.push({ t: 'MARK', a: i, b: i, kind: 'relative', word: t.norm });
      i++;
      continue;
    }
    if (lex.complementizers.has(t.norm) && (p === 'SCONJ' || ((p === 'DET' || p === 'PRON') && i > 0 && ['AUX', 'VERB'].includes(toks[i + 1]?.pos ?? '')))) {
      out.push({ t: 'MARK', a: i, b: i, kind: 'that', word: t.norm });
      i++;
      continue;
    }
    if (p === 'CCONJ') { out.push({ t: 'CC', a: i, b: i }); i++; continue; }
    if (t.norm === ',') { out.push({ t: 'COMMA', a: i, b: i }); i++; continue; }
    if (p === 'AUX' || p === 'VERB' || ((p === 'PART' || p === 'ADV') && t.negCue && ['AUX', 'VERB'].includes(toks[i + 1]?.pos ?? ''))) {
      const vg = { t: 'VG' as const, a: i, b: i, aux: [] as number[], verbs: [] as number[], advs: [] as number[], negs: [] as number[] };
      let j = i;
      for (; j < n; j++) {
        const u = toks[j]!;
        if (u.pos === 'AUX') { if (vg.verbs.length) break; vg.aux.push(j); continue; }
        if (u.pos === 'VERB') {
          const last = vg.verbs[vg.verbs.length - 1];
          // "keep running", "continued to be updated": a catenative verb hands on to the next one.
          if (last !== undefined && !lex.catenative.has(toks[last]!.lemma)) break;
          vg.verbs.push(j);
          continue;
        }
        if (u.negCue && (u.pos === 'PART' || u.pos === 'ADV')) { vg.negs.push(j); continue; }
        if (lex.infinitiveMarkers.has(u.norm) && u.pos === 'PART' && vg.verbs.length && lex.catenative.has(toks[vg.verbs[vg.verbs.length - 1]!]!.lemma) &&
          ['AUX', 'VERB'].includes(toks[j + 1]?.pos ?? '')) continue;
        if (u.pos === 'ADV' && ['AUX', 'VERB', 'ADV', 'PART'].includes(toks[j + 1]?.pos ?? '') && !(vg.verbs.length && toks[j + 1]?.pos !== 'VERB')) { vg.advs.push(j); continue; }
        break;
      }
      vg.b = j - 1;
      if (!vg.aux.length && !vg.verbs.length) { out.push({ t: 'OTHER', a: i, b: i }); i++; continue; }
      out.push(vg);
      i = j;
      continue;
    }
    // "About a hundred people in the stadium unfurled ...": a number's qualifier where a subject begins is part of
    // the noun phrase, not a preposition.
    const qual = (!last || last.t === 'COMMA' || last.t === 'CC' || last.t === 'MARK') ? lex.comparators.find((c) => phraseAt(toks, i, c.tokens)) : undefined;
    if (qual) {
      let k = i + qual.tokens.length;
      if (toks[k]?.pos === 'DET' && toks[k + 1]?.pos === 'NUM') k++;
      const np = toks[k]?.pos === 'NUM' ? parseNP(k) : null;
      if (np) { out.push({ t: 'NP', a: i, b: np.b, np: { ...np, a: i } }); i = np.b + 1; continue; }
    }
    const multi = lex.multiWordPrepositions.find((m) => phraseAt(toks, i, m));
    if (p === 'ADP' || multi) {
      const len = multi ? multi.length : 1;
      // A preposition before a clause or a gerund ("by leaving", "after the talks ended") opens that clause.
      if (toks[i + len]?.pos === 'VERB' && endingOf(toks[i + len]!.norm, lex.endings.gerund)) { out.push({ t: 'MARK', a: i, b: i + len - 1, kind: 'adverbial', word: t.norm }); i += len; continue; }
      const np = i + len < n ? parseNP(i + len) : null;
      const pp: PP = { prep: i, word: toks.slice(i, i + len).map((u) => u.norm).join(' '), a: i, b: np ? np.b : i + len - 1, np };
      out.push({ t: 'PP', a: i, b: pp.b, pp });
      i = pp.b + 1;
      continue;
    }
    if (p === 'ADJ' && !(nounLike(toks[i + 1]?.pos))) {
      const words: number[] = [i];
      let j = i + 1;
      // "long and blue", "important to Brian" stay one adjective phrase up to the preposition.
      while (j < n && (toks[j]!.pos === 'ADJ' || (toks[j]!.pos === 'CCONJ' && toks[j + 1]?.pos === 'ADJ'))) { if (toks[j]!.pos === 'ADJ') words.push(j); j++; }
      out.push({ t: 'ADJ', a: i, b: j - 1, words });
      i = j;
      continue;
    }
    if (p === 'ADV') { out.push({ t: 'ADV', a: i, b: i }); i++; continue; }
    const np = parseNP(i);
    if (np) { out.push({ t: 'NP', a: np.a, b: np.b, np }); i = np.b + 1; continue; }
    out.push({ t: 'OTHER', a: i, b: i });
    i++;
  }
  return reorderQuestions(out, toks, lex);
}

/** Whether a noun phrase and then a verb follow position i ("after the talks ended"). */
function opensClause(toks: Token[], i: number, lex: Lexicons): boolean {
  for (let j = i, steps = 0; j < toks.length && steps < 8; j++, steps++) {
    const p = toks[j]!.pos;
    if (p === 'VERB' || p === 'AUX') return j > i;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART'].includes(p) || lex.relativePronouns.has(toks[j]!.norm)) return false;
  }
  return false;
}

/**
 * "Does Scott blame Kelly?", "Is Scott blamed by Kelly?", "Is Jeremy loyal to Madison?": the auxiliary before
 * the subject is moved to stand after it, so the question reads as the statement it asks about.
 */
function reorderQuestions(chunks: Chunk[], toks: Token[], lex: Lexicons): Chunk[] {
  const out = [...chunks];
  for (let x = 0; x + 1 < out.length; x++) {
    const c = out[x]!, np = out[x + 1]!;
    if (c.t !== 'VG' || c.verbs.length || np.t !== 'NP') continue;
    const before = out[x - 1];
    const opening = x === 0 || before!.t === 'COMMA' || (before!.t === 'OTHER' && lex.whWords.has(toks[before!.a]!.norm)) || before!.t === 'MARK';
    if (!opening) continue;
    const next = out[x + 2];
    if (next && next.t === 'VG' && !next.aux.length && next.verbs.length) {
      const merged = { ...next, a: c.a, aux: [...c.aux, ...next.aux], negs: [...c.negs, ...next.negs], advs: [...c.advs, ...next.advs] };
      out.splice(x, 3, np, merged);
      questions.add(merged);
    } else if (c.aux.some((k) => lex.copulas.has(toks[k]!.lemma)) && next && (next.t === 'NP' || next.t === 'ADJ' || next.t === 'PP' || next.t === 'ADV')) {
      out.splice(x, 2, np, c);
      questions.add(c);
    }
  }
  return out;
}

function newClause(type: ClauseType, parent: number, marker = -1, markerWord = ''): Clause {
  return { a: Number.MAX_SAFE_INTEGER, b: -1, type, marker, markerWord, parent, subject: [], predicate: null, objects: [], pps: [], advs: [], question: false };
}

function build(toks: Token[], chunks: Chunk[], lex: Lexicons): Analysis {
  const S = lex.structure;
  const clauses: Clause[] = [newClause('main', -1)];
  const stack: number[] = [0];
  const antecedent = new Map<number, NP>();
  const afterComma = new Set<number>();
  const nps: NP[] = [];
  const hedges: { at: number; clause: number }[] = [];
  const accordingTo: { clause: number; np: NP; prep: number }[] = [];
  const top = () => stack[stack.length - 1]!;
  /** A verb group of one -ing verb with no auxiliary ("saying", "carrying"): a participle or gerund, not a finite verb. */
  const bareGerund = (p: Predicate) => !p.aux.length && !p.copula && !!endingOf(toks[p.verb]!.norm, lex.endings.gerund);
  const cur = () => clauses[top()]!;
  const touch = (c: Clause, a: number, b: number) => { c.a = Math.min(c.a, a); c.b = Math.max(c.b, b); };
  const open = (type: ClauseType, parent: number, marker = -1, word = '') => {
    clauses.push(newClause(type, parent, marker, word));
    const idx = clauses.length - 1;
    stack.push(idx);
    if (marker >= 0) touch(clauses[idx]!, marker, marker);
    return idx;
  };
  let lastNP: NP | null = null;
  let lastSlot: 'subject' | 'objects' | null = null;
  // Quotation marks do not separate what they stand between: ', " one resident said' reads as ', one resident said'.
  const isQuote = (c: Chunk | undefined) => !!c && c.t === 'OTHER' && QUOTE_MARK.test(toks[c.a]!.norm);
  chunks = chunks.filter((c) => !isQuote(c));
  const inMarker = new Set<number>();
  for (const c of chunks) if (c.t === 'MARK') for (let k = c.a; k <= c.b; k++) inMarker.add(k);
  for (let x = 0; x < chunks.length; x++) {
    const c = chunks[x]!;
    const prev = chunks[x - 1];
    const next = chunks[x + 1];
    switch (c.t) {
      case 'MARK': {
        if (c.kind === 'relative' || c.kind === 'that') {
          // "that" after a verb or an adjective, or after the object of a reporting verb ("told reporters that"),
          // opens what is said; after a noun phrase it opens a relative clause.
          const p = cur().predicate;
          const saysThat = c.kind === 'that' && (!prev || prev.t === 'VG' || prev.t === 'ADJ' || prev.t === 'COMMA' ||
            (prev.t === 'NP' && !!p && (lex.reportingVerbs.has(p.lemma) || S.beliefVerbs.has(p.lemma))));
          if (saysThat || !lastNP) { open('complement', top(), c.a, c.word); lastSlot = null; break; }
          const idx = open('relative', top(), c.a, c.word);
          antecedent.set(idx, lastNP);
          if (prev?.t === 'COMMA') afterComma.add(idx);
          lastSlot = null;
          break;
        }
        open(c.kind === 'condition' ? 'condition' : 'adverbial', top(), c.a, c.word);
        lastSlot = null;
        break;
      }
      case 'NP': {
        nps.push(c.np);
        let cl = cur();
        if (prev?.t === 'CC' && lastSlot && lastNP && !(next?.t === 'VG' && cl.predicate)) {
          cl[lastSlot].push(c.np);
        } else if ((prev?.t === 'COMMA' || (prev?.t === 'CC' && chunks[x - 2]?.t !== 'ADJ')) && cl.predicate && next?.t === 'VG') {
          // ", and the student ran", ", the minister said": a new clause with its own subject.
          while (stack.length > 1 && cur().type !== 'main' && cur().type !== 'coordinate') stack.pop();
          const idx = open('coordinate', top());
          if (prev.t === 'COMMA') afterComma.add(idx);
          cl = cur();
          cl.subject = [c.np];
          lastSlot = 'subject';
        } else if (!cl.predicate && cl.subject.length && prev?.t === 'PP' && prev.pp.np) {
          // "people in Athens’ Panathenaic stadium unfurled": the phrase goes on the preposition's noun (a possessive
          // written with a closing quote mark); the subject stays.
          lastSlot = 'subject';
        } else if (!cl.predicate) {
          cl.subject = [c.np];
          lastSlot = 'subject';
        } else {
          cl.objects.push(c.np);
          lastSlot = 'objects';
        }
        touch(cl, c.a, c.b);
        lastNP = c.np;
        break;
      }
      case 'VG': {
        // A relative clause ends at the next verb: "The secretary that the athlete contacted believed ...".
        while (stack.length > 1 && (cur().type === 'relative' || cur().type === 'participial') && cur().predicate && prev?.t !== 'CC') stack.pop();
        // "When the judges fought the professor saw the secretaries": a clause opened at the start ends before
        // the main verb; its last object is the main clause's subject.
        if (stack.length > 1 && (cur().type === 'adverbial' || cur().type === 'condition') && cur().predicate && prev?.t === 'NP' && prev.np === cur().objects.at(-1)) {
          const sub = cur();
          const np = sub.objects.pop()!;
          sub.b = np.a - 1;
          stack.pop();
          if (!cur().predicate) cur().subject = [np];
        }
        let cl = cur();
        const pred = predicateOf(toks, c, lex);
        if (cl.predicate) {
          if (prev?.t === 'CC' && cl.type === 'participial' && bareGerund(cl.predicate) && !bareGerund(pred) && stack.length > 1) {
            // "unfurled a banner saying “Free Palestine” and waved flags": a finite verb after the participle's
            // phrase goes on the clause the participle hangs from.
            stack.pop();
            const host = cur();
            cl = clauses[open('coordinate', top())]!;
            cl.subject = host.subject;
          } else if (prev?.t === 'CC') {
            // "is sitting on a bench and is wearing a jacket": a second predicate of the same subject.
            const subj = cl.subject;
            stack.pop();
            open('coordinate', clauses.indexOf(cl));
            cl = cur();
            cl.subject = subj;
          } else if (prev?.t === 'NP' && cl.objects.at(-1) === prev.np && bareGerund(pred)) {
            // "unfurled a banner saying “Free Palestine”": a participle after the object says something of it; the
            // object stays the main clause's.
            cl = clauses[open('participial', top())]!;
            cl.subject = [prev.np];
            touch(cl, c.a, c.b);
          } else if (prev?.t === 'NP' && cl.objects.at(-1) === prev.np) {
            // "knew the senators believed the scientists": the object was the subject of a clause said or known.
            const np = cl.objects.pop()!;
            cl = clauses[open('complement', top())]!;
            cl.subject = [np];
            touch(cl, np.a, np.b);
          } else if (!cl.predicate.aux.length && isParticiple(toks[cl.predicate.verb]!, lex) && cl.subject.length && !pred.passive) {
            // "The doctors paid in the laboratory ran": the first verb was a participle on the subject.
            const part = newClause('participial', clauses.indexOf(cl));
            part.subject = cl.subject;
            part.predicate = { ...cl.predicate, passive: true };
            part.objects = cl.objects;
            part.pps = cl.pps;
            part.advs = cl.advs;
            part.a = cl.predicate.verb;
            part.b = c.a - 1;
            clauses.push(part);
            cl.predicate = null;
            cl.objects = [];
            cl.pps = [];
            cl.advs = [];
          } else {
            cl = clauses[open('coordinate', top())]!;
          }
        }
        cl.predicate = pred;
        if (questions.has(c)) cl.question = true;
        if (cl.type === 'relative') {
          const ante = antecedent.get(clauses.indexOf(cl));
          if (ante) {
            if (!cl.subject.length) cl.subject = [ante];
            else cl.objects.unshift(ante);
          }
        }
        touch(cl, c.a, c.b);
        lastSlot = null;
        break;
      }
      case 'PP': {
        const cl = cur();
        const host = prev?.t === 'NP' ? prev.np : null;
        if (host) host.pps.push(c.pp);
        if (c.pp.np) nps.push(c.pp.np);
        cl.pps.push({ pp: c.pp, host });
        if (c.pp.word === 'according to' && c.pp.np) accordingTo.push({ clause: top(), np: c.pp.np, prep: c.pp.prep });
        touch(cl, c.a, c.b);
        lastNP = c.pp.np ?? lastNP;
        lastSlot = null;
        break;
      }
      case 'ADJ': {
        const cl = cur();
        if (cl.predicate?.copula && !cl.objects.length) {
          cl.predicate.adjs.push(...c.words);
          if (cl.predicate.lemma === toks[cl.predicate.verb]!.lemma) cl.predicate.lemma = toks[c.words[0]!]!.lemma;
        } else {
          cl.advs.push(...c.words);
        }
        touch(cl, c.a, c.b);
        break;
      }
      case 'ADV': {
        const cl = cur();
        if (S.hedgeAdverbs.has(toks[c.a]!.norm)) hedges.push({ at: c.a, clause: top() });
        if (cl.predicate && prev?.t === 'VG') cl.predicate.advs.push(c.a);
        else cl.advs.push(c.a);
        touch(cl, c.a, c.b);
        break;
      }
      case 'COMMA': {
        const cl = cur();
        if (stack.length > 1 && cl.predicate && (cl.type !== 'coordinate' || afterComma.has(top()))) stack.pop();
        break;
      }
      case 'CC':
        break;
      default: {
        const t = toks[c.a]!;
        if (BREAK.test(t.norm)) {
          while (stack.length > 1 && cur().predicate) stack.pop();
        }
        break;
      }
    }
  }
  for (const cl of clauses) if (cl.b < 0) { cl.a = 0; cl.b = -1; }
  // A copula with a noun complement says what the subject is ("an acquaintance of Heather").
  for (const cl of clauses) {
    const p = cl.predicate;
    if (p?.copula && p.lemma === toks[p.verb]!.lemma && cl.objects.length) p.lemma = toks[cl.objects[0]!.head]!.lemma;
    if (p?.copula && cl.question && !cl.subject.length && cl.objects.length > 1) cl.subject = [cl.objects.shift()!];
    // '"The evidence is weak," said the lawyer': a reporting verb after what it reports, its subject after it.
    if (p && !p.copula && !cl.question && !cl.subject.length && cl.objects.length && lex.reportingVerbs.has(p.lemma) &&
      cl.objects[0]!.a > p.verb && clauses.some((c) => c !== cl && c.predicate && c.b < p.verb)) cl.subject = [cl.objects.shift()!];
  }
  const frames = framesOf(toks, clauses, lex, accordingTo);
  const conditions = clauses.map((c, i) => (c.type === 'condition' ? i : -1)).filter((i) => i >= 0);
  const negations: Negation[] = [];
  for (const t of toks) {
    // "whether or not" is a condition, not a negation.
    if (!t.negCue || inMarker.has(t.i)) continue;
    const clause = innermost(clauses, t.i);
    const cl = clauses[clause]!;
    let target = cl.predicate?.negs.includes(t.i) ? cl.predicate.verb : -1;
    if (target < 0) target = nps.find((np) => np.a <= t.i + 1 && t.i < np.b)?.head ?? cl.predicate?.verb ?? t.i;
    negations.push({ cue: t.i, clause, target });
  }
  return { clauses, frames, conditions, hedges, negations, nps };
}

function predicateOf(toks: Token[], c: Extract<Chunk, { t: 'VG' }>, lex: Lexicons): Predicate {
  const verb = c.verbs.length ? c.verbs[c.verbs.length - 1]! : c.aux[c.aux.length - 1]!;
  const v = toks[verb]!;
  const copula = !c.verbs.length && lex.copulas.has(v.lemma);
  let passive = false;
  if (c.verbs.length && v.norm !== v.lemma && !endingOf(v.norm, lex.endings.gerund)) {
    const before = [...c.aux, ...c.verbs.slice(0, -1)];
    passive = before.some((k) => lex.passiveAuxiliaries.has(toks[k]!.lemma)) && !before.some((k) => lex.perfectAuxiliaries.has(toks[k]!.lemma) && k === before[before.length - 1]);
    // "has been told": perfect then passive.
    if (!passive && before.length >= 2) passive = lex.passiveAuxiliaries.has(toks[before[before.length - 1]!]!.lemma);
  }
  // A participle like its lemma ("is hurt by", "is being put on"): the agent's preposition, or "being" / "been", tells.
  if (!passive && c.verbs.length && v.norm === v.lemma && c.aux.length && /^(being|been)$/.test(toks[c.aux[c.aux.length - 1]!]!.norm)) passive = true;
  if (!passive && c.verbs.length && v.norm === v.lemma && lex.passiveAgentPreps.has(toks[c.b + 1]?.norm ?? '') &&
    c.aux.some((k) => lex.passiveAuxiliaries.has(toks[k]!.lemma))) passive = true;
  const modals = c.aux.filter((k) => lex.structure.modalAuxiliaries.has(toks[k]!.norm));
  return { verb, lemma: v.lemma, aux: [...c.aux, ...c.verbs.slice(0, -1)], copula, passive, adjs: [], negs: c.negs, modals, advs: c.advs };
}

function innermost(clauses: Clause[], i: number): number {
  let best = 0, size = Infinity;
  clauses.forEach((c, k) => { if (c.a <= i && i <= c.b && c.b - c.a < size) { best = k; size = c.b - c.a; } });
  return best;
}

function framesOf(toks: Token[], clauses: Clause[], lex: Lexicons, accordingTo: { clause: number; np: NP; prep: number }[]): Frame[] {
  const frames: Frame[] = [];
  const quoted = (c: Clause) => c.b >= c.a && toks.slice(c.a, c.b + 1).filter((t) => t.isWord).every((t) => t.quoted);
  clauses.forEach((cl, i) => {
    const p = cl.predicate;
    if (!p || p.copula) return;
    const belief = lex.structure.beliefVerbs.has(p.lemma);
    if (!belief && !lex.reportingVerbs.has(p.lemma)) return;
    let content = clauses.findIndex((c, k) => k > i && c.parent === i && c.type === 'complement');
    // "P, the minister said": the frame comes after what it reports.
    if (content < 0 && !cl.objects.length) content = clauses.findIndex((c, k) => k < i && c.predicate && c.type !== 'relative' && c.b < cl.a);
    if (content < 0) return;
    frames.push({ clause: i, verb: p.verb, lemma: p.lemma, kind: belief ? 'belief' : 'report', source: cl.subject, content, direct: quoted(clauses[content]!) });
  });
  for (const a of accordingTo) frames.push({ clause: a.clause, verb: a.prep, lemma: 'according to', kind: 'report', source: [a.np], content: a.clause, direct: false });
  return frames;
}
