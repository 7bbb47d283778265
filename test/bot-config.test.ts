import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { CONNECT_NOTE, loadConfig, requireToken, Secret } from "../src/config/env.ts";
import { createLogger, REDACTED, scrub } from "../src/config/logger.ts";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

function problemsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  if (result.ok) throw new Error("expected configuration problems");
  return result.problems;
}

describe("configuration at start-up", () => {
  it("starts with defaults when nothing is set (the console mode)", () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.token).toBeUndefined();
    expect(result.config.logLevel).toBe("info");
    expect(result.config.cooldown).toEqual({ questions: 3, seconds: 10 });
    expect(result.config.deployCommandsOnStart).toBe(false);
    expect(result.config.messageContentIntent).toBe(false);
    expect(result.config.databasePath).toMatch(/data[/\\]attache\.db$/);
  });

  it("treats empty values in .env as not set", () => {
    const result = loadConfig({ DISCORD_TOKEN: "", DISCORD_DEV_GUILD_ID: "  ", LOG_LEVEL: "" });
    expect(result.ok && result.config.token === undefined && result.config.devGuildId === undefined).toBe(
      true,
    );
  });

  it("explains a missing token in one line that says how to connect and which command to run again", () => {
    const result = loadConfig({});
    if (!result.ok) throw new Error("unexpected");
    const missing = requireToken(result.config, "npm run deploy-commands");
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.problem).toContain("DISCORD_TOKEN is not set");
    expect(missing.problem).toContain(".env");
    expect(missing.problem).toContain("`npm run deploy-commands` again");
    expect(missing.problem).not.toContain("npm start");
    expect(missing.problem).not.toContain("\n");
    expect(CONNECT_NOTE).toContain(".env");
  });

  it("reads every variable", () => {
    const result = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: "123456789012345678",
      DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      DISCORD_DEV_GUILD_ID: "223456789012345678",
      DEPLOY_COMMANDS_ON_START: "yes",
      DISCORD_MESSAGE_CONTENT_INTENT: "TRUE",
      LOG_LEVEL: "Debug",
      COOLDOWN_QUESTIONS: "5",
      COOLDOWN_SECONDS: "0",
      DATA_DIR: "/tmp/attache-data",
      DATABASE_PATH: "/tmp/attache.db",
    });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const { config } = result;
    expect(config.token?.reveal()).toBe(TOKEN);
    expect(config.applicationId).toBe("123456789012345678");
    expect(config.apiUrl).toBe("http://127.0.0.1:8080/api");
    expect(config.devGuildId).toBe("223456789012345678");
    expect(config.deployCommandsOnStart).toBe(true);
    expect(config.messageContentIntent).toBe(true);
    expect(config.logLevel).toBe("debug");
    expect(config.cooldown).toEqual({ questions: 5, seconds: 0 });
    expect(config.dataDir).toBe("/tmp/attache-data");
    expect(config.databasePath).toBe("/tmp/attache.db");
  });

  it("takes a pasted 'Bot ' prefix off the token", () => {
    const result = loadConfig({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(result.ok && result.config.token?.reveal()).toBe(TOKEN);
  });

  it("names each bad variable in one line of its own", () => {
    const problems = problemsOf({
      DISCORD_API_URL: "ftp://example.com",
      DISCORD_DEV_GUILD_ID: "12",
      LOG_LEVEL: "loud",
      COOLDOWN_QUESTIONS: "0",
      COOLDOWN_SECONDS: "ten",
      DEPLOY_COMMANDS_ON_START: "maybe",
    });
    expect(problems).toHaveLength(6);
    for (const problem of problems) expect(problem).not.toContain("\n");
    expect(problems.map((p) => p.split(" ")[0]).sort()).toEqual([
      "COOLDOWN_QUESTIONS",
      "COOLDOWN_SECONDS",
      "DEPLOY_COMMANDS_ON_START",
      "DISCORD_API_URL",
      "DISCORD_DEV_GUILD_ID",
      "LOG_LEVEL",
    ]);
    expect(problems).toContain("LOG_LEVEL must be one of debug, info, warn, error, silent");
  });

  it("refuses deploying on start without a token", () => {
    expect(problemsOf({ DEPLOY_COMMANDS_ON_START: "true" })).toEqual([
      "DEPLOY_COMMANDS_ON_START needs DISCORD_TOKEN: commands can only be deployed by the bot",
    ]);
  });

  it("points out a misspelt variable", () => {
    const result = loadConfig({ DISCORD_TOKN: "x" });
    expect(result.ok && result.warnings).toEqual([
      "DISCORD_TOKN is not a setting Attaché reads (did you mean DISCORD_TOKEN?)",
    ]);
  });
});

