import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { MEETING_PLURALS, MODAL_VERBS, STOPWORDS } from "./language/lexicon.ts";
import { isPastVerb, type Token } from "./language/normalize.ts";
import { isActNoun, isVerb, isVerbOfCommunication, reportsSaying } from "./language/thesaurus.ts";
import type { QueryPlan, Term } from "./query.ts";
import { type AskedRole, AUXILIARIES, BE, QUESTION_OPENERS } from "./roles.ts";
import {
  entityWords,
  factSequences,
  mentionPositions,
  namePositions,
  statementHasAnyOf,
  wordsToFind,
} from "./token-cache.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word or fact read. (None is global or sticky where it is tested: no state kept.)
const STARTS_WITH_DIGIT = /^\d/;
const THIRD_PERSON_S = /[^su]s$/;

// Who did the act asked about, and whether it was done at all (denied, hedged, only planned): a
// fact with the question's words can still tell of another's act or of none.

/** The question's verb stands in the fact as a passive ("was founded") with no "by" after it. */
export function passiveWithoutDoer(plan: QueryPlan, asked: AskedRole, sentence: readonly Token[]): boolean {
  const verb = plan.terms[asked.verb];
  if (!verb) return false;
  const at = sentence.findIndex((token) => verb.alternatives.has(token.stem) && isPastVerb(token.word));
  if (at < 1 || !BE.has(sentence[at - 1]!.word)) return false;
  // The "by" may stand far on: "was received at the Casa Amarilla, the foreign ministry in San
  // José, by Costa Rica's foreign minister"; but not right after another participle, whose doer it
  // says ("was signed … at a meeting of EBIPA hosted by Chile").
  return !sentence.some(
    (token, i) => i > at && token.word === "by" && (i === at + 1 || !isPastVerb(sentence[i - 1]!.word)),
  );
}

/**
 * "Who pays for the patrols?" is not answered by "a fund of 38 million euros over three years to
 * pay for patrols": an infinitive after a noun says what a thing is for, not who does it ("offered
 * to pay", after a verb, does say who).
 */
export function actOnlyAsPurpose(plan: QueryPlan, indexed: IndexedFact): boolean {
  if (plan.kind !== "who" || plan.words[0] !== "who") return false;
  const verb = plan.terms.find((t) => t.position === 1 && t.weight >= 1 && isVerb(t.word));
  // Read only for the questions it is about, and only a sentence with "to" in it.
  if (!verb || !statementHasAnyOf(indexed, TO)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const at = positionsOf(sentence, (token) => verb.alternatives.has(token.stem));
  return (
    at.length > 0 &&
    at.every((i) => {
      const before = sentence[i - 2];
      return sentence[i - 1]?.word === "to" && !!before && !before.nameLike && !isVerb(before.word);
    })
  );
}

const TO = wordsToFind(["to"]);

/** Words that open what a speaker said ("X said …", "X told …"). */
const SAYING = wordsToFind(["said", "says", "told"]);

/**
 * "Who will build the bridge?", "who's building it?": the act the who-question asks of someone,
 * read once per question; none when the act itself is a saying ("who said …?") or there is none.
 */
export function whoActAsked(plan: QueryPlan): Term | undefined {
  if (plan.kind !== "who" || plan.words[0] !== "who") return undefined;
  // The word after "who" and its auxiliaries ("who *will* build", "who is going to train").
  let at = 1;
  while (at < plan.words.length && isAuxiliary(plan.words[at]!)) at++;
  const verb = plan.terms.find((t) => t.position === at);
  return verb &&
    verb.weight >= 1 &&
    verb.kinds.length === 0 &&
    isVerb(verb.word) &&
    !isVerbOfCommunication(verb.word)
    ? verb
    : undefined;
}

/**
 * "Who will build the bridge?" is not answered by "Bounmy Keomany said the commission would rather
 * open the bridge late than build on rock": where the asked act stands only in what a speaker said
 * (after "said"/"told"), the one the fact names first is the speaker, not the doer ("said … the
 * building permit" names no builder either). A fact with the act before the saying keeps its doer,
 * and so does one whose said words name the act's doer (`doerNamed`).
 */
export function actOnlyInWhatWasSaid(verb: Term, indexed: IndexedFact): boolean {
  if (!statementHasAnyOf(indexed, SAYING)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  let saying = -1;
  let named = -1;
  let acts = 0;
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (saying < 0 && i > 0 && SAYING.words.has(token.word)) saying = i;
    else if (verb.alternatives.has(token.stem)) {
      if (saying < 0 || doerNamed(sentence, named, i)) return false;
      acts++;
    } else if (saying >= 0 && token.nameLike) named = i;
  }
  return acts > 0;
}

/**
 * What was said names the act's doer: a name right before it, with only auxiliaries between ("said
 * the MBFA would train"), or after it as the passive's agent ("planes lent by Greece").
 */
function isAuxiliary(word: string): boolean {
  return (
    MODAL_VERBS.has(word) ||
    AUXILIARIES.has(word) ||
    BE.has(word) ||
    word === "to" ||
    word === "going" ||
    word === "s"
  );
}

function doerNamed(sentence: readonly Token[], named: number, act: number): boolean {
  if (sentence[act + 1]?.word === "by" && sentence[act + 2]?.nameLike) return true;
  if (named < 0) return false;
  for (let i = named + 1; i < act; i++) {
    if (!isAuxiliary(sentence[i]!.word)) return false;
  }
  return true;
}

function positionsOf(sentence: readonly Token[], test: (token: Token) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentence.length; i++) if (test(sentence[i]!)) out.push(i);
  return out;
}

