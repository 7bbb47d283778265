/**
 * The curated data (data/, which every server shares) could be edited by a server but not taken
 * out of it: /entity remove and /event remove refused a curated entity or event outright, so a
 * server that did not want one had to live with it. Now a moderator removes a curated fact,
 * entity or event for their own server, as a revision (history shows it, revert brings it back),
 * with the same refusal while facts still name it; every other server keeps it.
 */
import { describe, expect, it } from "vitest";
import { alice } from "./fixtures/storage/support.ts";
import { SEED_DIR, storesTogether } from "./support/engines.ts";
import { buttonIds, moderationServices } from "./support/moderation-services.ts";
import { namesakesStore } from "./support/namesakes.ts";

const bot = moderationServices();
/** The server that removes curated records, and one that does not. */
const HERE = "900000000000000011";
const ELSEWHERE = "900000000000000012";
const here = () => bot.moderator({ scope: HERE });
const elsewhere = () => bot.moderator({ scope: ELSEWHERE });

const KAZAKHSTAN_FACT = "aliyev-thanked-member-countries-kazakhstan";
const SEED_EVENT = "2024-04-17-aliyev-receives-sarybay";

/** What /about counts in a server, by field name. */
async function counted(requester = here()): Promise<Record<string, string>> {
  const about = await bot.command("about", "", {}, requester);
  return Object.fromEntries((about.cards?.[0]?.fields ?? []).map((field) => [field.name, field.value]));
}

/** What /ask's autocomplete offers while `typed` is in the question. */
async function questionsOffered(typed: string, requester = here()): Promise<string[]> {
  return (await bot.complete("ask", "", "question", typed, requester)).map((choice) => choice.name);
}

describe("a curated fact removed in one server", () => {
  it("is no longer answered there, while another server's answer is unchanged; revert brings it back", async () => {
    const question = "Which CICA member countries did Aliyev thank?";
    const before = bot.engine.answer(question, HERE);
    expect(before.answered && before.facts.map((f) => f.id)).toContain(KAZAKHSTAN_FACT);

    const asked = await bot.command("fact", "remove", { id: KAZAKHSTAN_FACT }, here());
    expect(asked.content).toMatch(/other servers keep it/);
    const removed = await bot.click(buttonIds(asked)[0]!, here());
    expect(removed.kind === "update" && removed.reply.content).toMatch(
      /^Removed from this server \(revision 2\)/,
    );

    expect(bot.engine.answer(question, HERE).facts.map((f) => f.id)).not.toContain(KAZAKHSTAN_FACT);
    expect(bot.engine.answer(question, ELSEWHERE)).toEqual(before);

    await bot.command("fact", "revert", { id: KAZAKHSTAN_FACT, revision: 1 }, here());
    expect(bot.engine.answer(question, HERE).facts.map((f) => f.id)).toContain(KAZAKHSTAN_FACT);
    // Removed again: the entity below is removed once no fact of the server names it.
    bot.storage.facts.removeFact(HERE, alice, KAZAKHSTAN_FACT);
  });
});

