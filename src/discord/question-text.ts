import { MAX_QUESTION_CHARS } from "../engine/query.ts";
import { truncate } from "./limits.ts";

/**
 * Discord's mention markup (<@id>, <@!id>, <@&role>, <#channel>) names whom a message is for, not
 * what it asks; the engine never sees it. (Replies never ping anyone either way.)
 */
export function withoutMentionMarkup(text: string): string {
  return text.replace(/<(?:@[!&]?|#)\d{1,20}>/g, " ").replace(/\s{2,}/g, " ");
}

/**
 * What the engine is asked, from the text a member typed: the same on every surface (/ask, a DM, a
 * mention, the console, `npm run ask`), so the command line answers exactly as the bot does. The
 * engine reads no further than MAX_QUESTION_CHARS, and memory and records need not hold more.
 */
export function questionAsAsked(asked: string): string {
  return truncate(withoutMentionMarkup(asked).trim(), MAX_QUESTION_CHARS);
}
