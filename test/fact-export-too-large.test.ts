/**
 * /fact export attaches the server's own changes as a JSON file; drafted articles are kept with
 * their whole text, so a busy server's export can outgrow what Discord lets the bot attach in that
 * server (10 MiB without boosts; Discord says the limit with every interaction). Past it, Discord
 * refuses the whole reply and the moderator saw only "Something went wrong": they get one line
 * saying how large the export is and how to export it on the bot's host instead.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CommandContext, Interactive } from "../src/discord/command.ts";
import { GUILD, moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
beforeAll(() => {
  const added = bot.storage.facts.addFact(
    GUILD,
    { userId: "100000000000000001", tag: "alice" },
    {
      statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation in Astana.",
      entities: ["Azerbaijan", "Kazakhstan"],
      outlet: "Trend News Agency",
      date: "2024-05-02",
      quote: "signed a memorandum of understanding on digital cooperation",
    },
  );
  if (!added.ok) throw new Error(JSON.stringify(added));
});

function exportWith(attachmentSizeLimit: number | undefined): Promise<Interactive> | Interactive {
  const ctx: CommandContext = {
    ...bot.moderator(),
    ...(attachmentSizeLimit !== undefined ? { attachmentSizeLimit } : {}),
    options: {
      string: () => undefined,
      boolean: () => undefined,
      integer: () => undefined,
      subcommand: () => "export",
    },
  };
  const command = bot.registry.get("fact");
  if (!command?.interact) throw new Error("no /fact");
  return command.interact(ctx);
}

describe("/fact export larger than Discord lets the bot attach in this server", () => {
  it("is one line with its size and the command to export it on the bot's host; no file is sent", async () => {
    const result = await exportWith(300);
    if (result.kind !== "reply") throw new Error("expected a reply");
    expect(result.files ?? []).toEqual([]);
    expect(result.reply.ephemeral).toBe(true);
    expect(result.reply.content).toMatch(
      /^This server's changes are [\d.]+ (bytes|kB|MB) as a file, more than Discord lets me attach here \(300 bytes\)\. On the bot's host: `npm run facts -- export --guild 900000000000000001`$/,
    );
  });

  it("is attached as before when it fits, and when Discord did not say the limit (under 10 MiB)", async () => {
    for (const limit of [25 * 1024 * 1024, undefined]) {
      const result = await exportWith(limit);
      if (result.kind !== "reply") throw new Error("expected a reply");
      expect(result.files?.map((file) => file.name)).toEqual([`attache-overlay-${GUILD}.json`]);
    }
  });
});
