/**
 * "Where was the first collar fitted?" is not answered by the meeting's venue through a fact that
 * tells the act only as to come ("the first collars were to be fitted in May"): the venue is where
 * the plan was told. A fact that says where it was done answers; an act done at the meeting
 * ("signed") is still placed by its venue.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const story = (withPlace: boolean) =>
  engineFrom(
    madeUpStore(withPlace ? "collars-placed" : "collars-planned", {
      outlet: "Plains Dispatch",
      title: "Norvia and Castelia track migrating antelope",
      date: "2026-06-12",
      entities: [
        { id: "norvia", kind: "country", name: "Norvia", description: "Country to the north" },
        { id: "castelia", kind: "country", name: "Castelia", description: "Country to the south" },
        { id: "olmo", kind: "place", name: "Olmo", description: "Border town" },
        { id: "brea", kind: "place", name: "Brea", description: "Village on the plains" },
      ],
      meetings: [
        {
          id: "2026-03-11-olmo-talks",
          title: "Norvia–Castelia antelope monitoring talks in Olmo",
          date: "2026-03-11",
          place: "Olmo Border Post",
          participants: [
            ["norvia", "host"],
            ["castelia", "participant"],
          ],
          topics: ["antelope", "monitoring"],
          facts: [
            [
              "collars-planned",
              "The first antelope collars were to be fitted in May 2026.",
              ["norvia", "castelia"],
            ],
            [
              "accord-signed",
              "Norvia and Castelia signed an antelope monitoring accord.",
              ["norvia", "castelia"],
            ],
            ...(withPlace
              ? ([
                  [
                    "collar-fitted",
                    "The first antelope collar was fitted near Brea on 19 May 2026.",
                    ["brea"],
                    "2026-05-19",
                  ],
                ] as [string, string, string[], string][])
              : []),
          ],
        },
      ],
    }),
  );

describe("the venue does not say where an act told only as to come was done", () => {
  it("does not answer where the first collar was fitted with the meeting's venue", () => {
    const result = story(false).answer("where was the first antelope collar fitted");
    expect(result.answer).not.toContain("Olmo Border Post");
  });

  it("answers it with the fact that says where", () => {
    const result = story(true).answer("where was the first antelope collar fitted");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Brea");
  });

  it("still places an act done at the meeting by its venue", () => {
    const result = story(false).answer("where did norvia and castelia sign the antelope monitoring accord?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Olmo");
  });
});