describe("sharding settings", () => {
  it("runs one process, unsharded, when SHARD_COUNT is not set", () => {
    const result = loadConfig({ DISCORD_TOKEN: TOKEN });
    expect(result.ok && result.config.sharding).toBeUndefined();
  });

  it("reads SHARD_COUNT as auto or a number, and SHARD_IDS as the shards this host runs", () => {
    const auto = loadConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "Auto" });
    expect(auto.ok && auto.config.sharding).toEqual({ count: "auto" });
    const fixed = loadConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "4", SHARD_IDS: "0, 2" });
    expect(fixed.ok && fixed.config.sharding).toEqual({ count: 4, ids: [0, 2] });
  });

  it("names each mistake in one line", () => {
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "many" })).toEqual([
      "SHARD_COUNT must be auto or a whole number from 1 to 4096",
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "0" })).toEqual([
      "SHARD_COUNT must be at least 1",
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "2", SHARD_IDS: "0;1" })).toEqual([
      "SHARD_IDS must be shard numbers separated by commas, such as 0,2",
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "2", SHARD_IDS: "1,1" })).toEqual([
      "SHARD_IDS names a shard twice",
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "2", SHARD_IDS: "0,2" })).toEqual([
      "SHARD_IDS names shard 2, but SHARD_COUNT=2 has shards 0 to 1",
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_IDS: "0" })).toEqual([
      "SHARD_IDS needs SHARD_COUNT: the total number of shards across every host",
    ]);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "auto", SHARD_IDS: "0" })).toEqual([
      "SHARD_IDS needs a fixed SHARD_COUNT (a number): every host must agree on it",
    ]);
  });

  it("warns that the console ignores SHARD_COUNT", () => {
    const result = loadConfig({ SHARD_COUNT: "2" });
    expect(result.ok && result.warnings).toEqual([
      "SHARD_COUNT is ignored without DISCORD_TOKEN: the console runs in one process",
    ]);
  });
});

describe("the token is never printed", () => {
  it("never appears in a problem about the token itself", () => {
    const broken = `${TOKEN} trailing words`;
    const problems = problemsOf({ DISCORD_TOKEN: broken });
    expect(problems).toEqual([
      "DISCORD_TOKEN contains spaces or line breaks; paste the token exactly as issued",
    ]);
    expect(problems.join("\n")).not.toContain(TOKEN.slice(0, 20));
  });

  it("hides the token however the configuration is turned into text", () => {
    const result = loadConfig({ DISCORD_TOKEN: TOKEN });
    if (!result.ok) throw new Error("unexpected");
    const config = result.config;
    for (const text of [
      JSON.stringify(config),
      inspect(config, { depth: 5, showHidden: true }),
      `${config.token}`,
      String(config.token),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(JSON.stringify({ token: new Secret(TOKEN) })).toBe('{"token":"[redacted]"}');
  });

  it("scrubs the token from log lines, error messages and stack traces", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", sink: (line) => lines.push(line), redact: [TOKEN] });
    const error = new Error(`request with Authorization: Bot ${TOKEN} failed`);
    logger.error("login failed", { err: error, header: `Bot ${TOKEN}`, nested: { deep: [TOKEN] } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).toContain(REDACTED);
    const record = JSON.parse(lines[0] ?? "{}") as { err: { stack: string } };
    expect(record.err.stack).toContain(`Error: request with Authorization: Bot ${REDACTED} failed`);
  });

  it("leaves text alone when there is no real secret to scrub", () => {
    expect(scrub("a plain line", [""])).toBe("a plain line");
    expect(scrub("a plain line", ["a"])).toBe("a plain line");
  });
});

describe("structured logs", () => {
  it("writes one JSON object per line with level, message and fields, filtered by level", () => {
    const lines: string[] = [];
    const clock = () => new Date("2024-04-17T10:00:00Z");
    const logger = createLogger({ level: "info", sink: (line) => lines.push(line), clock });
    logger.debug("hidden");
    logger.child({ interactionId: "42" }).info("interaction", { command: "ask", latencyMs: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("}\n")).toBe(true);
    expect(lines[0]?.trimEnd()).not.toContain("\n");
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      time: "2024-04-17T10:00:00.000Z",
      level: "info",
      msg: "interaction",
      interactionId: "42",
      command: "ask",
      latencyMs: 3,
    });
  });

  it("survives cycles and bigints in fields", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", sink: (line) => lines.push(line) });
    const cyclic: Record<string, unknown> = { id: 10n };
    cyclic.self = cyclic;
    logger.warn("odd", { cyclic });
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ msg: "odd", cyclic: { id: 10 } });
    expect(lines[0]).toContain('"[Circular]"');
  });

  it("censors fields named like credentials, whatever their value", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", sink: (line) => lines.push(line) });
    logger.info("request", { token: "abc", headers: { authorization: "Bot xyz" } });
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      token: REDACTED,
      headers: { authorization: REDACTED },
    });
  });

  it("censors them in a child logger's fields, and behind a getter, next to lines that have none", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", sink: (line) => lines.push(line) });
    class Login {
      get password() {
        return "hunter22";
      }
    }
    logger.info("plain", { command: "ask" });
    logger.child({ password: "hunter22" }).info("child", { command: "ask" });
    logger.child({ interactionId: "1" }).info("nested", { login: new Login() });
    logger.child({ interactionId: "2" }).info("plain child", { command: "ask" });
    expect(lines.join("")).not.toContain("hunter22");
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toMatchObject([
      { msg: "plain", command: "ask" },
      { msg: "child", password: REDACTED, command: "ask" },
      { msg: "nested", interactionId: "1" },
      { msg: "plain child", interactionId: "2", command: "ask" },
    ]);
  });
});
