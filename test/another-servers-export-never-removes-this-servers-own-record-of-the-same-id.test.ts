/**
 * Two servers that never exchanged anything can give their own records the same id (an entity's id
 * is made from its name, an event's from its date and title, a fact's from its statement). When one
 * server imports the other's export, what the other added and removed is removed here only where
 * this server has that very record (a copy from an earlier import, untouched): this server's own,
 * unrelated record of the same id stays, counted unchanged.
 */
import { describe, expect, it } from "vitest";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const A = "900000000000000537";
const B = "900000000000000538";

async function exported(scope: string): Promise<OverlayExport> {
  const result = await bot.interact("fact", "export", {}, bot.moderator({ scope }));
  if (result.kind !== "reply" || !result.files?.[0]) throw new Error(`no file: ${JSON.stringify(result)}`);
  return JSON.parse(result.files[0].data.toString("utf8")) as OverlayExport;
}

describe("another server's export and this server's own record with the same id", () => {
  it("keeps this server's entity: only a copy of the other server's removed record is removed", async () => {
    const records = bot.storage.records;
    expect(
      records.addEntity(A, alice, {
        kind: "person",
        name: "Maren Holt",
        description: "A made-up trade envoy",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "maren-holt" } });
    expect(records.remove(A, alice, "entity", "maren-holt")).toMatchObject({ ok: true });
    expect(
      records.addEntity(B, bob, {
        kind: "person",
        name: "Maren Holt",
        description: "A made-up football coach",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "maren-holt" } });

    const file = await exported(A);
    expect(file.removedOwnEntities).toMatchObject([
      { id: "maren-holt", description: "A made-up trade envoy" },
    ]);
    expect(bot.storage.facts.importOverlay(B, bob, file)).toMatchObject({
      ok: true,
      counts: { removed: 0, unchanged: 1 },
    });
    expect(bot.engine.knowledge(B).entity("maren-holt")?.description).toBe("A made-up football coach");
    expect(bot.storage.records.state(B, "entity", "maren-holt")).not.toMatchObject({ removed: true });
  });
});
