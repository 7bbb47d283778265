import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { DETERMINERS, POSSESSIVE_DETERMINERS, STOPWORDS } from "./language/lexicon.ts";
import { isPastVerb, stemOf, type Token, tokenize } from "./language/normalize.ts";
import {
  isActNoun,
  isAdjective,
  isAdjectiveOnly,
  isBareVerb,
  isNoun,
  isPhrasalVerb,
  isVerb,
  isVerbOfOpinion,
  isVerbOfRefusing,
  isVerbOfSaying,
  isVerbOfWish,
  namesMisfortune,
  speaksForAState,
  usedMostlyAsVerb,
  verbSynonyms,
  verbsOfActNoun,
} from "./language/thesaurus.ts";
import { CALENDAR_WORDS, MONTHS as MONTH_NAMES } from "./language/time.ts";
import type { QueryPlan, Term } from "./query.ts";
import { ENVOYS, speaksForCountry } from "./roles.ts";
import type { Fact } from "./schema.ts";
import { factSequences, mentionPositions } from "./token-cache.ts";

// Why: whether a fact gives the reason a why-question asks for, and when that reason is what
// someone said. Read only for why-questions, beside the score rather than in it.

/** Verbs of saying, as a question's verb ("why did he *say* …", "why did she *call* it …"). */
const SAYING =
  /^(?:say|says|said|call|calls|called|describe|describes|described|consider|considers|considered|stress|stressed|emphasi[sz]e\w*)$/;

/**
 * The reason asked for is one someone gives: "why did he say …", "why does she think …", "why
 * does it want …", "why is it important, according to the minister?". What they said is then the
 * answer.
 */
export function asksWhySaid(plan: QueryPlan, kb: KnowledgeBase): boolean {
  const verbs = plan.terms.filter((t) => t.weight > 1).map((t) => t.word);
  if (verbs.some((word) => SAYING.test(word) || isVerbOfOpinion(word) || isVerbOfWish(word))) return true;
  // "Why does Bolivia want the vessels exempted?": "want" is no word to find, but still theirs.
  if (plan.words.some((word) => STOPWORDS.has(word) && isVerbOfWish(word))) return true;
  return (
    ACCORDING_TO.test(plan.text) &&
    plan.mentions.some((mention) => mention.entityIds.some((id) => kb.entity(id)?.kind === "person"))
  );
}
const ACCORDING_TO = /\baccording to\b/i;

/**
 * The fact has one the question names say or ask it: the people it names, else the countries and
 * bodies, stand before a saying of the sentence (or one of their people does: "Ghana's minister
 * said"). "Kairat Sarybay congratulated Azerbaijan" is not Azerbaijan saying why it wants anything,
 * and "Djibouti and Somalia could not agree" says nothing: a saying denied is none.
 */
export function saidByTheAsked(
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
  acts: readonly Term[],
): boolean {
  // ("Why does Azerbaijan want to hold CICA events?": the one before the question's words wants it.)
  const firstWord = Math.min(...plan.terms.map((term) => term.position));
  const subjects = plan.mentions.filter((mention) => mention.position < firstWord);
  const named = (subjects.length > 0 ? subjects : plan.mentions).flatMap((mention) => mention.entityIds);
  const people = named.filter((id) => kb.entity(id)?.kind === "person");
  const others = named.filter((id) => SAYER_KINDS.has(kb.entity(id)?.kind ?? ""));
  const asked = people.length > 0 ? people : others;
  const [sentence = []] = factSequences(indexed.fact);
  // (Their people the fact names speak for them: a country's minister, not its hydrologist.)
  const theirs =
    people.length > 0 ? [] : indexed.fact.entities.filter((id) => speaksForCountry(id, asked, kb));
  // (A country's adjective names the country only before one who speaks for it: "the Vietnamese
  // hydrologist who chairs the panel, said" is not Vietnam saying it.)
  const namedAt = mentionPositions(sentence, [...asked, ...theirs], kb).filter(
    (at) => kb.countryOfAdjective(sentence[at]!.word) === undefined || ofTheAsked(sentence, at, asked, kb),
  );
  // (Session 36b: the one asked must be the saying's subject, the sayer named last before it:
  // in "Cambodia agreed to lower the cap; Vietnam had asked for 5 million, the minister said" the
  // saying is the minister's. "Vietnam and Cambodia said" is both sides saying it.)
  const otherAt = mentionPositions(
    sentence,
    indexed.fact.entities.filter((id) => !asked.includes(id) && !theirs.includes(id) && canSay(id, kb)),
    kb,
  );
  const wish = plan.words.some(isVerbOfWish);
  for (let i = 0; i < sentence.length; i++) {
    if (!isSaying(sentence, i) || !statesAReason(sentence[i]!.word) || sayingDenied(sentence, i)) continue;
    if (asked.length === 0) return true;
    // "Why does the Netherlands want to study the commission's method?": "the Netherlands said it
    // would study the method" tells the wish again, not why; a saying that tells the act wanted in
    // its own verb gives no reason for it (one that does gives it in so many words, `givesReason`).
    // (Session 41.)
    if (wish && tellsTheActWanted(sentence, i, actsOfTheQuestion(plan, acts))) continue;
    // "Why does Castel want a joint listing?": "called Norvik's rejection of the joint listing a
    // slammed door" answers the rejection of what is wanted, not why it is wanted; a question about
    // the refusal itself is read by the refusal's own checks. (Session 48.)
    if (wish && !asksOfARefusal(plan) && refusalOfTheWanted(plan, sentence, i)) continue;
    if (subjectOf(sentence, i, namedAt, otherAt) && (!wish || saysTheWish(plan, sentence, i))) return true;
    for (let at = 0; at < i; at++) if (ofTheAsked(sentence, at, asked, kb)) return true;
  }
  return false;
}

/**
 * After the saying at `at`, a refusal (a verb of refusing, or its act's noun: "refusal",
 * "rejection") stands before one of the question's own words: what is wanted is told as turned
 * down, and the saying is about that.
 */
function refusalOfTheWanted(plan: QueryPlan, sentence: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < sentence.length - 1; k++) {
    const word = sentence[k]!.word;
    if (!isVerbOfRefusing(word) && !verbsOfActNoun(word).some(isVerbOfRefusing)) continue;
    for (let j = k + 1; j < sentence.length; j++)
      if (
        plan.terms.some(
          (term) => term.weight > 0 && !isVerbOfWish(term.word) && term.alternatives.has(sentence[j]!.stem),
        )
      )
        return true;
    return false;
  }
  return false;
}

/**
 * What was said after the saying at `at` tells one of the question's acts in its own word as what
 * will be done ("said it would *study* the method" for "why does it want to study …"): the wish
 * told, not its reason.
 */
function tellsTheActWanted(sentence: readonly Token[], at: number, acts: readonly Term[]): boolean {
  // (Told as what the sayer will do, "would study": "asked that vessels be exempted …, when barges
  // must sail partly empty" and "wants Japanese companies … to process it" say more than the wish.)
  for (let k = at + 2; k < sentence.length; k++)
    if (AHEAD.has(sentence[k - 1]!.word) && isAnAct(acts, sentence[k]!.stem)) return true;
  return false;
}

/**
 * The country's adjective at `at` is of one asked and names one who speaks for it, among the few
 * words after it: "the Greek minister said", "a Vietnamese delegate", "the Chilean side"; not "the
 * Vietnamese hydrologist who chairs the panel" (session 37: its people do not all speak for it).
 */
function ofTheAsked(
  sentence: readonly Token[],
  at: number,
  asked: readonly string[],
  kb: KnowledgeBase,
): boolean {
  if (!asked.includes(kb.countryOfAdjective(sentence[at]!.word) ?? "")) return false;
  for (let i = at + 1; i < sentence.length && i <= at + TITLE_REACH; i++) {
    const word = sentence[i]!.word;
    if (ENVOYS.has(word) || speaksForAState(word)) return true;
  }
  return false;
}
/** Words from a country's adjective to the title it qualifies: "the Greek deputy foreign minister". */
const TITLE_REACH = 3;

/**
 * The sayer that opens a clause last before the saying at `at` is one asked (or, joined by "and",
 * stands with one), so that the saying is theirs: in "Laos joined the panel set up by Vietnam and
 * Cambodia, but said …" the saying is Laos's, Vietnam being named only after "by".
 */
function subjectOf(
  sentence: readonly Token[],
  at: number,
  namedAt: readonly number[],
  otherAt: readonly number[],
): boolean {
  let asked = -1;
  for (const p of namedAt) if (p < at && p > asked && opensClause(sentence, p)) asked = p;
  if (asked < 0) return false;
  for (const p of otherAt) if (p < at && p > asked && opensClause(sentence, p)) return false;
  // A saying of its own ("X said", "X asked that") follows its sayer with no other deed between:
  // in "the talks were planned for June in Yerevan, where the ministers hoped" the hoping is the
  // ministers'. One joined to a deed ("signed … and said", "congratulated …, calling it") has the
  // deed's subject.
  const word = sentence[at]!.word;
  if (word.endsWith("ing") || JOINS.has(sentence[at - 1]?.word ?? "")) return true;
  for (let k = asked + 1; k < at; k++) {
    const token = sentence[k]!;
    if (!token.nameLike && !AUXILIARIES.has(token.word) && isPastVerb(token.word)) return false;
  }
  return true;
}
const JOINS: ReadonlySet<string> = new Set(["and", "but"]);
const AUXILIARIES: ReadonlySet<string> = new Set(["had", "was", "were", "did", "been", "has", "have", "is"]);

/**
 * "Why does X want …?": what X said must be about the thing it wants, at least half the words the
 * question asks standing after the saying ("the ministers said the agreement should be signed in June" says
 * nothing of why Armenia wants to buy hydropower). (Session 36b.)
 */
function saysTheWish(plan: QueryPlan, sentence: readonly Token[], at: number): boolean {
  let asked = 0;
  let said = 0;
  for (const term of plan.terms) {
    if (term.kinds.length > 0 || term.timeWord || isVerbOfWish(term.word)) continue;
    asked++;
    for (let k = at + 1; k < sentence.length; k++) {
      if (!term.alternatives.has(sentence[k]!.stem)) continue;
      said++;
      break;
    }
  }
  return said * 2 >= asked;
}

