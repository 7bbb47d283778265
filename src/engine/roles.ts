import type { KnowledgeBase } from "./knowledge.ts";
import { LEAD_INS, POSSESSIVE_DETERMINERS } from "./language/lexicon.ts";
import { isPastVerb, type Token } from "./language/normalize.ts";
import { speaksForAState } from "./language/thesaurus.ts";
import type { QueryPlan, Term } from "./query.ts";
import { entityWords, mentionPositions, namePositions } from "./token-cache.ts";

/**
 * Who did what to whom. "Who did Sarybay receive?" names Sarybay as the one receiving; a fact in
 * which Aliyev received Sarybay has him the other way round and does not answer. Read from the
 * question's word order, and in the fact from where the name stands around the verb (before it
 * when active, after "by" when passive).
 */
export type Role = "agent" | "patient";

export interface AskedRole {
  /** The mention whose role the question fixes. */
  mention: number;
  /** The question's verb (an index into plan.terms). */
  verb: number;
  role: Role;
  /**
   * "When did the satellite launch?", "where will it launch from?": a when-, where-, why- or
   * how-question whose verb has no object after it. Its subject may be what a passive is done to
   * ("the satellite will be launched"): many verbs say the same of a thing either way.
   */
  intransitive?: true;
}

export const AUXILIARIES = new Set([
  "did",
  "does",
  "do",
  "will",
  "would",
  "can",
  "could",
  "has",
  "have",
  "had",
]);
export const BE = new Set(["is", "was", "are", "were", "been", "be", "being"]);
const CLAUSE_OPENERS = new Set(["that", "whether", "if"]);
/**
 * Words that open a clause with a subject of its own after the verb: "Asgrimsson refused to
 * include mackerel *while* Iceland's quota dispute … remains unresolved" tells nothing of whom
 * the refusal was done to by naming Iceland there.
 */
const CLAUSES_OF_THEIR_OWN: ReadonlySet<string> = new Set([
  ...CLAUSE_OPENERS,
  "while",
  "whereas",
  "although",
  "though",
  "because",
]);
/** Before a name, words that make it neither doer nor done-to: "for Egypt", "in Aswan", "at the talks". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "for",
  "from",
  "at",
  "in",
  "on",
  "during",
  "with",
  "to",
  "by",
  "about",
  "between",
]);
const ADVERBS_IN_PASSIVE = new Set(["also", "then", "later", "formally", "officially", "warmly", "first"]);
/** Words right before the one handed over from: "succeeded Quaye", "taking over from Fekete", "X's predecessor". */
export const PREDECESSOR_CUES: ReadonlySet<string> = new Set([
  "from",
  "succeeded",
  "succeeding",
  "replaced",
  "replacing",
  "predecessor",
]);
/**
 * Bare forms that name the one handed over from only when the handover is committed to: "will
 * succeed Bissessur", "is to replace Quaye", "is due to succeed …". Not a wish, a demand, a motion or a
 * refusal ("called on Vell to replace Marr", "no wish to succeed Marr", "a motion to replace Marr"),
 * and nothing under a negation ("will not succeed").
 */
const FUTURE_PREDECESSOR_CUES: ReadonlySet<string> = new Set(["succeed", "replace"]);
const COMMITTING_MODALS = new Set(["will", "shall", "'ll"]);
const BE_COMMITTED = new Set(["is", "are", "was", "were", "'s"]);
const BE_SCHEDULED = new Set(["set", "due", "expected", "slated"]);
const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "wont",
  "cannot",
  "cant",
  "nobody",
  "none",
  "neither",
  "nor",
]);
const CLAUSE_BREAKS = new Set(["but", "and", "while", "although", "though", "after", "before"]);