/** A statement that reports something without asserting it. */
const HEDGED =
  /\b(?:declined to (?:comment|say|confirm|discuss)|did not say whether|would not (?:say|confirm|comment)|refused to (?:comment|say|confirm)|(?:reports?|rumou?rs?|speculation) that)\b/i;
/**
 * `HEDGED` read once per fact, kept by ordinal (0 not read yet, 1 no, 2 yes): nearly every scored
 * fact reaches that test, the same facts are scored question after question, and the expression
 * was a tenth of a common-word question's time.
 */
let hedgedFacts = new Uint8Array(1024);

export function hedged(indexed: IndexedFact): boolean {
  const at = indexed.ordinal;
  if (at >= hedgedFacts.length) {
    const wider = new Uint8Array(Math.max(at + 1, hedgedFacts.length * 2));
    wider.set(hedgedFacts);
    hedgedFacts = wider;
  }
  if (hedgedFacts[at] === 0) hedgedFacts[at] = HEDGED.test(indexed.fact.statement) ? 2 : 1;
  return hedgedFacts[at] === 2;
}
export const ASKS_ABOUT_HEDGE =
  /\b(?:declin\w*|comment\w*|reports?|reported|rumou?r\w*|confirm\w*|say|said|refus\w*|speculat\w*)\b/i;

/**
 * "Where did …", "in which venue did …", "when was it signed?": the question asks about what was done. Only the
 * question's own "did" ("where: what did they announce?" re-asks an earlier question).
 */
export function asksWhatWasDone(words: readonly string[]): boolean {
  // Asked of the question's words for each fact scored: read once per question's words.
  let asks = whatWasDone.get(words);
  if (asks === undefined) {
    asks = readsWhatWasDone(words);
    whatWasDone.set(words, asks);
  }
  return asks;
}

const whatWasDone = new WeakMap<readonly string[], boolean>();
/** Words that make what follows a plan: "was going to be built", "were due to be held". */
const PLAN_BEFORE_A_PARTICIPLE: ReadonlySet<string> = new Set([
  "to",
  "be",
  "will",
  "would",
  "going",
  "due",
  "meant",
  "supposed",
]);

function readsWhatWasDone(words: readonly string[]): boolean {
  const opens = (at: number) =>
    at > 0 && at <= 3 && words.slice(0, at).filter((word) => QUESTION_OPENERS.has(word)).length === 1;
  if (opens(words.indexOf("did"))) return true;
  // "When was the agreement signed?", "where was the first session held?": a passive in the past;
  // an irregular participle only where no word of a plan comes before it ("where was the factory
  // going to be built?" asks of the plan).
  const was = words.findIndex((word) => word === "was" || word === "were");
  if (!opens(was)) return false;
  const after = words.slice(was + 1);
  if (after.some((word) => word.length > 4 && word.endsWith("ed"))) return true;
  const planned = after.findIndex((word) => PLAN_BEFORE_A_PARTICIPLE.has(word));
  const done = after.findIndex((word) => isPastVerb(word));
  return done >= 0 && (planned < 0 || planned > done);
}

