/**
 * A plan told in one article and revised in a later one stands as the later article has it:
 * "how many weather stations are planned now?" follows the later change that names the stations
 * ("had grown from 40 to 52"), not any figure of the plan a later fact happens to take on; "how many
 * truck lanes will open by December?" keeps "by December" as part of the plan, which the later
 * "only two … instead of four" revises; "did the vell branch line survive?", first told as not known,
 * is told with the later fact that settles it.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { type MadeUpEntity, norvikAndCastel, norvikCastelStory } from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Lorn"),
  {
    id: "storm-net",
    kind: "initiative",
    name: "Elm Storm Watch",
    description: "Storm warning network planned by Norvik and Castel",
  },
  {
    id: "port-elm-post",
    kind: "place",
    name: "Port Elm border post",
    description: "Border post between Norvik and Castel being upgraded",
    aliases: ["Port Elm"],
  },
  { id: "ana-berg", kind: "person", name: "Ana Berg", description: "Head of the Port Elm border post" },
  { id: "ivo-dask", kind: "person", name: "Ivo Dask", description: "Director of the Elm Storm Watch" },
  {
    id: "vell-branch",
    kind: "initiative",
    name: "Castelmar–Vell branch",
    description: "Branch railway line from Castelmar to Vell",
  },
  { id: "vell", kind: "place", name: "Vell", description: "A market town in Castel" },
  {
    id: "bypass",
    kind: "initiative",
    name: "Port Elm bypass",
    description: "Road planned around the town of Port Elm",
  },
];
const article = norvikCastelStory("Elm Courier", "elm-plan", entities, ["storms", "border"]);

const first = article("elm-plan", "2026-02-11", {
  id: "2026-02-10-elm-storm-plan",
  title: "Norvik–Castel storm warning and border talks",
  date: "2026-02-10",
  place: "Port Elm",
  facts: [
    [
      "plan",
      "Under the plan, Norvik and Castel will install one weather radar, 40 automatic weather stations and 120 outdoor sirens.",
      ["norvik", "castel", "storm-net"],
    ],
    [
      "lanes-1",
      "Ana Berg said that four of the ten new truck lanes at Port Elm would open by December.",
      ["ana-berg", "port-elm-post"],
    ],
    [
      "ferry-open",
      "It was not known in February 2026 whether the 40-kilometre Castelmar–Vell branch line would survive the new budget; officials said it was under review.",
      ["vell-branch", "vell", "castel"],
    ],
    [
      "bypass-open",
      "It was not known whether the Port Elm bypass would be built; officials said it was under review.",
      ["bypass", "castel"],
    ],
  ],
});
const second = article("elm-revised", "2026-07-10", {
  id: "2026-07-09-elm-storm-talks",
  title: "Norvik–Castel storm warning talks",
  date: "2026-07-09",
  place: "Castelmar",
  facts: [
    [
      "stations-2",
      "Ivo Dask said the cost rose because the radar mast had to be strengthened and the number of automatic weather stations had grown from 40 to 52.",
      ["ivo-dask", "storm-net"],
    ],
    [
      "lanes-2",
      "Work on the Port Elm border post is behind schedule: Ana Berg said only two of the ten new truck lanes would open by December instead of four.",
      ["ana-berg", "port-elm-post"],
    ],
    [
      "branch-2",
      "The 40-kilometre branch line from Castelmar to Vell was cancelled, saving about 3 million euros.",
      ["vell-branch", "vell"],
    ],
  ],
});

const dir = mkdtempSync(join(tmpdir(), "attache-elm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
[first, second].forEach((made, i) => {
  cpSync(made, join(dir, `article-${i}`), { recursive: true });
});
const engine = engineFrom(dir);

describe("a figure of a plan asked now, with no name asked", () => {
  it("follows the later change that names the thing counted", () => {
    const result = engine.answer("how many weather stations are planned now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/from 40 to 52/);
  });

  it("keeps the plan's own figure of a thing no later fact changes", () => {
    const result = engine.answer("how many sirens are planned now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/120 outdoor sirens/);
    expect(result.answer).not.toMatch(/52/);
  });
});

describe("a day a plan is to be met by", () => {
  it("is part of the plan, which the later article revises", () => {
    const result = engine.answer("how many new truck lanes at port elm will open by december?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/only two of the ten/);
    expect(result.answer).not.toMatch(/four of the ten new truck lanes at Port Elm would open/);
  });
});

describe("a matter first told as not known", () => {
  it("is told with the later fact that settles it", () => {
    const result = engine.answer("did the vell branch line survive?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*not known/);
    expect(result.answer).toMatch(/Later \(.*was cancelled/);
  });

  it("stays the one account where no later fact settles it", () => {
    const result = engine.answer("will the port elm bypass be built?");
    expect(result.answer).not.toMatch(/Later \(/);
  });
});
