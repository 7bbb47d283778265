/**
 * While an entity is removed, the names this server gave it (/alias add) name nothing, so another
 * entity may take one as its full name. Bringing the removed entity back (/entity revert, to its own
 * revision or to the curated version, or an import that brings it) would name it by that name again, beside the entity whose full
 * name it is: refused in one line naming the clash, as /alias add of that name would be. A full
 * name names one entity alone, and the server's export still moves.
 */
import { describe, expect, it } from "vitest";
import { phraseKey } from "../src/engine/language/normalize.ts";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";
import { moderationServices } from "./support/moderation-services.ts";

const DATA = madeUpStore("lake-piers", {
  outlet: "Elm Sea Ledger",
  title: "Norvik and Castel open a pier",
  date: "2026-06-12",
  entities: [
    ...norvikAndCastel(),
    { id: "orvik-pier", kind: "place", name: "Orvik Pier", description: "Ferry pier on Lake Orvik" },
  ],
  meetings: [
    {
      id: "2026-06-10-pier-talks",
      title: "Norvik–Castel talks in Orvik",
      date: "2026-06-10",
      place: "Orvik",
      participants: NORVIK_AND_CASTEL,
      facts: [["piers", "Norvik and Castel agreed to open a pier.", ["norvik"]]],
    },
  ],
});
const bot = moderationServices({ data: DATA });

async function exported(scope: string): Promise<OverlayExport> {
  const result = await bot.interact("fact", "export", {}, bot.moderator({ scope }));
  if (result.kind !== "reply" || !result.files?.[0]) throw new Error(`no file: ${JSON.stringify(result)}`);
  return JSON.parse(result.files[0].data.toString("utf8")) as OverlayExport;
}

describe("bringing back an entity whose given name another entity has taken as its full name", () => {
  it("is refused for an entity the server added, and the export still moves", async () => {
    const HERE = "900000000000000531";
    const FRESH = "900000000000000532";
    const records = bot.storage.records;
    expect(
      records.addEntity(HERE, alice, {
        kind: "person",
        name: "Zorbel Quint",
        description: "Envoy of a made-up lake council",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "zorbel-quint" } });
    expect(bot.storage.facts.addAlias(HERE, alice, "zorbel-quint", "Envoy Zorbel")).toMatchObject({
      ok: true,
    });
    expect(records.remove(HERE, alice, "entity", "zorbel-quint")).toMatchObject({ ok: true });
    expect(
      records.addEntity(HERE, alice, {
        kind: "person",
        name: "Envoy Zorbel",
        description: "A different made-up envoy",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "envoy-zorbel" } });

    const reverted = records.revert(HERE, alice, "entity", "zorbel-quint", 1);
    expect(reverted).toMatchObject({ ok: false, kind: "invalid" });
    if (reverted.ok || reverted.kind !== "invalid") return;
    expect(reverted.problems).toHaveLength(1);
    expect(reverted.problems[0]?.message).toMatch(
      /^"Envoy Zorbel" is the full name of Envoy Zorbel \(envoy-zorbel\); a full name names one entity alone/,
    );
    expect(records.state(HERE, "entity", "zorbel-quint")).toMatchObject({ removed: true });
    expect(bot.engine.knowledge(HERE).entitiesNamed(phraseKey("Envoy Zorbel"))).toEqual(["envoy-zorbel"]);
    expect(
      bot.storage.facts.importOverlay(FRESH, bob, await exported(HERE), { file: "a.json" }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("is refused when an import brings it back, in one line at its place in the file", () => {
    const HERE = "900000000000000531";
    const moved = bot.storage.facts.importOverlay(
      HERE,
      bob,
      {
        entities: [
          {
            id: "zorbel-quint",
            kind: "person",
            name: "Zorbel Quint",
            description: "Envoy of a made-up lake council",
            aliases: [],
          },
        ],
      },
      { file: "a.json" },
    );
    expect(moved).toMatchObject({ ok: false, kind: "invalid" });
    if (moved.ok || moved.kind !== "invalid") return;
    expect(moved.problems.map((p) => [p.path, p.message])).toEqual([
      [
        "$.entities[0].id",
        expect.stringContaining('"Envoy Zorbel" (/alias add), the full name of entity "envoy-zorbel"'),
      ],
    ]);
    expect(bot.engine.knowledge(HERE).entitiesNamed(phraseKey("Envoy Zorbel"))).toEqual(["envoy-zorbel"]);
  });

  it("is refused for a curated entity brought back to its curated version", () => {
    const HERE = "900000000000000539";
    const records = bot.storage.records;
    expect(bot.storage.facts.addAlias(HERE, alice, "orvik-pier", "Ferry Landing")).toMatchObject({
      ok: true,
    });
    expect(records.remove(HERE, alice, "entity", "orvik-pier")).toMatchObject({ ok: true });
    expect(
      records.addEntity(HERE, alice, {
        kind: "place",
        name: "Ferry Landing",
        description: "A made-up landing",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "ferry-landing" } });

    const reverted = records.revert(HERE, alice, "entity", "orvik-pier", 1);
    expect(reverted).toMatchObject({ ok: false, kind: "invalid" });
    if (reverted.ok || reverted.kind !== "invalid") return;
    expect(reverted.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^"Ferry Landing" is the full name of Ferry Landing \(ferry-landing\)/),
    ]);
    expect(bot.engine.knowledge(HERE).entitiesNamed(phraseKey("Ferry Landing"))).toEqual(["ferry-landing"]);
  });
});
