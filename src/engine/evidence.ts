import type { Reading } from "./context.ts";
import { EVIDENCE_MODEL } from "./evidence-model.ts";
import type { Term } from "./query.ts";
import { ANSWER_THRESHOLD, LOWEST_FLOOR, type Match, saysAKindOf } from "./score.ts";
import { STRONG_MATCH } from "./score-kind.ts";

/**
 * How likely a fact is to answer the question rightly, from the parts of its evidence weighed
 * against each other: coverage adds the question's names and words up, but a missing verb, a name
 * found only through the meeting, a rival fact almost as good or a word the store has never seen
 * each say more or less than their share. The weights are fitted (logistic regression) on the
 * labeled dev questions by `npm run eval -- --fit`, so the likelihood is the share of answers like
 * this one that were right. Coverage stays the first test (it is what retrieval bounds its cost
 * by); the model vetoes a covering fact that is likely wrong and admits a less covering one that
 * is likely right.
 */

/** The evidence, in the order of `FEATURE_NAMES`: what the fitted weights apply to. */
export const FEATURE_NAMES = [
  "coverage",
  "found",
  "said",
  "needsUnmet",
  "namesOnly",
  "apart",
  "contradicted",
  "namesInFact",
  "namesDescribed",
  "namesInMeeting",
  "namesMissing",
  "wordsMissing",
  "weakestWord",
  "verb",
  "margin",
  "rivals",
  "unknownWords",
  "unknownNames",
  "mentions",
  "terms",
  "followUp",
  "timeWord",
  "namesReplaced",
  "slotUnsaid",
  "figureNamesUnsaid",
  "superseded",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Weights in the order of `FEATURE_NAMES` (a CI spec refits and compares, so they cannot drift). */
export interface EvidenceModel {
  /** Standardisation of each feature (mean, spread) as seen in the fitting data. */
  mean: readonly number[];
  spread: readonly number[];
  weights: readonly number[];
  bias: number;
  /**
   * The likelihood an answer needs: `veto` for a fact that covers the question (coverage above
   * the answer threshold), which the model can still turn down; `admit` for one that covers less,
   * which it can still let through when the rest of the evidence is strong.
   */
  veto: number;
  admit: number;
  /**
   * The confidence an answer is given with: its likelihood mapped through a logistic calibration
   * (`σ(slope · logit(likelihood) + intercept)`) fitted on the dev stories joined most recently,
   * the ones the engine's rules were least tuned on. The weights learn from every dev story, and
   * on the older ones, tuned over many sessions, answers at 0.95 are 98% right; on a story the
   * engine has never seen they are about 92% right. The confidence says the second. It changes no
   * decision: the thresholds stay on the likelihood.
   */
  unseen: { slope: number; intercept: number };
}

/** What the verdict weighed for one fact: kept for the evaluation, which fits the weights. */
export interface Judgement {
  features: number[];
  likelihood: number;
  /** The kind of question answered (who, yesno, …): the fit reports calibration per kind. */
  kind: string;
}

/** Facts within this much coverage of the best one are rivals: the question does not decide. */
export const RIVAL_MARGIN = 0.03;

export function evidenceFeatures(
  read: Reading & { kind: "read" },
  top: Match,
  matches: readonly Match[],
  /** A fact that gives the same answer as the best one backs it up rather than rivals it. */
  sameAnswer: (m: Match) => boolean = () => false,
  /** A later fact of the story changes what the best one says, and no earlier state is asked. */
  superseded = 0,
): number[] {
  const { plan, time } = read.understanding;
  const evidence = top.evidence;
  // "What else did he say?" asks for the rest: facts as good as the best one are more of the
  // answer, not rivals that leave it undecided.
  const asksForTheRest = read.exclude.size > 0;
  // "What did Sarybay say?" is answered by all he said: facts as good as the best one that also
  // have him say something are more of the list, not rivals.
  const sayings = !!evidence?.saidByAsked && (plan.kind === "what" || plan.kind === "which");
  // (Coverage first: whether a fact names the same answer is read only for the few close to the best.)
  const others = matches.filter(
    (m) =>
      m !== top &&
      !(
        m.coverage >= top.coverage - RIVAL_MARGIN &&
        (asksForTheRest || (sayings && m.evidence?.saidByAsked) || sameAnswer(m))
      ),
  );
  const second = others[0]?.coverage ?? 0;
  const kind = (name: string) => (plan.kind === name ? 1 : 0);
  // "What was the condition?" right after "what did Italy offer at the Kyustendil talks?" names
  // nothing of its own, but is bound to what was being discussed (only facts about it are weighed,
  // `topicOf`): in context it names that, as its rewrite would, and the fact holds it. Its few
  // words are all it asks, so only a fact with every one of them is read so.
  const carried =
    read.onTopic && read.previous && plan.mentions.length === 0 && hasEveryWord(plan.terms, top) ? 1 : 0;
  const values: Record<string, number> = {
    coverage: top.coverage,
    found: evidence?.found ?? top.coverage,
    said: evidence?.said ?? top.coverage,
    needsUnmet: evidence && evidence.needs < 1 ? 1 : 0,
    namesOnly: evidence && evidence.vague < 1 ? 1 : 0,
    apart: evidence?.apart ?? 0,
    contradicted: evidence?.contradicted ? 1 : 0,
    namesInFact: (evidence?.namesInFact ?? 0) + carried,
    namesDescribed: evidence?.namesDescribed ?? 0,
    namesInMeeting: evidence?.namesInMeeting ?? 0,
    namesMissing: evidence?.namesMissing ?? 0,
    namesReplaced: evidence?.namesReplaced ?? 0,
    // "What *model* of radar …?", "how many *Nepali* students …?": the very thing the answer is
    // (`askedSlot`) the fact does not say, where it says what lies next to it.
    // A word for a kind of it holds it, as it does for the veto ("what documents" by "a memorandum").
    slotUnsaid:
      (evidence?.slotMissed.filter((i) => !saysAKindOf(top.indexed, plan.terms[i]!.word)).length ?? 0) +
      (evidence?.slotNamesUnsaid ?? 0),
    // "How many people live in Vilnius?": a figure is of what the fact says it is of; a name of the
    // question only its people's descriptions or its meeting have is not what the figure counts.
    // A name the fact says in its own words is said, linked or not ("the Vilnius–Riga line").
    figureNamesUnsaid: plan.quantity ? (evidence?.namesUntold ?? 0) : 0,
    superseded,
    wordsMissing: evidence?.wordsMissing ?? 0,
    weakestWord: evidence?.weakestWord ?? 1,
    verb: evidence?.verb ?? 1,
    margin: top.coverage - second,
    rivals: others.filter((m) => m.coverage >= top.coverage - RIVAL_MARGIN).length,
    // An English word the store never uses ("help") says less than a name it has never heard of.
    unknownWords: plan.unknown.filter((u) => !u.nameLike).length,
    unknownNames: plan.unknown.filter((u) => u.nameLike).length,
    mentions: plan.mentions.length + carried,
    terms: plan.terms.filter((t) => t.weight >= 1).length,
    followUp: read.reading ? 1 : 0,
    // "Who heads it?" is worded in the present: no time word asked.
    timeWord: time && time !== "present" ? 1 : 0,
    who: kind("who"),
    what: kind("what"),
    when: kind("when"),
    where: kind("where"),
    which: kind("which"),
    why: kind("why"),
    how: kind("how"),
    yesno: kind("yesno"),
  };
  return FEATURE_NAMES.map((name) => values[name]!);
}

/** Every word of the question, however light, is in the fact (one of the stems that count as it). */
function hasEveryWord(terms: readonly Term[], match: Match): boolean {
  const stems = match.indexed.terms;
  return terms.every((term) => {
    for (const [stem, strength] of term.alternatives)
      if (strength >= STRONG_MATCH && stems.has(stem)) return true;
    return false;
  });
}

export function likelihoodOf(
  features: readonly number[],
  model: Pick<EvidenceModel, "mean" | "spread" | "weights" | "bias"> = EVIDENCE_MODEL,
): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) {
    const spread = model.spread[i] ?? 1;
    z += (model.weights[i] ?? 0) * ((features[i]! - (model.mean[i] ?? 0)) / (spread || 1));
  }
  return 1 / (1 + Math.exp(-z));
}