/**
 * A statement about a plan, not about what happened ("invited her to hold the next meeting in …"
 * too). A plan named as a thing ("opened talks on a joint plan to fight oil spills") is what the
 * act was about, not the act's being planned.
 */
export const PLANNED =
  /\b(?:will|would|next round|next meeting|agreed to (?:hold|meet)|(?<!\b(?:a|an|the|its|their|his|her|our|this|that)\s(?:[a-z]+\s)?)plan to|(?<!\b(?:the|its|their|his|her|our|these|those)\s)plans to|planned (?:for|to)|scheduled to|expected to|invit(?:ed|es|ing)\b[^.;]{0,60}?\bto (?:hold|host|visit|meet|attend))\b/i;

/**
 * "When was the radar contract awarded?" against "… awarded the contract for their shared radar, yet
 * still could not say where it will be built": the act asked is told done before the sentence turns
 * to what is to come, so the plan after it does not make the fact a plan.
 */
export function planOnlyAfterTheAct(acts: readonly Term[], indexed: IndexedFact): boolean {
  const planned = PLANNED.exec(indexed.fact.statement);
  if (!planned || acts.length === 0) return false;
  const marker = planned[0].split(/\s+/)[0]!.toLowerCase();
  const [sentence = []] = factSequences(indexed.fact);
  const at = sentence.findIndex((token) => token.word === marker);
  if (at <= 0) return false;
  // (The act as a verb done: "awarded", "met"; not a noun of the question, "ministers", "the signing".)
  for (let i = 0; i < at; i++) {
    const token = sentence[i]!;
    if (!isPastVerb(token.word)) continue;
    if (acts.some((act) => (act.alternatives.get(token.stem) ?? 0) >= 1)) return true;
  }
  return false;
}

/** How weakly the act asked may be met by the verb of a clause that tells the plan decided. */
const SETTLING_ACT_MET = 0.65;

/**
 * "When did the commission pick the builder?" against "X will build the bridge, the commission
 * decided on 7 July": the plan is what a closing clause tells done, so the fact dates the act that
 * settled it (met as the act asked, or a plainer act it is a kind of), not a plan still to come.
 */
export function planTheActSettled(acts: readonly Term[], indexed: IndexedFact): boolean {
  const statement = indexed.fact.statement;
  const comma = statement.lastIndexOf(", ");
  if (comma < 0 || acts.length === 0) return false;
  const closing = statement.slice(comma + 2);
  const planned = PLANNED.exec(statement);
  if (!planned || planned.index > comma || PLANNED.test(closing)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const words = new Set(closing.toLowerCase().match(/[a-z]+/g) ?? []);
  return sentence.some(
    (token) =>
      words.has(token.word) &&
      isPastVerb(token.word) &&
      acts.some((act) => (act.alternatives.get(token.stem) ?? 0) >= SETTLING_ACT_MET),
  );
}

/**
 * The sentence's first act (a verb in the past, active) is done by another of the question's
 * names: the one nearest before it, with the one the question says acts not between them.
 */
export function anotherNameActs(
  plan: QueryPlan,
  agent: number,
  sentence: readonly Token[],
  kb: KnowledgeBase,
): boolean {
  const verbAt = sentence.findIndex((token) => isPastVerb(token.word) && !STOPWORDS.has(token.word));
  if (verbAt <= 0 || BE.has(sentence[verbAt - 1]!.word)) return false;
  const nearest = (mention: number) =>
    Math.max(
      -1,
      ...mentionPositions(sentence, plan.mentions[mention]?.entityIds ?? [], kb).filter((at) => at < verbAt),
    );
  const agentAt = nearest(agent);
  return plan.mentions.some((_, other) => other !== agent && nearest(other) > agentAt);
}

/**
 * The fact's sentence has the question's verb with a person of its own doing it, and never names
 * the one the question says did it.
 */
export function someoneElseActs(
  plan: QueryPlan,
  asked: AskedRole,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const verb = plan.terms[asked.verb];
  const named = plan.mentions[asked.mention]?.entityIds ?? [];
  if (!verb || named.some((id) => indexed.entities.includes(id))) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const verbAt = sentence.findIndex((token) => verb.alternatives.has(token.stem));
  if (verbAt <= 0) return false;
  const people = indexed.fact.entities.filter((id) => kb.entity(id)?.kind === "person");
  return mentionPositions(sentence, people, kb).some((at) => at < verbAt && verbAt - at <= 6);
}

/**
 * "What did Iceland refuse?" asks what was refused: "Mulqueeny called Iceland's refusal a mistake"
 * names the act only by its noun, with nothing after it that says what ("its refusal *to include*
 * mackerel" would), so it tells someone's word on the act, not the act. True when every word of
 * the sentence that says the question's verb is such a bare act noun.
 */
export function actOnlyNamed(plan: QueryPlan, asked: AskedRole, sentence: readonly Token[]): boolean {
  const verb = plan.terms[asked.verb];
  if (!verb) return false;
  let named = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!verb.alternatives.has(sentence[i]!.stem)) continue;
    if (!isActNoun(sentence[i]!.word) || ACT_NOUN_COMPLEMENTS.has(sentence[i + 1]?.word ?? "")) return false;
    named = true;
  }
  return named;
}
/** After an act's noun, words that open what the act was ("refusal *to* pay", "rejection *of* the fee"). */
const ACT_NOUN_COMPLEMENTS: ReadonlySet<string> = new Set(["to", "of", "on", "over", "against", "for"]);

