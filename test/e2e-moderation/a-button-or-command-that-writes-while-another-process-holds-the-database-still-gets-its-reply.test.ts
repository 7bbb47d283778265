/**
 * A moderator confirms a removal (the “Remove” button), or adds an alias (/alias add), while
 * another process holds the database's write lock (an import, a backup, another shard) for longer
 * than the bot waits (5 s). Forms were acknowledged first in that case, but buttons and slash
 * commands that write were not: the write waited for the lock with the event loop held, the check
 * that acknowledges after two seconds could not run, the reply came after Discord's 3 seconds and
 * was refused, and the moderator saw “The application did not respond” without knowing whether
 * anything was saved. They are now acknowledged first; over the real discord.js client and the
 * local Discord, the reply says nothing was saved, and once the lock is gone the same click or
 * command is saved.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { InteractionHandle, WebhookRecord } from "../discord-server/index.ts";
import {
  button,
  command,
  embeds,
  FOUNDED_FACT,
  FOUNDED_FACT_ID,
  press,
  replyText,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

/** The bot's busy timeout (5 s) and a reply, on two shared cores. */
const REPLY_WITHIN_MS = 30_000;
const CONTENDED = /^Another change to this server's facts .* so yours was not saved\. Nothing was changed/;

// Each warning is the busy database itself, told to the moderator; nothing failed.
const session = sessionPerFile({
  warnings: [
    "a write gave up waiting for another's lock; the user was told to try again",
    "a write gave up waiting for another's lock; the user was told to try again",
  ],
});

/**
 * Sends an interaction while another process holds the write lock: the bot's acknowledgement
 * (the callback's type) and the reply that follows it.
 */
async function whileLocked(
  s: Session,
  send: () => InteractionHandle,
): Promise<{ acknowledged: number; reply: WebhookRecord }> {
  const other = new Database(s.dbPath);
  other.exec("BEGIN IMMEDIATE");
  try {
    const sent = send();
    const acknowledged = (await sent.waitForCallback(REPLY_WITHIN_MS)).type;
    const reply = await sent.waitForWebhook(
      (w) => w.request.method === "PATCH" || w.request.method === "POST",
      REPLY_WITHIN_MS,
    );
    return { acknowledged, reply };
  } finally {
    other.exec("ROLLBACK");
    other.close();
  }
}

describe("a write while another process holds the database longer than Discord waits", () => {
  it(
    "a confirmed removal is acknowledged at once and told that nothing was removed",
    async () => {
      const s = session();
      const added = await submit(s, "atm1:fa", FOUNDED_FACT);
      expect(embeds(added.data)[0]?.title).toBe(`Added ${FOUNDED_FACT_ID}`);
      const confirm = await command(s, "fact", "remove", { id: FOUNDED_FACT_ID });
      const remove = button(confirm.data, /^Remove$/).customId;
      const message = confirm.handle.originalMessage();

      const { acknowledged, reply } = await whileLocked(s, () =>
        s.discord.sendInteraction({ kind: "button", customId: remove, ...(message ? { message } : {}) }),
      );
      // A deferred update of the confirmation; the outcome comes after it.
      expect(acknowledged).toBe(6);
      expect(String((reply.request.body as { content?: unknown }).content)).toMatch(CONTENDED);

      const removed = await press(s, remove, message);
      expect(replyText(removed.data)).toContain("Removed from this server");
    },
    3 * REPLY_WITHIN_MS,
  );

  it(
    "an alias added is acknowledged at once and told that nothing was saved",
    async () => {
      const s = session();
      const { acknowledged, reply } = await whileLocked(s, () =>
        s.discord.sendInteraction({
          kind: "command",
          name: "alias",
          subcommand: "add",
          options: { entity: "cica", alias: "SVMDA" },
        }),
      );
      expect(acknowledged).toBe(5);
      expect(String((reply.request.body as { content?: unknown }).content)).toMatch(CONTENDED);

      const added = await command(s, "alias", "add", { entity: "cica", alias: "SVMDA" });
      expect(replyText(added.data)).toMatch(/“SVMDA” now also names/);
    },
    3 * REPLY_WITHIN_MS,
  );
});
