/**
 * SIGTERM while the bot is still connecting (Discord slow to answer: an outage, a proxy that
 * holds requests) ends it the way a stop after connecting does: "shutting down" and "stopped" in
 * the log, exit code 0, the database closed, and a database file this start created removed, as a
 * failed start removes it. It used to die of the signal with not a line said.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, runNode } from "./support/bot-process.ts";

const TOKEN = `${Buffer.from("123456789012345678").toString("base64url")}.GhJkLm.s3cr3tT0kenPartThatMustNeverBePrinted`;
let dir: string;
/** Takes every request and never answers it. */
let silent: Server;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "attache-connecting-"));
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("SIGTERM while the bot is connecting to a Discord that does not answer", () => {
  it("logs that it stops, exits 0 and leaves no database it created", async () => {
    const { port } = silent.address() as AddressInfo;
    const bot = runNode(
      "src/main.ts",
      [],
      childEnv({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
        DATABASE_PATH: join(dir, "attache.db"),
      }),
    );
    try {
      await bot.waitForLog((record) => record.msg === "starting", "starting", { timeoutMs: 40_000 });
      const status = await bot.stop("SIGTERM");
      expect(status, bot.output()).toEqual({ code: 0, signal: null });
      const messages = bot.logs().map((record) => record.msg);
      expect(messages.slice(messages.indexOf("starting") + 1)).toEqual(["shutting down", "stopped"]);
      expect(bot.logs().find((record) => record.msg === "shutting down")?.signal).toBe("SIGTERM");
      expect(readdirSync(dir)).toEqual([]);
      expect(bot.output()).not.toContain("s3cr3tT0kenPart");
    } finally {
      bot.kill();
    }
  }, 60_000);
});
