// role: who did what to whom. Three readings, compared across the pair:
//  - event frames: "the Iranian attack"/"Iran's attack"/"an attack by Iran" (agent) vs "an attack on Iran" (patient);
//  - participants swapped around one verb: "A told B" vs "B told A" (passives normalised: "B was told by A");
//  - voice: "Biden was updated" (receives) vs "Biden provides updates" (gives), through light verbs in rules/.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { areSynonyms, endingOf, type Lexicons } from '../core/lexicons.js';
import { evidence, type PairContext, type Side } from '../core/pair.js';
import { analysesOf, pronounKey } from '../core/analysis/view.js';
import { isParticiple } from '../core/analysis/analyse.js';
import { sameFactTerm } from './term.js';
import type { NP } from '../core/analysis/types.js';
import { echoedIn, sameStem } from './words.js';
import { byAgent, entityAt, isPassive, objectNoun, objectOf, subjectNoun, subjectOf, type Ent } from './clauses.js';

interface Frame { cls: string; agent: string | null; patient: string | null; toks: SideToken[] }
interface Triple { verb: string; agent: string; patient: string; toks: SideToken[]; v: SideToken }
interface Voice { who: string; event: string; role: 'agent' | 'patient'; toks: SideToken[] }

const SKIP_BEFORE_EVENT = new Set(['ADJ', 'ADV', 'PUNCT', 'NUM']);

