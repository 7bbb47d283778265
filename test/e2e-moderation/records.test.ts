/**
 * Moderators keep up with the news from inside Discord, end to end: new people, countries and
 * events through the real bot process, the Discord look-alike and a temporary database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  button,
  buttons,
  command,
  EPHEMERAL,
  embeds,
  formValues,
  NOT_MODERATOR,
  press,
  replyText,
  revisionCount,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

const TREATY = {
  statement: "Veloria and Norland signed a water treaty on sharing Lake Amari.",
  entities: "Veloria, Norland",
  source: "Example Wire | 2025-05-03 | https://example.org/water",
  quote: "signed a water treaty",
  reason: "in today's news",
};
const TREATY_QUESTION = "What treaty did Veloria and Norland sign?";

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

describe("a fact about names the server has never heard of", () => {
  it("offers to describe each new name, then saves the fact, answered here at once", async () => {
    const before = revisionCount(s.dbPath);
    expect((await ask(s, TREATY_QUESTION)).answered).toBe(false);

    const offered = await submit(s, "atm1:fa", TREATY);
    expect(Number(offered.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(String(offered.data.content)).toContain("New to this server: “Veloria”, “Norland”");
    expect(buttons(offered.data).map((b) => b.label)).toEqual([
      "Describe “Veloria”",
      "Describe “Norland”",
      "Change the fact instead",
    ]);
    expect(revisionCount(s.dbPath)).toBe(before);

    const first = await press(s, button(offered.data, /Veloria/).customId, offered.handle.originalMessage());
    expect(first.type).toBe(9);
    expect(Object.keys(formValues(first.data))).toEqual(["name", "kind", "description", "aliases", "reason"]);
    expect(formValues(first.data).name).toBe("Veloria");
    const veloria = await submit(s, String(first.data.custom_id), {
      ...formValues(first.data),
      kind: "country",
      description: "Country on the western shore of Lake Amari",
      aliases: "Republic of Veloria",
    });
    expect(String(veloria.data.content)).toContain("Added Veloria (country) to this server.");
    expect(String(veloria.data.content)).toContain("New to this server: “Norland”");

    const second = await press(s, button(veloria.data, /Norland/).customId, veloria.handle.originalMessage());
    const saved = await submit(s, String(second.data.custom_id), {
      ...formValues(second.data),
      kind: "country",
      description: "Country on the northern shore of Lake Amari",
    });
    expect(replyText(saved.data)).toContain("Added Norland (country) to this server.");
    expect(embeds(saved.data)[0]?.title).toMatch(/^Added veloria-and-norland-signed/);
    expect(revisionCount(s.dbPath)).toBe(before + 3);

    const here = await ask(s, TREATY_QUESTION, { user: s.discord.users.member });
    expect(here.answered).toBe(true);
    expect(here.text).toContain("water treaty");
    expect((await ask(s, "What did the Republic of Veloria sign?")).answered).toBe(true);
  });

  it("an edit that names someone new offers them too, then saves the edit", async () => {
    const open = await command(s, "fact", "edit", {
      id: "veloria-and-norland-signed-a-water-treaty-on-sharing-lake",
    });
    expect(open.type).toBe(9);
    const offered = await submit(s, String(open.data.custom_id), {
      ...formValues(open.data),
      entities: "Veloria, Norland, Ostmark",
      statement: "Veloria and Norland signed a water treaty on sharing Lake Amari, witnessed by Ostmark.",
    });
    expect(String(offered.data.content)).toContain("New to this server: “Ostmark”");
    const form = await press(s, button(offered.data, /Ostmark/).customId, offered.handle.originalMessage());
    const saved = await submit(s, String(form.data.custom_id), {
      ...formValues(form.data),
      kind: "country",
      description: "Country east of Lake Amari",
    });
    expect(replyText(saved.data)).toContain("Added Ostmark (country) to this server.");
    expect(embeds(saved.data)[0]?.title).toBe(
      "Saved revision 2 of veloria-and-norland-signed-a-water-treaty-on-sharing-lake",
    );
  });

  it("is not answered in a direct message or in another server", async () => {
    expect((await ask(s, TREATY_QUESTION, { guild: null, user: s.discord.users.member })).answered).toBe(
      false,
    );
    expect((await ask(s, TREATY_QUESTION, { guild: s.discord.otherGuild })).answered).toBe(false);
  });

  it("survives a restart", async () => {
    await s.restart();
    const again = await ask(s, TREATY_QUESTION);
    expect(again.answered).toBe(true);
    expect(again.text).toContain("water treaty");
  }, 60_000);
});

describe("/entity: moderators add and edit people, countries and organisations", () => {
  it("adds one with the form; a problem gives the text back in one step", async () => {
    const open = await command(s, "entity", "add");
    expect(open.type).toBe(9);
    const typed = {
      name: "Jane Roe",
      kind: "planet",
      description: "Envoy of Veloria to Norland",
      aliases: "J. Roe",
      reason: "",
    };
    const refused = await submit(s, String(open.data.custom_id), typed);
    expect(replyText(refused.data)).toContain("One thing to fix; nothing was saved");
    expect(replyText(refused.data)).toContain("**Kind**: write one of: person, country, organisation");
    const reopened = await press(
      s,
      button(refused.data, /Fix and send again/).customId,
      refused.handle.originalMessage(),
    );
    expect(formValues(reopened.data)).toEqual(typed);
    const added = await submit(s, String(reopened.data.custom_id), { ...typed, kind: "person" });
    expect(String(added.data.content)).toContain("Added Jane Roe (person) to this server.");
  });

  it("edits from the revision it showed, and keeps the history", async () => {
    const open = await command(s, "entity", "edit", { name: "J. Roe" });
    expect(open.type).toBe(9);
    expect(open.data.custom_id).toBe("atm1:ne:jane-roe:1");
    const saved = await submit(s, "atm1:ne:jane-roe:1", { ...formValues(open.data), aliases: "J. Roe, Roe" });
    expect(String(saved.data.content)).toContain("Saved revision 2 of Jane Roe (person).");
    const stale = await submit(s, "atm1:ne:jane-roe:1", {
      ...formValues(open.data),
      description: "Someone else",
    });
    expect(replyText(stale.data)).toContain("someone changed it since (it is now at revision 2)");
    const reverted = await command(s, "entity", "revert", { name: "Roe", revision: 1 });
    expect(String(reverted.data.content)).toBe("Jane Roe is as it was at revision 1 (saved as revision 3).");
    expect((await command(s, "entity", "edit", { name: "J. Roe" })).data.custom_id).toBe(
      "atm1:ne:jane-roe:3",
    );
    const history = await command(s, "entity", "history", { name: "Jane Roe" });
    expect(replyText(history.data)).toMatch(/r1\*\* add[\s\S]*r2\*\* edit[\s\S]*r3\*\* reverted to r1/);
  });
});

describe("/event: moderators add their server's events; facts can belong to one", () => {
  const EVENT = {
    title: "Veloria and Norland water talks",
    when: "2025-05-02 | Port Sella | water, fishing",
    participants: "Veloria (host), Norland (guest), Jane Roe (mediator)",
    summary: "Veloria and Norland discussed sharing the waters of Lake Amari, with Jane Roe mediating.",
    source: "Example Wire | 2025-05-03 | https://example.org/talks",
  };

  it("adds an event with the form; /event shows it in this server only", async () => {
    const open = await command(s, "event", "add");
    expect(open.type).toBe(9);
    expect(Object.keys(formValues(open.data))).toEqual([
      "title",
      "when",
      "participants",
      "summary",
      "source",
    ]);
    const saved = await submit(s, "atm1:va", EVENT);
    expect(embeds(saved.data)[0]?.title).toBe(EVENT.title);
    expect(replyText(saved.data)).toContain("Veloria (host), Norland (guest), Jane Roe (mediator)");

    const shown = await command(s, "event", "show", {}, { user: s.discord.users.member });
    expect(embeds(shown.data)[0]?.title).toBe(EVENT.title);
    const elsewhere = await command(s, "event", "show", {}, { guild: null, user: s.discord.users.member });
    expect(embeds(elsewhere.data)[0]?.title).not.toBe(EVENT.title);

    const fact = await press(
      s,
      button(saved.data, /Add a fact to this event/).customId,
      saved.handle.originalMessage(),
    );
    expect(fact.type).toBe(9);
    const added = await submit(s, String(fact.data.custom_id), {
      statement: "Jane Roe mediated the Veloria–Norland water talks in Port Sella.",
      entities: "Jane Roe, Veloria, Norland",
      source: EVENT.source,
      quote: "with Jane Roe mediating",
      reason: "",
    });
    expect(embeds(added.data)[0]?.title).toMatch(/^Added jane-roe-mediated/);
    expect((await ask(s, "Who mediated the water talks?")).text).toContain("Jane Roe");
  });

  it("edits an event from the revision it showed", async () => {
    const open = await command(s, "event", "edit", { name: "water talks" });
    expect(open.type).toBe(9);
    expect(formValues(open.data).when).toBe("2025-05-02 | Port Sella | water, fishing");
    const saved = await submit(s, String(open.data.custom_id), {
      ...formValues(open.data),
      when: "2025-05-02 | Lake Amari | water",
    });
    expect(replyText(saved.data)).toContain("Saved revision 2.");
    expect(
      replyText(await command(s, "event", "show", { name: "water talks" }).then((r) => r.data)),
    ).toContain("Lake Amari");
  });

  it("keeps every revision of an event, and goes back to one as a new revision", async () => {
    const history = await command(s, "event", "history", { name: "water talks" });
    expect(replyText(history.data)).toMatch(/r1\*\* add[\s\S]*Port Sella[\s\S]*r2\*\* edit[\s\S]*Lake Amari/);
    const reverted = await command(s, "event", "revert", { name: "water talks", revision: 1 });
    expect(replyText(reverted.data)).toContain("Saved revision 3.");
    expect(replyText((await command(s, "event", "show", { name: "water talks" })).data)).toContain(
      "Port Sella",
    );
  });
});

describe("every new command, button and form checks permissions itself", () => {
  const member = () => ({ user: s.discord.users.member });

  it("a member without Manage Server is refused, privately, and nothing changes", async () => {
    const before = revisionCount(s.dbPath);
    for (const [name, sub, options] of [
      ["entity", "add", {}],
      ["entity", "edit", { name: "Veloria" }],
      ["event", "add", {}],
      ["event", "edit", { name: "water talks" }],
      ["event", "revert", { name: "water talks", revision: 1 }],
      ["event", "history", { name: "water talks" }],
    ] as const) {
      const reply = await command(s, name, sub, options, member());
      expect(reply.type, `${name} ${sub}`).toBe(4);
      expect(String(reply.data.content)).toMatch(NOT_MODERATOR);
    }
    for (const [customId, fields] of [
      ["atm1:na:-", { name: "Atlantis", kind: "country", description: "Sunk", aliases: "", reason: "" }],
      [
        "atm1:ne:veloria:1",
        { name: "Veloria", kind: "place", description: "Renamed", aliases: "", reason: "" },
      ],
      [
        "atm1:va",
        {
          title: "Forged",
          when: "2025-01-01",
          participants: "Veloria",
          summary: "No.",
          source: "X | 2025-01-02",
        },
      ],
    ] as const) {
      const reply = await submit(s, customId, fields, member());
      expect(String(reply.data.content), customId).toMatch(NOT_MODERATOR);
    }
    expect(String((await press(s, "atm1:ro:abc1234", undefined, member())).data.content)).toMatch(
      NOT_MODERATOR,
    );
    expect(revisionCount(s.dbPath)).toBe(before);
  });

  it("another server's admin cannot reach this server's entities or events", async () => {
    const before = revisionCount(s.dbPath);
    const other = { guild: s.discord.otherGuild, user: s.discord.users.otherAdmin };
    const entity = await submit(
      s,
      "atm1:ne:veloria:1",
      { name: "Veloria", kind: "place", description: "Renamed", aliases: "", reason: "" },
      other,
    );
    expect(String(entity.data.content)).toContain("That is not in this server. Nothing was saved.");
    const event = await press(s, "atm1:vf:2025-05-02-veloria-and-norland-water-talks", undefined, other);
    expect(String(event.data.content)).toContain("That event is not in this server.");
    expect(revisionCount(s.dbPath)).toBe(before);
  });
});