/** An act not done, said with a verb: "declined to withdraw" answers "why won't they withdraw?". */
export const REFUSAL = /\b(?:declined|declines|refused|refuses|rejected|rejects|failed|fails) to\b/i;
/**
 * The fact says the act asked about did not happen: "not", "never", "no" just before the
 * question's verb ("did not agree", "has never signed").
 */
export function negatesTheAct(
  acts: readonly Term[],
  indexed: IndexedFact,
  /**
   * The question asks when the act will be ("by when will Jordan decide …?"): "has not been
   * decided", "not yet decided" say only that it is still to come, which is no denial of it.
   */
  toCome = false,
): boolean {
  if (acts.length === 0 || !statementHasAnyOf(indexed, NEGATOR_WORDS)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const negatedAt = (i: number) =>
    NEGATORS.has(sentence[i - 1]?.word ?? "")
      ? i - 1
      : BETWEEN_NEGATION_AND_VERB.has(sentence[i - 1]?.word ?? "") &&
          NEGATORS.has(sentence[i - 2]?.word ?? "")
        ? i - 2
        : -1;
  const negated = (i: number) => {
    const at = negatedAt(i);
    return at >= 0 && !(toCome && notYet(sentence, at));
  };
  // The question's first act the sentence names is denied every time it is named ("signed by
  // five; Senegal did not sign" affirms it).
  for (const act of acts) {
    const named = sentence.flatMap((token, i) => (act.alternatives.get(token.stem) === 1 ? [i] : []));
    if (named.length > 0) return named.every(negated);
  }
  return false;
}

/**
 * "Indonesia can join the agreement at any time by signing": the question's first act the
 * sentence names is, every time, only possible (after "can", "could", "may" or "might"), a
 * means ("by signing") or only meant ("aimed to sign", "hoped to sign", "was to meet"), so it
 * says nothing of the act having been done.
 */
export function onlyPossible(acts: readonly Term[], indexed: IndexedFact, agreedIsAPlan = false): boolean {
  if (acts.length === 0) return false;
  const agreed = agreedIsAPlan && statementHasAnyOf(indexed, AGREED_WORDS);
  if (!agreed && !statementHasAnyOf(indexed, POSSIBILITY_WORDS)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const possible = (i: number) =>
    (sentence[i]!.word.endsWith("ing") && sentence[i - 1]?.word === "by") ||
    [1, 2].some((back) => isModal(sentence, i - back)) ||
    // "its customs systems must first be linked": what has to be done first is not done yet.
    mustComeFirst(sentence, i) ||
    // "aimed to sign", "expected Indonesia to sign"
    (sentence[i - 1]?.word === "to" &&
      [2, 3, 4].some((back) => {
        const word = sentence[i - back]?.word ?? "";
        return INTENTIONS.has(word) || (agreed && AGREED.has(word));
      })) ||
    // "will enter into force once the three signatories have ratified it": a condition of what is
    // to come, not a deed done.
    [1, 2, 3, 4, 5].some((back) => opensConditionOf(sentence, i - back, i));
  for (const act of acts) {
    const named = sentence.flatMap((token, i) => (act.alternatives.get(token.stem) === 1 ? [i] : []));
    if (named.length > 0) return named.every(possible);
  }
  return false;
}

/**
 * The word at `at` opens a condition whose act is the one at `act`: not "once again", "once more"
 * or "at once", and no name stands between the condition's subject and the act ("unsure if it
 * would join, Kenya signed": Kenya's signing is a clause of its own).
 */
function opensConditionOf(sentence: readonly Token[], at: number, act: number): boolean {
  const word = sentence[at]?.word;
  if (word === undefined || !CONDITIONS.has(word)) return false;
  if (
    word === "once" &&
    (NOT_A_CONDITION_AFTER_ONCE.has(sentence[at + 1]?.word ?? "") || sentence[at - 1]?.word === "at")
  )
    return false;
  let k = at + 1;
  // The condition's own subject: "once Armenia and Georgia have ratified it".
  while (k < act && (sentence[k]!.nameLike || SUBJECT_JOINERS.has(sentence[k]!.word))) k++;
  for (; k < act; k++) if (sentence[k]!.nameLike) return false;
  return true;
}
/**
 * The word at `at` is a modal of possibility: not the month ("since 4 May 2026, replacing Sonam
 * Choden" says the replacing was done), which is written capitalised or beside a day or a year.
 */
function isModal(sentence: readonly Token[], at: number): boolean {
  const token = sentence[at];
  if (!token || !MODALS_OF_POSSIBILITY.has(token.word)) return false;
  if (token.word !== "may") return true;
  const figure = (t: Token | undefined) => !!t && STARTS_WITH_DIGIT.test(t.word);
  return !(token.nameLike || figure(sentence[at - 1]) || figure(sentence[at + 1]));
}
const SUBJECT_JOINERS = new Set(["and", "the", "of"]);
const NOT_A_CONDITION_AFTER_ONCE = new Set(["again", "more", "upon"]);
const MODALS_OF_POSSIBILITY = new Set(["can", "could", "may", "might"]);

/** "Must first be linked", "should be ratified": a condition or a duty, the act still to be done. */
function mustComeFirst(sentence: readonly Token[], act: number): boolean {
  for (let back = act - 1; back >= Math.max(0, act - 4); back--) {
    const word = sentence[back]!.word;
    if (MODALS_OF_DUTY.has(word)) return true;
    if (!BETWEEN_DUTY_AND_ACT.has(word)) return false;
  }
  return false;
}
const MODALS_OF_DUTY = new Set(["must", "should"]);
const BETWEEN_DUTY_AND_ACT = new Set(["be", "first", "also", "still", "then", "only"]);
/** "Once", "if", "unless" open a clause whose act is a condition, not a deed. */
const CONDITIONS = new Set(["once", "if", "unless"]);
/** "Aimed to", "hoped to", "was to": an act meant, before "to". */
const INTENTIONS = new Set([
  ...["aim", "aims", "aimed", "hope", "hopes", "hoped", "plan", "plans", "planned"],
  ...["intend", "intends", "intended", "expect", "expects", "expected", "was", "were"],
  // "Belize asked to join the corridor", "applied to join": a wish, not the joining.
  ...["ask", "asks", "asked", "apply", "applies", "applied", "request", "requests", "requested"],
  ...["want", "wants", "wanted", "seek", "seeks", "sought", "wish", "wishes", "wished"],
  // "agreed to invite Laos to join the panel", "urged Serbia to sign": a call to act, not the act.
  ...["invite", "invites", "invited", "urge", "urges", "urged", "encourage", "encourages", "encouraged"],
]);
/**
 * "Nepal and Bangladesh agreed to sign a power sale agreement in May": a plan, not the signing,
 * where the question asks when or where it was done (what they agreed to pay is still what they pay).
 */
const AGREED = new Set(["agree", "agrees", "agreed"]);
const AGREED_WORDS = wordsToFind(AGREED);
const POSSIBLE_OR_MEANS: ReadonlySet<string> = new Set([
  ...MODALS_OF_POSSIBILITY,
  ...MODALS_OF_DUTY,
  "by",
  ...INTENTIONS,
  ...CONDITIONS,
]);

const PAST_OPENERS = new Set(["did", "was", "were", "has", "have", "had"]);

/** "Who signed …?", "did they sign?", "was it signed?": a question about what was done. */
export function asksAboutADeed(plan: QueryPlan, acts: readonly Term[]): boolean {
  return (
    asksWhatWasDone(plan.words) ||
    (plan.kind === "yesno" && PAST_OPENERS.has(plan.words[0] ?? "")) ||
    (acts[0] !== undefined && isPastVerb(acts[0].word) && !asksAStandingAmount(plan, acts[0]))
  );
}

/**
 * "How much are the workers paid?", "how much do they get paid a month?": a participle after a
 * present "are" or "get" in a how-much or how-many question asks what stands, which a rule states
 * ("employers must pay each worker at least …"), not a payment made.
 */
function asksAStandingAmount(plan: QueryPlan, act: Term): boolean {
  return plan.quantity && PRESENT_PASSIVE.has(plan.words[act.position - 1] ?? "");
}
const PRESENT_PASSIVE: ReadonlySet<string> = new Set(["is", "are", "get", "gets"]);

/** The negation at `at` is in the perfect or says "not yet": "has not been decided", "hasn't yet". */
function notYet(sentence: readonly Token[], at: number): boolean {
  const word = sentence[at]!.word;
  return (
    PERFECT_NEGATORS.has(word) ||
    sentence[at + 1]?.word === "yet" ||
    (word === "not" && PERFECT_AUXILIARIES.has(sentence[at - 1]?.word ?? ""))
  );
}
const PERFECT_NEGATORS: ReadonlySet<string> = new Set(["hasnt", "havent"]);
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have"]);

const BETWEEN_NEGATION_AND_VERB = new Set([
  "yet",
  "be",
  "been",
  "have",
  "also",
  "formally",
  "officially",
  "still",
  // "could no longer pay": what stopped is not said to have been done.
  "longer",
]);
const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "didnt",
  "doesnt",
  "hasnt",
  "havent",
  "wont",
  "cannot",
  "nt",
]);

