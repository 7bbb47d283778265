/**
 * `/source add` over Discord while another process holds the database's write lock (an import, a
 * backup): the moderator pasted an article into the form, drafting finished, the draft could not be
 * saved. The real bot, through discord.js and the local Discord, answers in one line, ephemeral,
 * with the article attached as a .txt file that Discord serves back as it was pasted and a button
 * that opens the form again with everything typed; sent again once the database is free, the
 * article is drafted.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { InteractionHandle } from "../discord-server/index.ts";
import { PASTED_ARTICLE as TYPED } from "../support/pasted-article.ts";
import { button, command, EPHEMERAL, formValues, press, type Reply, sessionPerFile } from "./support.ts";

/** Drafting (the drafter's first load) and the bot's 5 s wait for the lock, on two shared cores. */
const REPLY_WITHIN_MS = 40_000;

// The one warning is the give-back itself; nothing failed.
const session = sessionPerFile({
  warnings: ["a drafted article could not be saved on the database; the article is given back"],
});

/** The form's submission, answered (deferred, then the deferred reply edited) within REPLY_WITHIN_MS. */
async function sent(handle: InteractionHandle): Promise<Reply> {
  const callback = await handle.waitForCallback(REPLY_WITHIN_MS);
  if (callback.type !== 5) return { handle, callback, type: callback.type, data: callback.data as never };
  const edit = await handle.waitForWebhook((w) => w.request.method === "PATCH", REPLY_WITHIN_MS);
  return { handle, callback, type: callback.type, data: edit.request.body as Record<string, unknown> };
}

describe("an article pasted for /source add while the database is locked, over Discord", () => {
  it(
    "comes back attached and behind a button that opens the form again with it",
    async () => {
      const s = session();
      const open = await command(s, "source", "add", {
        outlet: TYPED.outlet,
        date: TYPED.date,
        link: TYPED.link,
        title: TYPED.title,
      });
      expect(open.type).toBe(9);
      const form = String(open.data.custom_id);

      const other = new Database(s.dbPath);
      other.exec("BEGIN IMMEDIATE");
      let reply: Reply;
      try {
        reply = await sent(
          s.discord.sendInteraction({
            kind: "modal",
            customId: form,
            fields: { ...formValues(open.data), text: TYPED.text },
          }),
        );
      } finally {
        other.exec("ROLLBACK");
        other.close();
      }

      const content = String(reply.data.content);
      expect(content).toMatch(/^Another change to this server's facts .* yours was not saved\./);
      expect(content).toContain("Your article is attached");
      expect(content.split("\n")).toHaveLength(1);
      expect(reply.data.allowed_mentions).toMatchObject({ parse: [] });
      const message = reply.handle.originalMessage();
      expect((message?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      expect(message?.attachments.map((a) => a.filename)).toEqual(["article-2024-05-02.txt"]);
      const served = await fetch(message?.attachments[0]?.url ?? "");
      expect(await served.text()).toBe(`${TYPED.text}\n`);

      const reopened = await press(s, button(reply.data, /Open the form again/).customId, message);
      expect(reopened.type).toBe(9);
      expect(reopened.data.custom_id).toBe(form);
      expect(formValues(reopened.data)).toEqual(TYPED);

      const again = await sent(
        s.discord.sendInteraction({ kind: "modal", customId: form, fields: formValues(reopened.data) }),
      );
      expect(String(again.data.content)).toMatch(/^Drafted \d+ facts? from \*\*Trend News Agency\*\*/);
      expect(again.handle.originalMessage()?.attachments).toEqual([]);
    },
    3 * REPLY_WITHIN_MS,
  );
});
