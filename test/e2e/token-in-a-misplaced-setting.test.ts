/**
 * An operator who pastes the bot token into the wrong setting (a path, the metrics host) gets the
 * usual one line and exit 1, and the token appears nowhere in what the bot prints: the token is a
 * secret wherever it was put.
 */
import { describe, expect, it } from "vitest";
import { childEnv, runNode, runToExit } from "./support/bot-process.ts";

const TOKEN = `${Buffer.from("123456789012345678").toString("base64url")}.GhJkLm.s3cr3tT0kenPartThatMustNeverBePrinted`;
const SECRET = "s3cr3tT0kenPartThatMustNeverBePrinted";

describe("the bot token pasted into another setting is never printed", () => {
  it("a setting the configuration check refuses names the setting, not the token", async () => {
    const done = await runToExit(
      runNode("src/main.ts", [], childEnv({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: TOKEN })),
    );
    expect(done.status.code).toBe(1);
    expect(done.stderr).toContain("SHARD_COUNT");
    expect(`${done.stdout}${done.stderr}`).not.toContain(SECRET);
  });

  // The error line names the setting's value ("the data folder /nonexistent/<token> is missing"):
  // everything the bot prints is scrubbed of its secrets, not only its log lines.
  it.each([
    ["DATA_DIR", { DATA_DIR: `/nonexistent/${TOKEN}` }],
    ["DATABASE_PATH", { DATABASE_PATH: `/nonexistent/${TOKEN}/attache.db` }],
    ["METRICS_HOST", { METRICS_HOST: TOKEN, METRICS_PORT: "9" }],
  ])("%s", async (_, settings: Record<string, string>) => {
    const done = await runToExit(runNode("src/main.ts", [], childEnv({ DISCORD_TOKEN: TOKEN, ...settings })));
    expect(done.status.code).toBe(1);
    expect(`${done.stdout}${done.stderr}`).not.toContain(SECRET);
  });
});