/** How far back a negation of the handover is looked for (the tokens carry no commas). */
const CLAUSE_REACH = 8;
/** Whether the word at `at` names the one handed over from in the word after it (or a title after it). */
export function isPredecessorCue(sentence: readonly { readonly word: string }[], at: number): boolean {
  const word = sentence[at]?.word;
  if (word === undefined) return false;
  if (PREDECESSOR_CUES.has(word)) return true;
  if (!FUTURE_PREDECESSOR_CUES.has(word)) return false;
  const wordAt = (i: number) => sentence[i]?.word ?? "";
  const one = wordAt(at - 1);
  const committed =
    COMMITTING_MODALS.has(one) ||
    (one === "to" &&
      (BE_COMMITTED.has(wordAt(at - 2)) ||
        (BE_SCHEDULED.has(wordAt(at - 2)) && BE_COMMITTED.has(wordAt(at - 3)))));
  if (!committed) return false;
  for (let i = at - 1; i >= Math.max(0, at - CLAUSE_REACH); i--) {
    const before = wordAt(i);
    if (CLAUSE_BREAKS.has(before)) break;
    if (NEGATIONS.has(before)) return false;
  }
  return true;
}
/** Whether one of the (up to) `span` words before `at` names the one handed over from. */
export function predecessorCueBefore(
  sentence: readonly { readonly word: string }[],
  at: number,
  span = 2,
): boolean {
  for (let i = Math.max(0, at - span); i < at; i++) if (isPredecessorCue(sentence, i)) return true;
  return false;
}
export const QUESTION_OPENERS = new Set(["who", "whom", "what", "which", "when", "where", "why", "how"]);

/** The role a who-question gives the entity it names, if its word order says. */
export function askedRole(plan: QueryPlan): AskedRole | undefined {
  const role = readRole(plan);
  // "Who met the president of Azerbaijan?" is about the president, not the country.
  if (role && plan.proximities.some((p) => "mention" in p.target && p.target.mention === role.mention)) {
    return undefined;
  }
  return role;
}

/**
 * "Who did Aliyev meet?": meeting is mutual, so no role is fixed, but the one named is still one of
 * those who met, and the answer is the other. The mention, when the question is worded so.
 */
export function mutualPartyAsked(plan: QueryPlan): number | undefined {
  if (plan.kind !== "who" || plan.mentions.length === 0) return undefined;
  let start = 0;
  while (start < plan.words.length - 1 && LEAD_INS.has(plan.words[start]!)) start++;
  const words = plan.words.slice(start);
  const aux = 1;
  // "Who met (with) the president of Azerbaijan?": the one named after the verb.
  const first = plan.terms.find((t) => t.position === start + 1 && t.weight >= 1);
  if (words[0] === "who" && first && MUTUAL.test(first.word)) {
    const after = plan.mentions.findIndex((m) => m.position > first.position);
    return after >= 0 ? after : undefined;
  }
  if (!QUESTION_OPENERS.has(words[0] ?? "") || !AUXILIARIES.has(words[aux] ?? "")) return undefined;
  // ("Who did the CICA secretary general meet?": the name may come with its "the".)
  const at = aux + 1 + (words[aux + 1] === "the" ? 1 : 0) + start;
  const mention = plan.mentions.findIndex((m) => m.position === at);
  const named = plan.mentions[mention];
  if (!named) return undefined;
  const verb = plan.terms.findIndex((t) => t.position === named.position + named.length && t.weight >= 1);
  // (Only a verb mutual in itself: "who did she sign the accord with?" is answered by the
  // countries that signed, which stand for her.)
  return verb >= 0 && MUTUAL.test(plan.terms[verb]!.word) ? mention : undefined;
}

