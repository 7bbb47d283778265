/**
 * Discord asks a command's autocomplete on every keystroke and waits three seconds at most. The
 * moderators' lists read and parsed every record a server ever removed on each of them: /entity
 * edit and remove read all its removed entities only to leave them out, and /source restore read
 * every removed fact and event to find the few articles a take-back removed. A server that imported
 * and then removed thousands of records paid that on every letter typed. Now a keystroke reads the
 * removed records only where it offers them (history, revert), and /source finds taken-back
 * articles from the take-back's own marked removals; what each list offers is unchanged.
 */
import { describe, expect, it } from "vitest";
import type { Choice } from "../src/discord/command.ts";
import { alice } from "./fixtures/storage/support.ts";
import { moderationServices } from "./support/moderation-services.ts";
import { countingRecordsRead, storeRemovals } from "./support/records-read.ts";

const bot = moderationServices();
const HERE = "900000000000000041";
const here = () => bot.moderator({ scope: HERE });

/** What the autocomplete offers while `typed` is in `option`, and how many records it read. */
async function keystroke(command: string, sub: string, option: string, typed: string) {
  const { result, recordsRead } = countingRecordsRead(bot.storage.store, () =>
    bot.complete(command, sub, option, typed, here()),
  );
  return { offered: (await result).map((choice: Choice) => choice.name), recordsRead };
}

describe("a server that removed thousands of entities, events and facts", () => {
  it("types in /entity edit and remove without reading any of them; history and revert still offer its removed entity", async () => {
    storeRemovals(bot.storage.store, HERE, alice, "entity", 2000, (i) => ({
      id: `made-up-envoy-${i}`,
      data: {
        id: `made-up-envoy-${i}`,
        kind: "person",
        name: `Made-up Envoy ${i}`,
        description: "An envoy",
        aliases: [],
      },
    }));
    const added = bot.storage.records.addEntity(HERE, alice, {
      kind: "person",
      name: "Zorbel Quint",
      description: "Envoy of a made-up lake council",
      aliases: [],
    });
    expect(added.ok).toBe(true);
    expect((await keystroke("entity", "edit", "name", "zorbel")).offered).toEqual([
      "Zorbel Quint (person) — Envoy of a made-up lake council",
    ]);
    await bot.command("entity", "remove", { name: "zorbel-quint" }, here());

    for (const sub of ["edit", "remove"]) {
      expect(await keystroke("entity", sub, "name", "zorbel"), sub).toEqual({ offered: [], recordsRead: 0 });
    }
    for (const sub of ["history", "revert"]) {
      expect((await keystroke("entity", sub, "name", "zorbel")).offered, sub).toEqual([
        "Zorbel Quint (removed) — person: Envoy of a made-up lake council",
      ]);
    }
  });

  it("types in /event show, edit and remove without reading the events it removed; history and revert still offer its removed event", async () => {
    storeRemovals(bot.storage.store, HERE, alice, "event", 2000, (i) => ({
      id: `2025-01-01-made-up-talks-${i}`,
      data: {
        id: `2025-01-01-made-up-talks-${i}`,
        title: `Made-up talks ${i}`,
        date: "2025-01-01",
        participants: [{ entity: "kazakhstan" }],
        summary: "Made-up talks.",
        topics: [],
        source: "made-up-wire-2025-01-02",
      },
    }));
    const added = bot.storage.records.addEvent(HERE, alice, {
      title: "Kazakhstan hosts the lake council",
      date: "2025-03-02",
      participants: [{ name: "Kazakhstan" }],
      summary: "A made-up meeting.",
      outlet: "Example Wire",
      sourceDate: "2025-03-03",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    for (const sub of ["show", "edit", "remove"]) {
      const typed = await keystroke("event", sub, "name", "lake council");
      expect(typed.offered.filter((name) => name.includes("lake council")).length, sub).toBe(1);
    }
    expect(bot.storage.records.remove(HERE, alice, "event", added.record.id)).toMatchObject({ ok: true });

    for (const sub of ["show", "edit", "remove"]) {
      const typed = await keystroke("event", sub, "name", "lake council");
      expect(typed.recordsRead, sub).toBe(0);
      expect(
        typed.offered.some((name) => name.includes("lake council")),
        sub,
      ).toBe(false);
      expect((await keystroke("event", sub, "name", "")).offered.length, sub).toBeGreaterThan(0);
    }
    for (const sub of ["history", "revert"]) {
      const offered = (await keystroke("event", sub, "name", "lake council")).offered;
      expect(
        offered.filter(
          (name) => name.includes("Kazakhstan hosts the lake council") && name.includes("(removed)"),
        ),
        sub,
      ).toHaveLength(1);
    }
  });

  it("types in /source restore reading none of them, and is offered exactly the article it took back", async () => {
    storeRemovals(bot.storage.store, HERE, alice, "fact", 2000, (i) => ({
      id: `made-up-fact-${i}`,
      // Half of them removed with a moderator's reason, none by a take-back.
      ...(i % 2 === 0 ? { reason: "duplicate of an older report" } : {}),
      data: {
        id: `made-up-fact-${i}`,
        statement: "Made up.",
        entities: [],
        source: "made-up-wire-2025-01-02",
      },
    }));
    const cited = (outlet: string, title: string) => {
      const added = bot.storage.facts.addFact(HERE, alice, {
        statement: `Kazakhstan opened a consulate, ${outlet} reported.`,
        entities: ["Kazakhstan"],
        outlet,
        date: "2030-04-01",
        quote: `Kazakhstan opened a consulate, ${outlet} reported.`,
        title,
      });
      if (!added.ok) throw new Error(JSON.stringify(added));
      return added.fact;
    };
    const takenBack = cited("Kargi Courier", "A consulate at the ridge");
    const removedAlone = cited("Orsk Gazette", "A consulate at the gate");
    bot.storage.records.takeBackArticle(HERE, alice, takenBack.fact.source);
    bot.storage.facts.removeFact(HERE, alice, removedAlone.id);

    expect(await keystroke("source", "restore", "source", "")).toEqual({
      offered: ["Kargi Courier, 2030-04-01: A consulate at the ridge (removed)"],
      recordsRead: 0,
    });
    // Neither is in use any more: /source remove offers neither.
    expect(await keystroke("source", "remove", "source", "")).toEqual({ offered: [], recordsRead: 0 });
  });
});
