import { type APIApplication, REST, Routes } from "discord.js";
import type { Config, Secret } from "../config/env.ts";
import type { CommandRegistry } from "./registry.ts";

/** A REST client for Discord, or for the proxy or test server at DISCORD_API_URL. */
export function createRest(config: Pick<Config, "apiUrl">, token: Secret): REST {
  return new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(token.reveal());
}

/** The configured application id, else the one the token belongs to (GET /applications/@me). */
export async function resolveApplicationId(rest: REST, configured?: string): Promise<string> {
  if (configured) return configured;
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  return application.id;
}

export interface DeployResult {
  target: "guild" | "global";
  guildId?: string;
  names: string[];
}

/**
 * Replaces the application's command list (PUT is a bulk overwrite: commands no longer defined
 * are removed). With a guild id, the list of that one server, which updates at once; without,
 * the global list.
 */
export async function deployCommands(
  rest: REST,
  options: { applicationId: string; guildId?: string; registry: CommandRegistry; clear?: boolean },
): Promise<DeployResult> {
  const { applicationId, guildId, registry } = options;
  if (guildId) {
    const body = options.clear ? [] : registry.guildDefinitions();
    await rest.put(Routes.applicationGuildCommands(applicationId, guildId), { body });
    return { target: "guild", guildId, names: body.map((command) => command.name) };
  }
  const body = options.clear ? [] : registry.globalDefinitions();
  await rest.put(Routes.applicationCommands(applicationId), { body });
  return { target: "global", names: body.map((command) => command.name) };
}

export function describeDeployment(result: DeployResult): string {
  const where = result.target === "guild" ? `in server ${result.guildId}` : "globally";
  if (result.names.length === 0) return `Removed all commands ${where}.`;
  const list = result.names.map((name) => `/${name}`).join(", ");
  const when =
    result.target === "guild"
      ? "they are usable there now"
      : "Discord clients may take a few minutes to show the change";
  return `Registered ${result.names.length} commands (${list}) ${where}; ${when}.`;
}
