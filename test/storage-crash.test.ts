import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scalar } from "../src/storage/sql.ts";
import { boot, FIXTURES, ROOT, tempDirs } from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** Runs the writer until it has acknowledged `acks` changes, then kills it with SIGKILL. */
function burstAndKill(file: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(FIXTURES, "crash-writer.ts"), file], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const seen: string[] = [];
    let buffered = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("ack ")) seen.push(line.slice(4));
      if (seen.length >= acks && child.exitCode === null && !child.killed) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(seen);
      else reject(new Error(`writer ended on its own (code ${code}): ${stderr}`));
    });
  });
}

describe("a crash in the middle of a burst of writes", () => {
  it("leaves a healthy database holding every acknowledged change", async () => {
    const file = join(dirs.make(), "attache.db");
    const acked = await burstAndKill(file, 90);
    expect(acked.length).toBeGreaterThanOrEqual(90);

    const { engine, store, service } = boot(file);
    expect(store.integrityCheck()).toEqual(["ok"]);
    for (const line of acked) {
      const [kind, id] = line.split(" ") as [string, string];
      if (kind === "add") expect(service.getFact("crash", id)?.status, id).toBe("active");
      if (kind === "edit") {
        const view = service.getFact("crash", id);
        expect(view?.revision, id).toBe(2);
        expect(view?.fact.statement).toContain("edited");
      }
    }
    const unanswered = acked.filter((line) => line.startsWith("unanswered")).length;
    const stored = Number(scalar(store.connection, "SELECT count(*) AS n FROM unanswered"));
    expect(stored).toBeGreaterThanOrEqual(unanswered);
    // Current state and revision log agree: every record's revision is its newest revision.
    const mismatched = scalar(
      store.connection,
      `SELECT count(*) AS n FROM overlay_records r WHERE r.revision !=
           (SELECT max(revision) FROM revisions v WHERE v.guild_id = r.guild_id AND v.kind = r.kind
              AND v.record_id = r.record_id)`,
    );
    expect(mismatched).toBe(0);
    // The replayed engine holds the acknowledged facts, in their edited version.
    expect(engine.knowledge("crash").fact("burst-3")?.fact.statement).toBe("Burst fact number 3, edited.");
    expect(engine.knowledge().fact("burst-3")).toBeUndefined();
    // And the database takes new writes.
    expect(service.removeFact("crash", { userId: "1", tag: "x" }, "burst-0").ok).toBe(true);
    store.close();
  });
});
