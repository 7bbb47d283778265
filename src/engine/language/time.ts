/**
 * The sentence says when by itself: a year, a month, or "during" something ("founded in 1992",
 * "as chair during the COVID-19 pandemic"), even without a `date`.
 */
export function statesTime(statement: string): boolean {
  return STATES_TIME.test(statement);
}

const STATES_TIME =
  /\b(?:1[5-9]\d{2}|20\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bduring\b/;