/** Words after which a name is what a verb or preposition takes, not who does the saying. */
const TAKES_A_NAME: ReadonlySet<string> = new Set([
  "by",
  "of",
  "with",
  "to",
  "from",
  "for",
  "on",
  "in",
  "at",
  "between",
  "against",
  "than",
  "over",
  "about",
  "into",
]);

/**
 * The name at `at` stands where a clause's subject does: first, or after words that take no
 * object ("In Tbilisi on 11 February the Georgian minister said"), not after a preposition or a
 * verb ("set up by Vietnam", "thanked Ghana"); in "X and Y", Y stands where X does.
 */
function opensClause(sentence: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && DETERMINERS.has(sentence[k]!.word)) k--;
  if (k < 0) return true;
  const word = sentence[k]!.word;
  if (word === "and" || word === "or") {
    let j = k - 1;
    while (j >= 0 && sentence[j]!.nameLike) j--;
    return j === k - 1 || opensClause(sentence, j + 1);
  }
  return !TAKES_A_NAME.has(word) && !isPastVerb(word);
}

/** Someone who may say something: a person, a country or a body. */
function canSay(id: string, kb: KnowledgeBase): boolean {
  const kind = kb.entity(id)?.kind ?? "";
  return kind === "person" || SAYER_KINDS.has(kind);
}

/**
 * Agreeing, backing, welcoming, inviting, discussing, thanking or praising reports what was done
 * together or to another, not one side saying why it wants something ("Thailand and Myanmar agreed
 * to link the clinics" gives no reason Thailand wants them). (Session 36b.)
 */
const NO_REASON_SAID =
  /^(?:agreed|agree|agrees|supported|support|supports|welcomed|welcome|welcomes|invited|invite|invites|discussed|discuss|discussions?|congratulat\w*|thank\w*|commend\w*|hail\w*|applaud\w*|praised|praise|praises)$/i;
function statesAReason(word: string): boolean {
  return !NO_REASON_SAID.test(word);
}

/** Who may say why they did something: besides people, the countries and bodies that act. */
const SAYER_KINDS: ReadonlySet<string> = new Set(["country", "organization"]);

/** A request is said too: "asked that vessels be exempted …, when barges must sail partly empty". */
const REQUESTING = /^(?:asked|asks|requested|requests)$/i;
const REQUESTED_WHAT: ReadonlySet<string> = new Set(["that", "for"]);

/** A saying joined to a deed: "congratulated Azerbaijan, calling it a testament". (Session 36b.) */
const SAYING_GERUND = /^(?:saying|calling|noting|stressing|describing|adding|arguing|explaining)$/;

/** The token is a verb of saying, or of asking that or for something. */
function isSaying(sentence: readonly Token[], at: number): boolean {
  const word = sentence[at]!.word;
  if (SAYING_WORD.test(word) || SAYING_GERUND.test(word)) return true;
  return REQUESTING.test(word) && REQUESTED_WHAT.has(sentence[at + 1]?.word ?? "");
}

const DENIED = /\b(?:not|never|no)\b|n't\b|\b(?:cannot|cant|couldnt|didnt|wont|wouldnt)\b/i;

/** "Could not agree", "did not say": a negation within the two words before the saying. */
function sayingDenied(sentence: readonly Token[], at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 2), at).map((token) => token.word);
  return DENIED.test(before.join(" "));
}

/**
 * A reason for what was asked: a cause or purpose said outright; "thanked X for Y" only when it is
 * the thanking that is asked about ("why did Chile back the bid?" is not answered by Mongolia
 * thanking Chile for backing it); and an action's purpose ("agreed to meet again in November to
 * consider the report") only after the act asked about.
 */
export function givesReason(
  plan: QueryPlan,
  asked: readonly Term[],
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const statement = indexed.fact.statement;
  const [sentence = [], quote = []] = factSequences(indexed.fact);
  // (Of the question's own verbs only: "a fee on cattle *crossing*" names the thing, no act asked.)
  const acts = actsOfTheQuestion(plan, asked);
  // "…, saying it would stay until the plants are readmitted" is the reason for what the fact says
  // was done: for an act it names only through a thing it mentions ("the import ban"), none.
  const read = reasonsIn(indexed.fact);
  const said = actSaid(acts, indexed, sentence, quote);
  if (said && !causeIsTheAsked(plan, read.causes)) {
    // "Antigua rejected the request, saying there was no money" says why it refused, which is no
    // reason for what a question asks that is not a refusal ("why on Nevis?"); a thanking's reason
    // answers only a question about the thanks.
    // (A refusal of the very act asked, "refused to lift the suspension … because", is its answer
    // or its correction.)
    const of = read.reasonOf;
    const ofAnother =
      of?.by === "thanks"
        ? !GRATITUDE.test(plan.text)
        : !!of && !asksOfARefusal(plan) && !(of.act && isAnAct(acts, of.act));
    if (read.givesReason && !ofAnother && reasonOfTheAct(statement, GIVES_REASON_ALL, acts, plan, kb))
      return true;
    if (read.causeAfterDueTo && reasonOfTheAct(statement, DUE_TO, acts, plan, kb)) return true;
  }
  if (read.gratitudeFor && GRATITUDE.test(plan.text)) return true;
  // Filed under "why" with the act asked among its keywords in the act's own word ("why cost rose"
  // for "why did the estimate go up?", "delay" for "why was the signing delayed?"): the store says
  // this fact is that act's reason, though its sentence puts it otherwise ("found a second damaged
  // section …, so 50 kilometres must be replaced", "the delay followed a cabinet reshuffle"). A
  // refusal's reason is left to the refusal's own checks, which know whose it is.
  // (Session 35.)
  if (read.filedUnderWhy && !asksOfARefusal(plan) && filedAsReasonOf(indexed, acts)) return true;
  // "Why not?" after "did Hungary agree to let Serbia reopen sterlet fishing?" (read as "why did
  // Hungary refuse …"): the refuser's own words, filed under "why" and a refusal by the store
  // ("Gábor Lendvai said Hungary will not open a fishery …, because …"), are that refusal's
  // reason, which the fact that only tells the refusal ("Bulgaria refused Romania's proposal") is
  // not. Whose it is: one of the refuser's people says it, the refuser among the fact's names.
  // (Session 39; read only for facts filed under "why", the refusal asked read once per question.)
  if (read.filedUnderWhy && refuserExplains(plan, acts, indexed, read, kb)) return true;
  // "Myanmar refused the malaria testing of truck drivers; Nay Myo Thitsar said the tests would slow
  // trade": the refuser's own people, speaking right after its refusal, say why it refused.
  if (refuserSpeaksAfterTheRefusal(plan, acts, indexed, kb)) return true;
  // "The cable was due to be finished in March, but the rainy season flooded the trenches": what
  // came in the way of the plan is why it changed ("why is it late?", "why was it pushed back?").
  // Only of the act asked, or of putting something off: "the bridge was due to be finished by
  // 2028, but its cost has risen" is no reason why Iran pays for the bridge. (Session 40.)
  if (read.planThwarted && (acts.length === 0 || said || putsOffAsked(acts))) return true;
  // Where the act asked about stands: the first of the question's verbs the sentence has. With no
  // verb asked ("what is the fund for?"), what is asked about is the thing named: "creates a fund
  // … to pay for patrols" says what for.
  const aboutTheName = plan.terms.every((term) => term.weight < 1);
  if (acts.length === 0 && !aboutTheName) return false;
  const actAt =
    acts.length > 0
      ? actPosition(sentence, acts)
      : Math.min(
          ...mentionPositions(
            sentence,
            plan.mentions.flatMap((mention) => mention.entityIds),
            kb,
          ),
        );
  if (actAt === Number.POSITIVE_INFINITY) return false;
  // "What is the memorandum for?": "a memorandum on maritime security …, covering coast guard
  // training" says what it is there to do.
  if (acts.length === 0 && sentence.slice(actAt + 1).some((token) => COVERING.has(token.word))) return true;
  const from = actAt >= 0 ? actAt : twoWordAct(sentence, acts, indexed);
  if (from < 0) return false;
  // "Why did Nicaragua want in on the patrol?": with no act of the question's found, "Nicaragua
  // *will send* 12 rangers to patrol the beach" says what the sending is for: a country or person
  // named as the doer of a verb of its own (a modal or a past verb right after the name) has the
  // purposes after it of that act, which the question does not ask about.
  const purposeOfTheName = acts.length > 0 || !doerOfItsOwnAct(plan, sentence, from, kb);
  // "will meet in Poprad in June 2027, before the fire season, to decide on the contract": a
  // comma sets the purpose apart, whatever word stands before it ("season" is a verb too).
  const actText = sentence[from]!.text;
  // "Why did Syria agree to release the water in March?": "march" is a verb to WordNet, but where the
  // month is all of the question the sentence has, "will meet in March 2027 to set the releases"
  // gives the purpose of what was done then, not of the act asked.
  const purposeOfTheAct = !CALENDAR_WORDS.has(sentence[from]!.word) && purposeOfTheName;
  const actStart = statement.indexOf(actText);
  if (actStart >= 0)
    for (const cause of statement.matchAll(CAUSE_AFTER_THE_ACT)) if (cause.index > actStart) return true;
  if (purposeOfTheAct)
    for (const purpose of statement.matchAll(PURPOSE_AFTER_COMMA)) {
      const verb = purpose[1]!.toLowerCase();
      // "Postponed the decision to its next meeting, to be held in Slavonski Brod": a passive "to be
      // <done>" tells what is still to happen to the thing before the comma, not what the act is for.
      if (verb === "be" && isPastVerb(wordAfter(statement, purpose.index + purpose[0].length))) continue;
      if (actStart >= 0 && purpose.index > actStart && isBareVerb(verb) && !isAnAct(acts, stemOf(verb)))
        return true;
    }
  for (let i = from + 1; purposeOfTheAct && i < sentence.length - 1; i++) {
    if (sentence[i]!.word !== "to") continue;
    const before = sentence[i - 1]!.word;
    const after = sentence[i + 1]!.word;
    // "offered to share" is what was offered; "data … to help plan the dredging" is what for, and
    // so is "took steps to strengthen": a word after a past verb is its object, whatever else
    // the word may be ("steps", "talks", "efforts").
    const prior = sentence[i - 2]?.word ?? "";
    const object = isPastVerb(prior) && !STOPWORDS.has(prior) && !isPastVerb(before);
    // "took nine days to reach the coast" says how long, not what for ("a fund of 38 million
    // euros over three years to pay for patrols" is what the fund is for).
    if (
      DURATION_UNITS.has(before) &&
      sentence.slice(Math.max(0, i - 4), i - 1).some((t) => TAKING_TIME.has(t.word))
    )
      continue;
    // "Bhutan dropped its refusal to train Nepali medical students": an act's own noun has what
    // was refused or decided after its "to", as its verb would ("refused to train"), not a purpose.
    if (isActNoun(before)) continue;
    // "The tunnel is due to be finished by March", "the bank was ready to lend": an adjective said
    // of the thing takes the "to" as its own complement (when or whether it is done), no purpose.
    if (predicateAdjective(sentence, i - 1)) continue;
    // ("Refused Romania's proposal to add a caviar farm": a noun, no verb, of a verb whose "to" says
    // what is proposed or decided is that act's own noun too, where WordNet files it apart.)
    // (Session 39.)
    if (!isVerb(before) && TAKES_INFINITIVE.has(sentence[i - 1]!.stem)) continue;
    // ("Refused the request from Laos to receive the images": the asker named between the act's
    // noun and its "to" leaves the "to" what was asked for, not a purpose.)
    if (complementOfANamedAsker(sentence, i)) continue;
    // "Agreed in Cluj-Napoca to lease aircraft" for "why did they decide to lease them?": the act
    // asked is no purpose of itself.
    if (isAnAct(acts, sentence[i + 1]!.stem)) continue;
    // "The amount of frozen assets to be released has changed": a passive "to be <done>" after a
    // thing (no verb of an act before it) tells what is still to happen to the thing, no purpose
    // ("was rebuilt to be used as a school" still says what for).
    if (after === "be" && isPastVerb(sentence[i + 2]?.word ?? "") && !isPastVerb(before)) continue;
    // "Has joined the trial and will give 1.5 million dollars to pay for freezers": the purpose of
    // the gift, a clause of its own, not of the joining.
    if (anotherClauseBetween(sentence, from, i, acts, askedTerms(plan))) continue;
    // "Agreed on 17 November 2026 to raise Nepal's power sales": what was agreed, past its time and
    // place, not what for.
    // ("What did Dahl ask Norvia for?" asks what was asked: there the complement is the answer.)
    if (!WHAT_FOR.test(plan.text) && complementOf(sentence, from, i)) continue;
    // ("Was cut from the Nawras 2026 programme to make up for the day lost": the word that ends a
    // place's phrase, a preposition and a determiner before it, is a noun there, whatever else
    // WordNet has it as; session 44.)
    // (Not "to its next meeting, to be held in Slavonski Brod": what is still to happen to it.)
    const ended = after !== "be" && endsAPrepositionsPhrase(sentence, i - 1);
    if (isVerb(after) && (!isVerb(before) || object || ended) && !STOPWORDS.has(before)) return true;
  }
  return (
    causeClauseAfter(sentence, from, acts, askedTerms(plan), plan, kb) ||
    (untilInTheActsClause(statement, sentence[from]!.text) &&
      conditionAfter(sentence, from, acts, askedTerms(plan))) ||
    misfortuneAfter(sentence, from, acts) ||
    whatItWillDo(sentence, from)
  );
}

