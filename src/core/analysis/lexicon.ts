// The word classes of rules/lexicon/structure.yaml, compiled once per rule set for the sentence analysis.
import { lexicon, type RuleSet } from '../rules.js';

export interface StructureLexicon {
  beliefVerbs: Set<string>;
  /** Condition markers, each as its words ("in case" -> ["in", "case"]), longest first. */
  conditionMarkers: string[][];
  adverbialMarkers: string[][];
  hedgeAdverbs: Set<string>;
  /** Verbs of perceiving: "can be heard" says what is there to perceive, not what may be so. */
  perceptionVerbs: Set<string>;
  /** Words a modal of ability follows, a pronoun between, to say an effort ("do what we can", "all they could"). */
  effortHeads: Set<string>;
  colourModifiers: Set<string>;
  /** Colour phrases as space-joined words ("in fact"). */
  colourPhrases: Set<string>;
  symmetricPredicates: Set<string>;
  modalAuxiliaries: Set<string>;
  /** Nouns of a point of view: "in our view", "in his opinion" frame a belief as a belief verb does. */
  beliefNouns: Set<string>;
  /** Words opening a clause that holds only when something happens ("when the term is used"): a condition kept. */
  conditionLike: Set<string>;
  /** Condition markers that open an embedded question after a word ("questions about whether ...", "unclear whether ..."). */
  questionMarkers: Set<string>;
  /** Light verbs and general nouns ("take steps to", "make efforts to"): a part of only these carries no claim. */
  lightWords: Set<string>;
  /** Word-class sequences no whole English sentence has (a word cut out): parts of speech in capitals, words lower case. */
  gapShapes: string[][];
  /** Word -> the first word of its group in sameAs. */
  sameAs: Map<string, string>;
}

const phrases = (list: string[]) => list.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);

export function structureLexicon(rules: RuleSet): StructureLexicon {
  const e = lexicon<{ beliefVerbs: string[]; conditionMarkers: string[]; adverbialMarkers: string[]; hedgeAdverbs: string[];
    colourModifiers: string[]; colourPhrases?: string[]; symmetricPredicates: string[]; modalAuxiliaries: string[]; sameAs?: string[][]; beliefNouns?: string[]; conditionLike?: string[]; questionMarkers?: string[]; lightWords?: string[]; gapShapes?: string[]; perceptionVerbs?: string[]; effortHeads?: string[] }>(rules, 'structure');
  return {
    beliefVerbs: new Set(e.beliefVerbs),
    conditionMarkers: phrases(e.conditionMarkers),
    adverbialMarkers: phrases(e.adverbialMarkers),
    hedgeAdverbs: new Set(e.hedgeAdverbs),
    perceptionVerbs: new Set(e.perceptionVerbs ?? []),
    effortHeads: new Set(e.effortHeads ?? []),
    colourModifiers: new Set(e.colourModifiers),
    colourPhrases: new Set((e.colourPhrases ?? []).map((p) => p.toLowerCase())),
    symmetricPredicates: new Set(e.symmetricPredicates),
    modalAuxiliaries: new Set(e.modalAuxiliaries),
    beliefNouns: new Set(e.beliefNouns ?? []),
    conditionLike: new Set(e.conditionLike ?? []),
    questionMarkers: new Set(e.questionMarkers ?? []),
    lightWords: new Set(e.lightWords ?? []),
    gapShapes: (e.gapShapes ?? []).map((g) => g.split(/\s+/)),
    sameAs: new Map((e.sameAs ?? []).flatMap((g) => g.map((w) => [w, g[0]!] as [string, string]))),
  };
}