/** An event noun wink read as an adjective ("the Russian offensive stalled"): after a determiner or a name, not before a noun. */
function adjectiveHead(toks: SideToken[], k: number): boolean {
  const t = toks[k]!, prev = toks[k - 1], next = toks[k + 1];
  if (t.pos !== 'ADJ' || !prev || prev.sent !== t.sent) return false;
  if (next && next.sent === t.sent && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  return prev.pos === 'DET' || prev.pos === 'PROPN' || prev.pos === 'PART';
}

function frames(ctx: PairContext, side: Side): Frame[] {
  const lex = ctx.lex;
  const ents = entityAt(side);
  const toks = side.tokens;
  const out: Frame[] = [];
  for (const t of toks) {
    // wink tags a capitalised plural at a sentence start ("Strikes on ...") as a proper noun and keeps the plural.
    const lemma = t.pos === 'PROPN' && !lex.eventNouns.has(t.lemma) ? t.norm.replace(/s$/, '') : t.lemma;
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN' && !adjectiveHead(toks, t.k)) || !lex.eventNouns.has(lemma)) continue;
    let agent: Ent | null = null, patient: Ent | null = null;
    let j = t.k - 1;
    while (j >= 0 && toks[j]!.sent === t.sent && !ents.has(j) && (SKIP_BEFORE_EVENT.has(toks[j]!.pos) && !/^[,.;:]$/.test(toks[j]!.norm))) j--;
    const before = toks[j];
    if (before && before.sent === t.sent) {
      const e = ents.get(j);
      if (e && e.place) agent = e;
      else if (/^'s?$/.test(before.norm) && ents.get(j - 1) && !lex.notAgents.has(toks[j - 1]!.norm)) agent = ents.get(j - 1)!;
      else if (e && !e.place && !lex.notAgents.has(before.norm)) agent = e;
    }
    let a = t.k;
    const next = toks[t.k + 1];
    if (next && next.sent === t.sent) {
      if (lex.passiveAgentPreps.has(next.norm)) { const e = objectOf(side, t.k + 1, ents, lex, 5); if (e) agent = e; }
      else if (lex.patientPreps.has(next.norm)) { const e = objectOf(side, t.k + 1, ents, lex, 5); if (e) patient = e; }
    }
    if (!agent && !patient) continue;
    const ks = [t.k, ...(agent ? [agent.k0, agent.k1] : []), ...(patient ? [patient.k0, patient.k1] : [])];
    a = Math.min(...ks);
    const b = Math.max(...ks);
    out.push({ cls: lex.eventCanon.get(lemma) ?? lemma, agent: agent?.key ?? null, patient: patient?.key ?? null, toks: toks.slice(a, b + 1) });
  }
  return out;
}

function clauses(ctx: PairContext, side: Side): { triples: Triple[]; voices: Voice[] } {
  const lex = ctx.lex;
  const ents = entityAt(side);
  const toks = side.tokens;
  const triples: Triple[] = [];
  const voices: Voice[] = [];
  for (const v of toks) {
    if (v.pos !== 'VERB' || lex.auxiliaryVerbs.has(v.lemma)) continue;
    const subj = subjectOf(side, v.k, ents, lex);
    const passive = isPassive(toks, v.k, lex);
    if (passive) {
      const by = byAgent(side, v.k, ents, lex);
      if (subj && by && by.key !== subj.key) triples.push({ verb: v.lemma, agent: by.key, patient: subj.key, toks: toks.slice(subj.k0, by.k1 + 1), v });
      else {
        // Participants named only by common nouns: "the striker was fouled by the goalkeeper".
        let prep = -1;
        for (let j = v.k + 1; j <= v.k + 3 && j < toks.length && prep < 0; j++) if (toks[j]!.sent === v.sent && lex.passiveAgentPreps.has(toks[j]!.norm)) prep = j;
        const a = by ?? (prep >= 0 ? objectNoun(side, prep) : null), p = subj ?? subjectNoun(side, v.k, lex);
        if (a && p && a.key !== p.key && p.k1 < v.k && a.k0 > v.k) triples.push({ verb: v.lemma, agent: a.key, patient: p.key, toks: toks.slice(p.k0, a.k1 + 1), v });
      }
      if (subj && !by) voices.push({ who: subj.key, event: v.lemma, role: 'patient', toks: toks.slice(subj.k0, v.k + 1) });
      continue;
    }
    const obj = objectOf(side, v.k, ents, lex);
    if (subj && obj && obj.key !== subj.key) triples.push({ verb: v.lemma, agent: subj.key, patient: obj.key, toks: toks.slice(subj.k0, obj.k1 + 1), v });
    else {
      // A participant named only by a common noun: "the agency sued Meridian" / "Meridian sued the agency",
      // "the court fined the bank" / "the bank fined the court".
      const p = obj ?? objectNoun(side, v.k), a = p ? subj ?? subjectNoun(side, v.k, lex) : null;
      if (a && p && a.key !== p.key && a.k1 < v.k && p.k0 > v.k) triples.push({ verb: v.lemma, agent: a.key, patient: p.key, toks: toks.slice(a.k0, p.k1 + 1), v });
    }
    if (!subj) continue;
    const light = lex.agentLightVerbs.has(v.lemma) ? 'agent' : lex.patientLightVerbs.has(v.lemma) ? 'patient' : null;
    if (light) {
      for (let j = v.k + 1; j < Math.min(toks.length, v.k + 5); j++) {
        const t = toks[j]!;
        if (t.pos === 'NOUN') { voices.push({ who: subj.key, event: t.lemma, role: light, toks: toks.slice(subj.k0, j + 1) }); break; }
        if (!['DET', 'ADJ', 'ADV', 'NUM'].includes(t.pos)) break;
      }
    } else if (obj ?? objectNoun(side, v.k)) {
      // Only a verb with an object gives: without one the subject undergoes the event as in a passive ("the market
      // will restart" / "will be restarted") or the form is a reduced passive ("Oregon expected to see" /
      // "Oregon is expected to see", "the toll estimated to be").
      voices.push({ who: subj.key, event: v.lemma, role: 'agent', toks: toks.slice(subj.k0, v.k + 1) });
    }
  }
  return { triples, voices };
}

export const role: Check = (ctx, emit) => {
  if (!ctx.ref.tokens.length || !ctx.sus.tokens.length) return;
  const rf = frames(ctx, ctx.ref), sf = frames(ctx, ctx.sus);
  const reported = new Set<string>();
  const count = (fs: Frame[], cls: string, which: 'agent' | 'patient', who: string) => fs.filter((f) => f.cls === cls && f[which] === who).length;
  for (const f of rf) {
    for (const [who, was] of [[f.agent, 'agent'], [f.patient, 'patient']] as const) {
      if (!who || reported.has(`${f.cls}:${who}`)) continue;
      const other = was === 'agent' ? 'patient' : 'agent';
      // The copy has fewer frames with this participant in this role and more in the opposite one.
      const flipped = count(sf, f.cls, was, who) < count(rf, f.cls, was, who) && count(sf, f.cls, other, who) > count(rf, f.cls, other, who);
      if (!flipped) continue;
      reported.add(`${f.cls}:${who}`);
      const g = sf.find((x) => x.cls === f.cls && (was === 'agent' ? x.patient === who : x.agent === who))!;
      emit('role.event-frame', {
        reference: evidence(ctx.ref, f.toks), suspect: evidence(ctx.sus, g.toks),
        vars: {
          who: displayName(ctx, who), event: f.cls,
          was: was === 'agent' ? `carries out the ${f.cls}` : `is the target of the ${f.cls}`,
          now: was === 'agent' ? 'is its target' : 'carries it out',
        },
      });
    }
  }
  const rc = clauses(ctx, ctx.ref), sc = clauses(ctx, ctx.sus);
  // The same verb, a synonym, or a verb replaced by another one ("Brazil beat Argentina" / "Argentina defeated
  // Brazil"): with the two participants exactly reversed, that is already a strong sign.
  // A converse verb ("sold to" / "bought from") tells the same event with the participants swapped.
  const sameVerb = (t: Triple, u: Triple) => t.verb === u.verb || areSynonyms(ctx.lex, t.verb, u.verb) ||
    (ctx.diff.refMatch[t.v.k]! < 0 && ctx.diff.susMatch[u.v.k]! < 0 && !ctx.lex.converseVerbs.has(`${t.verb} ${u.verb}`));
  for (const t of rc.triples) {
    // "The army fought the rebels" / "The rebels fought the army": some verbs say the same both ways round.
    if (ctx.lex.symmetricVerbs.has(t.verb) || ctx.lex.structure.symmetricPredicates.has(t.verb)) continue;
    if (sc.triples.some((u) => sameVerb(t, u) && u.agent === t.agent && u.patient === t.patient)) continue;
    const swapped = sc.triples.find((u) => sameVerb(t, u) && u.agent === t.patient && u.patient === t.agent);
    if (!swapped) continue;
    emit('role.swap', {
      reference: evidence(ctx.ref, t.toks), suspect: evidence(ctx.sus, swapped.toks),
      vars: { a: displayName(ctx, t.agent), b: displayName(ctx, t.patient), verb: t.verb },
    });
    reported.add(`${t.verb}:${t.agent}`).add(`${t.verb}:${t.patient}`);
  }
  // The doer replaced by another participant that both texts name ("Germany sent doctors to Italy" / "Italy
  // sent doctors to Germany"): the two changed places even though the second is no object of the verb.
  const named = (side: Side, key: string) => side.entities.some((e) => e.key === key);
  for (const t of rc.triples) {
    // Who said or told something is the attribution check's finding.
    if (ctx.lex.symmetricVerbs.has(t.verb) || ctx.lex.structure.symmetricPredicates.has(t.verb) || ctx.lex.reportingVerbs.has(t.verb) || sc.triples.some((u) => sameVerb(t, u) && u.agent === t.agent)) continue;
    // Only a finite verb has a subject of its own: in "dissuaded Macron from leaving" the leaver is not the
    // name before "leaving".
    if (!finite(ctx.ref, t.v, ctx.lex)) continue;
    const u = sc.triples.find((x) => sameVerb(t, x) && x.patient === t.patient && x.agent !== t.agent && x.agent !== t.patient && finite(ctx.sus, x.v, ctx.lex));
    if (!u || rc.triples.some((x) => sameVerb(t, x) && x.agent === u.agent)) continue;
    if (![t.agent, u.agent].every((k) => named(ctx.ref, k) && named(ctx.sus, k))) continue;
    // The sentence analysis reads another subject for either verb ("about 100 people in Athens’ Panathenaic stadium
    // unfurled", "people ... waved flags and unfurled"): the name next to the verb is not its doer.
    if (!analysedSubject(ctx.ref, t.v.k, t.agent) || !analysedSubject(ctx.sus, u.v.k, u.agent)) continue;
    emit('role.agent', {
      reference: evidence(ctx.ref, t.toks), suspect: evidence(ctx.sus, u.toks),
      vars: { a: displayName(ctx, t.agent), b: displayName(ctx, u.agent), verb: t.verb },
    });
    reported.add(`${t.verb}:${t.agent}`).add(`${t.verb}:${u.agent}`);
  }
  const done = new Set<string>([...reported]);
  relationRoles(ctx, emit, done);
  participleRoles(ctx, emit, done);
  for (const v of rc.voices) {
    if (reported.has(`${v.event}:${v.who}`)) continue;
    if (sc.voices.some((u) => u.who === v.who && u.event === v.event && u.role === v.role)) continue;
    const other = sc.voices.find((u) => u.who === v.who && u.event === v.event && u.role !== v.role);
    if (!other) continue;
    reported.add(`${v.event}:${v.who}`);
    emit('role.voice', {
      reference: evidence(ctx.ref, v.toks), suspect: evidence(ctx.sus, other.toks),
      vars: { who: displayName(ctx, v.who), event: v.event, was: v.role === 'agent' ? 'gives or does' : 'receives', now: other.role === 'agent' ? 'gives or does' : 'receives' },
    });
  }
};

/**
 * Whether the analysis of the sentence holding the verb at K gives it a subject naming KEY, or gives it none (the
 * token reader's guess stands then).
 */
function analysedSubject(side: Side, k: number, key: string): boolean {
  const ents = entityAt(side);
  for (const { analysis, base, sentence } of analysesOf(side)) {
    if (k < base || k >= base + sentence.tokens.length) continue;
    const cl = analysis.clauses.find((c) => c.predicate?.verb === k - base);
    if (!cl || !cl.subject.length) return true;
    return cl.subject.some((np) => { for (let j = np.a; j <= np.b; j++) if (ents.get(base + j)?.key === key) return true; return false; });
  }
  return true;
}

/** One clause's predicate with who acts (agent) and who it is done to (patient), keyed as participants. */
interface Relation { rel: string; verb: string; agents: string[]; patients: string[]; toks: SideToken[]; pronouns: boolean; agentHeads: number[]; verbAt: number }

/**
 * Who does what to whom in every clause of a side, read from the sentence analysis: the subject of an active verb
 * and the "by" phrase of a passive act; the object of an active verb (or, without one, the noun of the
 * preposition right after it: "lying to Rachel") and the subject of a passive undergo; a copula with an adjective
 * or a noun and a preposition relates its subject to that noun ("loyal to Madison", "an acquaintance of Heather").
 */
export function relations(side: Side, lex: Lexicons): Relation[] {
  const ents = entityAt(side);
  const out: Relation[] = [];
  for (const { sentence, base, analysis } of analysesOf(side)) {
    const key = (np: NP) => {
      const k = base + np.head;
      const e = ents.get(k);
      if (e) return e.key;
      const t = side.tokens[k]!;
      return pronounKey(t.norm) ?? t.lemma;
    };
    for (const cl of analysis.clauses) {
      const p = cl.predicate;
      if (!p || lex.auxiliaryVerbs.has(p.lemma) && !p.copula) continue;
      let agents: NP[] = [], patients: NP[] = [], prep = '';
      const firstPP = cl.pps.find((x) => !x.host && x.pp.np && x.pp.a > p.verb && !lex.passiveAgentPreps.has(x.pp.word));
      if (p.copula) {
        if (p.lemma === sentence.tokens[p.verb]!.lemma) continue;
        const pp = cl.pps.find((x) => x.pp.np && x.pp.a > p.verb);
        if (!pp) continue;
        agents = cl.subject;
        patients = [pp.pp.np!];
        prep = pp.pp.word;
      } else if (p.passive) {
        patients = cl.subject;
        agents = cl.pps.filter((x) => lex.passiveAgentPreps.has(x.pp.word) && x.pp.np).map((x) => x.pp.np!);
      } else {
        agents = cl.subject;
        patients = cl.objects;
        if (!patients.length && firstPP) { patients = [firstPP.pp.np!]; prep = firstPP.pp.word; }
      }
      if (!agents.length && !patients.length) continue;
      const all = [...agents, ...patients];
      const a = Math.min(cl.a, ...all.map((n) => n.a)), b = Math.max(cl.b, ...all.map((n) => n.b));
      out.push({
        rel: prep ? `${p.lemma} ${prep}` : p.lemma, verb: p.lemma,
        agents: agents.map(key), patients: patients.map(key),
        toks: side.tokens.slice(base + a, base + b + 1),
        pronouns: all.some((n) => pronounKey(sentence.tokens[n.head]!.norm) !== null),
        agentHeads: agents.map((n) => base + n.head), verbAt: base + p.verb,
      });
    }
  }
  return out;
}

/**
 * Participants that changed roles between the two sides' relations: the doer of a verb now its target or the
 * reverse ("Did Kimberly move the boat?" / "Was Kimberly moved by the boat?", "he would reject her" / "she would
 * reject him"), or the doer replaced by someone the reference names in another place ("The artist near the
 * student introduced the judge" / "The student introduced the judge"). Symmetric predicates (rules/lexicon/
 * structure.yaml: married, dating, close to) say the same either way round.
 */
const PLAIN_WORDS = 15;

function relationRoles(ctx: PairContext, emit: Parameters<typeof role>[1], done: Set<string>): void {
  const lex = ctx.lex;
  // A role read off a sentence reworded throughout is too uncertain to report: the copy must say it with the
  // reference's own words (rearranged, some left out), as a swap or a change of voice does.
  const refContent = ctx.ref.tokens.filter((t) => t.content);
  if (ctx.sus.tokens.some((t) => t.content && ctx.diff.susMatch[t.k]! < 0 && !echoedIn(lex, refContent, t))) return;
  // The chunker's reading of a long sentence of many clauses is not sure enough to tell a change of roles.
  const plain = (side: Side) => side.sentences.every((s) => s.tokens.filter((t) => t.isWord).length <= PLAIN_WORDS && s.analysis.clauses.length <= 3);
  if (!plain(ctx.ref) || !plain(ctx.sus)) return;
  const rr = relations(ctx.ref, lex), sr = relations(ctx.sus, lex);
  if (!rr.length || !sr.length) return;
  const symmetric = (r: Relation) => lex.structure.symmetricPredicates.has(r.verb) || lex.symmetricVerbs.has(r.verb);
  // A lemma guessed from a mis-tagged form ("dislik" for "disliked") still meets the verb's own ("dislike").
  const same = (r: Relation, s: Relation) => r.rel === s.rel || r.verb === s.verb || sameStem(r.verb, s.verb) ||
    r.verb === `${s.verb}e` || s.verb === `${r.verb}e` || areSynonyms(lex, r.verb, s.verb);
  const roleIn = (rs: Relation[], r: Relation, who: string, which: 'agents' | 'patients') => rs.some((s) => same(r, s) && s[which].includes(who));
  // Who stands between a doer and its verb in the reference ("the banker next to the secretary", "the scientist
  // who recommended the doctor"), not as a part of it ("a group of cheerleaders").
  const between = new Map<string, number[]>();
  for (const { analysis, base } of analysesOf(ctx.ref)) {
    for (const np of analysis.nps) {
      if (ctx.ref.tokens[base + np.a - 1]?.norm === 'of') continue;
      const e = entityAt(ctx.ref).get(base + np.head);
      const key = e ? e.key : pronounKey(ctx.ref.tokens[base + np.head]!.norm) ?? ctx.ref.tokens[base + np.head]!.lemma;
      between.set(key, [...(between.get(key) ?? []), base + np.head]);
    }
  }
  for (const x of rr) for (const k of [...x.agents, ...x.patients]) if (!between.has(k)) between.set(k, []);
  const standsBetween = (r: Relation, key: string) => (between.get(key) ?? []).some((k) => r.agentHeads.some((h) => h < k) && k < r.verbAt);
  for (const r of rr) {
    if (symmetric(r)) continue;
    for (const [which, other] of [['agents', 'patients'], ['patients', 'agents']] as const) {
      for (const who of r[which]) {
        const key = `${r.verb}:${who}`;
        if (done.has(key) || r[other].includes(who)) continue;
        // The same participant on the other side of the same predicate, and no longer on this one.
        // Everyone of the copy's clause is someone the reference's sentence names: the same people, rearranged.
        const moved = sr.find((s) => same(r, s) && s[other].includes(who) && !s[which].includes(who) && [...s.agents, ...s.patients].every((k) => between.has(k)));
        if (!moved || roleIn(sr, r, who, which) || roleIn(rr, r, who, other)) continue;
        done.add(key);
        emit('role.participant', {
          reference: evidence(ctx.ref, r.toks), suspect: evidence(ctx.sus, moved.toks),
          vars: { who: displayName(ctx, who), verb: r.rel, was: which === 'agents' ? 'does it' : 'has it done to them', now: which === 'agents' ? 'has it done to them' : 'does it' },
        });
      }
    }
    // Someone else does it: the new doer stood elsewhere in the reference sentence.
    if (!r.agents.length || lex.reportingVerbs.has(r.verb) || lex.structure.beliefVerbs.has(r.verb)) continue;
    const s = sr.find((x) => same(r, x) && x.agents.length && !x.agents.some((k) => r.agents.includes(k)));
    if (!s || sr.some((x) => same(r, x) && x.agents.some((k) => r.agents.includes(k)))) continue;
    const newcomer = s.agents.find((k) => standsBetween(r, k) && !rr.some((x) => same(r, x) && x.agents.includes(k)) && pronounKey(k) === null);
    if (!newcomer || done.has(`${r.verb}:${newcomer}`)) continue;
    done.add(`${r.verb}:${newcomer}`);
    emit('role.participant', {
      reference: evidence(ctx.ref, r.toks), suspect: evidence(ctx.sus, s.toks),
      vars: { who: displayName(ctx, newcomer), verb: r.rel, was: 'does not do it', now: 'does it' },
    });
  }
}

/**
 * A participle right after a noun says what was done to it ("a daughter conceived after the trial", "a guard
 * injured in the blast"); a relative clause of that noun with the same verb in the active, or a word of the same
 * fact after a copula or "become" ("a daughter who became pregnant"), says what it does or is: the one the act
 * was done to is now the one who does it. Only a participle with no object after it, inside the sentence (a
 * verb or a preposition before its noun: at the start it may be the sentence's own verb, "The guard fell ill").
 */
function participleRoles(ctx: PairContext, emit: Parameters<typeof role>[1], done: Set<string>): void {
  const lex = ctx.lex, rt = ctx.ref.tokens, st = ctx.sus.tokens;
  const AFTER = new Set(['ADP', 'PUNCT', 'ADV', 'SCONJ', 'CCONJ']);
  const becoming = new Set([...lex.becomingVerbs, ...lex.copulas]);
  for (let k = 0; k + 1 < rt.length; k++) {
    const n = rt[k]!, v = rt[k + 1]!, next = rt[k + 2];
    if (n.pos !== 'NOUN' || v.sent !== n.sent || !isParticiple(v, lex) || (next && next.sent === v.sent && !AFTER.has(next.pos))) continue;
    if (next?.norm === 'by' || done.has(`${v.lemma}:${n.lemma}`)) continue;
    if (!rt.slice(0, k).some((t) => t.sent === n.sent && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP'))) continue;
    // The copy still says it of the noun the same way.
    if (st.some((t, j) => t.lemma === n.lemma && st[j + 1]?.lemma === v.lemma)) continue;
    for (let j = 0; j + 2 < st.length; j++) {
      const m = st[j]!, rel = st[j + 1]!;
      if (m.lemma !== n.lemma || m.pos !== 'NOUN' || rel.sent !== m.sent || (!lex.relativePronouns.has(rel.norm) && rel.norm !== 'that')) continue;
      let w = j + 2;
      const link = st[w]!.sent === m.sent && st[w]!.pos !== 'ADJ' && becoming.has(st[w]!.lemma) ? w++ : -1;
      const u = st[w];
      if (!u || u.sent !== m.sent) continue;
      // "who was conceived": still done to it.
      const active = link < 0 ? u.pos === 'VERB' && u.lemma === v.lemma : u.pos === 'ADJ' && sameFactTerm(ctx.rules, v.lemma, u.lemma);
      if (!active || st[w + 1]?.norm === 'by') continue;
      done.add(`${v.lemma}:${n.lemma}`);
      emit('role.participant', {
        reference: evidence(ctx.ref, [n, v]), suspect: evidence(ctx.sus, st.slice(j, w + 1)),
        vars: { who: `the ${n.text}`, verb: v.text, was: 'has it done to them', now: 'does it' },
      });
      break;
    }
  }
}

function finite(side: Side, v: SideToken, lex: Lexicons): boolean {
  const prev = side.tokens[v.k - 1];
  return !endingOf(v.norm, lex.endings.gerund) && !(prev && prev.sent === v.sent && (lex.infinitiveMarkers.has(prev.norm) || prev.pos === 'ADP'));
}

function displayName(ctx: PairContext, key: string): string {
  const e = ctx.ref.entities.find((x) => x.key === key) ?? ctx.sus.entities.find((x) => x.key === key);
  // A participant named only by a common noun.
  if (!e) return `the ${key}`;
  const side = ctx.ref.entities.includes(e) ? ctx.ref : ctx.sus;
  if (e.place) {
    // Prefer the country's name over a demonym: "Iranian" -> "Iran" when it is written somewhere.
    const named = [...ctx.ref.entities, ...ctx.sus.entities].find((x) => x.key === key && /^\p{Lu}/u.test(ctx.ref.tokens[x.k0]?.text ?? '') && !/(ian|ese|ish|i|an)s?$/.test((ctx.ref.entities.includes(x) ? ctx.ref : ctx.sus).tokens[x.k1]!.norm));
    if (named) { const s = ctx.ref.entities.includes(named) ? ctx.ref : ctx.sus; return s.tokens.slice(named.k0, named.k1 + 1).map((t) => t.text).join(' '); }
    return key.length <= 3 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
  }
  return side.tokens.slice(e.k0, e.k1 + 1).map((t) => t.text).join(' ');
}