/** Prepositions that open a phrase whose last word is then a noun ("from the programme"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "from",
  "in",
  "into",
  "at",
  "on",
  "to",
  "of",
  "for",
  "under",
]);
/** How many words a phrase after its determiner may run ("the Nawras 2026 programme"). */
const PHRASE_REACH = 4;

/**
 * The token at `at` ends a phrase a preposition opens: a preposition, a determiner, then words none
 * of them a stopword ("from the Nawras 2026 programme").
 */
function endsAPrepositionsPhrase(sentence: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - PHRASE_REACH); i--) {
    const word = sentence[i]!.word;
    if (DETERMINERS.has(word)) return PHRASE_PREPOSITIONS.has(sentence[i - 1]!.word);
    if (STOPWORDS.has(word)) return false;
  }
  return false;
}

/**
 * The question's acts less those it only uses to name a thing: a word after a determiner that
 * ends its phrase ("charge *a fee* on …"), an "-ing" word right after a noun that is no verb ("on cattle *crossing*", "the sand
 * *dredging* cap"), when another act is asked. The reason must be of the act asked ("charge"), not of another told with that word
 * ("1,700 herders have crossed without paying because …"). Once per question (a WeakMap on the
 * acts, as `refusalAsked`).
 */
function actsOfTheQuestion(plan: QueryPlan, acts: readonly Term[]): readonly Term[] {
  const known = questionActs.get(acts);
  if (known) return known;
  const named = (act: Term) => {
    const before = plan.words[act.position - 1] ?? "";
    // ("Charge *a fee* on …": a word after a determiner, with no word of the question after it, is
    // a thing; "sets up *a joint* commission" keeps its modifier, where the sentence may tell it.)
    if (DETERMINERS.has(before)) return !plan.terms.some((t) => t.position === act.position + 1);
    // ("Why is Iran paying for *the new bridge*?": words WordNet has only as adjectives between the
    // determiner and the word leave it a thing, as "the bridge" is; session 44.)
    if (afterDeterminerAndAdjectives(plan, act.position))
      return !plan.terms.some((t) => t.position === act.position + 1);
    // ("Why is a bridge being built *near* Lacanjá?": a word met mostly as no verb, right before a
    // name and after another act, is a preposition there, not a second act; session 40.)
    if (
      plan.mentions.some((mention) => mention.position === act.position + 1) &&
      acts.some((other) => other.position < act.position) &&
      !usedMostlyAsVerb(act.word)
    )
      return true;
    return (
      act.word.endsWith("ing") &&
      before !== "" &&
      !STOPWORDS.has(before) &&
      isNoun(before) &&
      !isVerb(before) &&
      plan.terms.some((t) => t.position === act.position - 1)
    );
  };
  const own = acts.filter((act) => !named(act));
  const kept = own.length > 0 && own.length < acts.length ? own : acts;
  questionActs.set(acts, kept);
  return kept;
}
const questionActs = new WeakMap<readonly Term[], readonly Term[]>();

/**
 * The word at `at` follows a determiner and words that can only be adjectives, or are part of a
 * name, one adjective at least ("the new", "a similar", "the new Araks").
 */
function afterDeterminerAndAdjectives(plan: QueryPlan, at: number): boolean {
  const inAName = (i: number) =>
    plan.mentions.some((mention) => i >= mention.position && i < mention.position + mention.length);
  // (At least one adjective: "why did the EU fund the bridge?" has its verb right after a name.)
  let adjectives = 0;
  let i = at - 1;
  for (; i >= 0; i--) {
    if (isAdjectiveOnly(plan.words[i]!)) adjectives++;
    else if (!inAName(i)) break;
  }
  return adjectives > 0 && i >= 0 && DETERMINERS.has(plan.words[i]!);
}

/** Verbs of putting a plan off or changing it, the acts a plan's thwarting explains. */
const PUTTING_OFF: readonly string[] = [
  "postpone",
  "delay",
  "defer",
  "move",
  "change",
  "slip",
  "reschedule",
].map(stemOf);

/**
 * One of the question's acts is putting something off or changing its time ("why was it pushed
 * back?", "why was the signing delayed?"): read once per question's acts.
 */
function putsOffAsked(acts: readonly Term[]): boolean {
  let known = putOffActs.get(acts);
  if (known === undefined) {
    known = acts.some((act) => PUTTING_OFF.some((stem) => act.alternatives.has(stem)));
    putOffActs.set(acts, known);
  }
  return known;
}
const putOffActs = new WeakMap<readonly Term[], boolean>();

/**
 * The name at `at` in the sentence is a country's or a person's, and the word right after it (past
 * the rest of the name) is a modal or a verb told in the past: the name does an act of its own
 * there ("Nicaragua will send …", "Austria joined …").
 */
function doerOfItsOwnAct(
  plan: QueryPlan,
  sentence: readonly Token[],
  at: number,
  kb: KnowledgeBase,
): boolean {
  if (!namesADoer(plan, kb)) return false;
  let next = at + 1;
  while (next < sentence.length && sentence[next]!.nameLike) next++;
  const word = sentence[next]?.word ?? "";
  return MODALS.has(word) || (isFinitePast(word) && isVerb(word));
}

/**
 * A why-question that names a country or a person (`doerOfItsOwnAct`): read once per question, not
 * per fact weighed. (Session 40, speed.)
 */
function namesADoer(plan: QueryPlan, kb: KnowledgeBase): boolean {
  let known = doerNamed.get(plan);
  if (known === undefined) {
    known =
      /^\W*why\b/i.test(plan.text) &&
      plan.mentions.some((mention) =>
        mention.entityIds.some((id) => {
          const kind = kb.entity(id)?.kind;
          return kind === "country" || kind === "person";
        }),
      );
    doerNamed.set(plan, known);
  }
  return known;
}
const doerNamed = new WeakMap<QueryPlan, boolean>();

/**
 * Where the act asked stands in the sentence: its first word of the acts asked. Where the
 * question's verb, the first of its acts, is there only as what describes a thing ("the 14
 * suspended plants"), the sentence tells no such act, and none of the question's other words that
 * may be verbs ("plants", "imports") stands in for it: -1.
 */
