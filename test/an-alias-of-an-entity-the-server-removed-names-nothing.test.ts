/**
 * A name a server gave an entity of its own goes with the entity when a moderator removes it: the
 * name finds nothing, live and after a restart (which replays the server's aliases after its
 * removals). It used to keep naming an id no scope has, so a question by that name read a mention
 * of nothing, and once another entity shared the name the bot asked "Which … do you mean?" with a
 * single choice instead of answering. Bringing the entity back brings its name back with it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { phraseKey } from "../src/engine/language/normalize.ts";
import { openStorage, type Storage } from "../src/storage/index.ts";
import { alice } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";
import { moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const HERE = "900000000000000121";
const ENVOY = phraseKey("Envoy Zorbel");

const reopened: Storage[] = [];
afterAll(() => {
  for (const storage of reopened) storage.store.close();
});

/** The bot started again on the same database. */
function restarted(): Storage {
  const opened = openStorage(engineFrom(SEED_DIR), bot.file);
  if (!opened.ok) throw new Error(opened.error.message);
  reopened.push(opened.storage);
  return opened.storage;
}

describe("an alias a server gave its own entity, which it then removed", () => {
  it("names nothing, live and after a restart, and the entity's words find nothing", () => {
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
    expect(bot.engine.knowledge(HERE).entitiesNamed(ENVOY)).toEqual(["zorbel-quint"]);
    expect(records.remove(HERE, alice, "entity", "zorbel-quint")).toMatchObject({ ok: true });

    for (const kb of [bot.engine.knowledge(HERE), restarted().facts.engine.knowledge(HERE)]) {
      expect(kb.entity("zorbel-quint")).toBeUndefined();
      expect(kb.entitiesNamed(ENVOY)).toEqual([]);
      expect(kb.entitiesNamed(phraseKey("Zorbel Quint"))).toEqual([]);
      expect([...kb.entitiesWithStem("zorbel").keys()]).not.toContain("zorbel-quint");
      expect(bot.engine.answer("Who is Envoy Zorbel?", HERE).answered).toBe(false);
    }
  });

  it("given to another entity, is that entity's name alone: a question by it is answered", () => {
    expect(bot.storage.facts.addAlias(HERE, alice, "kazakhstan", "Envoy Zorbel")).toMatchObject({
      ok: true,
      entityId: "kazakhstan",
    });
    for (const kb of [bot.engine.knowledge(HERE), restarted().facts.engine.knowledge(HERE)])
      expect(kb.entitiesNamed(ENVOY)).toEqual(["kazakhstan"]);
    const answer = bot.engine.answer("What did Envoy Zorbel do?", HERE);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/^Kazakhstan: /);
    expect(answer.answer).not.toMatch(/do you mean/);
  });

  it("names the entity again once a revert brings it back", () => {
    expect(bot.storage.records.revert(HERE, alice, "entity", "zorbel-quint", 1)).toMatchObject({ ok: true });
    for (const kb of [bot.engine.knowledge(HERE), restarted().facts.engine.knowledge(HERE)]) {
      expect(kb.entitiesNamed(ENVOY).sort()).toEqual(["kazakhstan", "zorbel-quint"]);
      expect(kb.entitiesNamed(phraseKey("Zorbel Quint"))).toEqual(["zorbel-quint"]);
    }
  });
});