function readRole(plan: QueryPlan): AskedRole | undefined {
  if (plan.mentions.length === 0) return undefined;
  // "And who replaced her?" is read as "who replaced her?": positions count from the question word.
  let start = 0;
  while (start < plan.words.length - 1 && LEAD_INS.has(plan.words[start]!)) start++;
  const words = plan.words.slice(start);
  const termAt = (position: number) =>
    plan.terms.findIndex((t) => t.position === position + start && t.weight >= 1);
  const mentionAt = (position: number) => plan.mentions.findIndex((m) => m.position === position + start);
  const byLast = words.at(-1) === "by";
  // "Who did Sarybay receive?", "What (else) did Chile thank Mongolia for?": the named one acts.
  const aux = words[1] === "else" ? 2 : 1;
  if (QUESTION_OPENERS.has(words[0] ?? "") && AUXILIARIES.has(words[aux] ?? "")) {
    const mention = mentionAt(aux + 1);
    const named = plan.mentions[mention];
    const verb = named ? termAt(named.position - start + named.length) : -1;
    if (mention < 0 || verb < 0 || isMutual(plan, verb)) return undefined;
    const intransitive =
      ASKED_BESIDE_THE_ACT.has(words[0]!) && nothingDoneTo(plan, plan.terms[verb]!.position);
    return { mention, verb, role: "agent", ...(intransitive ? { intransitive: true as const } : {}) };
  }
  if (words[0] !== "who" && words[0] !== "whom") return undefined;
  if (BE.has(words[1] ?? "")) {
    // "Who was received by Aliyev?": the named one acts.
    const verb = termAt(2);
    if (verb >= 0 && words[3] === "by") {
      const mention = mentionAt(4);
      return mention >= 0 ? { mention, verb, role: "agent" } : undefined;
    }
    // "Who was Sarybay received by?": the named one is acted on.
    const mention = mentionAt(2);
    const named = plan.mentions[mention];
    const after = named ? termAt(named.position - start + named.length) : -1;
    return mention >= 0 && after >= 0 && byLast ? { mention, verb: after, role: "patient" } : undefined;
  }
  // "Who received Iturra?": the named one is acted on; in "who announced that Panama would …",
  // Panama is in what was announced, neither doer nor done-to.
  const verb = termAt(1);
  const named = plan.mentions.findIndex((m) => m.position - start > 1);
  // "Who signed the ferry agreement for Egypt?": Egypt is who it was signed for, not what was signed.
  const inPhrase = named >= 0 && PREPOSITIONS.has(words[plan.mentions[named]!.position - start - 1] ?? "");
  const inClause =
    inPhrase ||
    (named >= 0 && words.slice(2, plan.mentions[named]!.position - start).some((w) => CLAUSE_OPENERS.has(w)));
  // "Who met Aliyev?" is as well answered by "Aliyev received Sarybay": meeting is mutual.
  if (verb < 0 || named < 0 || inClause || isMutual(plan, verb)) return undefined;
  return { mention: named, verb, role: "patient" };
}

/** Question words that ask when, where, why or how an act was done, not who or what it was done to. */
const ASKED_BESIDE_THE_ACT = new Set(["when", "where", "why", "how"]);

/** No name or word after the verb but prepositions: "… launch from?", "… launch?" have no object. */
function nothingDoneTo(plan: QueryPlan, verbAt: number): boolean {
  return (
    !plan.mentions.some((m) => m.position > verbAt) &&
    plan.words.slice(verbAt + 1).every((word) => PREPOSITIONS.has(word))
  );
}

/**
 * "Who signed the ferry agreement for Egypt?", "who put pen to paper for Veloria?", "who led
 * Chile's delegation?", "who represented Serbia?": the countries someone acted for, whom the
 * answer is one of their people, not the country itself.
 */
export function countryActedFor(plan: QueryPlan, kb: KnowledgeBase): readonly string[] | undefined {
  const side = sideAsked(plan, kb);
  if (side) return side.countries;
  if (plan.kind !== "who" || plan.words[0] !== "who") return undefined;
  const mention = plan.mentions.find(
    (m) =>
      m.position > 1 &&
      (plan.words[m.position - 1] === "for" || onBehalfOf(plan.words, m.position)) &&
      m.entityIds.some((id) => kb.entity(id)?.kind === "country"),
  );
  return mention?.entityIds.filter((id) => kb.entity(id)?.kind === "country");
}

/** "On behalf of Laos", the name at `at`: who it was done for, as "for Laos" says. */
function onBehalfOf(words: readonly string[], at: number): boolean {
  return (
    words[at - 1] === "of" && words[at - 2] === "behalf" && (words[at - 3] === "on" || words[at - 3] === "in")
  );
}