function actPosition(sentence: readonly Token[], acts: readonly Term[]): number {
  let verb: Term | undefined;
  for (const act of acts) if (!verb || act.position < verb.position) verb = act;
  let describing = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!verb!.alternatives.has(sentence[i]!.stem)) continue;
    if (!attributive(sentence, i)) {
      describing = false;
      break;
    }
    describing = true;
  }
  if (describing) return -1;
  // "Why did Armenia turn down Georgia's water request?" against "Georgia asked Armenia to guarantee
  // …, to protect irrigation downstream, and Armenia refused": the refusal asked stands at its own
  // verb, and what the request before it was for is the asker's reason, not the refuser's.
  // (Session 36; the refusal asked is read once per question, `refusalAsked`.)
  const refusal = refusalAsked(acts);
  if (refusal) {
    for (let i = 0; i < sentence.length; i++)
      if (refusal.alternatives.has(sentence[i]!.stem) && !attributive(sentence, i)) return i;
  }
  for (let i = 0; i < sentence.length; i++) if (isAnAct(acts, sentence[i]!.stem)) return i;
  // "Indonesia … held back *its signature* … after lawmakers asked to review the deal": the actor's
  // own noun of the act asked ("its", "their") tells that act where its verb is missing.
  const owned = ownedActNounsIn(sentence);
  for (let n = 0; n < owned.length; n++) {
    const verbs = owned[n]!.verbStems;
    for (let k = 0; k < verbs.length; k++) if (isAnAct(acts, verbs[k]!)) return owned[n]!.at;
  }
  return -1;
}

/** An act's noun after a possessive ("its signature"): where it stands, and its verbs' stems. */
interface OwnedActNoun {
  at: number;
  verbStems: readonly string[];
}

/** The sentence's act nouns after a possessive, in order: read once per sentence, not per question. */
function ownedActNounsIn(sentence: readonly Token[]): readonly OwnedActNoun[] {
  let found = ownedActNounsOf.get(sentence);
  if (!found) {
    found = [];
    for (let i = 1; i < sentence.length; i++) {
      if (!POSSESSIVE_DETERMINERS.has(sentence[i - 1]!.word)) continue;
      const verbs = verbsOfActNoun(sentence[i]!.word);
      if (verbs.length > 0) found.push({ at: i, verbStems: verbs.map((verb) => stemOf(verb)) });
    }
    ownedActNounsOf.set(sentence, found);
  }
  return found;
}
const ownedActNounsOf = new WeakMap<readonly Token[], OwnedActNoun[]>();
/**
 * The question's own verb (a relation word, weighed above its other words) when it is one of
 * refusing ("turn down", "reject"), else undefined: read once per question's acts, not per fact.
 */
function refusalAsked(acts: readonly Term[]): Term | undefined {
  const known = refusalOfActs.get(acts);
  if (known !== undefined) return known ?? undefined;
  let found: Term | null = null;
  for (const act of acts) if (act.weight > 1 && isVerbOfRefusing(act.word)) found = act;
  refusalOfActs.set(acts, found);
  return found ?? undefined;
}
const refusalOfActs = new WeakMap<readonly Term[], Term | null>();

/**
 * The "to" at `at` follows an act's noun and who made it ("the request from Laos to receive",
 * "a proposal by the Ghanaian side to share"): the noun takes what is wanted after its "to" (a
 * determiner or possessive before it makes it a noun, where it is a verb too), and between them
 * stand only a preposition of whose it is and a name, capitalised as written.
 */
function complementOfANamedAsker(sentence: readonly Token[], at: number): boolean {
  for (let k = at - 2; k >= Math.max(1, at - 1 - ASKER_REACH); k--) {
    if (!ASKER_PREPOSITIONS.has(sentence[k]!.word)) continue;
    const named = sentence.slice(k + 1, at).filter((token) => !DETERMINERS.has(token.word));
    if (named.length === 0 || !/^\p{Lu}/u.test(named[0]!.text)) return false;
    const noun = sentence[k - 1]!;
    const before = sentence[k - 2]?.word ?? "";
    const ownNoun = DETERMINERS.has(before);
    return (isActNoun(noun.word) || TAKES_INFINITIVE.has(noun.stem)) && (!isVerb(noun.word) || ownNoun);
  }
  return false;
}
/** Prepositions that name who made a request or offer ("the request *from* Laos"). */
const ASKER_PREPOSITIONS: ReadonlySet<string> = new Set(["from", "by", "of"]);
/** Words a name may take between that preposition and the "to" ("from the Lao government"). */
const ASKER_REACH = 4;

/**
 * The past form stands before a noun as what kind of thing it is ("the 14 *suspended* Costa Rican
 * plants"), after a determiner or a number: no act told there, and what the sentence says after
 * it ("…, after its food safety authority found …") is about its own verb ("would readmit").
 */
function attributive(sentence: readonly Token[], at: number): boolean {
  const [before, word, after] = [sentence[at - 1]?.word ?? "", sentence[at]!.word, sentence[at + 1]?.word];
  return (
    isPastVerb(word) &&
    (DETERMINERS.has(before) || /^\d/.test(before)) &&
    after !== undefined &&
    !STOPWORDS.has(after)
  );
}

/**
 * Verbs whose "to" says what is agreed, decided or refused, never what for ("agreed to raise",
 * "decided in Riga to lease"): English verbs that take a to-infinitive as their object. Those that
 * put someone before it ("invited Indonesia on 21 October to join", "asked Armenia to guarantee")
 * say what that one is invited or asked to do, no more what the inviting is for (session 36).
 */
const TAKES_INFINITIVE = new Set(
  [
    "agree",
    "decide",
    "refuse",
    "offer",
    "propose",
    "plan",
    "promise",
    "pledge",
    "want",
    "hope",
    "seek",
    "aim",
    "fail",
    "choose",
    "vote",
    "undertake",
    "intend",
    "expect",
    "prepare",
    "vow",
    "threaten",
    "opt",
    "resolve",
    // (Someone, then the "to": what they are to do.)
    "invite",
    "ask",
    "urge",
    "encourage",
    "allow",
    "permit",
    "persuade",
    "press",
    "force",
    "order",
    "request",
  ].map(stemOf),
);

/**
 * The "to" at `to` opens the object of the act's verb at `from`: the verb takes one, and only its
 * time and place stand between ("agreed on 17 November 2026 in Kathmandu to raise …").
 */
function complementOf(sentence: readonly Token[], from: number, to: number): boolean {
  if (!TAKES_INFINITIVE.has(sentence[from]!.stem)) return false;
  return sentence.slice(from + 1, to).every(
    (token) =>
      // ("Invited Norvik to Port Elm to discuss fees": a "to" before it says where, and the
      // one after is what for.)
      token.word !== "to" &&
      (STOPWORDS.has(token.word) || /^\d/.test(token.word) || token.nameLike || MONTHS.has(token.word)),
  );
}
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));
/** "What did X ask Y for?", "what was it for": a what-question ending in "for". */
const WHAT_FOR = /^what\b.*\bfor\W*$/i;

/** The stem is one of the acts asked about. */
function isAnAct(acts: readonly Term[], stem: string): boolean {
  for (let a = 0; a < acts.length; a++) if (acts[a]!.alternatives.has(stem)) return true;
  return false;
}

/**
 * The fact is a saying by a person of the one who refused what is asked (`givesReason`): its
 * keywords file it under "why" and a refusal, its first name is a person who says it, and the
 * refuser the question names (the last name before its verb of refusing, else its first) is among
 * the fact's names.
 */
function refuserExplains(
  plan: QueryPlan,
  acts: readonly Term[],
  indexed: IndexedFact,
  read: ReasonsSaid,
  kb: KnowledgeBase,
): boolean {
  if (!read.refusalFiled || !read.saying) return false;
  const refuser = refuserAsked(plan, acts);
  if (!refuser) return false;
  const fact = indexed.fact;
  if (kb.entity(fact.entities[0] ?? "")?.kind !== "person") return false;
  for (const id of refuser.entityIds) if (fact.entities.includes(id)) return true;
  return false;
}

/** How many words after a refusal's semicolon its speaker and their saying may take ("its principal Ramesh Thapaliya said"). */
const SPEAKER_REACH = 6;

/**
 * The sentence tells the refusal asked, then, after a semicolon, one who speaks for the refuser
 * ("its principal …", "its government", a person whose post is the refuser's) saying something:
 * that is the refuser's reason, told beside the refusal rather than with "because" or ", saying".
 * Another side's remark there is no reason of the refuser's.
 */
function refuserSpeaksAfterTheRefusal(
  plan: QueryPlan,
  acts: readonly Term[],
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const statement = indexed.fact.statement;
  const semicolon = statement.indexOf(";");
  if (semicolon < 0) return false;
  const refuser = refuserAsked(plan, acts);
  if (!refuser) return false;
  // (Tokens carry no punctuation: the two clauses are read apart.)
  const told = tokenize(statement.slice(0, semicolon));
  // The refuser turns it down before the semicolon, named before its verb of refusing.
  const refusal = told.findIndex((token) => isVerbOfRefusing(token.word));
  if (refusal < 0) return false;
  if (mentionPositions(told.slice(0, refusal), refuser.entityIds, kb).length === 0) return false;
  const after = tokenize(statement.slice(semicolon + 1));
  const saying = after.findIndex((token, i) => i < SPEAKER_REACH && isVerbOfSaying(token.word));
  if (saying <= 0) return false;
  const speaker = after.slice(0, saying);
  if (POSSESSIVE_DETERMINERS.has(speaker[0]?.word ?? "")) return true;
  return indexed.fact.entities.some(
    (id) =>
      kb.entity(id)?.kind === "person" &&
      mentionPositions(speaker, [id], kb).length > 0 &&
      speaksForCountry(id, refuser.entityIds, kb),
  );
}

/**
 * The one a refusal question names as refusing: the last name before its verb of refusing ("why did
 * Hungary refuse to let Serbia …"), or before its first word when it asks "why didn't X …"; none
 * when the question asks of no refusal. Read once per question.
 */
function refuserAsked(plan: QueryPlan, acts: readonly Term[]): QueryPlan["mentions"][number] | undefined {
  const known = refuserOfPlan.get(plan);
  if (known !== undefined) return known ?? undefined;
  let found: QueryPlan["mentions"][number] | null = null;
  if (asksOfARefusal(plan)) {
    const refusal = refusalAsked(acts);
    const at = refusal?.position ?? Math.min(...plan.terms.map((term) => term.position));
    for (const mention of plan.mentions) if (mention.position < at) found = mention;
    found ??= plan.mentions[0] ?? null;
  }
  refuserOfPlan.set(plan, found);
  return found ?? undefined;
}
const refuserOfPlan = new WeakMap<QueryPlan, QueryPlan["mentions"][number] | null>();

