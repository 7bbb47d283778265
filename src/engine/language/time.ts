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
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

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

/** The sentence names a year or a month: a date lead would only repeat it. */
export function statesDate(statement: string): boolean {
  return YEAR_OR_MONTH.test(statement);
}

const YEAR_OR_MONTH =
  /\b(?:1[5-9]\d{2}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DURING = /\bduring\b/;
