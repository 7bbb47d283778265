import type { Reading } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import {
  CONSENTING_VERBS,
  GIVING_WAY,
  pastWords,
  REFUSING_VERBS,
  RESISTING_VERB,
  refusedWords,
  refusingWords,
  TAKING_ON_VERBS,
} from "./language/consent.ts";
import { countryNamesOfDemonym } from "./language/countries.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { tokenize } from "./language/normalize.ts";
import type { Mention, Term } from "./query.ts";
import { type Match, NEGATION } from "./score.ts";
import type { Verdict } from "./verify.ts";

type Read = Reading & { kind: "read" };

/** A mention made by a country's adjective ("Ghanaian", "Costa Rican"), not by its name. */
const namedByAdjective = (mention: Mention) =>
  mention.demonym === true || countryNamesOfDemonym(mention.text).length > 0;

/**
 * "Did Argentina back down on the toll?", "did Dhaka cave on the price?", "did Grenada give in?":
 * whether one party gave way is told by a fact in which that party, alone, is the subject of the
 * giving way ("Tanzania agreed to cut the fee it charges", "after Grenada dropped its refusal"),
 * or of what it now does beside the refusal it is said to have had ("Bangladesh, which had refused
 * in February to pay more than 6 cents, will pay 6.4"), or by a joint act that gives up the
 * party's own thing ("Argentina and Paraguay agreed to suspend Argentina's toll"). A joint
 * agreement of anything else ("A and B agreed on …") is no giving way of either side. When no
 * such fact is found and the party's latest word on the matter is its refusal, the answer is no.
 * Only yes/no questions that name one party and what it might have given way on.
 */