/**
 * What someone did for a country at a meeting, as a who-question asks it: led or represented it
 * there ("led the Chilean side", "who was there for Tonga?"), or signed for it.
 */
export type SideAct = "lead" | "sign";

export interface SideAsked {
  /** The country (or, of a name several countries share, each) whose person is asked for. */
  countries: readonly string[];
  act: SideAct;
  /** Where the act's verb stands among the question's words. */
  verbAt: number;
}

/**
 * "Who led Chile's delegation?", "who headed the Bosnian side?", "who represented Serbia at the
 * talks?", "and who was there for Chile?", "who signed it on behalf of Norland?": a who-question
 * asking for the one person who acted for a country, never the country itself. The country is
 * named after "for" or "on behalf of", before a word for its group of envoys ("Argentina's team",
 * "the Cuban side"), or right after a verb of representing ("represented Serbia"; "led Venezuela"
 * only where a meeting follows: "who leads that country?" asks for its head).
 */
export function sideAsked(plan: QueryPlan, kb: KnowledgeBase): SideAsked | undefined {
  if (plan.kind !== "who") return undefined;
  const { words } = plan;
  const verbAt = verbAfterWho(words);
  if (verbAt === undefined) return undefined;
  const verb = words[verbAt] ?? "";
  const being = BE.has(verb) && (words[verbAt + 1] === "there" || words[verbAt + 1] === "present");
  const act: SideAct | undefined = SIGNING.test(verb)
    ? "sign"
    : LEADING.test(verb) || REPRESENTING.test(verb) || ATTENDING.test(verb) || being
      ? "lead"
      : undefined;
  if (!act) return undefined;
  const countriesOf = (ids: readonly string[]) => ids.filter((id) => kb.entity(id)?.kind === "country");
  for (const mention of plan.mentions) {
    const countries = countriesOf(mention.entityIds);
    if (countries.length === 0 || mention.position <= verbAt) continue;
    const before = words[mention.position - 1];
    const onBehalf = onBehalfOf(words, mention.position);
    if (before === "for" || onBehalf) return { countries, act, verbAt };
    if (act !== "lead") continue;
    // "Argentina's team", "the Chilean side", "the Bosnian delegation".
    if (ENVOYS.has(words[mention.position + mention.length] ?? "")) return { countries, act, verbAt };
    // "Who represented Serbia", "who led Venezuela at the talks".
    const object = mention.position === verbAt + 1 || (before === "the" && mention.position === verbAt + 2);
    const meetingAfter = AT_A_MEETING.has(words[mention.position + mention.length] ?? "");
    if (object && (REPRESENTING.test(verb) || (LEADING.test(verb) && meetingAfter)))
      return { countries, act, verbAt };
  }
  // "The Argentinian side": an adjective of a country the store has that the name list does not.
  if (act === "lead") {
    for (let at = verbAt + 1; at < words.length - 1; at++) {
      if (!ENVOYS.has(words[at + 1]!)) continue;
      const country = kb.countryOfAdjective(words[at]!);
      if (country) return { countries: [country], act, verbAt };
    }
  }
  return undefined;
}

/**
 * "Who signed the Piedra Azul tunnel treaty?": everyone who signed it, asked with no one they
 * signed for ("for Chile", "for the lender"); where the verb stands, if so.
 */
export function signersAsked(plan: QueryPlan): number | undefined {
  if (plan.kind !== "who") return undefined;
  const { words } = plan;
  const verbAt = verbAfterWho(words);
  if (verbAt === undefined) return undefined;
  if (!SIGNING.test(words[verbAt] ?? "")) return undefined;
  const rest = words.slice(verbAt + 1);
  return rest.includes("for") || rest.includes("behalf") ? undefined : verbAt;
}

