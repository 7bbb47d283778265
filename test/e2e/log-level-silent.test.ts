/**
 * LOG_LEVEL=silent turns the JSON log off, not the one line an operator needs when the bot cannot
 * start: a bot that cannot reach Discord (or is refused its token) still says why on stderr,
 * instead of exiting 1 with no output at all.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { childEnv, runNode, runToExit } from "./support/bot-process.ts";

const TOKEN = `${Buffer.from("123456789012345678").toString("base64url")}.GhJkLm.s3cr3tT0kenPartThatMustNeverBePrinted`;
const dir = mkdtempSync(join(tmpdir(), "attache-silent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("LOG_LEVEL=silent and a bot that cannot connect", () => {
  it("exits 1 with one plain line saying why, never the token", async () => {
    const finished = await runToExit(
      runNode(
        "src/main.ts",
        [],
        childEnv({
          LOG_LEVEL: "silent",
          DISCORD_TOKEN: TOKEN,
          DISCORD_API_URL: "http://127.0.0.1:9/api",
          DATABASE_PATH: join(dir, "attache.db"),
        }),
      ),
    );
    expect(finished.status).toEqual({ code: 1, signal: null });
    expect(finished.stdout).toBe("");
    expect(finished.stderr.trim().split("\n")).toEqual([
      "error: could not connect: cannot reach http://127.0.0.1:9/api; check the network or DISCORD_API_URL",
    ]);
    expect(finished.stderr).not.toContain("s3cr3tT0kenPart");
  }, 60_000);
});
