import { MONTHS } from "./time.ts";

// How a sentence tells a figure that changed, read the same wherever a change is looked for: in a
// story told over several articles (story.ts) and in a premise a revision contradicts (premise.ts).

const DATE_SAID = new RegExp(
  // A year alone only where it reads as one ("in 2026", "since 2017"): "2000 troops" is a figure.
  String.raw`\b(?:\d{1,2} )?(?:${MONTHS.join("|")})(?: \d{1,2},?)?(?: (?:19|20)\d\d)?\b|\b(?:(?:in|of|since|until|by|from|to|before|after|and|early|late|mid) )(?:19|20)\d\d\b|\b(?:19|20)\d\d(?=[,.;)]|$| (?:and|to)\b)`,
  "gi",
);
/** The sentence with its dates blanked out: a year is when, not a figure. */
export const withoutDates = (statement: string) => statement.replace(DATE_SAID, " ");

/**
 * The figure a sentence says changed, and what it changed to, however the change is worded: "from
 * 1,200 US dollars to 400", "revised to 1.35 billion euros from 1.2 billion", "now stands at 1.24
 * billion, down from the 1.35 billion estimated".
 */
export function figureChange(statement: string): { from: string; to: string; lead: string } | undefined {
  const lead = (text: string, at: number) => text.slice(0, at).split(/[.;,]/).at(-1) ?? "";
  const forward = FROM_TO.exec(statement);
  if (forward)
    return {
      from: scaledLike(normalFigure(forward[1]!), normalFigure(forward[2]!)),
      to: normalFigure(forward[2]!),
      lead: lead(statement, forward.index),
    };
  // (A year is when, not a figure: "8.1 million in August 2026, up from 6.4 million".)
  const bare = withoutDates(statement).replace(/\s+/g, " ").replace(/ ,/g, ",");
  for (const pattern of TO_BEFORE_FROM) {
    const change = pattern.exec(bare);
    if (!change) continue;
    // ("Raised the number of buoys … to 54 from 48": what was raised is named before the new figure.)
    const toAt = change[0].indexOf(` to ${change[1]}`);
    const at = change.index + Math.max(toAt, 0);
    const to = normalFigure(change[1]!);
    return { from: scaledLike(normalFigure(change[2]!), to), to, lead: lead(bare, at) };
  }
  const replaced = replacedFigure(bare);
  if (replaced) return { from: replaced.from, to: replaced.to, lead: lead(bare, replaced.at) };
  return undefined;
}

const AMOUNT_TEXT = String.raw`\d+(?:[.,]\d+)*(?: (?:million|billion|thousand|percent))?`;
export const AMOUNT = new RegExp(String.raw`\b${AMOUNT_TEXT}\b`, "gi");
/** Up to three words of a unit between a figure and what follows it ("US dollars", "euros per boat"). */
const UNIT_GAP = String.raw`(?: [^\s\d.;,][^\s.;,]*){0,3}?`;
const LEFT = "(?:the |its |their |an? )?";
const FROM_TO = new RegExp(String.raw`\bfrom ${LEFT}(${AMOUNT_TEXT})${UNIT_GAP} to (${AMOUNT_TEXT})\b`, "i");
/** How many words may name what a figure-setting verb resized before its new figure. */
const RESIZED_OBJECT_WORDS = 16;
/** Verbs that set a figure anew: "revised to 1.35 billion from 1.2 billion". */
const RESIZED =
  "revised|raised|cut|lowered|increased|reduced|decreased|changed|adjusted|moved|rose|risen|fell|fallen|dropped|grew|grown|climbed|trimmed|lifted";
/**
 * Changes told new figure first: "to 1.35 billion from 1.2 billion", "1.24 billion, down from 1.35
 * billion". What was resized may stand between the verb and its new figure, within the clause ("raised
 * the number of buoys and coastal stations of the Bay of Bengal cyclone early-warning network to 54 from 48").
 */