/** A person says it: the statement's first clause has its saying ("X, the minister, said …"). */
const SAID_FIRST = /^[^.;:]*?\b(?:said|told|says|explained|argued)\b/i;

/** A keyword of refusing ("refused", "why refused", "rejected", "turned down"). */
const REFUSAL_KEYWORD = /\b(?:refus\w*|reject\w*|declin\w*|turned down|would not|will not|said no)\b/i;

/** The question asks about a refusal: a verb of refusing, or a negation ("why didn't …", "say no"). */
function asksOfARefusal(plan: QueryPlan): boolean {
  return DENIED.test(plan.text) || plan.words.some((word) => isVerbOfRefusing(word));
}

/**
 * The act the reason the statement gives ("because", ", saying", "calling it") is said of: the last
 * verb before it. Only a refusal ("Nepal refused, saying poor students would stop applying"), with
 * the stem of the act it refused if it says one right after it ("refused to lift"), or a thanking
 * ("congratulated Azerbaijan on hosting COP29, calling it a testament …") is kept: their reasons
 * are the refuser's or the thanker's, not of the act they turn down or thank for.
 */
function reasonSaidOf(statement: string): ReasonOf | undefined {
  const marker = GIVES_REASON.exec(statement);
  if (!marker) return undefined;
  const words = statement.slice(0, marker.index).toLowerCase().match(LETTERS) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (STOPWORDS.has(word) || !isPastVerb(word) || !isVerb(word)) continue;
    if (GRATITUDE.test(word)) return { by: "thanks" };
    if (!isVerbOfRefusing(word)) return undefined;
    const act = words[i + 1] === "to" ? words[i + 2] : undefined;
    return act ? { by: "refusal", act: stemOf(act) } : { by: "refusal" };
  }
  return undefined;
}

interface ReasonOf {
  by: "refusal" | "thanks";
  /** What was refused, said right after the refusal ("refused to *lift*"), as a stem. */
  act?: string;
}
const LETTERS = /\p{L}+/gu;

/** Modals that put what a thing made is to do ahead of it ("a commission that will monitor …"). */
const AHEAD: ReadonlySet<string> = new Set(["will", "would", "shall", "should"]);

/**
 * "The accord sets up a joint commission that will monitor the water quality": what a thing the act
 * made or agreed on will do is what it was made for.
 */
function whatItWillDo(sentence: readonly Token[], from: number): boolean {
  for (let i = from + 2; i < sentence.length - 2; i++) {
    const word = sentence[i]!.word;
    if (word !== "that" && word !== "which") continue;
    if (AHEAD.has(sentence[i + 1]!.word) && isBareVerb(sentence[i + 2]!.word)) return true;
  }
  return false;
}

const RELATIVE: ReadonlySet<string> = new Set(["which", "who", "that"]);

/** How near a word must be to an act asked to be its own verb (its stem, not a synonym). */
const OWN_VERB = 0.9;
/** How far after "after" a cause clause's verb may stand ("after a door-to-door survey found"). */
const CLAUSE_REACH = 6;
/**
 * How far a passive verb may stand, its subject a longer phrase ("after a Kazakh citizen working at
 * the Port of Gdańsk was arrested"): "was" and a past participle mark the clause's verb beyond doubt.
 */
const PASSIVE_CLAUSE_REACH = 12;
/** Auxiliaries that make a past participle after them a clause's verb ("was arrested", "had agreed"). */
const PASSIVE_BE: ReadonlySet<string> = new Set(["was", "were", "had", "been"]);
/** Words that open a clause of the subject's own, whose verb is not the clause after "after". */
const SUBJECTS_CLAUSE: ReadonlySet<string> = new Set(["who", "which", "that", "where", "when", "whose"]);

/**
 * "The allowance was raised … after students complained that rents had risen", "dropped its demand
 * after Grenada agreed …": "after" with a clause of its own (someone did something) after the act
 * says what moved it. "After the meeting", "after 2030" or "after signing" name only a time.
 */
function causeClauseAfter(
  sentence: readonly Token[],
  from: number,
  acts: readonly Term[],
  asked: readonly Term[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): boolean {
  // "Liberia, which refused in June, now agrees … after the banks signed": the clause says what
  // moved the sentence's own act, not the one told of on the side.
  if (RELATIVE.has(sentence[from - 1]?.word ?? "")) return false;
  for (let i = from + 1; i < sentence.length - 2; i++) {
    if (sentence[i]!.word !== "after") continue;
    // "Agreed on 23 September … six months after it refused the idea": a span before "after" counts
    // the time since the clause, which dates the act and gives no reason for it.
    if (DURATION_UNITS.has(sentence[i - 1]!.word)) continue;
    if (anotherClauseBetween(sentence, from, i, acts, asked)) return false;
    // "The trawler Ocean Tide 7, seized in April by the Mlinzi, was released in July after its owner
    // paid a fine": the sentence's own passive verb between the act and "after" is what the clause
    // after "after" moved; the act was told only of the thing, on the side.
    if (passiveOfItsOwnBetween(sentence, from, i, acts)) return false;
    if (clauseIsTheQuestion(sentence, i, plan, acts, asked, kb)) continue;
    const next = sentence[i + 1]!;
    // "after signing", "after being appointed": no one of its own does it.
    if (next.word.endsWith("ing") || isPastVerb(next.word)) continue;
    for (let j = i + 2; j < Math.min(sentence.length, i + 1 + CLAUSE_REACH); j++) {
      const word = sentence[j]!.word;
      if (word === "after" || word === "and") break;
      if (isFinitePast(word) && !STOPWORDS.has(word)) {
        // "Benin joined …, after Togo dropped its objection" for "why did Togo drop its
        // objection?": the clause is the act asked itself, which is no cause of itself.
        // (The act's own verb, not a word WordNet puts beside it: "plants" asked is no "found".)
        if (acts.some((act) => (act.alternatives.get(sentence[j]!.stem) ?? 0) >= OWN_VERB)) break;
        return true;
      }
    }
    if (passiveClauseAfter(sentence, i, acts)) return true;
  }
  return false;
}

/** A passive verb ("was released") other than the act asked stands between `from` and `to`. */
function passiveOfItsOwnBetween(
  sentence: readonly Token[],
  from: number,
  to: number,
  acts: readonly Term[],
): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    if (!PASSIVE_BE.has(sentence[i]!.word)) continue;
    const verb = sentence[i + 1]!;
    if (isPastVerb(verb.word) && isVerb(verb.word) && !isAnAct(acts, verb.stem)) return true;
  }
  return false;
}

/**
 * The clause after "after" (at `at`) is what the question asks about, told in other words: its
 * subject is the one the question names before its verb, and more of the question's other words
 * stand in it than before it ("signed the extension of their gas swap … after Armenia agreed to
 * send back 3.2 kilowatt-hours for every cubic metre of gas" for "why did Armenia accept 3.2 kWh
 * per cubic metre of gas?"). That is the act taken for granted, no cause of it. (Session 44.)
 */
function clauseIsTheQuestion(
  sentence: readonly Token[],
  at: number,
  plan: QueryPlan,
  acts: readonly Term[],
  asked: readonly Term[],
  kb: KnowledgeBase,
): boolean {
  if (acts.length === 0) return false;
  const firstAct = Math.min(...acts.map((act) => act.position));
  const doers = plan.mentions.filter((mention) => mention.position < firstAct).flatMap((m) => m.entityIds);
  if (doers.length === 0) return false;
  const subjectAt = DETERMINERS.has(sentence[at + 1]?.word ?? "") ? at + 2 : at + 1;
  if (!mentionPositions(sentence, doers, kb).includes(subjectAt)) return false;
  let before = 0;
  let within = 0;
  for (const term of asked) {
    if (acts.includes(term)) continue;
    for (let j = 0; j < sentence.length; j++) {
      if (!term.alternatives.has(sentence[j]!.stem)) continue;
      if (j < at) before++;
      else within++;
    }
  }
  return within > before;
}

/**
 * The clause after "after" (at `at`) is a passive one whose subject runs past `CLAUSE_REACH`
 * words: "was arrested", "were killed", with no clause of the subject's own ("who …", "where …")
 * or a second "after" or "and" between. (Session 44.)
 */
function passiveClauseAfter(sentence: readonly Token[], at: number, acts: readonly Term[]): boolean {
  const end = Math.min(sentence.length, at + 1 + PASSIVE_CLAUSE_REACH);
  for (let j = at + 2; j < end; j++) {
    const word = sentence[j]!.word;
    if (word === "after" || word === "and" || SUBJECTS_CLAUSE.has(word)) return false;
    if (j < at + 1 + CLAUSE_REACH || !PASSIVE_BE.has(sentence[j - 1]!.word)) continue;
    if (!isPastVerb(word) || STOPWORDS.has(word)) continue;
    return !acts.some((act) => (act.alternatives.get(sentence[j]!.stem) ?? 0) >= OWN_VERB);
  }
  return false;
}

/**
 * The first "until" after the act's word stands in the act's own clause: no comma or semicolon
 * between ("due to be signed by the end of June, has been postponed until …" waits on the
 * postponement, not on the signing).
 */
function untilInTheActsClause(statement: string, actText: string): boolean {
  const actStart = statement.indexOf(actText);
  if (actStart < 0) return false;
  const until = /\buntil\b/i.exec(statement.slice(actStart));
  return !!until && !/[,;]/.test(statement.slice(actStart, actStart + until.index));
}

/**
 * "The agreement … has been postponed until the two sides agree on a price": an "until" after the
 * act that opens a clause of its own (a subject, then a verb that is no noun) says what the act waits
 * on, which is why it was held back. "Until March 2027", "until its next meeting" or "until further
 * notice" only say how long. (Session 35: a postponement's condition read as its reason.)
 */
