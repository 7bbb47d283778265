/**
 * Two people (or things) who share a name: curators may give both the alias, moderators may teach
 * a server one another entity has, and a question that uses it without saying which one is meant
 * is asked back ("Which Ferrante do you mean?") rather than answered about a guess.
 */

import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/config/logger.ts";
import { ConsoleSession } from "../src/console/console.ts";
import { CommandRegistry } from "../src/discord/registry.ts";
import { createServices } from "../src/discord/services.ts";
import { Engine } from "../src/engine/engine.ts";
import { loadDataset } from "../src/engine/load.ts";
import { openStore } from "../src/storage/index.ts";
import { replayOverlays } from "../src/storage/replay.ts";
import { FactService } from "../src/storage/service.ts";
import { alice, tempDirs } from "./fixtures/storage/support.ts";
import { engineFrom } from "./support/engines.ts";
import { runFacts } from "./support/facts-cli.ts";
import { namesakesStore } from "./support/namesakes.ts";

const made: string[] = [];
const dirs = tempDirs();
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  dirs.cleanup();
});

function store(edit?: (entities: Record<string, unknown>[]) => void): string {
  const dir = namesakesStore(edit);
  made.push(dir);
  return dir;
}

/** The bot's services and commands over a store, as the console and Discord adapters get them. */
async function botOver(dir: string) {
  const registry = await CommandRegistry.load();
  const services = createServices({
    engine: engineFrom(dir),
    registry,
    logger: silentLogger,
    cooldown: "unlimited",
  });
  return { registry, services };
}

const FOLDER = "2025-05-02-tiber-courier-ferrantes";
const ASKS =
  "Which Ferrante do you mean? Luca Ferrante (Mayor of Bari) or Marco Ferrante (Foreign Minister of Italy).";

describe("curating two entities that share an alias", () => {
  it("loads a store where two people have the alias “Ferrante”, with a note saying so", () => {
    const loaded = loadDataset(store());
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    expect(loaded.notes).toEqual([
      expect.objectContaining({
        path: "$[1].aliases[0]",
        message: expect.stringMatching(
          /^the alias "Ferrante" is shared by "marco-ferrante" \(Marco Ferrante\), "luca-ferrante" \(Luca Ferrante\)/,
        ),
      }),
    ]);
  });

  it("still refuses an id defined twice, and a full name another entity has as its name or alias", () => {
    const twice = loadDataset(
      store((entities) => {
        entities.push({ ...entities[0]!, name: "Marco Ferrante Jr", aliases: [] });
      }),
    );
    expect(twice.ok ? [] : twice.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^duplicate id "marco-ferrante"/),
    ]);
    const sameName = loadDataset(
      store((entities) => {
        entities[1]!.name = "Marco Ferrante";
      }),
    );
    expect(sameName.ok ? [] : sameName.problems).toEqual([
      expect.objectContaining({
        path: "$[1].name",
        message: expect.stringMatching(
          /"Marco Ferrante" names both "marco-ferrante" and "luca-ferrante"; an entity's full name must name it alone/,
        ),
      }),
    ]);
    const aliasIsAName = loadDataset(
      store((entities) => {
        entities[1]!.aliases = ["Ferrante", "Anna Berg"];
      }),
    );
    expect(aliasIsAName.ok ? [] : aliasIsAName.problems.map((p) => p.path)).toEqual(["$[1].aliases[1]"]);
  });

  it("`npm run facts -- validate` passes and prints the shared alias as a note", async () => {
    const run = await runFacts(["validate", store(), "--data-only"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok: /m);
    expect(run.stdout).toMatch(
      new RegExp(
        `^note: .*${FOLDER}/entities\\.json \\$\\[1\\]\\.aliases\\[0\\]: the alias "Ferrante" is shared by`,
        "m",
      ),
    );
  }, 60_000);
});

