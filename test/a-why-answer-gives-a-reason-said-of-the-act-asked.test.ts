/**
 * A why-question's reason must be said of the act asked: "joined the trial and will give money to
 * pay for freezers" says what the gift is for, not why it joined; "agreed on a day to raise the
 * sales" says what was agreed, not why; "Without Norland, the budget falls" says what its absence
 * does, not why Norland stayed out; and a minister's remark that the act refused is still to come
 * is no reason for refusing it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-vaccine-fund", {
    outlet: "Elm Gazette",
    title: "A fund joins the Elm vaccine trial",
    date: "2026-05-20",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "A coastal country", aliases: [] },
      { id: "norland", kind: "country", name: "Norland", description: "A coastal country", aliases: [] },
      {
        id: "kora-fund",
        kind: "organization",
        name: "Kora Health Fund",
        description: "A regional charity",
        aliases: ["KHF"],
      },
      {
        id: "elm-trial",
        kind: "initiative",
        name: "Elm vaccine trial",
        description: "A trial of a new vaccine",
        aliases: [],
      },
      {
        id: "tam-oren",
        kind: "person",
        name: "Tam Oren",
        description: "Minister of Health of Norland",
        aliases: ["Oren"],
      },
      {
        id: "lake-pact",
        kind: "initiative",
        name: "Lake Rescue Pact",
        description: "An agreement on oil spills on Lake Elm",
        aliases: [],
      },
    ],
    meetings: [
      {
        id: "2026-05-19-port-elm-health-talks",
        title: "Veloria–Norland health talks in Port Elm",
        date: "2026-05-19",
        place: "Port Elm",
        participants: [
          ["tam-oren", "Minister of Health of Norland"],
          ["veloria", "participant"],
          ["norland", "participant"],
        ],
        topics: ["health", "vaccines"],
        facts: [
          [
            "fund-joined",
            "The Kora Health Fund has joined the Elm vaccine trial and will give 1.5 million dollars to pay for freezers at the Port Elm clinic.",
            ["kora-fund", "elm-trial"],
          ],
          [
            "pact-signed",
            "Veloria signed the Lake Rescue Pact in Port Elm; Tam Oren attended the signing as an observer but Norland did not sign.",
            ["veloria", "norland", "tam-oren", "lake-pact"],
          ],
          [
            "oren-expects",
            "Tam Oren said he expected Norland to sign the Lake Rescue Pact before the end of 2027.",
            ["tam-oren", "norland", "lake-pact"],
          ],
          [
            "sales-agreed",
            "Veloria and Norland agreed on 18 May 2026 to raise Norland's vaccine sales to Veloria to 2 million doses, after a first year in which Veloria paid part of its bills late.",
            ["veloria", "norland"],
          ],
          [
            "budget-without",
            "Without Norland, the budget of the Lake Rescue Pact falls from 8 million to 6 million dollars.",
            ["norland", "lake-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("a why-answer gives a reason said of the act asked", () => {
  it("does not give what a gift is for as why the fund joined", () => {
    const result = engine.answer("why did the Kora Health Fund join the Elm vaccine trial?");
    expect(result.answer).not.toContain("freezers");
    expect(result.answered).toBe(false);
  });

  it("does not give what was agreed as why it was agreed", () => {
    const result = engine.answer("why did Veloria agree to buy more Norland vaccines?");
    expect(result.answer).not.toContain("2 million doses");
    expect(result.answered).toBe(false);
  });

  it("does not give a minister's remark that the act is still to come as why it was not done", () => {
    const result = engine.answer("why didn't Norland sign the Lake Rescue Pact?");
    expect(result.answer).not.toContain("expected");
    expect(result.answer).not.toContain("budget");
    expect(result.answered).toBe(false);
  });
});
