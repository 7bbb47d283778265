import { z } from "zod";
import { LIMITS } from "./limits.ts";

/**
 * Button custom_ids: what a click means, carried by Discord and handed back on the click. They
 * must fit in 100 characters and may come back days later, after a restart, or forged by a
 * modified client, so they hold short hashes of ids and text (resolved again on click) and are
 * parsed with a strict schema; anything else is "an old or unknown button", never a crash.
 *
 *   at1:s:<fact hashes>                      Sources of an answer
 *   at1:f:<u|d>:<question hash>:<fact hashes> 👍 / 👎 on an answer
 *   at1:q:<index>:<suggestion hash>          ask a suggested question
 *   at1:p:<owner>:<subject hash>:<page>      turn a page of /facts
 */
export const CUSTOM_ID_PREFIX = "at1";

/** An answer cites at most six facts; eight leaves room and keeps every id under 100 characters. */
export const MAX_FACT_HASHES = 8;

const Hash = z.string().regex(/^[0-9a-z]{1,7}$/);
const UserId = z.string().regex(/^\d{1,20}$/);

export const ComponentAction = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sources"), facts: z.array(Hash).min(1).max(MAX_FACT_HASHES) }),
  z.strictObject({
    kind: z.literal("feedback"),
    vote: z.enum(["up", "down"]),
    question: Hash,
    facts: z.array(Hash).max(MAX_FACT_HASHES),
  }),
  z.strictObject({ kind: z.literal("suggest"), index: z.number().int().min(0).max(9), hash: Hash }),
  z.strictObject({
    kind: z.literal("page"),
    owner: UserId,
    subject: Hash,
    page: z.number().int().min(0).max(9999),
  }),
]);
export type ComponentAction = z.infer<typeof ComponentAction>;
export type ComponentKind = ComponentAction["kind"];

export function encodeCustomId(action: ComponentAction): string {
  const parts = ((): string[] => {
    switch (action.kind) {
      case "sources":
        return ["s", action.facts.slice(0, MAX_FACT_HASHES).join(".")];
      case "feedback":
        return [
          "f",
          action.vote === "up" ? "u" : "d",
          action.question,
          action.facts.slice(0, MAX_FACT_HASHES).join("."),
        ];
      case "suggest":
        return ["q", String(action.index), action.hash];
      case "page":
        return ["p", action.owner, action.subject, String(action.page)];
    }
  })();
  const id = [CUSTOM_ID_PREFIX, ...parts].join(":");
  if (id.length > LIMITS.customId) throw new Error(`custom_id over ${LIMITS.customId} characters: ${id}`);
  return id;
}

/** The action a custom_id stands for, or undefined for anything this version did not write. */
export function parseCustomId(raw: string): ComponentAction | undefined {
  if (raw.length > LIMITS.customId) return undefined;
  const [prefix, kind, ...rest] = raw.split(":");
  if (prefix !== CUSTOM_ID_PREFIX) return undefined;
  const candidate = ((): unknown => {
    switch (kind) {
      case "s":
        return rest.length === 1 ? { kind: "sources", facts: splitHashes(rest[0]) } : undefined;
      case "f":
        return rest.length === 3
          ? {
              kind: "feedback",
              vote: rest[0] === "u" ? "up" : rest[0] === "d" ? "down" : rest[0],
              question: rest[1],
              facts: splitHashes(rest[2]),
            }
          : undefined;
      case "q":
        return rest.length === 2 ? { kind: "suggest", index: toInteger(rest[0]), hash: rest[1] } : undefined;
      case "p":
        return rest.length === 3
          ? { kind: "page", owner: rest[0], subject: rest[1], page: toInteger(rest[2]) }
          : undefined;
      default:
        return undefined;
    }
  })();
  const parsed = ComponentAction.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

function splitHashes(text: string | undefined): string[] {
  return text ? text.split(".") : [];
}

/** Digits only: Number("") is 0 and Number("1e3") is 1000, neither of which we wrote. */
function toInteger(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

/**
 * A short, stable fingerprint of a text or id (32-bit FNV-1a in base 36, at most 7 characters).
 * Collisions are possible but rare at the scale of one store; resolving a hash only ever picks
 * among texts the bot itself offered, so a collision can only show the wrong one, never crash.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