/** "Who heads …", "who led …": where a who-question's verb of leading stands, if it has one. */
export function leadingVerbAt(plan: QueryPlan): number | undefined {
  if (plan.kind !== "who") return undefined;
  const verbAt = verbAfterWho(plan.words);
  return verbAt !== undefined && LEADING.test(plan.words[verbAt] ?? "") ? verbAt : undefined;
}

/** Where the verb of a who-question stands, past lead-ins ("and who …") and a "did"; none if it opens otherwise. */
function verbAfterWho(words: readonly string[]): number | undefined {
  let start = 0;
  while (start < words.length - 1 && LEAD_INS.has(words[start]!)) start++;
  if (words[start] !== "who") return undefined;
  let verbAt = start + 1;
  while (MODAL_OR_DO.has(words[verbAt] ?? "")) verbAt++;
  return verbAt;
}

/** "Who did sign …?" asks the same; "who will lead …?" asks of what is to come, which no meeting held says. */
const MODAL_OR_DO: ReadonlySet<string> = new Set(["did"]);
const LEADING = /^(?:led|lead|leads|leading|head|heads|headed|heading|fronted|captained)$/;
const REPRESENTING = /^(?:represent|represents|represented|representing)$/;
const ATTENDING = /^(?:attend|attends|attended|went|came|showed|turned|spoke|speak|speaks)$/;
const SIGNING = /^(?:sign|signs|signed|signing)$/;
/** A country's group of envoys at a meeting: "the Chilean side", "Argentina's team". */
export const ENVOYS: ReadonlySet<string> = new Set([
  "delegation",
  "delegations",
  "side",
  "team",
  "delegates",
  "camp",
  "contingent",
  "negotiators",
]);
/** After "who led Venezuela": a meeting follows ("at the talks", "in Caracas"). */
const AT_A_MEETING: ReadonlySet<string> = new Set(["at", "in", "during", "to"]);

/** The person's description ties them to one of the countries ("Ambassador of Cuba", "Sudan's Minister"). */
export function personOfCountry(person: string, countries: readonly string[], kb: KnowledgeBase): boolean {
  const entity = kb.entity(person);
  if (entity?.kind !== "person") return false;
  // (The post, before what they did: "Minister of Health of Timor-Leste; signed … with Cuba".)
  const description = (entity.description.split(";")[0] ?? "").toLowerCase();
  if (describedOfCountry(description, countries, kb)) return true;
  // "Deputy Director-General of the Failaka Fund", a Kuwaiti state fund: a post in a body that
  // is the country's own ties its holder to the country as the post's own words would.
  for (const id of kb.namedInDescription(person)) {
    const body = kb.entity(id);
    if (body?.kind !== "organization") continue;
    if (![body.name, ...body.aliases].some((name) => saysWhole(description, name.toLowerCase()))) continue;
    // (What the body is, not what it did: "… fund that lent Malawi money" is no Malawian fund.)
    const head = body.description.toLowerCase().split(/;|,| that | which | who /)[0] ?? "";
    if (describedOfCountry(head, countries, kb)) return true;
  }
  return false;
}

/**
 * The fact's subject speaks for the party: it is the party, or a person whose post is that
 * country's, or whose description names that body ("Kjellberg, the bank's director, said …" speaks
 * for the bank, not for the India he names).
 */
export function speaksFor(subject: string | undefined, party: string, kb: KnowledgeBase): boolean {
  if (!subject) return false;
  if (subject === party) return true;
  const speaker = kb.entity(subject);
  const body = kb.entity(party);
  if (speaker?.kind !== "person" || !body) return false;
  if (body.kind === "country") return personOfCountry(subject, [party], kb);
  if (body.kind !== "organization") return false;
  const description = speaker.description.toLowerCase();
  return [body.name, ...body.aliases].some((name) => description.includes(name.toLowerCase()));
}

/** The text has the name as whole words ("un" is not in "fund"). */
function saysWhole(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(text[end] ?? " ")) return true;
  }
  return false;
}

