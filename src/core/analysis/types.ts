// What a sentence says, read once when it is segmented and cached on the Sentence: its clauses with their
// predicate, participants and attachments, its reporting and belief frames, its conditions, hedges and negations.
// Every index is a token index within the sentence (Token.i).

/** A noun phrase: determiners and modifiers before its head, and what is attached after it. */
export interface NP {
  a: number;
  b: number;
  head: number;
  /** Adjectives, participles and nouns before the head that modify it ("angry", "electric", "floor"). */
  mods: number[];
  /** Prepositional phrases attached to it ("the banker next to the secretary"). */
  pps: PP[];
}

export interface PP {
  /** First token of the preposition ("next to", "in front of": its first word). */
  prep: number;
  /** The preposition as one lower-case string ("to", "next to"). */
  word: string;
  a: number;
  b: number;
  np: NP | null;
}

export interface Predicate {
  /** The main verb, or the copula when there is none. */
  verb: number;
  /** The verb's lemma; for a copula with an adjective or noun complement, that word's lemma ("loyal", "friend"). */
  lemma: string;
  aux: number[];
  copula: boolean;
  passive: boolean;
  /** Adjectives (and their adverbs) of a copula's complement ("is long and blue"). */
  adjs: number[];
  /** Negation cues of the verb group ("did not go", "never went"). */
  negs: number[];
  modals: number[];
  /** Adverbs inside or right around the verb group ("is cheerfully running", "ran quickly"). */
  advs: number[];
}

export type ClauseType = 'main' | 'relative' | 'complement' | 'adverbial' | 'condition' | 'participial' | 'coordinate';

export interface Clause {
  a: number;
  b: number;
  type: ClauseType;
  /** The word that opens it ("if", "that", "who", "because"), or -1. */
  marker: number;
  markerWord: string;
  parent: number;
  /** Coordinated subjects ("the judges and the secretaries"); for a subject relative, its antecedent. */
  subject: NP[];
  predicate: Predicate | null;
  /** Objects in order, coordinated ones included ("the actor and the banker"); a complement NP of a copula. */
  objects: NP[];
  /** Prepositional phrases of the clause, with the phrase they hang on (null: the verb). */
  pps: { pp: PP; host: NP | null }[];
  /** Adverbs of the clause outside the verb group ("Maybe the judges shouted"). */
  advs: number[];
  /** A question with the auxiliary before the subject ("Does Scott blame Kelly?"). */
  question: boolean;
}

export interface Frame {
  /** The clause of the reporting or belief verb. */
  clause: number;
  verb: number;
  lemma: string;
  kind: 'report' | 'belief';
  /** Who says or thinks: the subject of the frame's clause, or the object of "according to". */
  source: NP[];
  /** The clause said or thought, or -1 when it is the rest of the sentence around a parenthetical frame. */
  content: number;
  /** Direct speech: what is said is a quotation. */
  direct: boolean;
}

export interface Negation {
  cue: number;
  clause: number;
  /** What it negates: the predicate's verb, or the head of the noun phrase it opens ("no evidence"). */
  target: number;
}

export interface Analysis {
  clauses: Clause[];
  frames: Frame[];
  /** Clauses opened by a condition marker (if, unless, in case, whether or not). */
  conditions: number[];
  /** Hedging adverbs (supposedly, maybe) with their clause. */
  hedges: { at: number; clause: number }[];
  negations: Negation[];
  /** Every noun phrase of the sentence, in order. */
  nps: NP[];
}