export function concessionAnswer(read: Read, kb: KnowledgeBase): Verdict | undefined {
  const { plan, question } = read.understanding;
  if (plan.kind !== "yesno" || !CONCESSION_ASKED.test(question)) return undefined;
  const actors = plan.mentions.filter((m) => m.entityIds.some((id) => ACTORS.has(kb.entity(id)?.kind ?? "")));
  // "Did Lomé budge on what it would pay for Ghanaian power?": a country named by its adjective
  // after the one asked about qualifies the matter ("Ghanaian power", "Tunisian officers"); it is
  // no second party (it stays one of the matter's names).
  const parties = actors.filter((m, i) => i === 0 || !namedByAdjective(m));
  const [party, ...others] = parties;
  if (!party || others.length > 0 || party.entityIds.length !== 1) return undefined;
  const partyId = party.entityIds[0]!;
  const names = namesOf(partyId, kb);
  if (names.length === 0) return undefined;
  // What it may have given way on: the question's other words and names (not the idiom's own).
  // (A word of stance, "the deal", "the dispute", "agreed", names no matter: every side has one.)
  const words = plan.terms.filter(
    (t) =>
      t.weight >= 1 &&
      !t.timeWord &&
      !IDIOM_WORDS.has(t.word) &&
      !IDIOM_WORDS.has(t.typed ?? "") &&
      !STANCE_WORD.test(t.word),
  );
  const things = plan.mentions.filter((m) => m !== party).map((m) => m.entityIds);
  const topic = words.length + things.length;
  // "Did they back down?" with nothing more, right after a turn that told the party's refusal or
  // demand: the matter is what that fact says it stood against (another party's turn has none).
  const stood = topic === 0 ? stoodAgainstBefore(read, names, kb) : undefined;
  if (topic === 0 && !stood) return undefined;
  const share = (indexed: IndexedFact) =>
    stood
      ? [...stood].filter((stem) => (indexed.terms.get(stem) ?? 0) >= SAID).length / stood.size
      : (words.filter((t) => says(indexed, t)).length +
          things.filter((ids) => ids.some((id) => indexed.entities.includes(id))).length) /
        topic;
  const own = [...kb.factsAbout(partyId)].filter((indexed) => share(indexed) >= TOPIC_SHARE);
  const refusals = own.filter((indexed) => refusalBy(indexed.fact.statement, names));
  // (What it stood for before: its refusal, its demand, or a dispute it was party to.)
  const stances = own.filter(
    (indexed) => refusals.includes(indexed) || stoodFor(indexed.fact.statement, names),
  );
  // The two facts most about the matter that tell the party giving way: one may state it ("Riyadh
  // dropped its objection"), the other what was given ("lorries will stop once …; Saudi Arabia had
  // refused one joint checkpoint").
  const found = own
    .filter((indexed) => gaveWay(indexed, names, stances, kb) !== undefined)
    .map((indexed) => ({ indexed, score: share(indexed) + reported(indexed, kb) / 1e15 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_TOLD);
  if (found.length > 0) {
    const matches: Match[] = found.map((b) => ({ indexed: b.indexed, coverage: share(b.indexed), rank: 1 }));
    return { kind: "facts", matches, confidence: CONCESSION_CONFIDENCE };
  }
  // No giving way found: "no" only where the latest article on the matter tells the party's
  // refusal (as it stood then, or kept: "In July 2026 Grenada still refused …").
  const last = Math.max(...own.map((indexed) => reported(indexed, kb)));
  const kept = refusals
    .filter((indexed) => reported(indexed, kb) === last)
    .sort((a, b) => share(b) - share(a))[0];
  // (Nor where a later article tells the party giving way on anything: what it gave may be this.)
  const allOwn = [...kb.factsAbout(partyId)];
  const allStances = allOwn.filter(
    (i) => refusalBy(i.fact.statement, names) || stoodFor(i.fact.statement, names),
  );
  const laterGiving = allOwn.some(
    (indexed) => reported(indexed, kb) > last && gaveWay(indexed, names, allStances, kb) !== undefined,
  );
  if (kept && share(kept) >= KEPT_SHARE && !laterGiving) {
    const name = kb.entity(partyId)?.name ?? names[0]!;
    return {
      kind: "correction",
      match: { indexed: kept, coverage: share(kept), rank: 1 },
      wrong: `${name} did not back down`,
    };
  }
  return undefined;
}

/** A question of giving way: "back down", "cave", "give in/way", "backtrack", "relent", "budge", "soften", "u-turn". */
const CONCESSION_ASKED =
  /\b(?:back(?:s|ed|ing)? (?:down|off)|climb(?:s|ed|ing)? down|cav(?:e|es|ed|ing)\b|g(?:i|a)ve(?:s|n)? (?:way|ground)|giving (?:way|ground)|(?:give|gave|gives|given|giving) in(?=\s+(?:on|over|to|at|in the end|eventually|finally|after all)\b|\s*[?!.]*\s*$)|backtrack\w*|relent\w*|conced(?:e|ed|es|ing)\b|budg(?:e|ed|es|ing)\b|(?:come|comes|came|coming) (?:a)?round\b|soften\w*|u-?turn\w*|(?:do|did|does|done|doing) an? about-?(?:face|turn))/i;
/** The idiom's own words, as the question's terms read them ("back down" is read "withdraw", "give in" "defer"). */
const IDIOM_WORDS: ReadonlySet<string> = new Set([
  "withdraw",
  "defer",
  "give",
  "gave",
  "way",
  "ground",
  "cave",
  "back",
  "down",
  "off",
  "climb",
  "come",
  "came",
  "round",
  "around",
  "backtrack",
  "relent",
  "concede",
  "budge",
  "soften",
  "turn",
  "u",
  "u-turn",
  "uturn",
  "about",
  "face",
  "end",
]);
/** Words of a stance or of its end, not of a matter. */
const STANCE_WORD =
  /^(?:agree\w*|deal\w*|refus\w*|declin\w*|reject\w*|disput\w*|row|rows|oppos\w*|objec\w*|position\w*|stance\w*|demand\w*|insist\w*|compromis\w*|concession\w*|issue\w*|matter\w*|thing\w*|stuff|question\w*|nah)$/i;
/** Kinds of entity that hold a position of their own. */
const ACTORS: ReadonlySet<string> = new Set(["country", "organization"]);
/** Share of the question's other words and names a fact must have to be about the same matter. */
const TOPIC_SHARE = 1 / 3;
const CONCESSION_CONFIDENCE = 0.8;
/** Share of the question's matter a refusal kept must have to answer "no". */
const KEPT_SHARE = 1 / 2;
/** How many facts of the giving way an answer tells. */
const MAX_TOLD = 2;
/** How strongly a fact must have a word of the question (its statement, its keywords). */
const SAID = 0.8;
/** How many words may stand between the party and its act ("Iceland has since agreed"). */
const SUBJECT_GAP = 2;

function says(indexed: IndexedFact, term: Term): boolean {
  for (const [stem, strength] of term.alternatives) {
    if (strength * (indexed.terms.get(stem) ?? 0) >= SAID) return true;
  }
  return false;
}

function namesOf(id: string, kb: KnowledgeBase): string[] {
  const entity = kb.entity(id);
  if (!entity) return [];
  return [entity.name, ...entity.aliases].map((n) => n.toLowerCase()).filter((n) => n.length > 2);
}

const reported = (indexed: IndexedFact, kb: KnowledgeBase) =>
  Date.parse(kb.source(indexed.fact.source)?.date ?? "1970-01-01") || 0;

const STANDING_AGAINST: readonly string[] = [...REFUSING_VERBS, RESISTING_VERB];

/** A giving way said outright: what ends a refusal or a demand of the party's own. */
const STATED_GIVING_WAY = new RegExp(
  String.raw`\b(?:dropped|withdrew|lifted|abandoned|ended|softened|reversed|gave up) (?:its|their) (?:\w+ )?(?:objection|opposition|refusal|demand|veto|insistence|resistance|block|blockade|condition|position|stance)s?\b|\b(?:${GIVING_WAY.join("|")}|changed (?:its|their) (?:position|stance|mind))\b`,
  "g",
);
/** Taking on what was asked of it: a giving way where the party had refused the matter before. */
const CONSENT = new RegExp(
  String.raw`\b(?:${pastWords([...CONSENTING_VERBS, ...TAKING_ON_VERBS])}|signed up|allowed|lifted|will pay|would pay)\b`,
  "g",
);
/** Giving up or lessening a thing ("suspend Argentina's toll"), said of the party's own thing. */
const GIVING_UP =
  /\b(?:suspend|suspended|drop|dropped|scrap|scrapped|lift|lifted|cut|lower|lowered|reduce|reduced|halve|halved|abandon|abandoned|withdraw|withdrew|waive|waived)\s+(?:the\s+)?([\p{L}'’-]+)/giu;
/** A refusal recalled beside what the party does now: "Bangladesh, which had refused …, will pay". */
const RECALLED = new RegExp(
  String.raw`\bhad\s+(?:(?:first|earlier|previously|long|always|initially)\s+)?${refusedWords(STANDING_AGAINST)}\b`,
  "g",
);
/** Words of a party standing against something, resisting too (a refusal given up is as often resistance). */
const REFUSING = new RegExp(refusingWords(STANDING_AGAINST), "g");
const JOINERS: ReadonlySet<string> = new Set(["and", "or", "nor", "&", "with", "between", "both", "of"]);

/**
 * How the fact tells the party giving way, if it does: "stated" (it alone dropped its refusal,
 * gave way …), "after" (it alone agreed to or accepted a matter it refused in an earlier fact, or
 * in this one), "recalled" (a refusal of its own recalled beside what is so now), "own" (a joint
 * act that gives up the party's own thing).
 */
function gaveWay(
  indexed: IndexedFact,
  names: readonly string[],
  refusals: readonly IndexedFact[],
  kb: KnowledgeBase,
): "stated" | "after" | "recalled" | "own" | undefined {
  const text = indexed.fact.statement.toLowerCase();
  for (const cue of text.matchAll(STATED_GIVING_WAY)) {
    // ("Croatia had not changed its position" is the refusal kept.)
    if (soleSubject(text.slice(0, cue.index), names) && !negatedBefore(text, cue.index ?? 0)) return "stated";
  }
  for (const cue of text.matchAll(CONSENT)) {
    if (!soleSubject(text.slice(0, cue.index), names)) continue;
    // (Agreeing to something never refused is no giving way: only after a refusal of its own.)
    const day = reported(indexed, kb);
    const refusedBefore = refusals.some((r) => r !== indexed && reported(r, kb) < day);
    const refusedHere = ENDED_HERE.test(text.slice(cue.index));
    if ((refusedBefore || refusedHere) && !negatedBefore(text, cue.index ?? 0)) return "after";
  }
  for (const cue of text.matchAll(RECALLED)) {
    const before = text.slice(0, cue.index);
    if (!soleSubject(before, names)) continue;
    // (What stands now is told in the same sentence: in a clause before the one recalling the
    // refusal, "lorries will stop once …; Saudi Arabia had refused …", or after the party's
    // relative clause, "Bangladesh, which had refused …, will pay 6.4 cents". A sentence that
    // only recalls, "In March Armenia had refused to go above 3 kWh", tells nothing that replaced it.)
    const end = Math.max(before.lastIndexOf(";"), before.lastIndexOf(". "));
    const toldBefore = end >= 0 && wordsIn(before.slice(0, end)) >= MIN_TOLD;
    const toldAfter =
      RELATIVE_END.test(before) && NOW_AFTER.test(text.slice((cue.index ?? 0) + cue[0].length));
    if (toldBefore || toldAfter) return "recalled";
  }
  for (const cue of text.matchAll(GIVING_UP)) {
    const owner = cue[1] ?? "";
    const before = text.slice(0, cue.index);
    const lead = before.split(/[.;:,]/).at(-1) ?? "";
    if (names.some((n) => owner === `${n}'s` || owner === `${n}’s`) && names.some((n) => lead.includes(n))) {
      return "own";
    }
  }
  return undefined;
}
/** Words a sentence must tell before the refusal it recalls. */
const MIN_TOLD = 4;
const RELATIVE_END = /,\s*(?:which|who)\s*$/;
/** The party's own act after its relative clause: ", will pay", ", now accepts". */
const NOW_AFTER =
  /^[^;]*?,\s*(?:now\s+)?(?:will|would|is|are|has|have|now|agreed|accepted|pays|paid|signed|joined)\b/;
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

function negatedBefore(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 20), at);
  return new RegExp(`(?:${NEGATION.source})\\s*$`, "i").test(lead);
}

/** The sentence says, after the agreement, that it ended a refusal or a dispute ("six months after it refused the idea", "ending a four-month row", "instead of Zaroshke"). */
const ENDED_HERE =
  /\bafter (?:it|they|\w+) (?:had )?(?:first )?(?:refused|rejected|opposed|objected)|\bending (?:an? |the |its )?(?:[\w-]+ )?(?:dispute|row|standoff|stand-off|stalemate|deadlock|quarrel|feud)\b|\binstead of\b/;
/** A dispute told of the matter: "could not agree", "split over", "a row over". */
const DISPUTE =
  /\b(?:could not|couldn't|failed to|did not) (?:agree|settle)|\bsplit over\b|\bdisagree\w*|\b(?:dispute|row|standoff|stalemate|deadlock)\b/;
/** What the party wanted for itself, or its refusal named as its own ("Iceland's refusal"). */
const WANTING = /\b(?:wants|wanted|demanded|demands|insisted|insists|asked for|proposed|pressed for)\b/g;

/**
 * The party stood for something in the fact: it alone wanted or demanded it, the fact names its
 * refusal or objection as its own ("Iceland's refusal"), or tells a dispute it was party to.
 */
function stoodFor(statement: string, names: readonly string[]): boolean {
  const text = statement.toLowerCase();
  if (DISPUTE.test(text)) return true;
  if (
    names.some((n) =>
      new RegExp(
        `\\b${escaped(n)}['’]s (?:\\w+ )?(?:refusal|objection|opposition|veto|demand|insistence)\\b`,
      ).test(text),
    )
  )
    return true;
  for (const cue of text.matchAll(WANTING)) if (soleSubject(text.slice(0, cue.index), names)) return true;
  return false;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The party alone refuses or stands against something in the fact, as things stand then. */
function refusalBy(statement: string, names: readonly string[]): boolean {
  const text = statement.toLowerCase();
  for (const cue of text.matchAll(REFUSING)) {
    const before = text.slice(0, cue.index);
    // (A refusal recalled, "had refused", or told in a clause about the party that the sentence's
    // own act follows, "Everest Institute, which refused twice, signed up", is over.)
    // (Nor one said to be the first stance, "Cambodia at first refused", which tells it changed.)
    if (
      /\bhad\s+(?:\w+\s+)?$/.test(before) ||
      /,\s*(?:which|who)\s+(?:\w+\s+)?$/.test(before) ||
      /\b(?:at first|initially|originally|first|earlier|previously|once)\s+$/.test(before)
    )
      continue;
    if (soleSubject(before, names)) return true;
  }
  // "Croatia had not changed its position", "Grenada still refused": the refusal kept.
  for (const cue of text.matchAll(KEPT)) {
    if (soleSubject(text.slice(0, cue.index), names)) return true;
  }
  return false;
}
/** A stance told as kept. */
const KEPT =
  /\b(?:had|has|have) not (?:changed|moved|shifted|softened|budged)\b|\b(?:did not|would not|will not|refused to) (?:change|move|budge|soften|shift) (?:its|their)\b|\b(?:kept|maintained|held to|stuck to) (?:its|their) (?:refusal|objection|opposition|position|stance|demand|veto)\b/g;

/**
 * The clause that ends where an act is told has the party, alone, as its subject: its name stands
 * at most a few words before the act, with no other party joined to it ("Argentina and Paraguay
 * agreed" is neither's act alone), and not as the owner of someone else ("Argentina's partners").
 */
function soleSubject(before: string, names: readonly string[]): boolean {
  let lead = before.split(/[.;:]|\s[—–]\s/).at(-1) ?? "";
  lead = lead.replace(/,\s*(?:which|who)\s*$/, "");
  // "Cambodia, which in March had refused to go below 8 million, agreed …": the relative clause
  // between the party and its act is about the party; the act is still its own.
  lead = lead.replace(/,\s*(?:which|who)\b[^,;]*,\s*$/, "");
  lead = (lead.split(",").at(-1) ?? "").trimEnd();
  // "…, and Trinidad and Tobago, which had refused to pay any fee, accepted it": a clause joined
  // by "and" after a comma has its own subject (the joiner is no party joined to it).
  lead = lead.replace(/^\s*(?:and|but|while|whereas)\s+/, "");
  for (const name of names) {
    const at = lead.lastIndexOf(name);
    if (at < 0) continue;
    if (at > 0 && /[\p{L}\d]/u.test(lead[at - 1]!)) continue;
    const between = lead.slice(at + name.length);
    if (/^[\p{L}\d]/u.test(between) || /^['’]s\b/.test(between)) continue;
    const gap = between.trim().split(/\s+/).filter(Boolean);
    if (gap.length > SUBJECT_GAP || gap.some((w) => JOINERS.has(w))) continue;
    const prior = lead.slice(0, at).trim().split(/\s+/).at(-1) ?? "";
    if (JOINERS.has(prior)) continue;
    return true;
  }
  return false;
}

/**
 * The words of what the party stood against or for in the previous turn's facts: those after its
 * own refusal or demand ("Myanmar refused the malaria testing of truck drivers" → malaria, testing,
 * truck, drivers), within its clause; none where no fact of the turn tells the party's stance.
 */
function stoodAgainstBefore(
  read: Read,
  names: readonly string[],
  kb: KnowledgeBase,
): Set<string> | undefined {
  for (const id of read.previous?.facts ?? []) {
    const statement = kb.fact(id)?.fact.statement;
    if (!statement) continue;
    const text = statement.toLowerCase();
    for (const cue of [...text.matchAll(REFUSING), ...text.matchAll(WANTING)]) {
      if (!soleSubject(text.slice(0, cue.index), names)) continue;
      const clause = text.slice((cue.index ?? 0) + cue[0].length).split(/[.;:,]/)[0] ?? "";
      const stems = tokenize(clause)
        .filter((t) => !STOPWORDS.has(t.word) && !names.some((n) => n.includes(t.word)))
        .slice(0, STOOD_REACH)
        .map((t) => t.stem);
      if (stems.length >= MIN_STOOD) return new Set(stems);
    }
  }
  return undefined;
}
/** How many words after the refusal say what was refused; fewer than the least say too little. */
const STOOD_REACH = 8;
const MIN_STOOD = 2;
