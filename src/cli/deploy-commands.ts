import { parseArgs } from "node:util";
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { loadConfig, requireToken, SNOWFLAKE } from "../config/env.ts";
import { loadEnvFile } from "../config/env-file.ts";
import { scrub } from "../config/logger.ts";
import { createRest, deployCommands, describeDeployment, resolveApplicationId } from "../discord/deploy.ts";
import { CommandRegistry } from "../discord/registry.ts";

const USAGE = `usage: npm run deploy-commands -- [--global | --guild ID] [--clear] [--print]

Registers the slash commands in commands/ with Discord (or DISCORD_API_URL).
  (default)    in DISCORD_DEV_GUILD_ID if set (instant), else globally
  --global     globally, even when DISCORD_DEV_GUILD_ID is set
  --guild ID   in that server only
  --clear      remove the commands instead (from the same target)
  --print      print the command JSON and exit; needs no token`;

async function main(): Promise<number> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse().values;
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const envFile = loadEnvFile();
  const loaded = loadConfig(process.env);
  if (envFile || !loaded.ok) {
    const problems = [...(envFile ? [envFile] : []), ...(loaded.ok ? [] : loaded.problems)];
    for (const problem of problems) process.stderr.write(`config: ${problem}\n`);
    return 1;
  }
  const { config } = loaded;
  for (const warning of loaded.warnings) process.stderr.write(`warning: ${warning}\n`);
  const registry = await CommandRegistry.load();
  const guildId = values.global ? undefined : (values.guild ?? config.devGuildId);
  if (values.guild !== undefined && !SNOWFLAKE.test(values.guild)) {
    process.stderr.write("error: --guild takes a server id (17 to 20 digits)\n");
    return 2;
  }
  if (values.print) {
    const body = guildId ? registry.guildDefinitions() : registry.globalDefinitions();
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const token = requireToken(config, "npm run deploy-commands");
  if (!token.ok) {
    process.stderr.write(`error: ${token.problem}\n`);
    return 1;
  }
  const rest = createRest(config, token.token);
  try {
    const applicationId = await resolveApplicationId(rest, config.applicationId);
    const result = await deployCommands(rest, {
      applicationId,
      registry,
      clear: values.clear === true,
      ...(guildId ? { guildId } : {}),
    });
    process.stdout.write(`${describeDeployment(result)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${scrub(explain(error, guildId, config.apiUrl), [token.token.reveal()])}\n`);
    return 1;
  }
}

function explain(error: unknown, guildId: string | undefined, apiUrl: string | undefined): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return "Discord refused DISCORD_TOKEN (401 Unauthorized); check the token in .env.";
    if (guildId && (error.code === RESTJSONErrorCodes.MissingAccess || error.status === 403)) {
      return `no access to server ${guildId}: invite the bot there with the applications.commands scope.`;
    }
    // Form errors name the exact field Discord refused, e.g. options.0.description.
    const details = "rawError" in error ? JSON.stringify(error.rawError) : "";
    return `Discord refused the commands (${error.status} ${error.message}) ${details}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed|ETIMEDOUT|aborted/i.test(message)) {
    return `cannot reach ${apiUrl ?? "https://discord.com/api"} (${message}); check the network or DISCORD_API_URL.`;
  }
  return message;
}

function parse() {
  return parseArgs({
    options: {
      global: { type: "boolean", default: false },
      guild: { type: "string" },
      clear: { type: "boolean", default: false },
      print: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: false,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`error: ${scrub(text, [process.env.DISCORD_TOKEN ?? ""])}\n`);
    process.exitCode = 1;
  },
);
