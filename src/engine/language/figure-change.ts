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
  // "Now plans 32 clinics instead of 30", "a 6 million cap rather than 8 million": the figure it
  // replaced, named after the one that stands.
  new RegExp(
    String.raw`\b(${AMOUNT_TEXT})${UNIT_GAP},? (?:instead of|rather than) ${LEFT}(${AMOUNT_TEXT})\b`,
    "i",
  ),
];
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