function conditionAfter(
  sentence: readonly Token[],
  from: number,
  acts: readonly Term[],
  asked: readonly Term[],
): boolean {
  if (RELATIVE.has(sentence[from - 1]?.word ?? "")) return false;
  for (let i = from + 1; i < sentence.length - 2; i++) {
    if (sentence[i]!.word !== "until") continue;
    if (anotherClauseBetween(sentence, from, i, acts, asked)) return false;
    const next = sentence[i + 1]!;
    if (/^\d/.test(next.word) || CALENDAR_WORDS.has(next.word) || next.word.endsWith("ing")) continue;
    for (let j = i + 2; j < Math.min(sentence.length, i + 1 + CLAUSE_REACH); j++) {
      const word = sentence[j]!.word;
      if (/^\d/.test(word) || CALENDAR_WORDS.has(word) || word === "until") break;
      // (The subject: names, nouns and the words before them, "Israel and Cyprus", "the two sides".)
      if (sentence[j]!.nameLike || STOPWORDS.has(word) || isNoun(word) || isAdjectiveOnly(word)) continue;
      if ((isBareVerb(word) || isFinitePast(word)) && isVerb(word)) return true;
      break;
    }
  }
  return false;
}

/**
 * A verb told in the past: a regular or irregular past form, or "found", which the stemmer keeps
 * apart from "find" because "found" is a verb of its own ("after a survey found avalanche risk").
 */
function isFinitePast(word: string): boolean {
  return isPastVerb(word) || AMBIGUOUS_PAST.has(word);
}
const AMBIGUOUS_PAST: ReadonlySet<string> = new Set(["found"]);

/**
 * Words that set a happening beside the act: "closed … after armed clashes", "cut in 2020, during
 * the pandemic", "amid protests", "suspended since April 2023, when fighting broke out". What they
 * set there is a cause only when it names something going wrong (WordNet, `namesMisfortune`):
 * "after the talks", "during the visit" or "when the ministers met" only say when.
 */
const SETTING = new Set(["after", "following", "during", "amid", "amidst", "when", "as"]);
/** Those of `SETTING` that also open a clause of time or manner: their happening must be its subject. */
const CLAUSE_OPENERS = new Set(["when", "as"]);
/** Words before the happening's head that say which one it is ("the", "heavy", "armed"). */
const HEAD_REACH = 4;

function misfortuneAfter(sentence: readonly Token[], from: number, acts: readonly Term[]): boolean {
  if (RELATIVE.has(sentence[from - 1]?.word ?? "")) return false;
  for (let i = from + 1; i < sentence.length - 1; i++) {
    const setting = sentence[i]!.word;
    if (!SETTING.has(setting)) continue;
    // The happening's head: the last of the words after the setting one, past its determiners, up
    // to a word of no content or a verb ("armed clashes near …", "fighting broke out").
    let j = i + 1;
    while (j < sentence.length && DETERMINERS.has(sentence[j]!.word)) j++;
    let head: Token | undefined;
    let end = j;
    for (; end < Math.min(sentence.length, j + HEAD_REACH); end++) {
      const token = sentence[end]!;
      if (STOPWORDS.has(token.word) || /^\d/.test(token.word)) break;
      if (isNoun(token.word) && !(head && isFinitePast(token.word))) {
        head = token;
        continue;
      }
      // ("Armed clashes near …": an adjective before the head says what kind it is; anything
      // else, a name, a verb or a word after the head, ends the happening's name.)
      if (head || !(isAdjectiveOnly(token.word) || isFinitePast(token.word))) break;
    }
    if (!head || acts.some((act) => act.alternatives.has(head.stem))) continue;
    // "When fighting broke out": a clause's subject, its verb right after it.
    if (CLAUSE_OPENERS.has(setting) && !(end < sentence.length && isFinitePast(sentence[end]!.word)))
      continue;
    if (namesMisfortune(head.word)) return true;
    // "After its storage building was badly damaged by floods": the happening is the agent of
    // what befell the thing named.
    if (befallenBy(sentence, end)) return true;
  }
  return false;
}

/** "Was (badly) damaged by floods", "had been hit by a cyclone": a passive whose agent names a misfortune. */
function befallenBy(sentence: readonly Token[], at: number): boolean {
  let k = at;
  while (k < sentence.length && PASSIVE_AUXILIARIES.has(sentence[k]!.word)) k++;
  if (k === at) return false;
  if (/ly$/.test(sentence[k]?.word ?? "")) k++;
  if (!isPastVerb(sentence[k]?.word ?? "") || sentence[k + 1]?.word !== "by") return false;
  k += 2;
  while (k < sentence.length && DETERMINERS.has(sentence[k]!.word)) k++;
  const agent = sentence[k];
  return !!agent && isNoun(agent.word) && namesMisfortune(agent.word);
}
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  "was",
  "were",
  "had",
  "has",
  "have",
  "been",
  "is",
  "are",
]);

/**
 * The fact is filed under "why" with one of the acts among its keywords in the act's own word
 * (`filedUnderWhy`).
 */
function filedAsReasonOf(indexed: IndexedFact, acts: readonly Term[]): boolean {
  const filed = reasonsIn(indexed.fact).filedUnderWhy;
  return !!filed && acts.some((act) => !nounBeforeAnAct(act, acts) && ownStemIn(act, filed));
}

/**
 * A word of the question that may be a verb but stands right before another of its acts is of the
 * thing that act is done to ("why did the cable *cost* go up?", "why did the *repair estimate*
 * rise?"): a fact filed under that word ("cost") tells of something else done to it.
 */
function nounBeforeAnAct(act: Term, acts: readonly Term[]): boolean {
  return act.timeWord === true || acts.some((other) => other.position === act.position + 1);
}

/** One of the act's own stems (not a looser synonym WordNet puts beside it) is among the stems. */
function ownStemIn(act: Term, stems: ReadonlySet<string>): boolean {
  for (const [stem, weight] of act.alternatives) if (weight >= OWN_VERB && stems.has(stem)) return true;
  return false;
}

/** The fact says the act asked about in its own words: its sentence, its quote or its keywords. */
function actSaid(
  acts: readonly Term[],
  indexed: IndexedFact,
  sentence: readonly Token[],
  quote: readonly Token[],
): boolean {
  if (acts.length === 0) return true;
  if (hasStemOf(acts, sentence) || hasStemOf(acts, quote)) return true;
  // Its keywords: the fact's terms hold their stems beside its statement's and quote's, which
  // have none of the act's (a look-up, not the keywords tokenised on every call).
  const stems = stemsOfActs(acts);
  for (let k = 0; k < stems.length; k++) if (indexed.terms.has(stems[k]!)) return true;
  return twoWordAct(sentence, acts, indexed) >= 0;
}

/** One of the tokens has a stem of one of the acts. (Loops: a closure per token was garbage per fact.) */
function hasStemOf(acts: readonly Term[], tokens: readonly Token[]): boolean {
  for (let t = 0; t < tokens.length; t++) {
    const stem = tokens[t]!.stem;
    for (let a = 0; a < acts.length; a++) if (acts[a]!.alternatives.has(stem)) return true;
  }
  return false;
}

/**
 * Where a two-word verb of the act stands ("was set up in 2014 to cut …" for "establish"): the
 * fact has the act among its terms, but at no one token. Its particle, so that what follows it is
 * what it was done for; -1 if the sentence has none.
 */
function twoWordAct(sentence: readonly Token[], acts: readonly Term[], indexed: IndexedFact): number {
  const stems = stemsOfActs(acts);
  let strong = false;
  for (let k = 0; k < stems.length && !strong; k++) strong = (indexed.terms.get(stems[k]!) ?? 0) >= 0.9;
  if (!strong) return -1;
  const phrasal = phrasalVerbsIn(sentence);
  for (let p = 0; p < phrasal.length; p++) {
    const synonyms = phrasal[p]!.synonymStems;
    for (let k = 0; k < synonyms.length; k++) if (stems.includes(synonyms[k]!)) return phrasal[p]!.at + 1;
  }
  return -1;
}

/** The stems of the acts' alternatives, in order: read once per question (its acts are kept). */
function stemsOfActs(acts: readonly Term[]): readonly string[] {
  let stems = actStems.get(acts);
  if (!stems) {
    stems = acts.flatMap((act) => [...act.alternatives.keys()]);
    actStems.set(acts, stems);
  }
  return stems;
}
const actStems = new WeakMap<readonly Term[], readonly string[]>();

/** A two-word verb of a sentence ("set up"): where its verb stands, and its synonyms' stems. */
interface PhrasalVerb {
  at: number;
  synonymStems: readonly string[];
}

/**
 * The sentence's two-word verbs, in order: the same facts are weighed question after question,
 * and WordNet's verdict on a pair of their words depends on the words alone.
 */
function phrasalVerbsIn(sentence: readonly Token[]): readonly PhrasalVerb[] {
  let found = phrasalVerbsOf.get(sentence);
  if (!found) {
    found = [];
    for (let i = 0; i < sentence.length - 1; i++) {
      const verb = sentence[i]!.word;
      const particle = sentence[i + 1]!.word;
      if (!isPhrasalVerb(verb, particle)) continue;
      found.push({ at: i, synonymStems: verbSynonyms(`${verb} ${particle}`).map((word) => stemOf(word)) });
    }
    phrasalVerbsOf.set(sentence, found);
  }
  return found;
}
const phrasalVerbsOf = new WeakMap<readonly Token[], PhrasalVerb[]>();

/** Forms of "be" that make the word after them said of the subject. */
const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** The word at `at` is an adjective (never a verb) said of the subject: "is due", "was not ready". */
function predicateAdjective(sentence: readonly Token[], at: number): boolean {
  const word = sentence[at]?.word ?? "";
  if (!isAdjective(word) || isVerb(word)) return false;
  // (An adverb or a "not" may stand between: "is still due", "was not yet ready".)
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const before = sentence[i]!.word;
    if (BE_FORMS.has(before)) return true;
    if (!ADVERBS_BETWEEN.has(before)) return false;
  }
  return false;
}
const ADVERBS_BETWEEN: ReadonlySet<string> = new Set([
  "not",
  "now",
  "still",
  "yet",
  "also",
  "already",
  "then",
]);

/** Units of time: "took nine days to reach" is how long it took, not what for. */
const DURATION_UNITS: ReadonlySet<string> = new Set(
  ["minute", "hour", "day", "week", "month", "year", "decade"].flatMap((unit) => [unit, `${unit}s`]),
);

