/**
 * "How long has the Kolna Strait Council existed?" asks when it began: "the council was set up by
 * Norvik and Castel in April 2019" tells it, and a second fact giving the same month ("has chaired
 * it since it was founded in April 2019") backs it up rather than leaving it undecided. "The ferry
 * has been running for thirty years" tells how long a thing has run. A length still to run
 * ("the chair passes to a Castel nominee for two years"), a length of another named thing ("saying
 * Dunmore has lived next to the strait for thirty years", asked of the mayor) and a plan to set
 * something up ("agreed to set up a working group in April 2026") tell none of it.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function strait(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Kolna Strait Council meets in Dunmore",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "kolna-council",
          kind: "organization",
          name: "Kolna Strait Council",
          description: "Joint body of Norvik and Castel for the Kolna Strait",
        },
        {
          id: "kolna-ferry",
          kind: "other",
          name: "Kolna car ferry",
          description: "Car ferry across the Kolna Strait",
        },
        { id: "dunmore", kind: "place", name: "Dunmore", description: "Port town on the Kolna Strait" },
        {
          id: "ilse-varga",
          kind: "person",
          name: "Ilse Varga",
          description: "Mayor of Dunmore",
        },
        {
          id: "arno-pell",
          kind: "person",
          name: "Arno Pell",
          description: "Chair of the Kolna Strait Council",
        },
        {
          id: "oren-blum",
          kind: "person",
          name: "Oren Blum",
          description: "President of Castel",
        },
      ],
      meetings: [
        {
          id: "2026-05-10-dunmore-session",
          title: "Kolna Strait Council session in Dunmore",
          date: "2026-05-10",
          place: "Dunmore",
          participants: NORVIK_AND_CASTEL,
          topics: ["ferries", "borders"],
          facts: [
            [
              "session",
              "Norvik and Castel agreed at the Kolna Strait Council in Dunmore to buy a second ferry.",
              ["norvik", "castel", "kolna-council", "dunmore"],
            ],
            ...facts,
          ],
        },
      ],
    }),
  );
}

const SET_UP: MadeUpMeeting["facts"][number] = [
  "council-set-up",
  "The Kolna Strait Council was set up by the governments of Norvik and Castel in April 2019.",
  ["kolna-council", "norvik", "castel"],
];
const CHAIRED_SINCE: MadeUpMeeting["facts"][number] = [
  "chair-since",
  "Arno Pell has chaired the Kolna Strait Council since it was founded in April 2019.",
  ["arno-pell", "kolna-council"],
];

describe("how long a body or a service has existed", () => {
  it("is told by when the body was set up, which a fact giving the same month backs up", () => {
    const engine = strait("kolna-set-up", [SET_UP, CHAIRED_SINCE]);
    const result = askedIn(engine, "how long has the kolna strait council existed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("April 2019");
  });

  it("is told by the length a thing has run, in words", () => {
    const engine = strait("kolna-ferry-years", [
      [
        "ferry-families",
        "Ilse Varga said the Kolna car ferry has been running for thirty years and feeds the fishing families of Dunmore.",
        ["ilse-varga", "kolna-ferry", "dunmore"],
      ],
    ]);
    const result = askedIn(engine, "how long has the kolna car ferry been running?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("thirty years");
  });

  it("is not told by a term still to run", () => {
    const engine = strait("kolna-chair-term", [
      [
        "chair-passes",
        "Under the Kolna Strait Council's rules, the chair now passes to a Castel nominee for two years.",
        ["kolna-council", "castel"],
      ],
    ]);
    const result = askedIn(engine, "how long has the kolna strait council existed?");
    expect(result.answer).not.toContain("two years");
  });

  it("of a person, is not told by how long another named place has held", () => {
    const engine = strait("kolna-mayor", [
      [
        "mayor-quote",
        "Ilse Varga, mayor of Dunmore, welcomed the ferry, saying Dunmore has lived next to the strait for thirty years.",
        ["ilse-varga", "dunmore", "kolna-ferry"],
      ],
    ]);
    const result = askedIn(engine, "how long has ilse varga been mayor of dunmore?");
    expect(result.answer).not.toContain("thirty years");
  });

  it("is not told by a plan, made that day, to set something else up", () => {
    const engine = strait("kolna-plan", [
      [
        "group-planned",
        "Norvik and Castel agreed to set up a ferry working group at the funeral of Castel's former president Oren Blum in April 2026.",
        ["norvik", "castel", "oren-blum"],
      ],
    ]);
    const result = askedIn(engine, "in what year did oren blum become president of castel?");
    expect(result.answer).not.toContain("April 2026");
  });
});
