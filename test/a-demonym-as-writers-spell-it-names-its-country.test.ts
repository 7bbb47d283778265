/**
 * "What did the Maldivian foreign minister ask for?", "what did the Nevisian minister say?": the
 * `world-countries` dataset spells a few demonyms otherwise than writers do ("Maldivan", "Comoran")
 * and gives a country of two parts one string for both ("Kittitian or Nevisian", "Antiguan,
 * Barbudan"). The "-ian" form is read as the dataset's "-an", and each part's demonym is the
 * country's, as any other country's adjective is; a country the store does not know is still
 * refused by its people's name.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("island-forum", {
    outlet: "Island Ledger",
    title: "Island forum asks again for a rescue clause",
    date: "2026-10-15",
    entities: [
      {
        id: "maldives",
        kind: "country",
        name: "Maldives",
        description: "Island country in the Indian Ocean",
      },
      {
        id: "saint-kitts-and-nevis",
        kind: "country",
        name: "Saint Kitts and Nevis",
        description: "Island country in the Caribbean",
      },
      {
        id: "aminath-saleem",
        kind: "person",
        name: "Aminath Saleem",
        description: "The Maldives' Minister of Foreign Affairs",
      },
      {
        id: "delroy-liburd",
        kind: "person",
        name: "Delroy Liburd",
        description: "Saint Kitts and Nevis' Minister of Foreign Affairs",
      },
      {
        id: "island-forum",
        kind: "organization",
        name: "Island Forum",
        description: "Forum of small island states",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-island-forum",
        title: "Island Forum council meeting",
        date: "2026-10-14",
        place: "Male",
        participants: [
          ["maldives", "host"],
          ["saint-kitts-and-nevis", "participant"],
          ["island-forum", "organizer"],
          ["aminath-saleem", "participant"],
          ["delroy-liburd", "participant"],
        ],
        topics: ["rescue", "migration"],
        facts: [
          [
            "maldives-asks",
            "Aminath Saleem asked again for the rescue clause to be put back on the forum's agenda.",
            ["aminath-saleem", "maldives", "island-forum"],
          ],
          [
            "skn-offers",
            "Delroy Liburd offered to host the forum's next training course.",
            ["delroy-liburd", "saint-kitts-and-nevis", "island-forum"],
          ],
        ],
      },
    ],
  }),
);

describe("a demonym as writers spell it names its country", () => {
  it("reads 'Maldivian' as the Maldives", () => {
    expect(
      engine.answer("What did the Maldivian foreign minister ask the Island Forum for?").answer,
    ).toContain("rescue clause");
  });

  it("reads one part's demonym of a country of two parts as that country", () => {
    expect(engine.answer("What did the Nevisian foreign minister offer the Island Forum?").answer).toContain(
      "training course",
    );
  });

  it("still refuses the people of a country the store does not know", () => {
    expect(engine.answer("What did the Comorian foreign minister ask the Island Forum for?").answered).toBe(
      false,
    );
  });
});
