/**
 * Words clipped in chat that no maintained list knows: WordNet has no "desal", "enviro" or "yr",
 * and spelling correction cannot reach them (too many letters missing). Each is read as the word it
 * stands for before the question's words are looked at (query.ts, PHRASES). Kept short on purpose:
 * only clippings common in chat whose full word is unambiguous.
 */
export const CHAT_CLIPPINGS: readonly (readonly [clipped: string, full: string])[] = [
  ["desal", "desalination"],
  ["enviro", "environment"],
  ["yr", "year"],
  ["yrs", "years"],
];
