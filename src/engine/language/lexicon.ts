/**
 * General English for question answering. Nothing here is about any article, event or
 * organisation: domain knowledge (names, aliases, topics) lives in data/.
 */

/** Words that carry no content of their own in a question. */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for from with within without into onto toward towards over under about as than
  then so too very just also only even still yet again ever already there here this that these those it its
  between among amongst itself they them their theirs he him his she her hers we us our you your i me my mine who whom whose what
  which when where why how whats whos wheres whens hows whys is am are was were be been being do does did done
  doing have has had having can could shall should will would may might must let lets get got gets getting gotten s t d ll
  re ve not never no nor any all some each every other such own same both few more most many much one ones
  ok okay hey hi hello hiya yo please pls plz thanks thx tell me know want wonder wondering
  question quick bot attache explain show give find mean meant like really actually exactly else
  im ive list basically kind sort anyone someone something anything thing things way ways who's what's
  didnt dont doesnt wont cant cannot isnt wasnt werent arent hasnt havent hadnt wouldnt couldnt shouldnt
  down through while everything everyone`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words a follow-up opens with that only join it to what came before: "and who replaced her?". */
export const LEAD_INS: ReadonlySet<string> = new Set(["and", "so", "ok", "okay", "then", "but"]);

/**
 * Content words that shift a question only slightly: they count a little towards coverage,
 * so a fact need not repeat them ("the *current* chair", "*name* of the secretary"). "Once it is
 * built" only says when, which the time reading takes.
 */
export const SOFT_WORDS = new Set(
  `current currently now new today recently recent name named called role part play plays played position
  status involvement main exact specific particular specifically official officially precisely
  happen happened happening take took taken make made talk talked describe described regard
  job title post occupation profession information info detail details regarding concerning aspect
  plans planned besides issue issues matter matters subject subjects two three according previous former
  cover covers covered include includes included involve involves involved entail entails worth during
  once`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Prepositions of place that "at", "in", "under" and "over" (stopwords) stand beside: before what
 * they place ("behind the dam", "across the river") they say where, not what is asked. Not "above"
 * or "below", which compare ("below 8 million"), nor "inside" or "outside", which say who belongs.
 */
export const SPATIAL_PREPOSITIONS: ReadonlySet<string> = new Set(
  "behind beside near around across along alongside beyond beneath underneath opposite past".split(" "),
);

/**
 * Everyday nouns for what one party holds against something ("what's Peru's problem with the
 * dam?", "Chile's objection to the toll", "the union's complaint about the fees"): asked after the
 * holder's possessive, each asks why the holder objects (or complains), the verb of the noun.
 */
export const OBJECTION_NOUNS: readonly string[] = ["objection", "problem", "issue"];
export const COMPLAINT_NOUNS: readonly string[] = ["complaint", "gripe", "grievance"];
/**
 * Adverbs that say an act came late ("when did the committee *finally* meet?"): in a when-question
 * the fact tells the lateness in its own words ("met only in August"), if at all.
 */
export const LATENESS_ADVERBS: ReadonlySet<string> = new Set(["finally", "eventually", "ultimately"]);

/**
 * Question openers people type before the question itself ("can you tell me", "do you know"), and
 * the interjections of a chat ("wait, what did he say?", "hmm who signed?"), the thanks or nod
 * before a follow-up ("cool. is chad in it?", "quick one, is …"), and the words that only say a new
 * subject is coming ("different story,", "changing the subject:"). What a dropped shorthand leaves
 * before them ("lol so did …" read as " so did …") does not hide them.
 */
export const CHATTY_PREFIX =
  /^[\s,!.]*(?:(?:(?:hey|hi|hello|yo|ok(?:ay)?|so|um+|uh+|hm+|huh|oh|ah|wait|hold on|btw|please|pls|excuse me|sorry)\b|(?:cool|nice|great|thanks|thank you|got it|i see|quick one|quick q)[:,!.]+)[\s,!.]*)*(?:(?:can|could|would|will) you (?:please )?(?:tell|show|explain to|remind) me\b|do you know\b|i (?:want|would like|need|wanted|was wondering|wonder) (?:to know )?\b|(?:please )?tell me\b|quick question[:,]?|(?:(?:(?:totally|completely|slightly|a|on a|something) )?(?:different|new|unrelated|separate|another) (?:q|question|story|topic|subject)|(?:changing|change of) (?:the )?(?:subject|topic))[:,!.]+)?\s*/i;

/**
 * Words that say the verb after them was not done: "did *not* sign", "has *never* agreed", "were
 * *not* decided". What a premise's correction and a meeting's open matters both read as denial.
 */
export const NOT_WORDS: ReadonlySet<string> = new Set(["not", "never"]);

/**
 * Verbs that by themselves say an act was turned down or not achieved: "*refused* to join",
 * "*failed* to agree on the fee". A bare "did not sign" is weaker (see premise.ts).
 */
export const DENYING_VERBS: ReadonlySet<string> = new Set(["refused", "declined", "rejected", "failed"]);

/** The articles: "*the* banks", "*a* second park". */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** The possessive determiners of a third party: "*its* vaults", "*their* envoy", "*her* ministry". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["its", "their", "his", "her"]);

/**
 * Words that stand before a noun and say whose or which one it is: "*its* chair", "*that* post".
 * The one list of determiners: a reader that wants fewer ("this" and "that" also open a clause)
 * takes the articles and the possessives above, and says why it adds any.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  "this",
  "that",
  ...POSSESSIVE_DETERMINERS,
]);

/**
 * "These", "those": determiners of a plural. Kept out of DETERMINERS, whose readers look for one
 * thing after it; lists that stand for "a noun follows" take them in beside it.
 */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(["these", "those"]);

/**
 * Nouns that name a meeting by its kind ("the Osh talks", "the Dakar summit", "the signing in
 * Brussels", "the second round"): the one list the engine reads a meeting's noun from. Each use
 * says what it adds (a plural, a word of its own) or why it leaves one out. WordNet cannot give
 * it: "summit" and "conference" stand under its "meeting", but "talks" is a communication, "visit"
 * a social call, and its only "signing" is sign language.
 */
export const MEETING_NOUNS: readonly string[] = [
  "meeting",
  "talks",
  "session",
  "summit",
  "conference",
  "negotiations",
  "consultations",
  "visit",
  "signing",
  "round",
];
/** The same nouns in the plural ("meetings", "visits"); "talks" is already one. */
export const MEETING_PLURALS: readonly string[] = MEETING_NOUNS.map(pluralOfMeetingNoun);
function pluralOfMeetingNoun(noun: string): string {
  return noun.endsWith("s") ? noun : `${noun}s`;
}
/** A meeting's nouns, singular and plural, but those a use leaves out (it says why). */
export function meetingNounsBut(...left: readonly string[]): string[] {
  const kept = MEETING_NOUNS.filter((noun) => !left.includes(noun));
  return [...new Set([...kept, ...kept.map(pluralOfMeetingNoun)])];
}
/** A meeting's nouns, singular and plural, as alternatives for a regular expression. */
export const MEETING_NOUN_PATTERN = meetingNounsBut().join("|");
/** Nouns that fit any meeting, whatever its kind ("the gathering", "their encounter"). */
export const ANY_MEETING_NOUNS: readonly string[] = [
  "meeting",
  "meetings",
  "talks",
  "event",
  "gathering",
  "encounter",
];

/**
 * Families of words that mean the same in questions about diplomacy. Each word is stemmed
 * before use; a query word matches any member of its families at reduced strength.
 */
export const SYNONYM_FAMILIES: readonly (readonly string[])[] = [
  // Not "host" (hosting a conference is not meeting anyone) nor "visit" (the visitor is the one
  // received: the same word for both sides would swap who did what).
  ["meet", "met", "meeting", "receive", "received", "reception", "talks", "welcomed", "summit"],
  [
    "discuss",
    "discussion",
    "talk",
    "talks",
    "conversation",
    "consider",
    "consideration",
    "debate",
    "agenda",
    "topic",
  ],
  // Not "appreciation": appreciating a country's record is not thanking it.
  ["thank", "thanked", "gratitude", "grateful"],
  // To write to someone is to send them a letter: "the union wrote to the board on 2 May" is the
  // letter asked about, "asked in a letter of 22 July" the writing. Not "written": "written
  // questions", "written consent" are no letter.
  ["letter", "write", "wrote"],
  ["congratulate", "congratulations", "congratulated", "praise", "commend"],
  ["chair", "chairs", "chairman", "chairmanship", "chairwoman", "chairperson", "chairing"],
  ["lead", "leads", "leader", "leaders", "head", "heads", "led", "run", "runs"],
  ["host", "hosts", "hosting", "venue", "organize", "stage", "hold", "held"],
  [
    "say",
    "said",
    "state",
    "stated",
    "note",
    "noted",
    "emphasize",
    "stress",
    "highlight",
    "underline",
    "underscore",
    "mention",
    "remark",
    "affirm",
    "reflect",
    "express",
    "point",
    "touch",
    "describe",
    "call",
    "regard",
    "view",
    "respond",
    "response",
    "react",
    "reaction",
    "reply",
  ],
  ["describe", "call", "characterize", "regard", "consider", "view", "label"],
  ["country", "countries", "nation", "state", "states"],
  ["organization", "organisation", "body", "institution", "bloc", "forum", "group", "alliance"],
  ["establish", "create", "found", "launch", "initiate", "setup", "introduce"],
  ["sign", "signed", "signing", "ink", "inked", "conclude", "concluded"],
  ["visit", "visited", "trip", "travel", "travelled", "tour"],
  ["agreement", "accord", "deal", "treaty", "pact", "memorandum"],
  ["develop", "development", "strengthen", "build", "promote", "enhance", "advance", "boost", "improve"],
  ["important", "importance", "crucial", "key", "vital", "significant", "essential", "major"],
  ["cooperation", "collaboration", "partnership", "ties", "relations", "cooperate"],
  ["transport", "transportation", "transit", "mobility", "logistics"],
  [
    "determined",
    "determination",
    "commit",
    "committed",
    "commitment",
    "resolve",
    "pledge",
    "vow",
    "intend",
    "plan",
  ],
  ["potential", "capacity", "capability", "prospects", "opportunity"],
  ["project", "projects", "initiative", "programme", "program", "scheme"],
  ["pandemic", "covid19", "covid", "coronavirus", "epidemic"],
  [
    "report",
    "reported",
    "outlet",
    "publish",
    "published",
    "source",
    "media",
    "news",
    "newspaper",
    "article",
    "site",
    "website",
    "agency",
    "story",
  ],
  [
    "elect",
    "elected",
    "select",
    "selected",
    "selection",
    "chosen",
    "choose",
    "appoint",
    "appointed",
    "become",
    "became",
  ],
  ["grow", "growth", "increase", "rise", "double", "doubled", "expand", "expansion"],
  ["transfer", "transferred", "transition", "handover", "pass", "passed"],
  ["member", "members", "membership", "participant", "serve", "served", "seat"],
  ["peace", "peaceful", "stability"],
  ["experience", "expertise", "lessons"],
  ["role", "part", "function", "contribution", "contribute"],
  // Who bears a cost: what one "contributes" to a fund is what it pays into it.
  ["pay", "paid", "payment", "contribute", "contributed", "contribution"],
  ["climate", "environment", "environmental", "green"],
  // The whole of a thing is its total ("the whole rail thing" costs what "the total cost" says);
  // not soft: "is Israel paying the whole cost?" is not answered by its share.
  ["whole", "total", "entire", "overall"],
  // A thing's cost is what its budget says ("the extra cost" is met by what the budget lacks),
  // and what people call its bill ("the dredging bill", "who pays the repair bill").
  ["cost", "costs", "budget", "budgets", "bill", "bills"],
  // A firm is a company (WordNet files the two under different senses of a business).
  ["company", "companies", "firm", "firms"],
  // Something extra is something added ("the extra gauges" are those Austria "will add").
  ["extra", "additional", "add", "added", "adds", "adding"],
  // (Not "together": "eight vessels will patrol together" is no one joining anything.)
  ["join", "joined", "combine"],
];

/** Words that name a kind of entity: a fact covers them when one of its entities is of that kind. */
export const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  person: ["person", "people", "official", "man", "woman", "leader", "diplomat"],
  country: ["country", "countries", "nation", "nations", "state", "states", "republic"],
  // ("Which outfit is bankrolling it?": chat's word for a body; WordNet's first "outfit" is clothing.)
  organization: [
    "organization",
    "organisation",
    "organizations",
    "body",
    "institution",
    "bloc",
    "alliance",
    "outfit",
  ],
  event: ["event", "events"],
  initiative: ["initiative", "initiatives", "project", "projects", "programme", "program"],
  place: ["place", "city", "town", "location", "venue"],
};

/**
 * Phrases that ask for the long form of an abbreviation or name; not "short for" with a thing said
 * after it, which is lacking something for it ("how much is Bosnia still short for its levees?").
 */
export const EXPANSION_PATTERN =
  /\b(?:stand(?:s|ing)? for|short for(?! (?:its|their|the|a|an|his|her|our|this|that|these|those)\b)|abbreviation|acronym|full (?:name|form|title)|long form|spelled out|spell(?:ed)? out)\b/i;

/** Ordinal words, first to tenth: "the second round", "the fourth one". */
export const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
] as const;

/** Count words: "four documents", "which *two* metals", "dozens of vessels". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty dozens hundreds".split(
    " ",
  ),
);

/** Modal verbs: "who *will* chair …", "when *may* they sign …". */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "can",
  "could",
  "should",
  "shall",
  "may",
  "might",
  "must",
]);

/**
 * A noun in the plural ("deputy" -> "deputies", "chairman" -> "chairmen", "envoy" -> "envoys").
 * English's regular rules, not a parser: posts and kinds are regular nouns, and loading compromise inside
 * answer() (0.65 s) would stall every other answer the first time a list is asked.
 */
export function pluralOf(noun: string): string {
  if (/man$/i.test(noun)) return noun.replace(/man$/i, "men");
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Words that make a title another one: a deputy foreign minister is not the foreign minister. */
export const RANK_WORDS: ReadonlySet<string> = new Set([
  "deputy",
  "vice",
  "assistant",
  "acting",
  "former",
  "ex",
  "junior",
  "interim",
]);
