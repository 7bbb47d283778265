/**
 * Two people who share a name, end to end: the real bot process against the test Discord server.
 * A moderator's /alias add gives the mayor the minister's alias "Ferrante" (it now names both), a
 * question using it is asked back ("Which Ferrante do you mean?") with a button per full name,
 * and pressing one answers about that one.
 */
import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../discord-server/index.ts";
import { namesakesStore } from "../support/namesakes.ts";
import {
  buttonsOf,
  dataOf,
  EPHEMERAL,
  expectCleanTraffic,
  firstEmbed,
  type Harness,
  HOOK_TIMEOUT_MS,
  requireMessage,
  startHarness,
} from "./support/harness.ts";

const ASKS =
  "Which Ferrante do you mean? Luca Ferrante (Mayor of Bari) or Marco Ferrante (Foreign Minister of Italy).";

let h: Harness;
let dataDir: string;

beforeAll(async () => {
  // Only the minister is "Ferrante" in the curated store; the server's moderator adds the mayor.
  dataDir = namesakesStore((entities) => {
    entities[1]!.aliases = [];
  });
  h = await startHarness({
    env: (discord) => ({
      DATA_DIR: dataDir,
      COOLDOWN_SECONDS: "0",
      DEPLOY_COMMANDS_ON_START: "true",
      DISCORD_DEV_GUILD_ID: discord.guild.id,
    }),
    waitForDeploy: true,
  });
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  await h?.close();
  rmSync(dataDir, { recursive: true, force: true });
}, HOOK_TIMEOUT_MS);

async function ask(
  question: string,
  user = h.discord.users.admin,
): Promise<{ handle: InteractionHandle; data: Record<string, unknown> }> {
  const handle = h.discord.sendInteraction({ kind: "command", name: "ask", options: { question }, user });
  const callback = await handle.waitForCallback();
  expect(callback.type).toBe(4);
  return { handle, data: dataOf(callback.data) };
}

describe("Which Ferrante?", () => {
  it("a moderator's /alias add of a name another entity has is allowed and says it now names both", async () => {
    expect(firstEmbed((await ask("Who is Ferrante?")).data).description).toContain(
      "Foreign Minister of Italy",
    );
    const handle = h.discord.sendInteraction({
      kind: "command",
      name: "alias",
      subcommand: "add",
      options: { entity: "luca-ferrante", alias: "Ferrante" },
      user: h.discord.users.admin,
    });
    const callback = await handle.waitForCallback();
    const reply = dataOf(callback.data);
    const text = String(reply.content ?? firstEmbed(reply).description ?? "");
    expect(text).toContain(
      "“Ferrante” now names both **Marco Ferrante** and **Luca Ferrante** in this server",
    );
  });

  it("asks which one, privately, with the question asked of each as a button; pressing one answers about that one", async () => {
    // Bob has asked nothing yet: no turn before says which one.
    const { handle, data } = await ask("What did Ferrante say?", h.discord.users.member);
    expect(Number(data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = firstEmbed(data);
    expect(embed.description).toBe(ASKS);
    expect(embed.footer).toBeUndefined();
    const buttons = buttonsOf(data);
    expect(buttons.map((button) => [button.emoji, button.label])).toEqual([
      ["💡", "What did Luca Ferrante say?"],
      ["💡", "What did Marco Ferrante say?"],
    ]);

    const message = requireMessage(handle.originalMessage(), "the question back");
    const pressed = h.discord.sendInteraction({
      kind: "button",
      customId: buttons[1]?.customId ?? "",
      message,
      user: h.discord.users.member,
    });
    const answer = dataOf((await pressed.waitForCallback()).data);
    expect(firstEmbed(answer)).toMatchObject({ title: "What did Marco Ferrante say?" });
    expect(firstEmbed(answer).description).toContain(
      "Marco Ferrante said Italy would fund half of the corridor studies.",
    );
  });

  it("answers about the one the asker's previous question was about, saying how it read the name", async () => {
    // Alice's last question was answered about the minister, before the alias was shared.
    const { data } = await ask("What did Ferrante say?");
    expect(firstEmbed(data).description).toMatch(
      /^Taking "Ferrante" as Marco Ferrante \(Foreign Minister of Italy\)\.\nMarco Ferrante said Italy/,
    );
  });
});
