import { afterAll, describe, expect, it } from "vitest";
import { OnDemandEngine, openStorage, type Storage } from "../src/storage/index.ts";
import {
  alice,
  boot,
  DATA_DIR,
  freshDatabase,
  MEMORANDUM,
  MEMORANDUM_QUESTION,
  tempDirs,
} from "./fixtures/storage/support.ts";

/**
 * A shard's engine holds the curated base once and reads a server's overlay from the database only
 * when that server is first needed: the servers of other shards are never loaded. Runs on both
 * backends.
 */

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const GUILD_A = "111111111111111111";
const GUILD_B = "222222222222222222";

function shardStorage(location: string): { engine: OnDemandEngine; storage: Storage } {
  const loaded = OnDemandEngine.fromDirectory(DATA_DIR);
  if (!loaded.ok) throw new Error("the seed data did not load");
  const opened = openStorage(loaded.engine, location);
  if (!opened.ok) throw new Error(opened.error.message);
  return { engine: loaded.engine, storage: opened.storage };
}

describe("a shard loads a server's overlay when the server is first needed", () => {
  it("starts with no server loaded, answers a server's own fact on its first question, and loads no other", () => {
    const location = freshDatabase(dirs.make());
    const writer = boot(location);
    expect(writer.service.addFact(GUILD_A, alice, MEMORANDUM).ok).toBe(true);
    expect(writer.service.addFact(GUILD_B, alice, MEMORANDUM).ok).toBe(true);
    writer.store.close();

    const { engine, storage } = shardStorage(location);
    try {
      expect(storage.replay.guilds).toBe(0);
      expect(engine.loadedScopes).toBe(0);
      expect(engine.answer(MEMORANDUM_QUESTION).answered).toBe(false);
      expect(engine.loadedScopes).toBe(0);

      expect(engine.answer(MEMORANDUM_QUESTION, GUILD_A).answered).toBe(true);
      expect(engine.isLoaded(GUILD_A)).toBe(true);
      expect(engine.isLoaded(GUILD_B)).toBe(false);
      expect(engine.loadedScopes).toBe(1);
    } finally {
      storage.store.close();
    }
  });

  it("applies another process's change to a loaded server at once, and to an unloaded one when it is loaded", () => {
    const location = freshDatabase(dirs.make());
    const { engine, storage } = shardStorage(location);
    const other = boot(location);
    try {
      expect(engine.answer(MEMORANDUM_QUESTION, GUILD_A).answered).toBe(false);
      expect(other.service.addFact(GUILD_A, alice, MEMORANDUM).ok).toBe(true);
      expect(other.service.addFact(GUILD_B, alice, MEMORANDUM).ok).toBe(true);

      // Only the loaded server's change is applied; the other server stays unloaded.
      expect(storage.facts.syncExternalChanges()).toBe(1);
      expect(engine.isLoaded(GUILD_B)).toBe(false);
      expect(engine.answer(MEMORANDUM_QUESTION, GUILD_A).answered).toBe(true);
      expect(engine.answer(MEMORANDUM_QUESTION, GUILD_B).answered).toBe(true);
    } finally {
      other.store.close();
      storage.store.close();
    }
  });

  it("a moderator's edit in a server not yet loaded loads it first, so nothing earlier is lost", () => {
    const location = freshDatabase(dirs.make());
    const writer = boot(location);
    expect(writer.service.addFact(GUILD_A, alice, MEMORANDUM).ok).toBe(true);
    writer.store.close();

    const { engine, storage } = shardStorage(location);
    try {
      const removed = storage.facts.removeFact(GUILD_A, alice, "aliyev-is-president-of-azerbaijan");
      expect(removed.ok).toBe(true);
      expect(engine.answer(MEMORANDUM_QUESTION, GUILD_A).answered).toBe(true);
    } finally {
      storage.store.close();
    }
  });
});
