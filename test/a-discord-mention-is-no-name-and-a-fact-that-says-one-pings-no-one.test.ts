/**
 * `/alias add entity:Azerbaijan alias:@here` was accepted ("“@​here” now also names Azerbaijan"),
 * and the alias was stored under its words, "here": from then on every question in the server
 * that said "here" ("who was here?") was read as naming Azerbaijan. "@everyone", a user's or a
 * role's "<@…>" did the same as a name or an alias of /entity add and of an import. A mention is
 * refused as a name with one line saying why; a fact whose statement quotes one is kept as written
 * and shown without pinging anyone.
 */
import { afterAll, describe, expect, it } from "vitest";
import { factCard } from "../src/discord/moderation/views.ts";
import { alice, boot, freshDatabase, MEMORANDUM, tempDirs } from "./fixtures/storage/support.ts";

const GUILD = "123456789012345678";
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

describe("a Discord mention given as a name", () => {
  it("/alias add @here is refused in one line, and the word 'here' names nothing", () => {
    const { service, engine } = boot(freshDatabase(dirs.make()));
    const result = service.addAlias(GUILD, alice, "azerbaijan", "@here");
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(result.problems).toEqual([
      {
        field: "alias",
        message:
          "“@here” is a Discord mention, not a name: questions would read it as the word “here” (write the name itself)",
      },
    ]);
    expect(service.aliases(GUILD)).toEqual([]);
    expect(engine.knowledge(GUILD).entitiesNamed("here")).toEqual([]);
  });

  it("a fullwidth ＠ or a zero-width space after @ is the same mention, refused, and 'everyone' names nothing", () => {
    const { service, engine } = boot(freshDatabase(dirs.make()));
    for (const alias of ["\uFF20everyone", "\uFF20here", "@\u200Beveryone", "@\u2060here"]) {
      const result = service.addAlias(GUILD, alice, "azerbaijan", alias);
      if (result.ok || result.kind !== "invalid") throw new Error(`${JSON.stringify(alias)} was accepted`);
      expect(result.problems[0]!.message).toMatch(/is a Discord mention, not a name/);
    }
    expect(service.aliases(GUILD)).toEqual([]);
    expect(engine.knowledge(GUILD).entitiesNamed("everyone")).toEqual([]);
    expect(engine.knowledge(GUILD).entitiesNamed("here")).toEqual([]);
  });

  it("refuses @everyone, a user's and a role's mention as an alias of /entity add", () => {
    const { service } = boot(freshDatabase(dirs.make()));
    for (const alias of ["@everyone", "<@123456789012345678>", "<@&123456789012345678>"]) {
      const result = service.addEntity(GUILD, alice, {
        kind: "person",
        name: "Leyla Mammadova",
        description: "Deputy minister",
        aliases: [alias],
      });
      if (result.ok) throw new Error(`${alias} was accepted`);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.message).toMatch(/is a Discord mention, not a name/);
    }
  });

  it("npm run facts -- import: a mention as an alias or a name is a problem at its path", () => {
    const { service } = boot(freshDatabase(dirs.make()));
    const result = service.importOverlay(GUILD, alice, {
      entities: [
        { id: "leyla", kind: "person", name: "Leyla Mammadova", description: "Minister", aliases: ["@here"] },
      ],
      aliases: [{ entity: "azerbaijan", alias: "@Everyone" }],
    });
    if (result.ok) throw new Error("expected invalid");
    expect(result.problems.map((p) => p.path)).toEqual(["$.entities[0].aliases[0]", "$.aliases[0].alias"]);
  });
});

describe("a Discord mention given as what a fact is about", () => {
  it("/fact add about '@everyone' is one problem saying it is a mention, not an unknown name to create", () => {
    const { service } = boot(freshDatabase(dirs.make()));
    const result = service.addFact(GUILD, alice, { ...MEMORANDUM, entities: ["Azerbaijan", "@everyone"] });
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(result.problems).toEqual([
      {
        field: "entities[1]",
        message:
          "“@everyone” is a Discord mention, not a name: questions would read it as the word “everyone” (write the name itself)",
      },
    ]);
  });
});

describe("a fact that quotes a mention", () => {
  it("is saved as written and its card shows the mention inert", () => {
    const { service, engine } = boot(freshDatabase(dirs.make()));
    const result = service.addFact(GUILD, alice, {
      ...MEMORANDUM,
      statement: "Azerbaijan and Kazakhstan told @everyone they signed a memorandum on digital cooperation.",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.fact.fact.statement).toContain("@everyone");
    const card = factCard(result.fact, engine.knowledge(GUILD), "Added");
    expect(card.description).toContain("@\u200beveryone");
    expect(card.description).not.toMatch(/@everyone/);
  });
});
