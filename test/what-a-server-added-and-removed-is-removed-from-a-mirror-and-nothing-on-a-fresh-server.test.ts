/**
 * A server's export is loaded into another (a mirror, kept up by importing each new export). When
 * the first server removes a fact, entity or event it had added itself, its next export says so
 * (`removedOwnFacts`, `removedOwnEntities`, `removedOwnEvents`, each record as its last version),
 * and the mirror's import removes it there too, each as a revision: a fact its moderators removed as wrong no longer stays in the
 * mirror. A server that never had them (a fresh one) has nothing to remove: they count unchanged,
 * and the move is not refused.
 */
import { describe, expect, it } from "vitest";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const HERE = "900000000000000061";
const MIRROR = "900000000000000062";
const FRESH = "900000000000000063";

/** What /fact export attaches, read back as the document an import takes, and its count line. */
async function exported(scope: string): Promise<{ line: string; document: OverlayExport }> {
  const result = await bot.interact("fact", "export", {}, bot.moderator({ scope }));
  if (result.kind !== "reply" || !result.files?.[0]) throw new Error(`no file: ${JSON.stringify(result)}`);
  return {
    line: result.reply.content ?? "",
    document: JSON.parse(result.files[0].data.toString("utf8")) as OverlayExport,
  };
}

describe("a fact, entity and event a server added, exported to a mirror, then removed", () => {
  let factId = "";
  let eventId = "";

  it("are in the first export, which the mirror imports", async () => {
    expect(
      bot.storage.records.addEntity(HERE, alice, {
        kind: "person",
        name: "Zorbel Quint",
        description: "Envoy of a made-up lake council",
        aliases: [],
      }),
    ).toMatchObject({ ok: true });
    const event = bot.storage.records.addEvent(HERE, alice, {
      title: "Zorbel Quint visits the lake council",
      date: "2025-03-02",
      participants: [{ name: "Zorbel Quint" }],
      summary: "A made-up visit.",
      outlet: "Example Wire",
      sourceDate: "2025-03-03",
    });
    if (!event.ok) throw new Error(JSON.stringify(event));
    eventId = event.record.id;
    const fact = bot.storage.facts.addFact(HERE, alice, {
      statement: "Kazakhstan opened a consulate in Orvik.",
      entities: ["Kazakhstan"],
      outlet: "Kargi Courier",
      date: "2030-04-01",
      quote: "Kazakhstan opened a consulate in Orvik.",
    });
    if (!fact.ok) throw new Error(JSON.stringify(fact));
    factId = fact.fact.id;
    const first = await exported(HERE);
    expect(bot.storage.facts.importOverlay(MIRROR, bob, first.document)).toMatchObject({ ok: true });
    const mirror = bot.engine.knowledge(MIRROR);
    expect([mirror.fact(factId)?.live, !!mirror.entity("zorbel-quint"), !!mirror.event(eventId)]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("are removed from the mirror by the next export's import, each as a revision", async () => {
    expect(bot.storage.facts.removeFact(HERE, alice, factId)).toMatchObject({ ok: true });
    expect(bot.storage.records.remove(HERE, alice, "event", eventId)).toMatchObject({ ok: true });
    expect(bot.storage.records.remove(HERE, alice, "entity", "zorbel-quint")).toMatchObject({ ok: true });
    const second = await exported(HERE);
    expect(second.document).toMatchObject({
      facts: [],
      entities: [],
      events: [],
      removedOwnFacts: [{ id: factId }],
      removedOwnEntities: [{ id: "zorbel-quint", description: "Envoy of a made-up lake council" }],
      removedOwnEvents: [{ id: eventId }],
    });
    expect(second.line).toContain("3 removed");

    expect(bot.storage.facts.importOverlay(MIRROR, bob, second.document)).toMatchObject({
      ok: true,
      counts: { removed: 3 },
    });
    const mirror = bot.engine.knowledge(MIRROR);
    expect(mirror.fact(factId)?.live).not.toBe(true);
    expect(mirror.entity("zorbel-quint")).toBeUndefined();
    expect(mirror.event(eventId)).toBeUndefined();
    expect(bot.storage.records.state(MIRROR, "entity", "zorbel-quint")).toMatchObject({ removed: true });
    // Imported again: nothing left to remove.
    expect(bot.storage.facts.importOverlay(MIRROR, bob, second.document)).toMatchObject({
      ok: true,
      counts: { removed: 0, unchanged: 3 },
    });
  });

  it("are nothing to remove on a fresh server: the move goes through, counted unchanged", async () => {
    const { document } = await exported(HERE);
    expect(bot.storage.facts.importOverlay(FRESH, bob, document, { file: "a.json" })).toMatchObject({
      ok: true,
      counts: { removed: 0, unchanged: 3 },
    });
  });

  it("one the mirror still names is one line at its place in the file, and nothing is imported", () => {
    const MORE = "900000000000000064";
    expect(
      bot.storage.records.addEntity(MORE, alice, {
        kind: "person",
        name: "Zorbel Quint",
        description: "Envoy of a made-up lake council",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "zorbel-quint" } });
    const named = bot.storage.records.addEvent(MORE, alice, {
      title: "Zorbel Quint visits the lake council",
      date: "2025-03-02",
      participants: [{ name: "Zorbel Quint" }],
      summary: "A made-up visit.",
      outlet: "Example Wire",
      sourceDate: "2025-03-03",
    });
    expect(named.ok).toBe(true);
    // The very version HERE removed: a copy, as far as any file can tell.
    const copy = { kind: "person", description: "Envoy of a made-up lake council", aliases: [] };
    const moved = bot.storage.facts.importOverlay(
      MORE,
      bob,
      {
        removedOwnEntities: [
          { ...copy, id: "not-here", name: "Not Here" },
          { ...copy, id: "zorbel-quint", name: "Zorbel Quint" },
        ],
      },
      { file: "a.json" },
    );
    expect(moved).toMatchObject({ ok: false, kind: "invalid" });
    if (moved.ok || moved.kind !== "invalid") return;
    expect(moved.problems.map((p) => p.path)).toEqual(["$.removedOwnEntities[1]"]);
  });
});