/** Verbs a length of time is the object of: "took nine days", "needs two years". */
const TAKING_TIME: ReadonlySet<string> = new Set([
  "take",
  "takes",
  "took",
  "taken",
  "taking",
  "need",
  "needs",
  "needed",
  "spend",
  "spends",
  "spent",
  "require",
  "requires",
  "required",
]);

/** A cause named after "because of", "due to" …: the word it names (after "the", "this" …). */
const NAMED_CAUSE =
  /\b(?:because of|due to|owing to|thanks to|as a result of)\s+(?:(?:the|this|that|its|their)\s+)?(\p{L}+)/giu;

/**
 * "Why the delay?" against "Because of the delay, the first exports will flow in May 2029, …
 * so that …": the thing asked about is a cause the fact names, of something else, and what
 * reasons it gives are for that something else.
 */
function causeIsTheAsked(plan: QueryPlan, causes: readonly string[]): boolean {
  return causes.some((stem) => plan.terms.some((term) => term.weight >= 1 && term.alternatives.has(stem)));
}

/** What a statement's own words say of reasons, whatever the question (see `reasonsIn`). */
interface ReasonsSaid {
  statement: string;
  /** The stems of the causes it names ("because of the delay": "delay"). */
  causes: readonly string[];
  givesReason: boolean;
  causeAfterDueTo: boolean;
  gratitudeFor: boolean;
  /** The reason it gives is a refuser's or a thanker's (`reasonSaidOf`). */
  reasonOf: ReasonOf | undefined;
  /** A plan, then ", but" what happened instead ("was due to start in September, but …"). */
  planThwarted: boolean;
  /** The fact's keywords, read only when the fact is filed under "why" or "reason" (`filedUnderWhy`). */
  keywords: readonly string[];
  filedUnderWhy: ReadonlySet<string> | undefined;
  /** Filed under "why" and under a refusal too ("why refused", "refused"). */
  refusalFiled: boolean;
  /** It argues for something done or wanted, not for a refusal (`argues`). */
  argues: boolean;
  /** Someone says it, in the statement's first clause (`SAID_FIRST`). */
  saying: boolean;
}

const reasonsSaid = new WeakMap<Fact, ReasonsSaid>();

/**
 * Read from the statement once per fact: a why-question weighs a hundred facts or more, the same
 * ones question after question, and these expressions depend on the text alone.
 */
function reasonsIn(fact: Fact): ReasonsSaid {
  const statement = fact.statement;
  const known = reasonsSaid.get(fact);
  if (known && known.statement === statement && known.keywords === fact.keywords) return known;
  const read: ReasonsSaid = {
    statement,
    causes: [...statement.matchAll(NAMED_CAUSE)].map((cause) => stemOf(cause[1]!.toLowerCase())),
    givesReason: GIVES_REASON.test(statement),
    causeAfterDueTo: causeAfterDueTo(statement),
    gratitudeFor: GRATITUDE_FOR.test(statement),
    reasonOf: reasonSaidOf(statement),
    planThwarted: PLAN_THWARTED.test(statement),
    keywords: fact.keywords,
    filedUnderWhy: filedUnderWhy(fact.keywords),
    refusalFiled: false,
    saying: SAID_FIRST.test(statement),
    argues: argues(statement),
  };
  // (A reason said of a refusal, "but Bhutan refused because …", argues for the refusal.)
  if (read.reasonOf?.by === "refusal") read.argues = false;
  read.refusalFiled = !!read.filedUnderWhy && fact.keywords.some((keyword) => REFUSAL_KEYWORD.test(keyword));
  reasonsSaid.set(fact, read);
  return read;
}

/**
 * The statement gives a reason ("because", "the reason for") or reasons its way to what follows
 * (", so it needs workers who can come every season"), with no denial before it: "… said
 * construction would not be added, because …" argues for a refusal, not for what is wanted.
 */
function argues(statement: string): boolean {
  const marker = GIVES_REASON.exec(statement);
  if (marker) return !DENIED.test(statement.slice(0, marker.index));
  // ("…, so South Korea will not send anyone there" draws a refusal; "so guarding only half of
  // their route makes no sense" still argues.)
  const so = SO_AFTER_COMMA.exec(statement);
  if (!so) return false;
  const drawn = statement.slice(so.index + 1).split(/[,;.]/, 1)[0]!;
  return !DENIED.test(statement.slice(0, so.index)) && !ACT_NOT_DONE.test(drawn);
}
/** A verb denied: "will not send", "cannot", "won't" ("no sense" denies no act). */
const ACT_NOT_DONE = /\b(?:not|never|cannot)\b|n't\b/i;
/** ", so …" drawing a consequence (not "so that", "so as to", "so far", "so-called"). */
const SO_AFTER_COMMA = /,\s+so\s+(?!that\b|as\b|far\b|much\b|many\b|long\b)\p{L}/u;

/**
 * "Why does South Korea want seasonal workers, according to Baek?": of the facts of what the one
 * asked said, the one that argues (`argues`) gives the reason, above one that only tells what they
 * want or decided. Read once per fact (`reasonsIn`). (Session 41.)
 */
export function arguesForIt(indexed: IndexedFact): boolean {
  return reasonsIn(indexed.fact).argues;
}

/** A keyword that files the fact as giving a reason: "why", "reason", "why cost rose". */
const WHY_KEYWORD = /^(?:why|reasons?)\b/i;

/**
 * The stems of a fact's keywords when one of them files it under "why" ("why", "reason", "why cost
 * rose"): the curator's word that the fact tells a reason, for the acts its keywords name.
 */
function filedUnderWhy(keywords: readonly string[]): ReadonlySet<string> | undefined {
  if (!keywords.some((keyword) => WHY_KEYWORD.test(keyword.trim()))) return undefined;
  return new Set(tokenize(keywords.join(" ; ")).map((token) => token.stem));
}

/** A schedule or plan said ("due to", "scheduled for", "expected to") and, in the same clause run, ", but …". */
const PLAN_THWARTED =
  /\b(?:due|scheduled|expected|supposed|meant|planned|set) (?:to|for)\b[^.;:]*?,\s*but\b/i;

/** What a thing named covers, after its name: its purpose when only the thing is asked about. */
const COVERING = new Set(["covering", "covers"]);

/** Words that give a reason or a purpose; ", saying …" after an act is the reason given for it. */
const PURPOSE_AFTER_COMMA = /,\s+to\s+(\p{L}+)/gu;
/** The first word of the text from `at` on, in lower case ("" when none). */
function wordAfter(text: string, at: number): string {
  return (/^\s*(\p{L}+)/u.exec(text.slice(at, at + 40))?.[1] ?? "").toLowerCase();
}

// ("Rose from 180 million to 210 million euros, mainly for cold storage": what the rise went to.)
// ("Left the council in protest at a fee", "he blamed a shortage of foreign currency": what moved
// it; "Without Indonesia's five vessels, the pool shrinks": what its lack does.)
// ("Without Indonesia's five vessels, the pool shrinks": what its lack does; "he blamed a shortage
// of foreign currency", "blamed the cost increase on higher charter prices": what the one who
// told of it says caused it, not when it is blame denied or put on someone, "nobody should be
// blamed".)
const GIVES_REASON =
  /\b(?:because|thanks to|owing to|in order to|so that|so as to|as a result|reasons?|calling it|aimed at|in view of|objecting|arguing|citing|insisting|on the grounds|(?:mainly|mostly|largely|chiefly|partly) (?:for|to)\b)\b|, saying\b|^without\b[^,.;]*,|(?:^|, )given (?:that|the|its|their)\b|(?<!\b(?:be|been|being|not|never|nobody|no one) )\bblam(?:ed|es|ing)\b/i;

/**
 * What moved an act, said after it: "left the council in protest at a fee", "in response to",
 * "for fear of". Said before it, the words are about something else the sentence tells first; and
 * "in protest" with nothing it is at or against says it was a protest, not what moved it.
 */
const CAUSE_AFTER_THE_ACT =
  /\b(?:in protest (?:at|against|over|of)|in (?:response|reaction|reply) to|in retaliation|for fear|out of (?:concern|fear)|on account of|in the wake of)\b/gi;
/** The statement gives a reason in so many words ("because", ", saying", "due to low water"). */
export function saysWhy(statement: string): boolean {
  return (
    GIVES_REASON.test(statement) || causeAfterDueTo(statement) || hasMatch(CAUSE_AFTER_THE_ACT, statement)
  );
}

/** The global expression matches somewhere in the text. */
function hasMatch(expression: RegExp, text: string): boolean {
  expression.lastIndex = 0;
  const found = expression.test(text);
  expression.lastIndex = 0;
  return found;
}

/** Reason words that report what someone said or argued. */
const SAID_REASON = /saying|calling|arguing|citing|objecting|insisting/i;

/** Every match of `GIVES_REASON`, to see which act each is said of. */
const GIVES_REASON_ALL = new RegExp(GIVES_REASON.source, "gi");

