/**
 * "Who has directed the Skarv exercise?": the present perfect asks for everyone who has done it
 * over time. The store tells it in each person's description by the post the act makes ("director
 * of the Skarv exercise from 2022 until …", "director … since …"), so both are listed, each cited,
 * not only the one a single fact best fits. "Who has Castel had as co-chair on the commission?"
 * asks the same of the post named, for one side: Castel's co-chairs, not Norvik's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("norvik-naval-wire", {
    outlet: "Norvik Naval Wire",
    title: "A new director for the Skarv exercise",
    date: "2026-10-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "skarv",
        kind: "initiative",
        name: "Skarv",
        description: "Annual joint naval exercise of Norvik and Castel in the Grey Sea",
        aliases: ["Skarv exercise"],
      },
      {
        id: "ada-holm",
        kind: "person",
        name: "Ada Holm",
        description:
          "Castel commodore, director of the Skarv exercise since 1 October 2026, replacing Per Lund",
      },
      {
        id: "per-lund",
        kind: "person",
        name: "Per Lund",
        description: "Norvik commodore, director of the Skarv exercise from 2022 until 1 October 2026",
      },
      {
        id: "fisheries-commission",
        kind: "organization",
        name: "Norvik–Castel Fisheries Commission",
        description: "Joint commission of Norvik and Castel that sets the Grey Sea quotas",
        aliases: ["Fisheries Commission"],
      },
      {
        id: "lia-berg",
        kind: "person",
        name: "Lia Berg",
        description:
          "Castel co-chair of the Norvik–Castel Fisheries Commission until 1 June 2026, replaced by Ole Dahl",
      },
      {
        id: "ole-dahl",
        kind: "person",
        name: "Ole Dahl",
        description: "Castel co-chair of the Norvik–Castel Fisheries Commission since 1 June 2026",
      },
      {
        id: "nils-ek",
        kind: "person",
        name: "Nils Ek",
        description: "Norvik co-chair of the Norvik–Castel Fisheries Commission",
      },
    ],
    meetings: [
      {
        id: "2026-10-01-skarv-handover",
        title: "Skarv exercise handover in Vesk",
        date: "2026-10-01",
        place: "Vesk",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        facts: [
          [
            "holm-replaces",
            "Commodore Ada Holm replaced Commodore Per Lund as director of the Skarv exercise on 1 October 2026.",
            ["ada-holm", "per-lund", "skarv"],
            "2026-10-01",
          ],
          [
            "holm-first",
            "Ada Holm is the first Castel officer to direct the Skarv exercise.",
            ["ada-holm", "skarv"],
          ],
          [
            "lund-since",
            "Per Lund, who has directed the Skarv exercise since 2022, said the drills would move north.",
            ["per-lund", "skarv"],
            "2026-03-02",
          ],
          [
            "berg-ek",
            "The Norvik–Castel Fisheries Commission met in Vesk under its co-chairs Lia Berg and Nils Ek.",
            ["lia-berg", "nils-ek", "fisheries-commission"],
            "2026-03-02",
          ],
          [
            "dahl-replaces",
            "Ole Dahl took up the Castel seat at the head of the Norvik–Castel Fisheries Commission on 1 June 2026.",
            ["ole-dahl", "fisheries-commission"],
            "2026-06-01",
          ],
        ],
      },
    ],
  }),
);

describe("who has done an act lists everyone the store gives the post it makes", () => {
  it("lists both directors of the exercise", () => {
    const result = engine.answer("who has directed the skarv exercise?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ada Holm");
    expect(result.answer).toContain("Per Lund");
  });

  it("lists one side's co-chairs of a commission, not the other side's", () => {
    const result = engine.answer("who has castel had as co-chair on the fisheries commission?");
    expect(result.answered).toBe(true);
    // (The first line names them; a fact cited for one of them may name the other side's too.)
    const [named = ""] = result.answer.split("\n");
    expect(named).toContain("Lia Berg");
    expect(named).toContain("Ole Dahl");
    expect(named).not.toContain("Nils Ek");
  });

  it("still answers who directs it now with the one director", () => {
    const result = engine.answer("who directs the skarv exercise now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ada Holm");
  });
});
