/**
 * Stopping the bot (SIGTERM, SIGINT, a shard's manager gone) waits for the requests it is
 * handling; one that does not finish in time is not left showing "thinking…" for ever: its user
 * is told to try again, and the log says how many were cut short. (The end-to-end case, a draft
 * finished and sent during a stop, is in test/e2e/shutdown-during-work.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/config/logger.ts";
import { finishInFlight, type InFlight, RESTARTING_NOTICE } from "../src/discord/bot.ts";
import type { DiscordMessageBody } from "../src/discord/render.ts";

function logged() {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", sink: (line) => lines.push(line) });
  return { logger, messages: () => lines.map((line) => JSON.parse(line).msg as string) };
}

function deferredInteraction() {
  const edits: DiscordMessageBody[] = [];
  return {
    edits,
    interaction: {
      deferred: true,
      replied: false,
      editReply: async (body: DiscordMessageBody) => {
        edits.push(body);
      },
    },
  };
}

describe("stopping while requests are being handled", () => {
  it("waits for a request that finishes in time, and says it waited", async () => {
    const { logger, messages } = logged();
    const inFlight: InFlight = new Map();
    let finished = false;
    const work = new Promise<void>((resolve) =>
      setTimeout(() => {
        finished = true;
        resolve();
      }, 50),
    );
    inFlight.set(work, undefined);
    void work.then(() => inFlight.delete(work));
    await finishInFlight(inFlight, logger, 2_000);
    expect(finished).toBe(true);
    expect(messages()).toEqual(["waiting for 1 request to finish"]);
  });

  it("tells the user of a deferred request it cannot wait for to try again", async () => {
    const { logger, messages } = logged();
    const stuck = deferredInteraction();
    const answered = deferredInteraction();
    answered.interaction.replied = true;
    const inFlight: InFlight = new Map([
      [new Promise<void>(() => {}), stuck.interaction],
      [new Promise<void>(() => {}), answered.interaction],
    ]);
    const started = Date.now();
    await finishInFlight(inFlight, logger, 100);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(stuck.edits.map((body) => body.content)).toEqual([RESTARTING_NOTICE]);
    expect(stuck.edits[0]?.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(answered.edits).toEqual([]);
    expect(messages()).toEqual([
      "waiting for 2 requests to finish",
      "stopping with 2 requests unfinished; their users are told to try again",
    ]);
  });

  it("returns at once when nothing is being handled", async () => {
    const { logger, messages } = logged();
    await finishInFlight(new Map(), logger, 5_000);
    expect(messages()).toEqual([]);
  });
});
