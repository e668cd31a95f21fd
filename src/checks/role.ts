// role: who did what to whom. Three readings, compared across the pair:
//  - event frames: "the Iranian attack"/"Iran's attack"/"an attack by Iran" (agent) vs "an attack on Iran" (patient);
//  - participants swapped around one verb: "A told B" vs "B told A" (passives normalised: "B was told by A");
//  - voice: "Biden was updated" (receives) vs "Biden provides updates" (gives), through light verbs in rules/.
import type { Check } from '../core/check.js';
import type { SideToken } from '../core/diff.js';
import { areSynonyms, endingOf, type Lexicons } from '../core/lexicons.js';
import { evidence, type PairContext, type Side } from '../core/pair.js';
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
    } else {
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
    if (ctx.lex.symmetricVerbs.has(t.verb)) continue;
    if (sc.triples.some((u) => sameVerb(t, u) && u.agent === t.agent && u.patient === t.patient)) continue;
    const swapped = sc.triples.find((u) => sameVerb(t, u) && u.agent === t.patient && u.patient === t.agent);
    if (!swapped) continue;
    emit('role.swap', {
      reference: evidence(ctx.ref, t.toks), suspect: evidence(ctx.sus, swapped.toks),
      vars: { a: displayName(ctx, t.agent), b: displayName(ctx, t.patient), verb: t.verb },
    });
  }
  // The doer replaced by another participant that both texts name ("Germany sent doctors to Italy" / "Italy
  // sent doctors to Germany"): the two changed places even though the second is no object of the verb.
  const named = (side: Side, key: string) => side.entities.some((e) => e.key === key);
  for (const t of rc.triples) {
    // Who said or told something is the attribution check's finding.
    if (ctx.lex.symmetricVerbs.has(t.verb) || ctx.lex.reportingVerbs.has(t.verb) || sc.triples.some((u) => sameVerb(t, u) && u.agent === t.agent)) continue;
    // Only a finite verb has a subject of its own: in "dissuaded Macron from leaving" the leaver is not the
    // name before "leaving".
    if (!finite(ctx.ref, t.v, ctx.lex)) continue;
    const u = sc.triples.find((x) => sameVerb(t, x) && x.patient === t.patient && x.agent !== t.agent && x.agent !== t.patient && finite(ctx.sus, x.v, ctx.lex));
    if (!u || rc.triples.some((x) => sameVerb(t, x) && x.agent === u.agent)) continue;
    if (![t.agent, u.agent].every((k) => named(ctx.ref, k) && named(ctx.sus, k))) continue;
    emit('role.agent', {
      reference: evidence(ctx.ref, t.toks), suspect: evidence(ctx.sus, u.toks),
      vars: { a: displayName(ctx, t.agent), b: displayName(ctx, u.agent), verb: t.verb },
    });
  }
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
