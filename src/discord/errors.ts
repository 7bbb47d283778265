import { randomBytes } from "node:crypto";
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { COMMIT_UNKNOWN, isConnectionLoss, isWriteContention } from "../storage/contention.ts";
import { storageErrorIn } from "../storage/storage-error.ts";

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

/** The user's message when `error` is two writes racing (the database said so), else undefined. */
export function contendedMessage(error: unknown): string | undefined {
  return isWriteContention(storageErrorIn(error)) ? WRITE_CONTENDED : undefined;
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
 * undefined: what happened, whether anything was saved, and that trying again is safe. Only an
 * error the storage layer raised counts: a socket's EPIPE or ECONNRESET on the way to Discord
 * says nothing about the database (and the change may well have been saved).
 */
export function databaseTroubleMessage(error: unknown): string | undefined {
  const failure = storageErrorIn(error);
  if (!failure) return undefined;
  if (isWriteContention(failure)) return WRITE_CONTENDED;
  if (!isConnectionLoss(failure)) return undefined;
  const code = failure.code;
  if (code === COMMIT_UNKNOWN) return COMMIT_UNCERTAIN;
  return code === "timeout" || code === "unreachable" || code.startsWith("E")
    ? DATABASE_UNREACHABLE
    : CONNECTION_LOST;
}

/** Codes of a connection that failed on the network (Node's sockets, undici's). */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  // undici: the other side closed the socket; connecting, or the answer, took too long.
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/**
 * Whether `error` is a call to Discord that failed on the network (a socket closed under the
 * reply, a connection refused or reset, a name that did not resolve): not the database's (that
 * is a StorageError), not Discord's answer (a DiscordAPIError or HTTPError). undici reports some
 * as a TypeError "fetch failed" with the socket's error as its cause, so the causes are read too.
 */
export function isDiscordUnreachable(error: unknown): boolean {
  if (storageErrorIn(error)) return false;
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    const code = String((current as { code?: unknown }).code ?? "");
    if (NETWORK_CODES.has(code)) return true;
    current = current.cause;
  }
  return false;
}
