/**
 * Chat shorthand no maintained list knows, each read as what it stands for before the question's
 * words are looked at (query.ts, PHRASES). Kept short on purpose: only what is common in chat and
 * means one thing.
 *
 * Words clipped: WordNet has no "desal", "enviro" or "yr", and spelling correction cannot reach
 * them (too many letters missing).
 *
 * Idioms of an answer (WordNet has neither "say yes" nor "hear back"): to say yes to something is
 * to agree to it, as the facts say it ("agreed to", or "turned down" where it was not); to hear
 * back is to get a reply ("received no reply", "still waiting for an answer"). Each form of the
 * verb is listed, so the tense asked stays the tense read.
 */
export const CHAT_SHORTHAND: readonly (readonly [typed: string, meant: string])[] = [
  ["desal", "desalination"],
  ["enviro", "environment"],
  ["yr", "year"],
  ["yrs", "years"],
  ["say yes", "agree"],
  ["says yes", "agrees"],
  ["said yes", "agreed"],
  ["saying yes", "agreeing"],
  ["hear back", "get a reply"],
  ["hears back", "gets a reply"],
  ["heard back", "got a reply"],
  ["hearing back", "getting a reply"],
];