describe("“Which Ferrante do you mean?”", () => {
  const engine = engineFrom(store());

  it("asks which one when nothing else in the question picks one, listing each with its description", () => {
    const result = engine.answer("Who is Ferrante?");
    expect(result).toMatchObject({
      answered: false,
      answer: ASKS,
      facts: [],
      asksWhich: ["luca-ferrante", "marco-ferrante"],
      suggestions: ["Who is Luca Ferrante?", "Who is Marco Ferrante?"],
    });
    // Not a confident answer about either, whatever the question's other words.
    const said = engine.answer("What did Ferrante say about the terminal?");
    expect(said.answer).toBe(ASKS);
    expect(said.suggestions).toEqual([
      "What did Luca Ferrante say about the terminal?",
      "What did Marco Ferrante say about the terminal?",
    ]);
  });

  it("its suggestions are the question with each full name, and each answers about that one", () => {
    const [luca, marco] = engine.answer("What did Ferrante say?").suggestions;
    expect(engine.answer(luca!)).toMatchObject({ answered: true });
    expect(engine.answer(luca!).facts.map((f) => f.id)).toEqual(["terminal-passengers"]);
    expect(engine.answer(marco!).facts.map((f) => f.id)).toEqual(["ferrante-funds-studies"]);
  });

  it("answers about the one another name in the question goes with, and says how it read the name", () => {
    const result = engine.answer("What did Ferrante and Berg sign?");
    expect(result.answered).toBe(true);
    expect(result.reading).toBe('Taking "Ferrante" as Marco Ferrante (Foreign Minister of Italy)');
    expect(result.facts.map((f) => f.id)).toEqual(["ferrante-berg-memorandum"]);
  });

  it("answers about the one a role word or a country in the question describes", () => {
    const mayor = engine.answer("What did the mayor Ferrante open?");
    expect(mayor.reading).toMatch(/as Luca Ferrante/);
    expect(mayor.facts.map((f) => f.id)).toEqual(["ferrante-opens-terminal"]);
    const italys = engine.answer("What did Italy's Ferrante say?");
    expect(italys.reading).toMatch(/as Marco Ferrante/);
    expect(italys.facts.map((f) => f.id)).toEqual(["ferrante-funds-studies"]);
  });

  it("answers about the one the conversation's previous turn was about, and says so", () => {
    const previous = engine.answer("Who is the mayor of Bari?").turn;
    expect(previous?.entities).toContain("luca-ferrante");
    const result = engine.answer("What did Ferrante say about the terminal?", undefined, {
      previous: previous!,
    });
    expect(result.answer).toMatch(/^Taking "Ferrante" as Luca Ferrante \(Mayor of Bari\)\.\n/);
    expect(result.facts.map((f) => f.id)).toContain("terminal-passengers");
    const meeting = engine.answer("What happened at the Rome talks?").turn!;
    expect(engine.answer("what did Ferrante say?", undefined, { previous: meeting }).reading).toMatch(
      /as Marco Ferrante/,
    );
  });

  it("lets an adapter know a question that could stand alone uses a shared name", () => {
    expect(engine.namesShared("What did Ferrante say about the terminal?")).toBe(true);
    expect(engine.namesShared("What did Marco say about the terminal?")).toBe(false);
    // A full name that holds the shared one names one entity: nothing for the turn before to say.
    expect(engine.namesShared("Who is Luca Ferrante?")).toBe(false);
    expect(engine.namesShared("What did Marco Ferrante and Ferrante say?")).toBe(true);
    expect(engineFrom(store((entities) => (entities[1]!.aliases = []))).namesShared("Who is Ferrante?")).toBe(
      false,
    );
  });
});

describe("a server's overlay: /alias add of a name another entity has", () => {
  /** The store with only the minister called Ferrante, and a service over a fresh database. */
  function boot() {
    const loaded = Engine.fromDirectory(store((entities) => (entities[1]!.aliases = [])));
    if (!loaded.ok) throw new Error("the namesakes store does not load");
    const opened = openStore(join(dirs.make(), "attache.db"));
    if (!opened.ok) throw new Error(opened.error.message);
    replayOverlays(loaded.engine, opened.store);
    return {
      engine: loaded.engine,
      store: opened.store,
      service: new FactService(loaded.engine, opened.store),
    };
  }

  it("allows an alias another entity already has, says it now names both, and questions then ask which", () => {
    const { engine, store: db, service } = boot();
    expect(engine.answer("Who is Ferrante?", "A").answer).toMatch(/Foreign Minister of Italy/);
    const added = service.addAlias("A", alice, "Luca Ferrante", "Ferrante", "the mayor too");
    expect(added).toEqual({
      ok: true,
      entityId: "luca-ferrante",
      alias: "Ferrante",
      sharedWith: ["marco-ferrante"],
    });
    expect(engine.answer("Who is Ferrante?", "A").answer).toBe(ASKS);
    // A moderator naming one of them by the shared name is asked for the full name.
    expect(service.addAlias("A", alice, "Ferrante", "Il Ministro")).toMatchObject({
      ok: false,
      problems: [
        {
          field: "entity",
          message: '"Ferrante" names several entities; give the full name or id of the one you mean',
          candidates: expect.arrayContaining([
            "Marco Ferrante (marco-ferrante)",
            "Luca Ferrante (luca-ferrante)",
          ]),
        },
      ],
    });
    // Another server's names are its own.
    expect(engine.answer("Who is Ferrante?", "B").answer).toMatch(
      /^Marco Ferrante: Foreign Minister of Italy/,
    );
    db.close();
  });

  it("refuses as an alias another entity's full name, and as a new entity's name an alias already in use", () => {
    const { store: db, service } = boot();
    expect(service.addAlias("A", alice, "luca-ferrante", "Marco Ferrante")).toMatchObject({
      ok: false,
      kind: "invalid",
      problems: [{ field: "alias", message: expect.stringMatching(/is the full name of Marco Ferrante/) }],
    });
    expect(
      service.addEntity("A", alice, {
        name: "Ferrante",
        kind: "place",
        description: "A village",
        aliases: [],
      }),
    ).toMatchObject({ ok: false, problems: [{ field: "name" }] });
    expect(
      service.addEntity("A", alice, {
        name: "Giulia Ferrante",
        kind: "person",
        description: "Mayor of Lecce",
        aliases: ["Ferrante"],
      }),
    ).toMatchObject({ ok: true });
    db.close();
  });

  it("imports an overlay that gives a shared alias", () => {
    const { store: db, service } = boot();
    const result = service.importOverlay(
      "A",
      alice,
      { aliases: [{ entity: "luca-ferrante", alias: "Ferrante" }] },
      { file: "overlay.json" },
    );
    expect(result).toMatchObject({ ok: true });
    const refused = service.importOverlay(
      "A",
      alice,
      { aliases: [{ entity: "luca-ferrante", alias: "Anna Berg" }] },
      { file: "overlay.json" },
    );
    expect(refused).toMatchObject({ ok: false, problems: [{ path: "$.aliases[0].alias" }] });
    db.close();
  });

  it("refuses to import a new entity whose full name is an alias the server's entity has, as /entity add does", () => {
    const { engine, store: db, service } = boot();
    const village = {
      id: "ferrante-village",
      kind: "place",
      name: "Ferrante",
      description: "A village",
      aliases: [],
    };
    const refused = service.importOverlay("A", alice, { entities: [village] }, { file: "overlay.json" });
    expect(refused).toMatchObject({
      ok: false,
      problems: [
        {
          path: "$.entities[0].name",
          message: expect.stringMatching(/^"Ferrante" already names "marco-ferrante"; a full name names/),
        },
      ],
    });
    expect(engine.answer("Who is Ferrante?", "A").answer).toMatch(/^Marco Ferrante: Foreign Minister/);
    // With a fuller name, and the shared one as its alias, it may come in.
    const fuller = { ...village, name: "Ferrante village", aliases: ["Ferrante"] };
    expect(service.importOverlay("A", alice, { entities: [fuller] }, { file: "overlay.json" })).toMatchObject(
      {
        ok: true,
      },
    );
    db.close();
  });
});

