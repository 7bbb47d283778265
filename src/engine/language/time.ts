const MONTHS = [
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