describe("a curated entity removed in one server", () => {
  it("is refused in one line while a fact of the server still names it", async () => {
    const refused = await bot.command("entity", "remove", { name: "Kazakhstan" }, elsewhere());
    expect(refused.content).toBe(
      "Nothing was removed: Kazakhstan: 1 fact of this server still names it: edit or remove it first.",
    );
  });

  it("once no fact names it, leaves that server's lists and forms with a line naming the revert; other servers keep it", async () => {
    const removed = await bot.command("entity", "remove", { name: "Kazakhstan", reason: "not ours" }, here());
    expect(removed.content).toBe(
      "Removed Kazakhstan from this server (revision 2): questions, lists and autocomplete here no longer see it. " +
        "It comes with the curated data: other servers keep it. To bring it back: /entity revert name:kazakhstan revision:1",
    );
    const offered = async (sub: string, requester = here()) =>
      (await bot.complete("entity", sub, "name", "kazak", requester)).map((choice) => choice.name);
    expect(await offered("edit")).toEqual([]);
    expect(await offered("revert")).toEqual([
      "Kazakhstan (removed) — country: Country in Central Asia; a CICA member state",
    ]);
    expect(await offered("edit", elsewhere())).toEqual([
      "Kazakhstan (country) — Country in Central Asia; a CICA member state",
    ]);
    expect(bot.storage.records.entities(HERE).some((e) => e.id === "kazakhstan")).toBe(false);
    expect(bot.storage.records.entities(ELSEWHERE).some((e) => e.id === "kazakhstan")).toBe(true);

    const history = await bot.command("entity", "history", { name: "kazakhstan" }, here());
    expect(history.cards?.[0]?.description).toMatch(
      /^\*\*r1\*\* curated .*\n\*\*r2\*\* remove .* — not ours/,
    );
    const edit = await bot.interact("entity", "edit", { name: "kazakhstan" }, here());
    expect(edit.kind === "reply" && edit.reply.content).toMatch(/was removed in this server/);
  });

  it("is a name that server's questions, autocomplete and /about no longer know, as in a store without it; other servers keep it", async () => {
    expect(bot.engine.answer("What is Kazakhstan?", HERE).answer).toBe(
      'I don\'t have any facts about "Kazakhstan".',
    );
    expect(bot.engine.answer("What did Kazakstan say?", HERE).answer).toBe(
      'I don\'t have any facts about "Kazakstan".',
    );
    expect(bot.engine.answer("What is Kazakhstan?", ELSEWHERE).answered).toBe(true);

    expect(await questionsOffered("what is kaza")).not.toContain("What is Kazakhstan?");
    expect(await questionsOffered("kazakstan")).toEqual([]);
    expect(await questionsOffered("what is kaza", elsewhere())).toContain("What is Kazakhstan?");

    expect((await counted()).Entities).toBe(String(Number((await counted(elsewhere())).Entities) - 1));
  });

  it("is not brought back by a fact naming it: the form says how to bring it back", () => {
    const added = bot.storage.facts.addFact(HERE, alice, {
      statement: "Kazakhstan hosted a CICA meeting in Astana.",
      entities: ["Kazakhstan"],
      outlet: "Example Wire",
      date: "2024-05-01",
      quote: "Kazakhstan hosted a CICA meeting in Astana.",
    });
    expect(added).toMatchObject({
      ok: false,
      problems: [
        {
          field: "entities[0]",
          message: "Kazakhstan was removed in this server (/entity revert name:kazakhstan brings it back)",
        },
      ],
    });
  });

  it("is given no other name here: the reply says how to bring it back", async () => {
    const refused = await bot.command("alias", "add", { entity: "Kazakhstan", alias: "Qazaqstan" }, here());
    expect(refused.content).toContain(
      "Kazakhstan was removed in this server (/entity revert name:kazakhstan brings it back)",
    );
    expect(bot.engine.knowledge(HERE).entitiesNamed("qazaqstan")).toEqual([]);
  });

  it("is not brought back by reverting a fact that named it: the reply says how to bring it back", async () => {
    const refused = await bot.command("fact", "revert", { id: KAZAKHSTAN_FACT, revision: 1 }, here());
    expect(refused.cards?.[0]?.title).toBe("One thing to fix; nothing was saved");
    expect(refused.cards?.[0]?.description).toContain(
      "Kazakhstan was removed in this server (/entity revert name:kazakhstan brings it back)",
    );
    expect(bot.engine.answer("What is Kazakhstan?", HERE).answered).toBe(false);
  });

  it("comes back with /entity revert to its curated revision", async () => {
    const back = await bot.command("entity", "revert", { name: "kazakhstan", revision: 1 }, here());
    expect(back.content).toMatch(/^Kazakhstan is as it was at revision 1 \(saved as revision 3\)/);
    expect(bot.storage.records.entities(HERE).some((e) => e.id === "kazakhstan")).toBe(true);
    expect(bot.engine.answer("What is Kazakhstan?", HERE).answer).toBe("I don't have a fact about that.");
    expect(await questionsOffered("what is kaza")).toContain("What is Kazakhstan?");
    expect((await counted()).Entities).toBe((await counted(elsewhere())).Entities);
  });
});