/** What the confidence of an answer of this likelihood is on a story the engine has never seen. */
export function confidenceOf(
  likelihood: number,
  model: Pick<EvidenceModel, "unseen"> = EVIDENCE_MODEL,
): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, likelihood));
  const z = model.unseen.slope * Math.log(q / (1 - q)) + model.unseen.intercept;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The coverage below which no fact is weighed: the answer threshold when the model admits nothing
 * below it (`admit` out of reach), else the lowest coverage it may admit. Retrieval reads the
 * postings of the question's rarest parts until the rest could not lift a fact past this, so a
 * floor no answer can come from is cost for nothing ("where did X review the trade accord" read
 * 1,219 more facts at 10k for it).
 */
export function candidateFloor(shift = 0, model: EvidenceModel = EVIDENCE_MODEL): number {
  return model.admit + shift >= 1 ? ANSWER_THRESHOLD : LOWEST_FLOOR;
}

export { LOWEST_FLOOR };

/**
 * Whether a fact's evidence is enough to answer with. `shift` moves both thresholds (the
 * evaluation's precision/recall curve); 0 is the fitted decision.
 */
export function enoughToAnswer(
  likelihood: number,
  covers: boolean,
  shift = 0,
  model: EvidenceModel = EVIDENCE_MODEL,
): boolean {
  return likelihood >= (covers ? model.veto : model.admit) + shift;
}