/** `npm run ask -- ARGS` over `dir`: what a user sees in the terminal. */
function askCli(dir: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", join("src", "cli", "ask.ts"), ...args], {
      cwd: join(import.meta.dirname, ".."),
      env: { ...process.env, DATA_DIR: dir, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout }));
  });
}

describe("the console asks which one", () => {
  it("`npm run ask` prints the clarification in one line, then the questions to ask instead", async () => {
    const run = await askCli(store(), ["Who is Ferrante?"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 5)).toEqual([
      ASKS,
      "",
      "Try asking:",
      "  • Who is Luca Ferrante?",
      "  • Who is Marco Ferrante?",
    ]);
  }, 60_000);

  it("the console's suggestion buttons answer about the one pressed; its previous turn picks one", async () => {
    const { registry, services } = await botOver(store());
    const session = new ConsoleSession({ services, registry, color: false });
    const asked = await session.handle("What did Ferrante say?");
    expect(asked).toContain(`┃ ${ASKS}\n`);
    expect(asked).toContain("[1] 💡 What did Luca Ferrante say?   [2] 💡 What did Marco Ferrante say?");
    expect(asked).not.toContain("can't answer");
    // A question back is not a gap in the facts for moderators to fill.
    expect(await services.feedback.unanswered()).toEqual([]);
    const pressed = await session.handle("2");
    expect(pressed).toContain("┃ Marco Ferrante said Italy would fund half of the corridor studies.");

    await session.handle("Who is the mayor of Bari?");
    // A question that could stand alone, but whose "Ferrante" the turn before says.
    const followed = await session.handle("What did Ferrante say about the terminal and the passengers?");
    expect(followed).toContain('┃ Taking "Ferrante" as Luca Ferrante (Mayor of Bari).');
  });
});

describe("/facts with a name two entities share", () => {
  async function facts(about: string) {
    const { registry, services } = await botOver(store());
    const command = registry.get("facts");
    if (!command) throw new Error("no /facts");
    return command.execute({
      services,
      userId: "100000000000000001",
      scope: "900000000000000001",
      surface: "guild",
      options: { string: (key) => (key === "about" ? about : undefined), boolean: () => undefined },
    });
  }

  it("asks which one, naming each with its description, rather than browsing the first", async () => {
    await expect(facts("Ferrante")).rejects.toThrow(
      "“Ferrante” names 2: Marco Ferrante (Foreign Minister of Italy), Luca Ferrante (Mayor of Bari). Pick one from the list as you type.",
    );
  });

  it("browses the one a full name names", async () => {
    const reply = await facts("Luca Ferrante");
    expect(reply.cards?.[0]?.title).toMatch(/Luca Ferrante/);
  });
});
