/**
 * A server that added an entity of its own, gave it another name, and removed it: its export
 * listed the name (the alias record is still there) but not the entity, so importing the export
 * into a fresh server was refused as a whole on an unknown entity. The export leaves out the names
 * of the entities the server added and removed, as it leaves out the entities themselves.
 */
import { describe, expect, it } from "vitest";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const [HERE, COPY] = ["900000000000000101", "900000000000000102"];

describe("a name a server gave an entity of its own that it then removed", () => {
  it("is left out of the export, which moves to a fresh server", () => {
    expect(
      bot.storage.records.addEntity(HERE, alice, {
        kind: "person",
        name: "Zorbel Quint",
        description: "Envoy of a made-up lake council",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "zorbel-quint" } });
    expect(bot.storage.facts.addAlias(HERE, alice, "zorbel-quint", "Envoy Zorbel")).toMatchObject({
      ok: true,
    });
    expect(bot.storage.facts.addAlias(HERE, alice, "kazakhstan", "Steppe Republic")).toMatchObject({
      ok: true,
    });
    expect(bot.storage.records.remove(HERE, alice, "entity", "zorbel-quint")).toMatchObject({ ok: true });

    const document = JSON.parse(JSON.stringify(bot.storage.facts.exportOverlay(HERE))) as OverlayExport;
    expect(document.entities).toEqual([]);
    expect(document.aliases).toEqual([{ entity: "kazakhstan", alias: "Steppe Republic" }]);

    const moved = bot.storage.facts.importOverlay(COPY, bob, document, { file: "a.json" });
    expect(moved).toMatchObject({ ok: true, counts: { aliases: 1 } });
    expect(bot.engine.knowledge(COPY).entitiesNamed("steppe republic")).toEqual(["kazakhstan"]);
    expect(bot.engine.knowledge(COPY).entitiesNamed("envoy zorbel")).toEqual([]);
  });
});
