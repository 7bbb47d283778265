import type { Config } from "../config/env.ts";

/** The likely cause of a failed login or gateway request, in words an operator can act on. */
export function connectionHint(error: unknown, config: Pick<Config, "apiUrl">): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : 0;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "TokenInvalid" || status === 401 || /401|invalid token/i.test(message)) {
    return "Discord refused DISCORD_TOKEN; reset it in the Developer Portal (Bot → Reset Token) and update .env";
  }
  if (code === "DisallowedIntents" || /disallowed intent/i.test(message)) {
    return "the Message Content intent is requested but not enabled; enable it in the Developer Portal or set DISCORD_MESSAGE_CONTENT_INTENT=false";
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed|ETIMEDOUT/i.test(`${code} ${message}`)) {
    return `cannot reach ${config.apiUrl ?? "https://discord.com/api"}; check the network or DISCORD_API_URL`;
  }
  return message;
}
