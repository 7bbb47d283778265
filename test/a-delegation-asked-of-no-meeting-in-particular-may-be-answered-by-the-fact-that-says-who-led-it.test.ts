/**
 * "Who led the Portuguese delegation in the talks?" names no talks but by a word every meeting has.
 * The record of a meeting with "talks" in its title (Rui Pinto, head of the Portuguese delegation at
 * the Tangier fishing talks) is one reading; a fact saying outright that another of Portugal's
 * people led its delegation ("Ana Correia led the Portuguese delegation in the river accord talks")
 * is the store's own answer, and is given. Asked of the meeting by words of its own ("the fishing
 * talks"), the meeting's record answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("portugal-two-delegations", {
    outlet: "Korrin Sound Herald",
    title: "Portuguese at the table twice",
    date: "2026-08-12",
    entities: [
      { id: "portugal", kind: "country", name: "Portugal", description: "Country in south-western Europe" },
      { id: "morocco", kind: "country", name: "Morocco", description: "Country in north-western Africa" },
      { id: "spain", kind: "country", name: "Spain", description: "Country in south-western Europe" },
      {
        id: "tangier",
        kind: "place",
        name: "Tangier",
        description: "Moroccan port on the Strait of Gibraltar",
      },
      {
        id: "rui-pinto",
        kind: "person",
        name: "Rui Pinto",
        description: "Portugal's fisheries secretary",
      },
      {
        id: "ana-correia",
        kind: "person",
        name: "Ana Correia",
        description: "Portugal's deputy foreign minister",
      },
      {
        id: "guadiana-accord",
        kind: "initiative",
        name: "Guadiana river accord",
        description: "Portugal–Spain accord on sharing the Guadiana's water",
      },
    ],
    meetings: [
      {
        id: "2026-06-03-tangier-fishing-talks",
        title: "Portugal–Morocco fishing talks in Tangier",
        date: "2026-06-03",
        place: "Tangier",
        participants: [
          ["morocco", "host"],
          ["portugal", "guest"],
          ["rui-pinto", "head of the Portuguese delegation"],
          ["tangier", "venue"],
        ],
        topics: ["fishing", "cod"],
        facts: [
          [
            "tangier-no-deal",
            "Portugal and Morocco ended their fishing talks in Tangier without a deal on cod.",
            ["portugal", "morocco"],
          ],
          [
            "pinto-season",
            "Rui Pinto said Portugal wants a longer sardine season off Tangier.",
            ["rui-pinto", "portugal", "morocco"],
          ],
        ],
      },
      {
        id: "2026-08-10-guadiana-accord-signed",
        title: "Portugal and Spain sign the Guadiana river accord in Badajoz",
        date: "2026-08-10",
        place: "Badajoz",
        participants: [
          ["portugal", "party"],
          ["spain", "party"],
          ["ana-correia", "signed for Portuguese"],
          ["guadiana-accord", "the accord signed"],
        ],
        topics: ["water", "rivers"],
        facts: [
          [
            "koski-led",
            "Ana Correia led the Portuguese delegation in the river accord talks.",
            ["ana-correia", "portugal", "guadiana-accord"],
          ],
        ],
      },
    ],
  }),
);

describe("a delegation asked of no meeting in particular may be answered by the fact that says who led it", () => {
  it("answers with the one a fact says led the delegation, not the record of a meeting titled talks", () => {
    const result = askedIn(engine, "who led the portuguese delegation in the talks");
    expect(result.answer).toMatch(/Ana Correia/);
    expect(result.answer).not.toMatch(/Rui Pinto/);
  });

  it("still answers from the meeting's record when words of its own name the meeting", () => {
    expect(askedIn(engine, "who led the portuguese delegation in the fishing talks").answer).toMatch(
      /Rui Pinto/,
    );
  });
});