/** Words that may stand between a speaker's name and the verb of saying ("also", "later", "has"). */
const BEFORE_THE_SAYING = new Set(["also", "later", "then", "again", "further", "has", "had", "have", "and"]);
/** How many words a speaker's name may stand from the verb: "Aliyev and Sarybay noted". */
const SPEAKER_REACH = 4;

/**
 * The sentence has one of the entities say something: its name as the subject of a verb WordNet
 * files under verb.communication ("Sarybay underscored", "Aliyev and Sarybay noted", "Lopes
 * warned") or of one the question's verb counts among its own words ("highlighted"), or after
 * "said" ("…," said Lopes). "What did Sarybay say?" is answered by what the article reports him
 * saying, in whatever verb; "Aliyev thanked Sarybay" is Aliyev's saying, not his.
 */
export function saidByOneOf(
  ids: readonly string[],
  saying: Term,
  sentence: readonly Token[],
  kb: KnowledgeBase,
): boolean {
  for (const id of ids) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(sentence, name)) {
        if (SAID.has(sentence[at - 1]?.word ?? "") && !sentence[at - 2]?.nameLike) return true;
        // The agent of a passive is no subject of the verb after it: "The tribunal, presided over
        // by Hollerweger, agreed to postpone" is the tribunal's doing, not her saying.
        // (From the whole name's start: "by Brigitte Hollerweger" is "Hollerweger" too.)
        let start = at;
        while (start > 0 && sentence[start - 1]!.nameLike) start--;
        if (sentence[start - 1]?.word === "by") continue;
        for (let i = at + name.length; i < sentence.length && i <= at + name.length + SPEAKER_REACH; i++) {
          const token = sentence[i]!;
          if (BEFORE_THE_SAYING.has(token.word)) continue;
          if (finiteVerb(token.word)) {
            // (Or one the engine's own family of saying has: "highlighted".)
            // (Not one that only signs, chairs or represents: `reportsSaying`.)
            if (reportsSaying(token.word) || saying.alternatives.has(token.stem)) return true;
            break;
          }
          if (!token.nameLike) break;
        }
      }
    }
  }
  return false;
}

