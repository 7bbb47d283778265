import { randomBytes } from "node:crypto";
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { COMMIT_UNKNOWN, isConnectionLoss, isWriteContention } from "../storage/contention.ts";

/**
 * A problem the user can fix or should know about ("that event does not exist"): its message is
 * shown to them as is. Any other error is a bug or an outage and they see only a reference.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

/** A short reference a user can quote and an operator can find in the logs. */
export function errorRef(): string {
  // Crockford-style alphabet: no 0/O or 1/I/L to misread when someone copies it by hand.
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  return [...randomBytes(6)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

/**
 * Two writes raced (two moderators, a moderator and an import on the bot's host) and this one gave
 * up waiting for the other's write lock: nothing of it was saved, and doing it again is safe.
 */
export const WRITE_CONTENDED =
  "Another change to this server's facts (a moderator's, or an import) was being saved at the same moment, " +
  "so yours was not saved. Nothing was changed: please do it again, that is safe.";

/** The user's message when `error` is two writes racing, else undefined. */
export function contendedMessage(error: unknown): string | undefined {
  return isWriteContention(error) ? WRITE_CONTENDED : undefined;
}

export function somethingWentWrong(ref: string): string {
  return `Something went wrong (ref ${ref}). It has been logged; please try again in a moment.`;
}

/**
 * Discord forgets an interaction after 3 seconds (or 15 minutes once acknowledged), and two
 * instances may race for one; "Unknown interaction" then says only that the moment has passed.
 */
export function isUnknownInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** Another instance, or an earlier attempt of ours, already answered it. */
export function isAlreadyAcknowledged(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
  );
}

/** The database did not answer within its timeout, or could not be reached at all. */
export const DATABASE_UNREACHABLE =
  "The database did not answer or could not be reached, so nothing was saved (the bot connects again by itself). " +
  "It is safe to do it again in a moment.";

/** The connection went while the change was being made: the server rolled it back. */
export const CONNECTION_LOST =
  "The connection to the database was lost while this was being done, so nothing was saved (the bot connects again by itself). " +
  "It is safe to do it again in a moment.";

/** Only COMMIT's answer was lost: the change may be saved. */
export const COMMIT_UNCERTAIN =
  "The connection to the database was lost just as this change was being saved, so I cannot tell whether it was. " +
  "Look at the history (/fact history, /entity history, /event history) or /fact list before doing it again.";

/**
 * The one line a member is given when the database was busy or could not be reached, else
 * undefined: what happened, whether anything was saved, and that trying again is safe.
 */
export function databaseTroubleMessage(error: unknown): string | undefined {
  const contended = contendedMessage(error);
  if (contended) return contended;
  if (!isConnectionLoss(error)) return undefined;
  const code = String((error as { code?: unknown }).code ?? "");
  if (code === COMMIT_UNKNOWN) return COMMIT_UNCERTAIN;
  return code === "timeout" || code === "unreachable" || code.startsWith("E")
    ? DATABASE_UNREACHABLE
    : CONNECTION_LOST;
}
