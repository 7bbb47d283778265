import { STOPWORDS } from "./lexicon.ts";
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 2024-04-17 -> "17 April 2024": unambiguous for readers on either side of the Atlantic. */
export function formatDate(iso: string): string {
  let readable = readableDates.get(iso);
  if (readable === undefined) {
    const [year, month, day] = iso.split("-").map(Number);
    readable = `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
    if (readableDates.size >= READABLE_DATES) readableDates.clear();
    readableDates.set(iso, readable);
  }
  return readable;
}
/** Days already written out (a store has a few thousand; recaps write the same ones over and over). */
const readableDates = new Map<string, string>();
const READABLE_DATES = 8192;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Month and weekday names, lower-cased: a time in a question, never a name the store lacks. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()),
);

/** 2025-03-02 -> "Sunday": the calendar decides, so no source has to say it. */
export function weekdayOf(iso: string): string | undefined {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month || !day) return undefined;
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** A day the sentence names in full ("on 1 January 2027", "January 1, 2027"), as 2027-01-01. */
export function dayNamedIn(statement: string): string | undefined {
  const match = FULL_DATE.exec(statement);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2] ?? match[4]!) + 1;
  const day = Number(match[1] ?? match[5]);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${match[3] ?? match[6]}-${pad(month)}-${pad(day)}`;
}

const MONTH_NAME = `(${MONTHS.join("|")})`;
const FULL_DATE = new RegExp(
  `\\b(\\d{1,2}) ${MONTH_NAME} ((?:19|20)\\d{2})\\b|\\b${MONTH_NAME} (\\d{1,2}),? ((?:19|20)\\d{2})\\b`,
);

/**
 * The sentence says when by itself: a year, a month, or "during" something ("founded in 1992",
 * "as chair during the COVID-19 pandemic"), even without a `date`.
 */
export function statesTime(statement: string): boolean {
  return statesDate(statement) || DURING.test(statement);
}

/**
 * The sentence names a year or a month: a date lead would only repeat it. A year that is part of a
 * name ("the naval exercise Nawras 2026", "the Regulations 2026") says no time of the act: "Eritrea
 * protested against Nawras 2026" is a protest on a day the sentence does not tell.
 */
export function statesDate(statement: string): boolean {
  if (!YEAR_OR_MONTH.test(statement)) return false;
  for (const said of statement.matchAll(YEAR_OR_MONTH_ALL)) {
    if (said[1] === undefined || !namesTheYear(statement, said.index)) return true;
  }
  return false;
}

/** The year at `at` closes a name: it follows a capitalised word that opens no time of its own. */
function namesTheYear(statement: string, at: number): boolean {
  const before = WORD_BEFORE.exec(statement.slice(Math.max(0, at - 40), at));
  if (!before?.[1]) return false;
  const word = before[1].toLowerCase();
  return !STOPWORDS.has(word) && !CALENDAR_WORDS.has(word) && !TIME_LEADS.has(word);
}

const WORD_BEFORE = /(\p{Lu}\p{L}*) $/u;
/** Words that open a time said with a year ("Since 2003", "Early 2027", "Autumn 2026"). */
const TIME_LEADS: ReadonlySet<string> = new Set([
  "since",
  "until",
  "till",
  "before",
  "after",
  "during",
  "around",
  "circa",
  "early",
  "late",
  "mid",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);

/**
 * The clauses set off by commas that describe someone or something (", a geneticist who has
 * headed the unit since 2019,"): a relative clause closed by its comma, so what follows it is the
 * sentence's own act. A time in one dates the description, not that act.
 */
export function describingClauses(statement: string): string[] {
  return [...statement.matchAll(DESCRIBING_CLAUSE)].map((m) => m[0]);
}

/** The sentence without its clauses that describe someone or something (`describingClauses`). */
export function outsideDescriptions(statement: string): string {
  return statement.replace(DESCRIBING_CLAUSE, ",");
}

const DESCRIBING_CLAUSE = /,\s[^,;]*?\b(?:who|whose|which)\b[^,;]*,/gi;

const YEAR_OR_MONTH =
  /\b(?:1[5-9]\d{2}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const YEAR_OR_MONTH_ALL =
  /\b(1[5-9]\d{2}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const DURING = /\bduring\b/;

/** The units a rate is counted over, as their adverbs name them too ("daily", "annually"). */
const RATE_ADVERBS: Readonly<Record<string, string>> = {
  hourly: "hour",
  daily: "day",
  nightly: "night",
  weekly: "week",
  monthly: "month",
  quarterly: "quarter",
  yearly: "year",
  annual: "year",
  annually: "year",
  biennial: "year",
  biennially: "year",
};
const RATE_UNIT = "(hour|day|night|week|month|quarter|year)s?";
/**
 * "A year", "per day", "each month", "every two years", "on an average day": a figure counted over
 * a unit of time. Not a span or a distance in time ("a year ago", "a year later", "a year-long
 * study", "within a year", "for a year"), which says when, not how often.
 */
const RATE = new RegExp(
  `(?<!\\b(?:in|within|for|after|over|under|than|half) )\\b(?:a|an|per|each|every)\\s+(?:(?:average|typical|normal|single|\\d+|two|three|four|five|six|few)\\s+)?${RATE_UNIT}\\b(?!-|'s? (?:time|notice)|\\s+(?:ago|later|earlier|after|before|since|from|in advance|long|or so))|\\bper annum\\b|\\b(${Object.keys(RATE_ADVERBS).join("|")})\\b`,
  "gi",
);
/** "How many trucks cross *in a year*?": the question's own way to ask for a rate. */
const ASKED_RATE = new RegExp(`\\b(?:in|within) (?:a|one) ${RATE_UNIT}\\b`, "gi");

/**
 * The units of time a text counts its figures over ("1,800 trucks on an average day": day;
 * "an annual subsidy": year); a question's "in a year" counts too when `asked`.
 */
export function ratePeriodsIn(text: string, asked = false): Set<string> {
  const units = new Set<string>();
  for (const match of text.matchAll(RATE)) {
    const unit = match[1] ?? (match[2] ? RATE_ADVERBS[match[2].toLowerCase()] : "year");
    if (unit) units.add(unit.toLowerCase());
  }
  if (asked) for (const match of text.matchAll(ASKED_RATE)) units.add(match[1]!.toLowerCase());
  return units;
}

const RATE_UNITS: ReadonlySet<string> = new Set(["hour", "day", "night", "week", "month", "quarter", "year"]);
const RATE_OPENERS: ReadonlySet<string> = new Set(["a", "an", "per", "each", "every"]);
/** After the unit, a distance in time ("a year ago"), not a rate. */
const NOT_A_RATE_AFTER: ReadonlySet<string> = new Set([
  "ago",
  "later",
  "earlier",
  "before",
  "after",
  "since",
]);

/**
 * The unit of time a question's word counts over, when it is the unit of a rate ("each *year*",
 * "every two *years*", "*annually*"), by the words as read: the rate, not the word, is what a fact
 * must say ("an annual subsidy" answers "how much is the subsidy each year?").
 */
export function rateUnitAt(words: readonly string[], at: number): string | undefined {
  const word = words[at] ?? "";
  const adverb = RATE_ADVERBS[word];
  if (adverb) return adverb;
  const unit = word.endsWith("s") ? word.slice(0, -1) : word;
  if (!RATE_UNITS.has(unit) || NOT_A_RATE_AFTER.has(words[at + 1] ?? "")) return undefined;
  const before = words[at - 1] ?? "";
  if (RATE_OPENERS.has(before)) return unit;
  // "Every two years", "in a year" (a question's way to ask how many in one).
  if (before === "one" || (/^(?:\d+|two|three|four|five|six)$/.test(before) && words[at - 2] === "every")) {
    return unit;
  }
  return undefined;
}

/**
 * A season's name as a pattern's part: "spring", "summer", "autumn", "winter", and "fall" only
 * where it is the season ("this fall", "in the fall", "the fall of 2025", "fall 2026"), not the
 * verb ("trips would fall to 30 hours", "prices fall") nor the drop ("the fall in oil revenue").
 */
export const SEASON_PATTERN = String.raw`(?:spring|summer|autumn|winter|(?<=\b(?:this|next|last|early|late|mid|each|every)[\s-])fall|(?<=\bthe )fall(?! (?:in|of (?!(?:19|20)\d{2}\b)))|fall(?=,? (?:of )?(?:19|20)\d{2}\b))`;

/** Words before "fall" that make it the season ("in the fall", "this fall"), as a question's words are read. */
const SEASON_FALL_BEFORE: ReadonlySet<string> = new Set([
  "the",
  "this",
  "next",
  "last",
  "early",
  "late",
  "mid",
  "each",
  "every",
]);

/**
 * "Fall" at `at` of a sentence's words is the season, not the verb: after a word that leads a time
 * ("this fall", "the fall"), unless a drop of something follows ("the fall in prices").
 */
export function isSeasonFallAt(words: readonly string[], at: number): boolean {
  if (words[at] !== "fall") return false;
  const next = words[at + 1] ?? "";
  if (/^(?:19|20)\d{2}$/.test(next) || (next === "of" && /^(?:19|20)\d{2}$/.test(words[at + 2] ?? "")))
    return true;
  if (!SEASON_FALL_BEFORE.has(words[at - 1] ?? "")) return false;
  return next !== "in" && next !== "of";
}

const MONTH_OR_SEASON = `(?:(?:early|late|mid)[- ]?)?(?:${MONTHS.join("|")}|spring|summer|autumn|winter)`;
const EVERY_YEAR = `(?:each|every|a) (?:year|season|summer|winter|spring|autumn|monsoon)|annually|yearly`;
/**
 * A time of year that comes back every year: "from June to November each year", "between May and
 * September every year", "every year from May to September". It says when in the year, not where
 * something starts or ends ("sell 150 megawatts from June to November each year" does not end in
 * November).
 */
export const RECURRING_RANGE = new RegExp(
  String.raw`\b(?:from|between) ${MONTH_OR_SEASON} (?:to|until|till|through|and) ${MONTH_OR_SEASON},? (?:${EVERY_YEAR})\b|\b(?:${EVERY_YEAR}),? (?:from|between) ${MONTH_OR_SEASON} (?:to|until|till|through|and) ${MONTH_OR_SEASON}\b`,
  "gi",
);

/** Where in the text its recurring times of year stand, as [start, end) character ranges. */
export function recurringRangesIn(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(RECURRING_RANGE))
    ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}
