import { z } from "zod";
import { Entity, Event, Fact, Source } from "../engine/schema.ts";

/**
 * What crosses between the bot's thread and the drafting worker (src/drafting/draft-in-worker.ts):
 * plain data only (no Set, no class), checked with the store's own schemas on arrival, so a
 * malformed message is a refused draft, never a record that fails later in review or approval.
 */

/** A draft as `draftArticle` returns it (src/drafting/draft.ts `Draft`), and as a review keeps it. */
export const DraftData = z.object({
  source: Source,
  text: z.string(),
  entities: z.array(Entity),
  events: z.array(Event),
  facts: z.array(Fact),
  report: z.array(z.string()),
});
export type DraftData = z.infer<typeof DraftData>;

/** One job: `DraftInput` with the taken ids as a list. */
export const DraftRequest = z.object({
  job: z.number().int(),
  input: z.object({
    text: z.string(),
    outlet: z.string(),
    date: z.string(),
    url: z.string().optional(),
    title: z.string().optional(),
    known: z.array(Entity),
    takenIds: z.array(z.string()),
  }),
});
export type DraftRequest = z.infer<typeof DraftRequest>;

/** The worker's answer to a job: the draft, or what `draftArticle` threw (its message, one line). */
export const DraftReply = z.discriminatedUnion("ok", [
  z.object({ job: z.number().int(), ok: z.literal(true), draft: DraftData }),
  z.object({ job: z.number().int(), ok: z.literal(false), error: z.string() }),
]);
export type DraftReply = z.infer<typeof DraftReply>;

/** Everything the worker sends: "ready" once the drafter is loaded, then one reply per job. */
export const FromWorker = z.union([z.object({ ready: z.literal(true) }), DraftReply]);
export type FromWorker = z.infer<typeof FromWorker>;
