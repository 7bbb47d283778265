/**
 * Configuring the bot and `npm run deploy-commands`, as an operator runs them: real processes,
 * real exit codes, and output checked line by line (never the token). Each run pays for Node, tsx
 * and discord.js starting up, so the runs of a block go concurrently. (Starting the bot for real
 * and stopping it with SIGTERM is in resilience.test.ts, which has a bot running anyway.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CommandRegistry } from "../../src/discord/registry.ts";
import { type FakeDiscord, startFakeDiscord } from "../discord-server/index.ts";
import { childEnv, type Finished, runNode, runNpmScript, runToExit } from "./support/bot-process.ts";

/** Several Node + tsx + discord.js start-ups at once on 2 shared cores take a while. */
const RUN_TIMEOUT_MS = 60_000;

/** Shaped like a real token, so only the secret-keeping is under test, not the shape check. */
const SECRET_TOKEN = `${Buffer.from("123456789012345678").toString("base64url")}.GhJkLm.s3cr3tT0kenPartThatMustNeverBePrinted`;

/** Output lines that contain `secret`; a test expects none. */
function linesWith(finished: Finished, secret: string): string[] {
  return finished.run.lines.filter((line) => line.text.includes(secret)).map((line) => line.text);
}

describe.concurrent("Configuration mistakes", { timeout: RUN_TIMEOUT_MS }, () => {
  let discord: FakeDiscord;
  let tmpDir: string;
  beforeAll(async () => {
    discord = await startFakeDiscord();
    tmpDir = mkdtempSync(join(tmpdir(), "attache-e2e-config-"));
  });
  afterAll(async () => {
    await discord?.close();
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  });

  let runs = 0;
  // Concurrent runs: each its own database file.
  const start = (env: Record<string, string>) =>
    runToExit(
      runNode("src/main.ts", [], childEnv({ DATABASE_PATH: join(tmpDir, `attache-${++runs}.db`), ...env })),
    );

  it("exits 1 with one clear line per wrong variable, never printing the token", async ({ expect }) => {
    const finished = await start({
      DISCORD_TOKEN: `${SECRET_TOKEN}\nextra`,
      DISCORD_API_URL: "ftp://127.0.0.1/api",
      COOLDOWN_SECONDS: "ten",
      DISCORD_DEV_GUILD_ID: "my-server",
      LOG_LEVEL: "verbose",
    });
    expect(finished.status, finished.run.output()).toEqual({ code: 1, signal: null });
    expect(finished.stderr.split("\n").sort()).toEqual(
      [
        "config: DISCORD_TOKEN contains spaces or line breaks; paste the token exactly as issued",
        "config: DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api",
        "config: COOLDOWN_SECONDS must be a whole number from 0 to 3600",
        "config: DISCORD_DEV_GUILD_ID must be a Discord id: 17 to 20 digits",
        "config: LOG_LEVEL must be one of debug, info, warn, error, silent",
        "error: fix the configuration above (every variable is described in .env.example)",
      ].sort(),
    );
    expect(finished.stdout).toBe("");
    expect(linesWith(finished, "s3cr3tT0kenPart"), "output lines with the token").toEqual([]);
  });

  it("exits 1 explaining how to connect when there is no token and no terminal", async ({ expect }) => {
    const finished = await start({ DISCORD_API_URL: discord.apiUrl });
    expect(finished.status, finished.run.output()).toEqual({ code: 1, signal: null });
    expect(finished.stderr).toBe(
      "Attaché: DISCORD_TOKEN is not set and there is no terminal for the console. " +
        "To connect to Discord, set DISCORD_TOKEN in .env (see .env.example), then run `npm start` again.",
    );
  });

  it("exits 1 with a clear line, and without the token, when Discord refuses the token", async ({
    expect,
  }) => {
    const finished = await start({ DISCORD_TOKEN: SECRET_TOKEN, DISCORD_API_URL: discord.apiUrl });
    expect(finished.status, finished.run.output()).toEqual({ code: 1, signal: null });
    const failure = finished.run.logs().find((record) => record.level === "error");
    expect(failure?.msg).toBe(
      "could not connect: Discord refused DISCORD_TOKEN; reset it in the Developer Portal (Bot → Reset Token) and update .env",
    );
    expect(finished.stdout).toBe("");
    expect(linesWith(finished, SECRET_TOKEN), "output lines with the token").toEqual([]);
    expect(linesWith(finished, "s3cr3tT0kenPart"), "output lines with the token").toEqual([]);
  });

  it("exits 1 and names the address when Discord cannot be reached", async ({ expect }) => {
    const finished = await start({ DISCORD_TOKEN: SECRET_TOKEN, DISCORD_API_URL: "http://127.0.0.1:9/api" });
    expect(finished.status, finished.run.output()).toEqual({ code: 1, signal: null });
    const failure = finished.run.logs().find((record) => record.level === "error");
    expect(failure?.msg).toBe(
      "could not connect: cannot reach http://127.0.0.1:9/api; check the network or DISCORD_API_URL",
    );
    expect(linesWith(finished, "s3cr3tT0kenPart"), "output lines with the token").toEqual([]);
  });
});