/** The words name one of the countries, or use its adjective, other than as the one posted to. */
function describedOfCountry(description: string, countries: readonly string[], kb: KnowledgeBase): boolean {
  const words = description.split(/[^\p{L}-]+/u);
  return countries.some((id) => {
    const country = kb.entity(id);
    if (!country) return false;
    // (Not "Ambassador of Cuba to Timor-Leste" for Timor-Leste: the country posted to.)
    const names = [country.name, ...country.aliases].map((name) => name.toLowerCase());
    const named = names.some((name) => {
      for (let at = description.indexOf(name); at >= 0; at = description.indexOf(name, at + 1)) {
        const before = description.slice(0, at);
        if (!before.endsWith("to ") && !before.endsWith("with ")) return true;
      }
      return false;
    });
    return named || words.some((w) => kb.countryOfAdjective(w) === id);
  });
}

/**
 * The person speaks for one of the countries: tied to it by their post (`personOfCountry`), a post
 * whose title is one that speaks for a state ("Vietnam's Minister of Natural Resources", "Greek
 * ambassador", "head of Chile's delegation"), not any of its people ("Vietnamese hydrologist,
 * chairman of the panel"). What such a person says is what the country says.
 */
export function speaksForCountry(person: string, countries: readonly string[], kb: KnowledgeBase): boolean {
  const description = (kb.entity(person)?.description.split(";")[0] ?? "").toLowerCase();
  return countries.some(
    (id) =>
      personOfCountry(person, [id], kb) &&
      // (A body's people speak for it as before: its secretary general, its director. A country's,
      // by their title or a post in its government; or its side: "led the Chilean delegation",
      // "Bolivia's chief negotiator".)
      (kb.entity(id)?.kind !== "country" ||
        description
          .split(/[^\p{L}]+/u)
          .some(
            (word) => word.length > 2 && (ENVOYS.has(word) || GOVERNMENT.has(word) || speaksForAState(word)),
          )),
  );
}

/** A post in the country's government: "State Secretary at Croatia's Ministry of Agriculture". */
const GOVERNMENT: ReadonlySet<string> = new Set(["ministry", "government", "embassy", "cabinet"]);

/**
 * The role the fact's sentence gives the named entity around the question's verb, or undefined
 * when the sentence does not show it (no such verb, or the name is not beside it).
 */
export function roleInSentence(
  plan: QueryPlan,
  asked: AskedRole,
  sentence: readonly Token[],
  kb: KnowledgeBase,
): Role | undefined {
  const verb = plan.terms[asked.verb];
  if (!verb) return undefined;
  // Only a verb has a doer and a done-to: "its head of state" says nothing of who leads whom.
  // (Not a word of the name itself: "Said Mohamud Jama said …" is said after his name.)
  const ids = plan.mentions[asked.mention]?.entityIds ?? [];
  const inName = wordsOfNames(sentence, ids, kb);
  const verbAt = sentence.findIndex(
    (token, i) => verb.alternatives.has(token.stem) && isPastVerb(token.word) && !inName.has(i),
  );
  if (verbAt < 0) return roleByTheActsNoun(verb, ids, inName, sentence, kb);
  // "X's minister announced that X would host": after "that" it is what was announced, a clause
  // of its own, not who the verb was done to (so too after "while", "because").
  const named = mentionPositions(sentence, ids, kb).filter(
    (at) =>
      at < verbAt || !sentence.slice(verbAt + 1, at).some((token) => CLAUSES_OF_THEIR_OWN.has(token.word)),
  );
  if (named.length === 0) return undefined;
  // "Guinea was represented at the session by its ambassador": a past participle after a form
  // of "be" is passive wherever its "by" stands ("was also received by" too).
  // "A joint committee chaired by Dominica's chief inspector": a participle right before "by",
  // with no "be", is passive too (the committee is chaired), when a party follows "by": "adopted
  // by consensus a code", "raised by ten percent its fee", "cut by a third" keep their doer.
  const byFollows = sentence[verbAt + 1]?.word === "by";
  const partyAfterBy = sentence[verbAt + 2];
  const byAParty =
    byFollows &&
    partyAfterBy !== undefined &&
    (partyAfterBy.nameLike || partyAfterBy.word === "the" || POSSESSIVE_DETERMINERS.has(partyAfterBy.word));
  const passive =
    BE.has(sentence[verbAt - 1]?.word ?? "") ||
    (ADVERBS_IN_PASSIVE.has(sentence[verbAt - 1]?.word ?? "") && BE.has(sentence[verbAt - 2]?.word ?? "")) ||
    byAParty;
  // The occurrence nearest the verb is the one the verb is about.
  const nearest = named.reduce((a, b) => (Math.abs(b - verbAt) < Math.abs(a - verbAt) ? b : a));
  const before = nearest < verbAt;
  // (After "led by Boyko Andonov", only the one right after "by" does it: "… found 27 bears on
  // Osogovo" is neither doer nor done-to.)
  if (byFollows && !before && nearest !== verbAt + 2) return undefined;
  return before !== passive ? "agent" : "patient";
}

