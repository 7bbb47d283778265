/**
 * Words of consent and refusal: a party standing against something, giving way, taking an act on.
 * One lexicon for what a question takes for granted (premise.ts), what a party gave way on
 * (concession.ts) and what a story tells of a standing refusal (story.ts).
 */
import { isVerbOfAccepting, verbBase } from "./thesaurus.ts";

/**
 * Verbs of a party standing against something. Read by their stems ("refus", "objec"), so the
 * nouns the facts use ("refusal", "objection", "veto") count too. Not `isVerbOfRefusing`
 * (WordNet's opposites of "accept"): that takes in "refuse", "decline" and "reject" only.
 */
export const REFUSING_VERBS: readonly string[] = [
  "refuse",
  "decline",
  "reject",
  "oppose",
  "object",
  "block",
  "veto",
  "insist",
];

/**
 * "Resist": standing against something too. Read as a refusal where a party's giving way or a
 * "still resisting" question is looked for; the story's refusals told do not take it in yet (see
 * `refusingWords`).
 */
export const RESISTING_VERB = "resist";

/** The stem of a regular verb: "refuse" -> "refus", "object" -> "object". */
const stemOfVerb = (verb: string) => verb.replace(/e$/, "");

/** The past of a regular verb: "refuse" -> "refused", "block" -> "blocked", "ratify" -> "ratified". */
const pastOf = (verb: string) =>
  verb.endsWith("e") ? `${verb}d` : verb.endsWith("y") ? `${verb.slice(0, -1)}ied` : `${verb}ed`;

/** A regular-expression source for the past of regular verbs: "agreed", "ratified". */
export function pastWords(verbs: readonly string[]): string {
  return `(?:${verbs.map(pastOf).join("|")})`;
}

/** A regular-expression source for any word of the verbs' stems: "refusal", "objected", "vetoes". */
export function refusingWords(verbs: readonly string[] = REFUSING_VERBS): string {
  return String.raw`\b(?:${verbs.map(stemOfVerb).join("|")})\w*`;
}

/** A regular-expression source for the verbs' past: "refused", "objected" (after "had"). */
export function refusedWords(verbs: readonly string[] = REFUSING_VERBS): string {
  return pastWords(verbs);
}

/**
 * A party giving way said in so many words: what ends its refusal, whatever it then took on.
 * Phrases, not verbs: WordNet files "back down" and "give in" under "yield", beside much else.
 */
export const GIVING_WAY: readonly string[] = [
  "relented",
  "conceded",
  "gave way",
  "gave in",
  "came round",
  "backed down",
  "climbed down",
];

/** Verbs of taking an act on that WordNet does not file as opposites of refusing (as it does "accept"). */
export const AGREEING_VERBS: readonly string[] = ["agree", "consent"];
const AGREEING: ReadonlySet<string> = new Set(AGREEING_VERBS);

/** Verbs of consenting: "accept" (WordNet's opposite of refusing), "agree", "consent". */
export const CONSENTING_VERBS: readonly string[] = ["accept", ...AGREEING_VERBS];

/** A regular-expression source for the past of the verbs of consenting: "agreed", "accepted", "consented". */
export const CONSENTED = pastWords(CONSENTING_VERBS);

/** Verbs of taking on a pact offered: it is signed, ratified, joined or acceded to. */
export const TAKING_ON_VERBS: readonly string[] = ["sign", "ratify", "join", "accede"];

/** "Agree to", "accept to", "consent to": taking on the act that follows (WordNet's opposites of refusing, or "agree", "consent"). */
export function isVerbOfConsenting(word: string): boolean {
  return isVerbOfAccepting(word) || AGREEING.has(verbBase(word) ?? word);
}
