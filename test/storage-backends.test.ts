import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/storage/index.ts";
import { loadMigrations } from "../src/storage/migrate.ts";
import { MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR } from "../src/storage/paths.ts";
import { openPostgresStore } from "../src/storage/postgres.ts";
import { scalar } from "../src/storage/sql.ts";
import {
  alice,
  BACKEND,
  boot,
  freshDatabase,
  MEMORANDUM,
  MEMORANDUM_QUESTION,
  openAt,
  tempDirs,
} from "./fixtures/storage/support.ts";

/**
 * Specs that every storage backend must pass: they run on SQLite (project "sqlite") and again on
 * a real PostgreSQL server (project "postgres"), through the same code the bot runs.
 */

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("migrations are applied at start-up", () => {
  it("a new database gets every migration once; reopening applies none; a newer schema is refused, untouched", () => {
    const location = freshDatabase(dirs.make());
    const known = loadMigrations(BACKEND === "postgres" ? POSTGRES_MIGRATIONS_DIR : MIGRATIONS_DIR);
    // The same logical migrations, numbered alike, on both databases.
    expect(known.map((m) => m.version)).toEqual(loadMigrations(MIGRATIONS_DIR).map((m) => m.version));
    const first = openDatabase(location);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.created).toBe(true);
    expect(first.store.schemaVersion).toBe(known.at(-1)?.version);
    first.store.close();

    const again = openDatabase(location);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.created).toBe(false);
    const rows = scalar(again.store.connection, "SELECT count(*) AS n FROM schema_migrations");
    expect(Number(rows)).toBe(known.length);
    again.store.connection.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
      999,
      "0999_future.sql",
      "x",
    ]);
    again.store.close();

    const refused = openDatabase(location);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.kind).toBe("too-new");
    expect(refused.error.message).toContain(
      `schema version 999 is newer than this program knows (${known.length})`,
    );
  });
});

describe("a moderator's edit is kept in the database", () => {
  it("is answered in that server only, after a restart too, and its history names who and why", () => {
    const location = freshDatabase(dirs.make());
    const first = boot(location);
    const added = first.service.addFact("A", alice, MEMORANDUM, "from today's news");
    if (!added.ok) throw new Error(JSON.stringify(added));
    first.store.close();

    const restarted = boot(location);
    const cited = (scope: string) =>
      restarted.engine.answer(MEMORANDUM_QUESTION, scope).facts.map((f) => f.id);
    expect(cited("A")).toEqual([added.fact.id]);
    expect(cited("B")).not.toContain(added.fact.id);
    const history = restarted.service.history("A", added.fact.id);
    expect(history.ok && history.revisions.map((r) => [r.revision, r.action, r.actor.tag, r.reason])).toEqual(
      [[1, "add", alice.tag, "from today's news"]],
    );
    restarted.store.close();
  });
});

describe("settings", () => {
  it("stores a server's moderator role and who set it", () => {
    const store = openAt(freshDatabase(dirs.make()));
    expect(store.settings.get("g1")).toEqual({ guildId: "g1" });
    store.settings.setModeratorRole("g1", "role-42", alice);
    expect(store.settings.get("g1")).toMatchObject({ moderatorRoleId: "role-42", updatedBy: alice });
    expect(store.settings.get("g2").moderatorRoleId).toBeUndefined();
    store.settings.setModeratorRole("g1", undefined, alice);
    expect(store.settings.get("g1").moderatorRoleId).toBeUndefined();
    store.close();
  });
});

