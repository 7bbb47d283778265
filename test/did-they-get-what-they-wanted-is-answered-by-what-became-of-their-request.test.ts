/**
 * "Yo did Castel get the deeper lock or nah?", asked with nothing before it, asks whether what Castel
 * wanted was given: when the store tells Castel's request turned down or left unanswered, that is
 * the answer, not Castel's argument for the lock nor the request told again. A request's fate that
 * says nothing of the thing asked (Castel's refused lock, for "did Castel get the grant?") does not
 * answer; "did the lock get approved?" asks of the act, not of anyone's request.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("orla-canal-courier-lock-requests", {
    outlet: "Orla Canal Courier",
    title: "Orla canal board turns down Castel's deeper lock",
    date: "2026-09-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "orla-canal-board",
        kind: "organization",
        name: "Orla Canal Board",
        description: "Joint Norvik–Castel board running the Orla canal",
        aliases: ["canal board"],
      },
      {
        id: "orla-lock",
        kind: "other",
        name: "Orla Lock",
        description: "The lock at the Norvik end of the Orla canal",
      },
      {
        id: "orla-bargemen",
        kind: "organization",
        name: "Orla Bargemen's Union",
        description: "Union of the barge crews on the Orla canal",
        aliases: ["bargemen"],
      },
    ],
    meetings: [
      {
        id: "2026-09-10-orla-canal-board",
        title: "Orla Canal Board session in Norvik",
        date: "2026-09-10",
        place: "Norvik",
        participants: [...NORVIK_AND_CASTEL, ["orla-canal-board", "host"]],
        facts: [
          [
            "castel-deeper-argument",
            "Castel's transport ministry said a deeper Orla Lock would let barges of 3,000 tonnes reach its ports.",
            ["castel", "orla-lock"],
          ],
          [
            "lock-refused",
            "The Orla Canal Board refused a request from Castel to increase the depth of the Orla Lock from 4 to 6 metres.",
            ["orla-canal-board", "castel", "orla-lock"],
          ],
          [
            "castel-grant",
            "The Orla Canal Board gave Castel a grant of 4 million euros to dredge its harbour basins.",
            ["orla-canal-board", "castel"],
          ],
          [
            "bargemen-asked",
            "The Orla Bargemen's Union asked the canal board for 900 euros in compensation for each crew idled by the lock works.",
            ["orla-bargemen", "orla-canal-board"],
          ],
          [
            "bargemen-unanswered",
            "The Orla Bargemen's Union's compensation request remains unanswered.",
            ["orla-bargemen", "orla-canal-board"],
          ],
        ],
      },
    ],
  }),
);

describe("did they get what they wanted is answered by what became of their request", () => {
  it("answers 'did Castel get the deeper lock?' with the refusal, not Castel's argument for it", () => {
    const result = engine.answer("yo did castel get the deeper orla lock or nah");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/refused a request from Castel/);
    expect(result.answer).not.toMatch(/3,000 tonnes/);
  });

  it("answers 'did the bargemen ever get their compensation money?' with the request left unanswered", () => {
    const result = engine.answer("did the bargemen ever get their compensation money?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/remains unanswered/);
  });

  it("does not answer whether Castel got a grant with its refused lock", () => {
    const result = engine.answer("did castel get the grant?");
    expect(result.answer).not.toMatch(/refused a request/);
  });
});
