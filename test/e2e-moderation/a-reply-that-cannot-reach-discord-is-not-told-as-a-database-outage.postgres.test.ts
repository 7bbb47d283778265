/**
 * A moderator's fact form was saved, then the bot's reply to Discord failed on the network (the
 * connection reset under it, as a proxy or a keep-alive socket closing does). Every error whose
 * code began with "E" was taken for the database's: the log said “the database could not be
 * reached”, and the bot tried to tell the moderator that nothing was saved, which was false (the
 * fact was). Now only the errors the storage layer raised are the database's: the log says once
 * that Discord could not be reached, and the moderator is told nothing false; a real PostgreSQL
 * outage (the bot's session ended while its write waited) is still told as the database's, in one
 * line that says nothing was saved. Over the real bot, discord.js, the test Discord and PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { openAt } from "../fixtures/storage/support.ts";
import {
  botTroubles,
  button,
  FOUNDED_FACT,
  FOUNDED_FACT_ID,
  formValues,
  nodePostgres,
  type PgClient,
  press,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

const session = sessionPerFile({ onFreshPostgres: true, warnings: "checked by each spec" });
let s: Session;
let url: string;
beforeAll(() => {
  s = session();
  url = s.databaseUrl ?? "";
});

function revisionsOf(factId: string): [number, string][] {
  const store = openAt(url);
  try {
    return store.overlays.revisions(s.discord.guild.id, "fact", factId).map((r) => [r.revision, r.action]);
  } finally {
    store.close();
  }
}

async function client(): Promise<PgClient> {
  const connected = new nodePostgres.Client({ connectionString: url });
  await connected.connect();
  return connected;
}

describe("a moderator's change whose reply cannot reach Discord", { timeout: 60_000 }, () => {
  it("is saved, logged once as Discord unreachable, and not told as a database outage", async () => {
    const before = botTroubles(s).length;
    const sent = s.discord.sendInteraction({ kind: "modal", customId: "atm1:fa", fields: FOUNDED_FACT });
    // Every call the bot makes for this interaction has its connection reset.
    const stop = s.discord.severRequests(
      (request) => request.url.includes(sent.id) || request.url.includes(sent.token),
    );
    try {
      // The bot logs at warn: the first warning about this interaction, then a moment for a second.
      await s.bot.waitForLine(
        (line) => line.includes(sent.id) && /"level":"(warn|error)"/.test(line),
        "a warning about the interaction",
      );
      await new Promise((wait) => setTimeout(wait, 500));
    } finally {
      stop();
    }
    expect(s.discord.severed.length).toBeGreaterThan(0);
    expect(revisionsOf(FOUNDED_FACT_ID)).toEqual([[1, "add"]]);
    expect(botTroubles(s).slice(before)).toEqual([
      "Discord could not be reached to answer this interaction; the user was not told",
    ]);
    expect(s.bot.lines.join("\n")).not.toMatch(/database could not be reached/);
  });
});

describe("a moderator's change during a real PostgreSQL outage", { timeout: 60_000 }, () => {
  it("is still told as the database's: nothing was saved, and the form comes back", async () => {
    const typed = { ...FOUNDED_FACT, statement: "CICA held its first summit in 2002 in Almaty." };
    // Another session holds the revisions, so the bot's write waits there; meanwhile the bot's own
    // session is ended, as a restart or an administrator would.
    const holder = await client();
    const ender = await client();
    await holder.query("BEGIN");
    await holder.query("LOCK TABLE revisions IN EXCLUSIVE MODE");
    let reply: Awaited<ReturnType<typeof submit>>;
    try {
      const replied = submit(s, "atm1:fa", typed);
      let ended = false;
      for (let tries = 0; tries < 200 && !ended; tries++) {
        const { rows } = await ender.query(
          "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity " +
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'",
        );
        ended = rows.length > 0;
        if (!ended) await new Promise((wait) => setTimeout(wait, 10));
      }
      expect(ended).toBe(true);
      reply = await replied;
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
      await ender.end();
    }
    const content = String(reply.data.content);
    expect(content).toMatch(
      /^The connection to the database was lost while this was being done, so nothing was saved/,
    );
    const again = await press(
      s,
      button(reply.data, /Open the form again/).customId,
      reply.handle.originalMessage(),
    );
    expect(again.type).toBe(9);
    expect(formValues(again.data)).toEqual(typed);
  });
});