describe("feedback and gaps", () => {
  it("groups this server's unanswered questions and 👎'd answers by normalised text, most frequent first", () => {
    let tick = 0;
    const opened = openDatabase(freshDatabase(dirs.make()), {
      now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++)),
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const { feedback } = opened.store;
    feedback.recordUnanswered({ guildId: "A", userId: "1", question: "Who chairs NAM?" });
    feedback.recordUnanswered({ guildId: "A", userId: "2", question: "who chairs nam" });
    feedback.recordFeedback({
      guildId: "A",
      userId: "3",
      question: "Who  chairs NAM ?",
      factIds: ["f1"],
      vote: "down",
    });
    feedback.recordUnanswered({ guildId: "A", userId: "1", question: "When is COP29?" });
    feedback.recordFeedback({
      guildId: "A",
      userId: "1",
      question: "When is COP29?",
      factIds: ["f2"],
      vote: "up",
    });
    feedback.recordUnanswered({ guildId: "B", userId: "1", question: "Who chairs NAM?" });
    feedback.recordUnanswered({ guildId: null, userId: "1", question: "direct message question" });

    const gaps = feedback.gaps("A", 10);
    expect(gaps.map((g) => [g.key, g.count, g.unanswered, g.downvotes])).toEqual([
      ["who chairs nam", 3, 2, 1],
      ["when is cop29", 1, 1, 0],
    ]);
    expect(gaps[0]?.question).toBe("Who  chairs NAM ?");
    expect(gaps[0]?.factIds).toEqual(["f1"]);
    expect(feedback.gaps("A", 1)).toHaveLength(1);
    expect(feedback.gaps("B", 10).map((g) => g.count)).toEqual([1]);
    expect(feedback.gaps(null, 10).map((g) => g.key)).toEqual(["direct message question"]);
    opened.store.close();
  });

  it("a user's later vote on the same answer replaces the earlier one; withdrawing removes it", () => {
    const store = openAt(freshDatabase(dirs.make()));
    const vote = (v: "up" | "down") =>
      store.feedback.recordFeedback({
        guildId: "A",
        userId: "1",
        messageId: "m1",
        question: "Q?",
        factIds: ["f"],
        vote: v,
      });
    vote("down");
    vote("down");
    expect(store.feedback.gaps("A", 5)[0]?.downvotes).toBe(1);
    vote("up");
    expect(store.feedback.gaps("A", 5)).toEqual([]);
    vote("down");
    expect(store.feedback.votes({ guildId: "A" })).toEqual([
      {
        vote: "down",
        question: "Q?",
        factIds: ["f"],
        messageId: "m1",
        guildId: "A",
        userId: "1",
        at: expect.any(Date),
      },
    ]);
    expect(store.feedback.withdrawFeedback("m1", "1")).toBe(true);
    expect(store.feedback.gaps("A", 5)).toEqual([]);
    expect(store.feedback.votes()).toEqual([]);
    store.close();
  });

  it("lists unanswered questions, most recent first, by server or for direct messages", () => {
    const store = openAt(freshDatabase(dirs.make()));
    const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
    store.feedback.recordUnanswered({
      guildId: "A",
      userId: "1",
      question: "first?",
      suggestions: ["s1"],
      at: at(1),
    });
    store.feedback.recordUnanswered({ guildId: "A", userId: "2", question: "second?", at: at(2) });
    store.feedback.recordUnanswered({ userId: "3", question: "in a DM?", at: at(3) });
    expect(store.feedback.unanswered({ guildId: "A" }).map((r) => r.question)).toEqual(["second?", "first?"]);
    expect(store.feedback.unanswered({ guildId: "A", limit: 1 })[0]).toEqual({
      question: "second?",
      suggestions: [],
      guildId: "A",
      userId: "2",
      at: at(2),
    });
    expect(store.feedback.unanswered({ guildId: null })).toEqual([
      { question: "in a DM?", suggestions: [], userId: "3", at: at(3) },
    ]);
    expect(store.feedback.unanswered().map((r) => r.question)).toEqual(["in a DM?", "second?", "first?"]);
    expect(store.feedback.unanswered({ guildId: "A" })[1]?.suggestions).toEqual(["s1"]);
    store.close();
  });
});

describe.runIf(BACKEND === "postgres")("PostgreSQL as the database (DATABASE_URL)", () => {
  it("keeps everything on the server: no SQLite file is created anywhere in the working folder", () => {
    const before = readdirSync(join(import.meta.dirname, "..", "data"));
    const location = freshDatabase(dirs.make());
    const { store, service } = boot(location);
    expect(service.addFact("A", alice, MEMORANDUM).ok).toBe(true);
    expect(store.file).not.toContain("attache-test");
    store.close();
    expect(readdirSync(join(import.meta.dirname, "..", "data"))).toEqual(before);
    expect(existsSync(location)).toBe(false);
  });

  it("a bad address or an unreachable server is one line, naming the server without its password", () => {
    const bad = openDatabase("postgres://attache:s3cret@");
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.kind).toBe("bad-url");
      expect(bad.error.message).not.toContain("s3cret");
      expect(bad.error.message).not.toContain("\n");
    }
    // Port 1 on the loopback address: nothing listens there.
    const unreachable = openPostgresStore("postgres://attache:s3cret@127.0.0.1:1/attache");
    expect(unreachable.ok).toBe(false);
    if (!unreachable.ok) {
      expect(unreachable.error).toMatchObject({ kind: "unreachable" });
      expect(unreachable.error.message).toBe(
        "database postgres://attache@127.0.0.1:1/attache: cannot connect: nothing answers at that address (is the server running?)",
      );
    }
    const admin = new URL(freshDatabase(dirs.make()));
    admin.password = "wrong-password";
    const refused = openDatabase(admin.toString());
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toMatch(
        /^database postgres:\/\/attache@127\.0\.0\.1:\d+\/attache_\w+: the server refused the login/,
      );
      expect(refused.error.message).not.toContain("wrong-password");
    }
  });
});