/**
 * "Norland is the host country of the games": with no verb of the act, its noun says who does it
 * to whom as well as the verb would. The one after "of" ("the host of", "the host country of") is
 * done to; the one that "is" it ("Norland is the host") does it. Any other sentence says neither.
 */
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

function roleByTheActsNoun(
  verb: Term,
  ids: readonly string[],
  inName: ReadonlySet<number>,
  sentence: readonly Token[],
  kb: KnowledgeBase,
): Role | undefined {
  const nounAt = sentence.findIndex(
    (token, i) => verb.alternatives.has(token.stem) && !isPastVerb(token.word) && !inName.has(i),
  );
  // Only a noun after its article ("the host", "a host"): "is run by" is the verb's participle.
  const article = sentence[nounAt - 1]?.word ?? "";
  if (nounAt < 0 || !ARTICLES.has(article)) return undefined;
  const named = mentionPositions(sentence, ids, kb);
  // (One word may stand between the noun and "of": "the host country of", "the host city of".)
  const of = [nounAt + 1, nounAt + 2].find((at) => sentence[at]?.word === "of");
  const after = of !== undefined && sentence[of + 1]?.word === "the" ? of + 2 : (of ?? 0) + 1;
  if (of !== undefined && (of === nounAt + 1 || !inName.has(nounAt + 1)) && named.includes(after))
    return "patient";
  const be = nounAt - 2;
  if (BE.has(sentence[be]?.word ?? "") && named.some((at) => at < be && !named.some((o) => o > at && o < be)))
    return named.some((at) => at > nounAt) ? undefined : "agent";
  return undefined;
}

/** The positions of the sentence's words that are part of one of the entities' names. */
function wordsOfNames(sentence: readonly Token[], ids: readonly string[], kb: KnowledgeBase): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(sentence, name)) for (let k = 0; k < name.length; k++) out.add(at + k);
    }
  }
  return out;
}

/**
 * "Who did Chile's minister hold talks with?", "Who did Aliyev meet?": talks and meetings are
 * mutual, so a fact in which the other one held the talks with him answers just as well.
 */
function isMutual(plan: QueryPlan, verb: number): boolean {
  const term = plan.terms[verb];
  if (term && MUTUAL.test(term.word)) return true;
  const after = plan.words.slice((term?.position ?? 0) + 1);
  return after.includes("with") && !after.some((word) => DIRECTIONAL.test(word));
}

const MUTUAL = /^(?:meet|met|talk|negotiat|confer|consult)/;

/** Verbs with a giver and a receiver ("receive", "thank", "invite"): unlike "meet", not mutual. */
export function isDirectional(plan: QueryPlan, asked: AskedRole): boolean {
  const verb = plan.terms[asked.verb];
  return verb !== undefined && DIRECTIONAL.test(verb.word);
}

const DIRECTIONAL =
  /^(?:receiv|thank|congratulat|invit|host|prais|welcom|visit|support|back|appoint|elect|criticiz|criticis)/;
