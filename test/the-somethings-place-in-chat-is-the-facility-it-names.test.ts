/**
 * "yo who's the director of the kessa fish place now lol": in chat "the … place" is the facility its
 * first words name (a hatchery, a station, a centre), as "the … thing" would be, and not a
 * location the answer must name. A where-question still asks for the place, and "in the first
 * place" is still no place at all; what the store does not say still gets no answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-hatchery", {
    outlet: "Port Sella Herald",
    title: "A new director for the Kessa fish hatchery",
    date: "2026-10-15",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "kessa", kind: "place", name: "Kessa", description: "Port town in Norland" },
      {
        id: "kessa-hatchery",
        kind: "initiative",
        name: "Kessa fish hatchery",
        description: "Joint hatchery of Veloria and Norland at Kessa that breeds young salmon",
      },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Norland fisheries biologist",
      },
      {
        id: "tomas-brenn",
        kind: "person",
        name: "Tomas Brenn",
        description: "Former director of the Kessa fish hatchery",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-kessa",
        title: "Board meeting of the Kessa fish hatchery",
        date: "2026-10-14",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["fisheries"],
        facts: [
          [
            "new-director",
            "Ilse Marrow, a Norland fisheries biologist, replaces Tomas Brenn as director of the Kessa fish hatchery.",
            ["ilse-marrow", "tomas-brenn", "kessa-hatchery", "norland"],
          ],
          [
            "hatchery-output",
            "The Kessa fish hatchery will release 200,000 young salmon a year, down from 250,000.",
            ["kessa-hatchery"],
          ],
        ],
      },
    ],
  }),
);

describe("the something place, in chat, is the facility it names", () => {
  it("answers who directs 'the kessa fish place' with the hatchery's director", () => {
    expect(engine.answer("yo who's the director of the kessa fish place now lol").answer).toContain("Marrow");
  });

  it("answers how many 'the kessa fish place' releases", () => {
    expect(engine.answer("how many salmon does the kessa fish place release a year").answer).toContain(
      "200,000",
    );
  });

  it("still refuses what the store does not say of the place", () => {
    expect(engine.answer("who paid for the kessa fish place").answered).toBe(false);
  });
});
