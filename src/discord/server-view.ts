import type { Entity, Event } from "../engine/schema.ts";
import type { Requester } from "./command.ts";

/**
 * What one server sees of the entities and events, for lists and autocomplete: the engine's
 * knowledge of the server less the curated ones its moderators removed (kept by storage, which
 * the server's knowledge base hides as it reads them). Direct messages, and a bot run without its
 * database, see the engine's.
 */
export function eventsSeen(ctx: Requester): Event[] {
  const records = ctx.services.storage?.records;
  return records && ctx.scope ? records.events(ctx.scope) : ctx.services.engine.events(ctx.scope);
}

export function entitiesSeen(ctx: Requester): Entity[] {
  const records = ctx.services.storage?.records;
  return records && ctx.scope ? records.entities(ctx.scope) : ctx.services.engine.entities(ctx.scope);
}