const SAID = new Set(["said", "says"]);
/** Meetings named in the plural ("talks", "sessions"), never a sentence's verb of saying. */
const MEETINGS: ReadonlySet<string> = new Set(MEETING_PLURALS);

/** A verb as a sentence's own ("noted", "warns"), not a noun or an infinitive. */
function finiteVerb(word: string): boolean {
  return isPastVerb(word) || (THIRD_PERSON_S.test(word) && isVerb(word));
}

// Whether a fact's sentence has any of a few words, read once per fact: the checks above run on
// every fact a question weighs, and most sentences have none of them.
const NEGATOR_WORDS = wordsToFind(NEGATORS);
const POSSIBILITY_WORDS = wordsToFind(POSSIBLE_OR_MEANS);

/**
 * One of the entities is named first in the sentence, before a verb of saying it has ("Chile, an
 * APEC member, expressed support …"): its subject, where `saidByOneOf` needs the name right at
 * the verb. "Ganbold invited the President of Chile" names Chile only after it.
 */
export function namedBeforeSaying(
  ids: readonly string[],
  sentence: readonly Token[],
  kb: KnowledgeBase,
): boolean {
  // (A meeting's plural is its name's noun, not a verb: "represented Libya at the Djerba talks".)
  const saying = sentence.findIndex(
    (token) => finiteVerb(token.word) && !MEETINGS.has(token.word) && reportsSaying(token.word),
  );
  if (saying < 0) return false;
  // The subject: no other name before it ("The ceremony at Keppel Bay in Singapore closed …" is
  // the ceremony's doing).
  return mentionPositions(sentence, ids, kb).some(
    (at) => at < saying && !sentence.slice(1, at).some((token) => token.nameLike),
  );
}

