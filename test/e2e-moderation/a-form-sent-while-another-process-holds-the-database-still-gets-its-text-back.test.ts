/**
 * A moderator's form sent while another process holds the database's write lock (an import, a
 * backup, another shard) for longer than the bot waits (5 s): the bot's write waits synchronously,
 * so the check that acknowledges an interaction after two seconds could not run, the reply came
 * after Discord's 3 seconds and was refused, and the moderator saw “The application did not
 * respond” with the text they typed gone: the reply that gives it back never reached them. Forms
 * are now acknowledged before they are handled; over the real discord.js client and the local
 * Discord, the reply arrives as the edit of that acknowledgement, with the button that reopens the
 * form with what was typed.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  button,
  EPHEMERAL,
  FOUNDED_FACT,
  formValues,
  press,
  type Session,
  sessionPerFile,
} from "./support.ts";

/** The bot's busy timeout (5 s) and a reply, on two shared cores. */
const REPLY_WITHIN_MS = 30_000;

// The one warning is the busy database itself; nothing failed.
const session = sessionPerFile({
  warnings: ["a form's write failed on the database; the moderator's text is kept"],
});

describe("a fact form sent while another process holds the database longer than Discord waits", () => {
  it(
    "is acknowledged at once, and its reply gives the text back behind a button",
    async () => {
      const s = session();
      const other = new Database(s.dbPath);
      other.exec("BEGIN IMMEDIATE");
      let sent: ReturnType<Session["discord"]["sendInteraction"]>;
      let edit: Awaited<ReturnType<typeof sent.waitForWebhook>>;
      try {
        sent = s.discord.sendInteraction({ kind: "modal", customId: "atm1:fa", fields: FOUNDED_FACT });
        expect((await sent.waitForCallback(REPLY_WITHIN_MS)).type).toBe(5);
        edit = await sent.waitForWebhook((w) => w.request.method === "PATCH", REPLY_WITHIN_MS);
      } finally {
        other.exec("ROLLBACK");
        other.close();
      }
      const reply = edit.request.body as Record<string, unknown>;
      expect(String(reply.content)).toMatch(/yours was not saved\..*press the button/);
      expect((sent.originalMessage()?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);

      const reopened = await press(s, button(reply, /Open the form again/).customId, sent.originalMessage());
      expect(reopened.type).toBe(9);
      expect(formValues(reopened.data)).toEqual(FOUNDED_FACT);
    },
    3 * REPLY_WITHIN_MS,
  );
});
