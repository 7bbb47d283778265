/**
 * "What did the Bulgarian vice minister say at Vidin?" where the store has two Bulgarian vice
 * ministers, each at a meeting of their own: the one who took part in the meeting at the place
 * named is meant. And "what did the Serbian labour minister say about the Bulgarian park model?" is
 * answered by her saying it, though the fact names her own country too: the speaker's own country
 * stands in no other country's place.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const BULGARIA_AND_SERBIA = [
  ["bulgaria", "participant"],
  ["serbia", "participant"],
] as const;

const engine = engineFrom(
  madeUpStore("danube-park-roles", {
    outlet: "Balkan Ledger",
    title: "Bulgaria and Serbia talk about a river park",
    date: "2026-07-03",
    entities: [
      { id: "bulgaria", kind: "country", name: "Bulgaria", description: "Country in the Balkans" },
      { id: "serbia", kind: "country", name: "Serbia", description: "Country in the Balkans" },
      { id: "kyustendil", kind: "place", name: "Kyustendil", description: "Town in western Bulgaria" },
      { id: "vidin", kind: "place", name: "Vidin", description: "Town on the Danube in Bulgaria" },
      {
        id: "petra-ilieva",
        kind: "person",
        name: "Petra Ilieva",
        description: "Vice Minister of Environment of Bulgaria; led Bulgaria at the Kyustendil talks",
      },
      {
        id: "boyan-marinov",
        kind: "person",
        name: "Boyan Marinov",
        description: "Vice Minister of Environment of Bulgaria; led Bulgaria at the Vidin talks",
      },
      {
        id: "jelena-savic",
        kind: "person",
        name: "Jelena Savić",
        description: "Minister of Labour of Serbia",
      },
    ],
    meetings: [
      {
        id: "2026-06-02-kyustendil-park-talks",
        title: "Bulgaria–Serbia mountain park talks in Kyustendil",
        date: "2026-06-02",
        place: "Kyustendil",
        participants: [...BULGARIA_AND_SERBIA, ["petra-ilieva", "head of delegation"]],
        topics: ["park", "border"],
        facts: [
          [
            "ilieva-said",
            "Petra Ilieva said the mountain park needs more rangers in winter.",
            ["petra-ilieva", "bulgaria"],
          ],
        ],
      },
      {
        id: "2026-07-02-vidin-park-talks",
        title: "Bulgaria–Serbia river park talks in Vidin",
        date: "2026-07-02",
        place: "Vidin",
        participants: [
          ...BULGARIA_AND_SERBIA,
          ["boyan-marinov", "head of delegation"],
          ["jelena-savic", "guest"],
        ],
        topics: ["park", "river"],
        facts: [
          [
            "marinov-said",
            "Boyan Marinov said the river park will close its beaches when the sturgeon spawn.",
            ["boyan-marinov", "bulgaria"],
          ],
          [
            "ranger-fee",
            "Serbia said it had moved on the ranger fee but Bulgaria had not.",
            ["serbia", "bulgaria"],
          ],
          [
            "savic-said",
            "Jelena Savić said Serbia's river villages have young people who want the work, so the Bulgarian park model suits Serbia well.",
            ["jelena-savic", "serbia"],
          ],
        ],
      },
    ],
  }),
);

describe("a role asked with a demonym", () => {
  it("is the one of the two who was at the meeting at the place named", () => {
    const result = engine.answer("what did the bulgarian vice minister say at vidin?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/sturgeon spawn/);
    expect(engine.answer("what did the bulgarian vice minister say at kyustendil?").answer).toMatch(
      /more rangers in winter/,
    );
  });

  it("still refuses a role nobody holds", () => {
    expect(engine.answer("what did the serbian president say about the ranger fee?").answered).toBe(false);
  });

  it("takes the speaker's own country for no other in the place of one asked", () => {
    const result = engine.answer("what did the serbian labour minister say about the bulgarian park model?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/suits Serbia well/);
  });
});
