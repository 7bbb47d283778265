/**
 * On PostgreSQL, another session (an administrator's transaction, a migration, a long import)
 * holds a lock on the table or the rows a moderator's change needs. The bot's write waits for it,
 * synchronously, until the statement timeout (5 s), with the event loop held, so the check that
 * acknowledges an interaction after two seconds could not run; and unlike SQLite's write lock,
 * such a lock cannot be seen without waiting for it, so nothing was acknowledged first: the reply
 * came after Discord's 3 seconds and was refused, and the moderator saw “The application did not
 * respond”, with what they typed gone. On PostgreSQL a form or a button that writes is now always
 * acknowledged first: the reply arrives, says nothing was saved, gives a form's text back behind a
 * button, and once the lock is gone the same change is saved. Over the real bot, discord.js, the
 * test Discord and PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, WebhookRecord } from "../discord-server/index.ts";
import {
  botTroubles,
  button,
  command,
  embeds,
  FOUNDED_FACT,
  FOUNDED_FACT_ID,
  formValues,
  nodePostgres,
  press,
  replyText,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

/** The bot's statement timeout (5 s) and a reply, on two shared cores. */
const REPLY_WITHIN_MS = 30_000;
const NOT_SAVED = /^Another change to this server's facts .* so yours was not saved\./;

const session = sessionPerFile({ onFreshPostgres: true, warnings: "checked by each spec" });
let s: Session;
let url: string;
beforeAll(() => {
  s = session();
  url = s.databaseUrl ?? "";
});

/**
 * Sends an interaction while another session holds, in an open transaction, what `lock` takes:
 * the bot's acknowledgement (the callback's type) and the reply that follows it.
 */
async function whileLocked(
  lock: string,
  params: unknown[],
  send: () => InteractionHandle,
): Promise<{ sent: InteractionHandle; acknowledged: number; reply: WebhookRecord }> {
  const holder = new nodePostgres.Client({ connectionString: url });
  await holder.connect();
  await holder.query("BEGIN");
  try {
    await holder.query(lock, params);
    const sent = send();
    const acknowledged = (await sent.waitForCallback(REPLY_WITHIN_MS)).type;
    const reply = await sent.waitForWebhook(
      (w) => w.request.method === "PATCH" || w.request.method === "POST",
      REPLY_WITHIN_MS,
    );
    return { sent, acknowledged, reply };
  } finally {
    await holder.query("ROLLBACK");
    await holder.end();
  }
}

describe("a moderator's change while another PostgreSQL session holds a lock it needs", () => {
  it(
    "a fact form: acknowledged at once, told nothing was saved, and its text comes back",
    async () => {
      const before = botTroubles(s).length;
      const { sent, acknowledged, reply } = await whileLocked(
        "LOCK TABLE revisions IN EXCLUSIVE MODE",
        [],
        () => s.discord.sendInteraction({ kind: "modal", customId: "atm1:fa", fields: FOUNDED_FACT }),
      );
      expect(acknowledged).toBe(5);
      const body = reply.request.body as Record<string, unknown>;
      expect(String(body.content)).toMatch(NOT_SAVED);
      expect(botTroubles(s).slice(before)).toEqual([
        "a form's write failed on the database; the moderator's text is kept",
      ]);

      const reopened = await press(s, button(body, /Open the form again/).customId, sent.originalMessage());
      expect(reopened.type).toBe(9);
      expect(formValues(reopened.data)).toEqual(FOUNDED_FACT);
      const saved = await submit(s, String(reopened.data.custom_id), formValues(reopened.data));
      expect(embeds(saved.data)[0]?.title).toBe(`Added ${FOUNDED_FACT_ID}`);
    },
    3 * REPLY_WITHIN_MS,
  );

  it(
    "a confirmed removal: acknowledged at once, told nothing was removed, and removed when clicked again",
    async () => {
      const added = await submit(s, "atm1:fa", {
        ...FOUNDED_FACT,
        statement: "CICA held its first summit in 2002 in Almaty.",
      });
      const factId = String(embeds(added.data)[0]?.title).replace(/^Added /, "");
      const confirm = await command(s, "fact", "remove", { id: factId });
      const remove = button(confirm.data, /^Remove$/).customId;
      const message = confirm.handle.originalMessage();
      const before = botTroubles(s).length;
      const { acknowledged, reply } = await whileLocked(
        "SELECT record_id FROM overlay_records WHERE guild_id = $1 AND record_id = $2 FOR UPDATE",
        [s.discord.guild.id, factId],
        () =>
          s.discord.sendInteraction({ kind: "button", customId: remove, ...(message ? { message } : {}) }),
      );
      expect(acknowledged).toBe(6);
      expect(String((reply.request.body as { content?: unknown }).content)).toMatch(NOT_SAVED);
      expect(botTroubles(s).slice(before)).toEqual([
        "a write gave up waiting for another's lock; the user was told to try again",
      ]);

      const removed = await press(s, remove, message);
      expect(replyText(removed.data)).toContain("Removed from this server");
    },
    3 * REPLY_WITHIN_MS,
  );
});