/** The statement's words and the commas and semicolons between them, where they stand. */
const WORDS_AND_BREAKS = /\p{L}[\p{L}'’-]*|[,;:]/gu;

/** Words that join a second clause to the first, with an act of its own after them. */
const COORDINATING: ReadonlySet<string> = new Set(["and", "but", ";", "while", "whereas"]);
/** How far after a coordinating word the second clause's verb may stand ("and Latvia gave"). */
const SECOND_CLAUSE_REACH = 4;

/**
 * A reason the statement gives is the act's asked: "Hungary refused, saying …" says why it refused,
 * but "Estonia joined the pool and gave 2 million euros to pay for freezers" says what the gift was
 * for, not the joining, and "Without Indonesia, the budget falls …" what its absence does to the
 * budget, not why Indonesia stayed out. A reason opened before its clause ("Without …, ", "Given
 * …, ") is of the act after its comma; one after the act is of that act unless another clause with
 * a verb of its own ("and gave") stands between. A statement that names the act in none of its own
 * words (it is in its quote or keywords) keeps its reason, as before.
 */
function reasonOfTheAct(
  statement: string,
  marker: RegExp,
  acts: readonly Term[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): boolean {
  const markers = [...statement.matchAll(marker)];
  if (markers.length === 0) return false;
  if (acts.length === 0) {
    // "Why didn't Indonesia?": with no act asked, what is asked about is the one named, and a
    // reason opened before its clause ("Without Indonesia, the budget falls") is of that clause.
    const [first] = markers;
    if (first?.index !== 0 || !/^(?:without|given)\b/i.test(first[0])) return true;
    const comma = statement.indexOf(",", first[0].length - 1);
    const rest = comma >= 0 ? statement.slice(comma + 1).toLowerCase() : "";
    return plan.mentions.some((mention) =>
      mention.entityIds.some((id) => {
        const entity = kb.entity(id);
        return !!entity && [entity.name, ...entity.aliases].some((name) => rest.includes(name.toLowerCase()));
      }),
    );
  }
  const words = [...statement.matchAll(WORDS_AND_BREAKS)].map((m) => ({
    word: m[0].toLowerCase(),
    at: m.index,
  }));
  const isAct = (i: number) => {
    const word = words[i]!.word;
    const before = words[i - 1]?.word ?? "";
    if (
      POSSESSIVE_DETERMINERS.has(before) &&
      verbsOfActNoun(word).some((verb) => isAnAct(acts, stemOf(verb)))
    )
      return true;
    // ("At the southern end of the waterway" is no act of ending.)
    if (DETERMINERS.has(before) || isAdjectiveOnly(before)) return false;
    return isAnAct(acts, stemOf(word));
  };
  const actsAt = words.flatMap((_, i) => (isAct(i) ? [i] : []));
  const fronted = (m: RegExpMatchArray) => /^(?:without|given)\b/i.test(m[0]);
  for (const m of markers) {
    const at = words.findIndex((w) => w.at >= m.index!);
    if (at < 0) continue;
    if (m.index === 0 && fronted(m)) {
      // Its clause is the one after the comma that closes it.
      const comma = words.findIndex((w, i) => i > at && w.word === ",");
      if (comma >= 0 && actsAt.some((i) => i > comma)) return true;
      continue;
    }
    // "Blamed the cost increase on higher charter prices": the act blamed stands after it.
    if (actsAt.length === 0 || /^blam/i.test(m[0])) return true;
    // "…, because the channel must be kept at least 10 metres deep for ocean-going ships": the act
    // asked told within the reason, as before; but what someone is said to say ("…, saying one
    // partner has left") is their remark on the act, not why it was done.
    if (!SAID_REASON.test(m[0]) && actsAt.every((actAt) => actAt > at)) return true;
    for (const actAt of actsAt) {
      if (actAt >= at) continue;
      if (!anotherClauseBetween(words, actAt, at, acts, askedTerms(plan))) return true;
    }
  }
  return false;
}

/**
 * A clause with a verb of its own stands between the act and its reason ("… and gave …", "and
 * will give …"): after a word that joins clauses, a verb told in the past, or one after a modal.
 */
function anotherClauseBetween(
  words: readonly { word: string }[],
  from: number,
  to: number,
  acts: readonly Term[],
  asked: readonly Term[] = acts,
): boolean {
  for (let i = from + 1; i < to; i++) {
    if (!COORDINATING.has(words[i]!.word)) continue;
    // "… will still start in January but will end in late 2030, because …" for "why were the works
    // pushed to late 2030?": the second clause is the one asked about.
    if (words.slice(i + 1, to).some((w) => asked.some((term) => term.alternatives.has(stemOf(w.word)))))
      return false;
    for (let j = i + 1; j < Math.min(to, i + 1 + SECOND_CLAUSE_REACH); j++) {
      const word = words[j]!.word;
      if (word === ",") break;
      const afterModal = MODALS.has(words[j - 1]!.word) && isBareVerb(word);
      if (STOPWORDS.has(word) && !afterModal) continue;
      if (!afterModal && !(isFinitePast(word) && isVerb(word))) continue;
      if (isAnAct(acts, stemOf(word))) break;
      return true;
    }
  }
  return false;
}
/** The question's own words, besides its names: what a clause asked about says. */
function askedTerms(plan: QueryPlan): readonly Term[] {
  return plan.terms.filter((term) => term.weight >= 1);
}

/** Modals before a second clause's verb ("and *will* give"). */
const MODALS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "can",
  "could",
  "may",
  "might",
  "must",
]);

/** "Due to low water" is a cause; "due to begin in March" is a schedule, which gives no reason. */
function causeAfterDueTo(statement: string): boolean {
  for (const [, next] of statement.matchAll(DUE_TO)) if (!isBareVerb(next!.toLowerCase())) return true;
  return false;
}
const DUE_TO = /\bdue to (\p{L}+)/giu;

const GRATITUDE =
  /\b(?:thank\w*|congratulat\w*|prais\w*|commend\w*|award\w*|critici[sz]\w*|blam\w*|apologi[sz]\w*|grateful|gratitude)\b/i;
/** Thanks are given for something, or on the occasion that moved them ("during the handover"). */
const GRATITUDE_FOR = new RegExp(`${GRATITUDE.source}[^.]{0,80}?\\b(?:for|on|during)\\b`, "i");

/** Verbs that report what was said or proposed: the fact's date is the saying's. */
export const REPORTING =
  /\b(?:said|says|say|noted|notes|note|stressed|stress|emphasi[sz]ed|emphasi[sz]e|underscored|underscore|underlined|highlighted|highlight|affirmed|affirm|described|describe|praised|praise|expressed|express|recalled|mentioned|mention|stated|told|invited|invite|proposed|propose|supported|support|welcomed|welcome|voiced|urged|urge|hoped|hope|announced|announce|pledged|pledge|discussed|discuss|discussions?|considered|consider|agreed|agree|called|call|congratulat\w*|thank\w*|commend\w*|hail\w*|applaud\w*)\b/i;

/** One word of `REPORTING`, whole. */
const SAYING_WORD = new RegExp(`^(?:${REPORTING.source})$`, "i");

/**
 * Someone is said to say something before the sentence's word at `end` (a saying denied, "could
 * not agree", is none), so that word stands in what was said.
 */
export function saidBefore(sentence: readonly Token[], end: number): boolean {
  for (let i = 0; i < end; i++)
    if (SAYING_WORD.test(sentence[i]!.word) && !sayingDenied(sentence, i)) return true;
  return false;
}

/**
 * The fact gives a reason of its own, for an act the question asks about: the curator filed it
 * under "why" (or "reason") for no act but the question's own ("why refused" is the reason of a
 * refusal, which "why did Austria join?" does not ask of), or it says why in so many words
 * ("because", "citing", "in protest at"). Read for the facts beside the act a why-question asks
 * about, where the act's own fact tells no reason (`premise.ts` `reasonBesideTheAct`).
 */
export function reasonOfItsOwn(fact: Fact, plan: QueryPlan): boolean {
  const read = reasonsIn(fact);
  if (!read.filedUnderWhy) return saysWhy(fact.statement);
  const asked = new Set(plan.terms.flatMap((term) => [...term.alternatives.keys()]));
  const denial = plan.words.some((word) => DENIED.test(word) || isVerbOfRefusing(word));
  return fact.keywords.some((keyword) => {
    if (!WHY_KEYWORD.test(keyword.trim())) return false;
    // ("Why not", "why refused": a refusal's reason, for a question about something not done.)
    const told = tokenize(keyword).slice(1);
    const words = told.filter((token) => !STOPWORDS.has(token.word) && !DENIED.test(token.word));
    if (told.some((token) => DENIED.test(token.word) || isVerbOfRefusing(token.word)) && !denial)
      return false;
    return words.length === 0 || words.some((token) => asked.has(token.stem) || isVerbOfRefusing(token.word));
  });
}

/**
 * The fact is someone's remark ("Naw Paw Ehtee Soe, director of Border Fever Watch, said its
 * patients trust it …": a saying, not an agreeing or welcoming, opens it within a speaker's reach),
 * or it tells the act asked in the act's own word ("the Mlinzi seized the Ocean Tide 7 after
 * finding …"). Any other fact that gives a reason gives it for an act of its own ("Dominica dropped
 * its demand after …", "Egypt wanted the data to train crews"), not for the act asked beside it.
 */
export function remarkOrTheActTold(fact: Fact, acts: readonly Term[]): boolean {
  if (tellsTheAct(fact, acts)) return true;
  const [sentence = []] = factSequences(fact);
  let saying = false;
  let first = true;
  for (let i = 0; i < sentence.length; i++) {
    // (The first saying decides: "welcomed the plan, saying …" reports a welcome, not a reason.)
    if (!first || i > REMARK_REACH || !isSaying(sentence, i)) continue;
    first = false;
    saying = statesAReason(sentence[i]!.word) && !sayingDenied(sentence, i);
  }
  return saying;
}
/** Pronouns that open a clause of the thing named before them ("the fee *it* charges"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "he", "she", "we"]);
/** Words a speaker and their title may take before the saying ("Rehema Mbwambo-Kisanga, Tanzania's …"). */
const REMARK_REACH = 12;

/** The fact is filed under "why" or "reason" by its curator: it gives a reason of its own. */
export function filedAsAReason(fact: Fact): boolean {
  return !!reasonsIn(fact).filedUnderWhy;
}

/**
 * The fact tells one of the acts in the act's own word, as a verb: not as a thing ("the fund's
 * headquarters", "sent her to the signing") nor as what is still wanted ("a request to share").
 */
export function tellsTheAct(fact: Fact, acts: readonly Term[]): boolean {
  const [sentence = []] = factSequences(fact);
  for (let i = 0; i < sentence.length; i++) {
    const stem = sentence[i]!.stem;
    if (!acts.some((act) => (act.alternatives.get(stem) ?? 0) >= OWN_VERB)) continue;
    const before = sentence[i - 1]?.word ?? "";
    if (DETERMINERS.has(before) || before === "to") continue;
    // ("Agreed to cut the fee it charges on cattle": a clause of the thing, not the act told.)
    const beforeThat = sentence[i - 2]?.word ?? "";
    if (
      SUBJECT_PRONOUNS.has(before) &&
      !STOPWORDS.has(beforeThat) &&
      isNoun(beforeThat) &&
      !isPastVerb(beforeThat)
    )
      continue;
    if (
      fact.statement.includes(`'s ${sentence[i]!.text}`) ||
      fact.statement.includes(`’s ${sentence[i]!.text}`)
    )
      continue;
    return true;
  }
  return false;
}