describe("a curated event removed in one server", () => {
  it("is refused while its facts are answered there, then leaves /event show there alone", async () => {
    const refused = await bot.command("event", "remove", { name: SEED_EVENT }, here());
    expect(refused.content).toMatch(
      /^Nothing was removed: .*: \d+ facts of this server belong to it: remove them first/,
    );
    for (const view of bot.storage.facts.listFacts(HERE, { pageSize: 100 }).items)
      if (view.fact.event === SEED_EVENT) bot.storage.facts.removeFact(HERE, alice, view.id);

    const removed = await bot.command("event", "remove", { name: SEED_EVENT }, here());
    expect(removed.content).toMatch(/^Removed Ilham Aliyev receives .* other servers keep it\./);
    await expect(bot.command("event", "show", {}, here())).rejects.toThrow("I don't know any events yet.");
    expect((await bot.command("event", "show", {}, elsewhere())).cards?.[0]?.footer).toBe(
      `Event id: ${SEED_EVENT}`,
    );
    expect(
      (await bot.complete("event", "revert", "name", "aliyev", here())).map((choice) => choice.name),
    ).toEqual(["17 April 2024 · Ilham Aliyev receives CICA Secretary General Kairat Sarybay (removed)"]);

    const back = await bot.command("event", "revert", { name: SEED_EVENT, revision: 1 }, here());
    expect(back.content).toMatch(/^Saved revision 3\./);
    expect((await bot.command("event", "show", {}, here())).cards?.[0]?.footer).toBe(
      `Event id: ${SEED_EVENT}`,
    );
  });
});

describe("a curated event removed in one server, once more", () => {
  it("is no longer counted by /about nor offered by the question autocomplete there; other servers keep it", async () => {
    const offered = "What happened at: Ilham Aliyev receives CICA Secretary General Kairat Sarybay?";
    expect(await questionsOffered("what happened at aliyev")).toContain(offered);
    const removed = await bot.command("event", "remove", { name: SEED_EVENT }, here());
    expect(removed.content).toMatch(/^Removed Ilham Aliyev receives .* other servers keep it\./);

    expect((await counted()).Events).toBe("0");
    expect((await counted(elsewhere())).Events).toBe("1");
    expect(await questionsOffered("what happened at aliyev")).not.toContain(offered);
    expect(await questionsOffered("what happened at aliyev", elsewhere())).toContain(offered);

    await bot.command("event", "revert", { name: SEED_EVENT, revision: 1 }, here());
    expect((await counted()).Events).toBe("1");
  });
});

describe("a curated namesake removed in one server", () => {
  const both = moderationServices({ data: storesTogether(SEED_DIR, namesakesStore()) });
  const question = "What did Ferrante say?";
  const asksWhich = /^Which Ferrante do you mean\?/;

  it("is no longer offered by “Which Ferrante do you mean?” there, which answers of the other; other servers still ask", async () => {
    expect(both.engine.answer(question, HERE).answer).toMatch(asksWhich);
    const mayor = both.moderator({ scope: HERE });
    for (const id of ["ferrante-opens-terminal", "terminal-passengers"])
      expect(both.storage.facts.removeFact(HERE, alice, id)).toMatchObject({ ok: true });
    expect(both.storage.records.remove(HERE, alice, "event", "2025-05-01-bari-terminal")).toMatchObject({
      ok: true,
    });
    const removed = await both.command("entity", "remove", { name: "luca-ferrante" }, mayor);
    expect(removed.content).toMatch(/^Removed Luca Ferrante from this server/);

    const answer = both.engine.answer(question, HERE);
    expect(answer.answer).not.toMatch(asksWhich);
    expect(answer.answered && answer.facts.map((f) => f.id)).toContain("ferrante-funds-studies");
    expect(both.engine.answer(question, ELSEWHERE).answer).toMatch(asksWhich);
  });
});