/** Verbs a question and a fact put a further act after ("agreed to cap", "decided to build"). */
const AGREEING: ReadonlySet<string> = new Set(["agree", "agrees", "agreed", "decide", "decides", "decided"]);
/** Tokens from "agreed" to its "to" ("agreed on 21 July 2026 to cut"). */
const AGREED_TO_REACH = 6;
/** How near the fact's agreed act must be to the question's to be the same act. */
const SAME_ACT = 0.5;
/** Tokens after the act agreed to within which the act asked is still part of it. */
const AGREED_ACT_REACH = 8;
/** How near a word must be to the act asked to stand for it. */
const STRONG_ACT = 0.7;

/**
 * "When did Vietnam and Cambodia agree to cap sand dredging?" asks when they agreed to that:
 * "agreed on 21 July 2026 to cut the ferry fare …, and Cambodia dropped its refusal to lower the
 * sand dredging cap" dates an agreement to something else. The question's act after "agree to" is
 * not the act the fact has them agree to, every time the fact says what it was agreed to do, and
 * the sentence has the act asked elsewhere.
 */
export function agreedToAnotherAct(plan: QueryPlan, indexed: IndexedFact): boolean {
  let asked: Term | undefined;
  for (let k = 0; k + 2 < plan.words.length && !asked; k++) {
    if (AGREEING.has(plan.words[k]!) && plan.words[k + 1] === "to") {
      asked = plan.terms.find((t) => t.position === k + 2 && isVerb(t.word));
    }
  }
  if (!asked || !statementHasAnyOf(indexed, AGREEING_WORDS)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  // The act asked stands in the sentence elsewhere ("lower the sand dredging *cap*"): a fact with no
  // word of it ("agreed to limit sand dredging") may word the same act its own way.
  if (!sentence.some((t) => (asked.alternatives.get(t.stem) ?? 0) >= STRONG_ACT)) return false;
  let told = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!AGREEING.has(sentence[i]!.word)) continue;
    const to = sentence.slice(i + 1, i + 1 + AGREED_TO_REACH).findIndex((t) => t.word === "to");
    const act = to < 0 ? undefined : sentence[i + 2 + to];
    if (!act || !isVerb(act.word)) continue;
    // ("agreed to sign a framework in June and to start building the weir in 2027": each act joined
    // by "and to" is agreed to as well.)
    const acts = [i + 2 + to];
    for (let j = acts[0]! + 1; j + 1 < sentence.length; j++) {
      const joined = sentence[j - 1]!.word;
      if (
        sentence[j]!.word === "to" &&
        (joined === "and" || joined === "or") &&
        isVerb(sentence[j + 1]!.word)
      )
        acts.push(j + 1);
    }
    for (const from of acts) {
      if ((asked.alternatives.get(sentence[from]!.stem) ?? 0) >= SAME_ACT) return false;
      // ("agreed to spend 46 million dollars upgrading the post": the act asked, told within what was agreed.)
      if (
        sentence
          .slice(from + 1, from + 1 + AGREED_ACT_REACH)
          .some((t) => (asked.alternatives.get(t.stem) ?? 0) >= STRONG_ACT)
      )
        return false;
    }
    told++;
  }
  return told > 0;
}
const AGREEING_WORDS = wordsToFind(AGREEING);