const TO_BEFORE_FROM = [
  new RegExp(
    String.raw`\b(?:${RESIZED}) (?:[^\s.;,]+ ){0,${RESIZED_OBJECT_WORDS}}?to (${AMOUNT_TEXT})${UNIT_GAP} from ${LEFT}(${AMOUNT_TEXT})\b`,
    "i",
  ),
  new RegExp(String.raw`\b(${AMOUNT_TEXT})${UNIT_GAP},? (?:up|down) from ${LEFT}(${AMOUNT_TEXT})\b`, "i"),
  // "Came to 7.6 million, below the 8.1 million estimated": the figure it was put at before.
  new RegExp(
    String.raw`\b(${AMOUNT_TEXT})${UNIT_GAP},? (?:below|above|less than|more than) (?:the|its|their) (${AMOUNT_TEXT})\b`,
    "i",
  ),
];
/**
 * "Now plans 32 clinics instead of 30", "a 6 million cap rather than 8 million": the figure it
 * replaced, named after the one that stands. (The unit words after each figure and what follows the
 * second, to the clause's end, are read apart: see `replacedFigure`.)
 */
const INSTEAD = new RegExp(
  String.raw`\b(${AMOUNT_TEXT})((?: [^\s\d.;,][^\s.;,]*){0,3}?),? (?:instead of|rather than) ${LEFT}(${AMOUNT_TEXT})\b([^.;,]*)`,
  "i",
);
/** A figure asked for, offered, proposed or refused is no figure that stands. */
const NOT_SETTLED =
  /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|want(?:s|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|sought|seek(?:s|ing)?|suggest(?:s|ed|ing)?|hop(?:e|es|ed|ing)|offer(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing)?|turned down|declin(?:e|es|ed|ing))\b/i;
/** Words that open a complement of the whole clause ("32 clinics instead of 30 *in the network*"). */
const COMPLEMENT_OPENERS = new Set([
  "in",
  "at",
  "for",
  "of",
  "on",
  "to",
  "by",
  "from",
  "across",
  "along",
  "under",
  "within",
]);

/**
 * "32 clinics instead of 30" is a figure changed; "3 hours by ferry rather than 9 hours by road",
 * "1,800 dollars rather than 2,400 dollars for a steel one", "2 ferries instead of 1 bridge" and
 * "10 million euros in grants rather than 10 million euros in loans" compare two things, and "asked
 * for 40 boats rather than 30, but Castel refused" changes nothing.
 */
function replacedFigure(bare: string): { from: string; to: string; at: number } | undefined {
  const change = INSTEAD.exec(bare);
  if (!change) return undefined;
  const to = normalFigure(change[1]!);
  const from = scaledLike(normalFigure(change[3]!), to);
  if (from === to) return undefined;
  if (NOT_SETTLED.test(bare)) return undefined;
  const unit = change[2]!.trim().toLowerCase().split(" ").filter(Boolean);
  const rest = change[4]!.trim().toLowerCase().split(" ").filter(Boolean);
  // What follows the replaced figure is its unit, the same as the new one's, or a complement of
  // the clause; a unit of its own or a complement that sets it apart makes a comparison.
  const [next] = rest;
  if (next !== undefined && !COMPLEMENT_OPENERS.has(next)) {
    if (unit.length === 0 || next !== unit[0]) return undefined;
    // ("9 hours by road" beside "3 hours": the unit, then words the new figure's unit did not say.)
    const after = rest.slice(1);
    const unitAfter = unit.slice(1);
    if (after.length > 0 && after.slice(0, unitAfter.length).join(" ") !== unitAfter.join(" "))
      return undefined;
    if (after.length > unitAfter.length) return undefined;
  }
  return { from, to, at: change.index };
}

export const normalFigure = (figure: string) => figure.toLowerCase().replace(/,/g, "");

/**
 * "Rises from 41.6 to 46.9 million US dollars" says the scale once, after the new figure: the
 * figure it rose from is 41.6 million, the figure an earlier article told ("at 41.6 million US
 * dollars"), not 41.6.
 */
function scaledLike(from: string, to: string): string {
  if (!/^[\d.]+$/.test(from)) return from;
  const scale = / (million|billion|thousand|percent)$/.exec(to)?.[1];
  return scale ? `${from} ${scale}` : from;
}
