/**
 * `npm run facts -- import --db postgres://…` when PostgreSQL ends the connection in the middle of
 * the import (a failover, an administrator, a restart). The operator gets one line that names the
 * server (never its password), says the import did not finish and what to do; the half-done import
 * left nothing behind, and running it again works.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Fact } from "../src/engine/schema.ts";
import { PostgresConnection } from "../src/storage/pg-connection.ts";
import { freshDatabase, tempDirs } from "./fixtures/storage/support.ts";
import { CLI_TIMEOUT_MS, type Finished, runFacts } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** A connection as the test server's administrator, to `url` (else its own database). */
function admin(url = inject("postgresAdminUrl")): PostgresConnection {
  const connected = PostgresConnection.connect(url);
  if (!connected.ok) throw new Error(connected.message);
  return connected.connection;
}

/** The sessions on `database` waiting for a lock: the import, held at its first write. */
function waitingSessions(database: string): number[] {
  const connection = admin();
  try {
    return connection
      .all<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = ? AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        [database],
      )
      .map((row) => row.pid);
  } finally {
    connection.close();
  }
}

describe("an import whose PostgreSQL connection is ended halfway", { timeout: CLI_TIMEOUT_MS * 3 }, () => {
  it("is one line naming the server without its password; nothing half-imported; running it again works", async () => {
    const dir = dirs.make();
    const url = freshDatabase(dir);
    const database = new URL(url).pathname.slice(1);
    const password = decodeURIComponent(new URL(url).password);
    // The overlay to import: every curated fact, each one reworded.
    const exported = await runFacts(["export"]);
    expect(exported.code, exported.stderr).toBe(0);
    const overlay = JSON.parse(exported.stdout) as { facts: Fact[] };
    const file = join(dir, "overlay.json");
    const edited = overlay.facts.map((f) => ({ ...f, statement: `${f.statement} (reworded)` }));
    writeFileSync(file, JSON.stringify({ ...overlay, facts: edited }));
    // The database exists and is migrated before the import that is cut off.
    writeFileSync(join(dir, "empty.json"), JSON.stringify({ ...overlay, facts: [] }));
    const created = await runFacts(["import", join(dir, "empty.json"), "--guild", GUILD, "--db", url]);
    expect(created.code, created.stderr).toBe(0);

    // Lock the revisions against writing (reading stays free), so that the import is held at its
    // first write, after it opened the database; then end its session there.
    const holder = admin(url);
    holder.exec("BEGIN");
    holder.exec("LOCK TABLE revisions IN EXCLUSIVE MODE");
    const importing: Promise<Finished> = runFacts(["import", file, "--guild", GUILD, "--db", url]);
    let ended = 0;
    for (let tries = 0; tries < 200 && ended === 0; tries++) {
      await new Promise((wait) => setTimeout(wait, 100));
      const waiting = waitingSessions(database);
      if (waiting.length > 0) {
        const connection = admin();
        try {
          for (const pid of waiting) connection.get("SELECT pg_terminate_backend(?) AS ended", [pid]);
        } finally {
          connection.close();
        }
        ended = waiting.length;
      }
    }
    holder.exec("ROLLBACK");
    holder.close();
    expect(ended).toBeGreaterThan(0);
    const cut = await importing;

    expect(cut.code).toBe(1);
    expect(cut.stdout).toBe("");
    const lines = cut.stderr.trim().split("\n");
    expect(lines, cut.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^error: database postgres://attache@127\\.0\\.0\\.1:\\d+/${database}: the import did not finish \\(.+\\); run it again`,
      ),
    );
    expect(cut.stderr).not.toContain(password);
    expect(cut.stderr).not.toMatch(/^\s+at /m);

    // Nothing of it was saved; the same import again saves it all.
    const after = await runFacts(["export", "--guild", GUILD, "--db", url]);
    expect(after.code, after.stderr).toBe(0);
    expect((JSON.parse(after.stdout) as { facts: Fact[] }).facts).toEqual([]);
    const again = await runFacts(["import", file, "--guild", GUILD, "--db", url]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`imported into guild ${GUILD}: ${edited.length} facts`);
  });
});
