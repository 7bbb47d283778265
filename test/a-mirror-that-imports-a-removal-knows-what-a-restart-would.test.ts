/**
 * A mirror imports each new export of another server. When that server removed an entity and an
 * event it had added, the mirror's import removes them too, and the mirror at once knows what it
 * would after a restart: the removed names teach no words, and a question about the removed event
 * gets "I don't have any facts", not an unrelated answer.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/engine/knowledge.ts";
import { stemOf } from "../src/engine/language/normalize.ts";
import { openStorage, type Storage } from "../src/storage/index.ts";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const HERE = "900000000000000533";
const MIRROR = "900000000000000534";
const QUESTION = "What happened at the Plimsvart gathering?";
const reopened: Storage[] = [];
afterAll(() => {
  for (const storage of reopened) storage.store.close();
});

function restarted(): Storage {
  const opened = openStorage(engineFrom(SEED_DIR), bot.file);
  if (!opened.ok) throw new Error(opened.error.message);
  reopened.push(opened.storage);
  return opened.storage;
}

async function exported(scope: string): Promise<OverlayExport> {
  const result = await bot.interact("fact", "export", {}, bot.moderator({ scope }));
  if (result.kind !== "reply" || !result.files?.[0]) throw new Error(`no file: ${JSON.stringify(result)}`);
  return JSON.parse(result.files[0].data.toString("utf8")) as OverlayExport;
}

const words = (kb: KnowledgeBase) => ({
  eventsWithStem: [...kb.eventsWithStem(stemOf("plimsvart")).keys()],
  entitiesWithStem: [...kb.entitiesWithStem(stemOf("quorvane")).keys()],
  knowsPlimsvart: kb.knowsWord("plimsvart"),
  knowsQuorvane: kb.knowsWord("quorvane"),
  knowsStemPlimsvart: kb.knowsStem(stemOf("plimsvart")),
});

describe("a mirror's import that removes an entity and an event the other server added", () => {
  it("leaves the mirror knowing what a restart would: nothing of their names", async () => {
    const records = bot.storage.records;
    expect(
      records.addEntity(HERE, alice, {
        kind: "person",
        name: "Quorvane Tillet",
        description: "Envoy of a made-up marsh council",
        aliases: [],
      }),
    ).toMatchObject({ ok: true });
    const event = records.addEvent(HERE, alice, {
      title: "Plimsvart gathering of the marsh council",
      date: "2025-03-02",
      participants: [{ name: "Quorvane Tillet" }],
      summary: "A made-up gathering.",
      outlet: "Example Wire",
      sourceDate: "2025-03-03",
    });
    if (!event.ok) throw new Error(JSON.stringify(event));
    expect(bot.storage.facts.importOverlay(MIRROR, bob, await exported(HERE))).toMatchObject({ ok: true });
    expect(records.remove(HERE, alice, "event", event.record.id)).toMatchObject({ ok: true });
    expect(records.remove(HERE, alice, "entity", "quorvane-tillet")).toMatchObject({ ok: true });
    expect(bot.storage.facts.importOverlay(MIRROR, bob, await exported(HERE))).toMatchObject({
      ok: true,
      counts: { removed: 2 },
    });

    const live = bot.engine.knowledge(MIRROR);
    const again = restarted();
    expect(words(live)).toEqual(words(again.facts.engine.knowledge(MIRROR)));
    expect(words(live)).toEqual({
      eventsWithStem: [],
      entitiesWithStem: [],
      knowsPlimsvart: false,
      knowsQuorvane: false,
      knowsStemPlimsvart: false,
    });
    const answer = bot.engine.answer(QUESTION, MIRROR).answer;
    expect(answer).toBe(again.facts.engine.answer(QUESTION, MIRROR).answer);
    expect(answer).toMatch(/^I don't have any facts about/);
  });
});