describe.concurrent("npm run deploy-commands", { timeout: RUN_TIMEOUT_MS }, () => {
  let discord: FakeDiscord;
  let registry: CommandRegistry;
  beforeAll(async () => {
    discord = await startFakeDiscord();
    registry = await CommandRegistry.load();
  });
  afterEach(() => {
    expect(discord.unknownRoutes).toEqual([]);
  });
  afterAll(async () => {
    await discord?.close();
  });

  const env = (extra: Record<string, string> = {}) =>
    childEnv({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, ...extra });
  const puts = () => discord.requests.filter((request) => request.method === "PUT");

  it("registers every command in the dev server, with the JSON the commands define", async ({ expect }) => {
    const finished = await runToExit(
      runNpmScript("deploy-commands", [], env({ DISCORD_DEV_GUILD_ID: discord.guild.id })),
    );
    expect(finished.status, finished.run.output()).toEqual({ code: 0, signal: null });

    const names = registry.all().map((command) => command.data.name);
    expect(finished.stdout.trim()).toBe(
      `Registered ${names.length} commands (${names.map((name) => `/${name}`).join(", ")}) in server ${discord.guild.id}; they are usable there now.`,
    );
    // No DISCORD_APPLICATION_ID: the id comes from the token's application.
    expect(discord.requests.some((request) => request.path === "/applications/@me")).toBe(true);
    const put = puts().find(
      (request) =>
        request.path === `/applications/${discord.applicationId}/guilds/${discord.guild.id}/commands`,
    );
    expect(put?.status).toBe(200);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(registry.guildDefinitions())));
    // Guild commands carry no contexts or integration types (Discord accepts those only globally).
    for (const command of (put?.body ?? []) as Record<string, unknown>[]) {
      expect(command).not.toHaveProperty("contexts");
      expect(command).not.toHaveProperty("integration_types");
    }
    expect(discord.commands.guilds.get(discord.guild.id)?.map((command) => command.name)).toEqual(names);
    expect(linesWith(finished, discord.token), "output lines with the token").toEqual([]);
  });

  it("--global registers them everywhere: servers, DMs and user installs", async ({ expect }) => {
    const finished = await runToExit(
      runNode("src/cli/deploy-commands.ts", ["--global"], env({ DISCORD_DEV_GUILD_ID: discord.guild.id })),
    );
    expect(finished.status, finished.run.output()).toEqual({ code: 0, signal: null });
    expect(finished.stdout).toMatch(/^Registered \d+ commands .* globally; /);
    const put = puts().find((request) => request.path === `/applications/${discord.applicationId}/commands`);
    expect(put?.status).toBe(200);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(registry.globalDefinitions())));
    const body = (put?.body ?? []) as Record<string, unknown>[];
    for (const command of body) {
      expect(command.contexts, `contexts of /${String(command.name)}`).toEqual(expect.any(Array));
      expect(command.integration_types, `integration types of /${String(command.name)}`).toEqual(
        expect.any(Array),
      );
    }
    // The ways to ask work in servers, in DMs and for users who installed the app themselves.
    for (const name of ["ask", "event", "facts", "help", "about"]) {
      expect(body.find((command) => command.name === name)).toMatchObject({
        contexts: [0, 1, 2],
        integration_types: [0, 1],
      });
    }
    expect(discord.commands.global.map((command) => command.name).sort()).toEqual(
      registry
        .all()
        .map((command) => command.data.name)
        .sort(),
    );
  });

  it("--print shows the same JSON without needing a token", async ({ expect }) => {
    const finished = await runToExit(runNode("src/cli/deploy-commands.ts", ["--print"], childEnv()));
    expect(finished.status, finished.run.output()).toEqual({ code: 0, signal: null });
    expect(JSON.parse(finished.stdout)).toEqual(JSON.parse(JSON.stringify(registry.globalDefinitions())));
  });

  it("exits 1 with a clear line, and without the token, when Discord refuses it", async ({ expect }) => {
    const finished = await runToExit(
      runNode("src/cli/deploy-commands.ts", [], env({ DISCORD_TOKEN: SECRET_TOKEN })),
    );
    expect(finished.status).toEqual({ code: 1, signal: null });
    expect(finished.stderr.trim()).toBe(
      "error: Discord refused DISCORD_TOKEN (401 Unauthorized); check the token in .env.",
    );
    expect(linesWith(finished, SECRET_TOKEN), "output lines with the token").toEqual([]);
    expect(linesWith(finished, "s3cr3tT0kenPart"), "output lines with the token").toEqual([]);
  });
});
