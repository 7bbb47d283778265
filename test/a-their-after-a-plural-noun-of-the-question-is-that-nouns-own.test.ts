/**
 * "How many taxi owners did she warn could lose their living?" right after "who is Ada Holm?":
 * "their" is the taxi owners', whom the question itself names before it; only "she" needs the
 * previous turn, and "their" is not read as the people of Ada Holm's meeting.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-ferry-boatmen", {
    outlet: "Elm Courier",
    title: "Boatmen fear the new Elm ferry",
    date: "2026-10-08",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-boatmen",
        kind: "organization",
        name: "Elm Boatmen's Cooperative",
        description: "A cooperative of taxi owners on the Elm Sea",
      },
      {
        id: "ada-holm",
        kind: "person",
        name: "Ada Holm",
        description: "President of the Elm Boatmen's Cooperative",
      },
      { id: "bo-lind", kind: "person", name: "Bo Lind", description: "Norvik transport minister" },
      { id: "cy-moor", kind: "person", name: "Cy Moor", description: "Castel transport minister" },
    ],
    meetings: [
      {
        id: "2026-10-07-norvik-castel-ferry-talks",
        title: "Norvik–Castel talks on the Elm ferry",
        date: "2026-10-07",
        place: "Port Elm",
        participants: [
          ...NORVIK_AND_CASTEL,
          ["bo-lind", "participant"],
          ["cy-moor", "participant"],
          ["ada-holm", "participant"],
        ],
        topics: ["ferry", "boatmen"],
        facts: [
          [
            "boatmen-warning",
            "Ada Holm, president of the Elm Boatmen's Cooperative, warned that 48 taxi owners could lose their living to the ferry.",
            ["ada-holm", "elm-boatmen"],
            null,
            ["boatmen", "ferry", "warning"],
          ],
          [
            "ferry-agreed",
            "Bo Lind and Cy Moor agreed to run a daily ferry across the Elm Sea from June 2027.",
            ["bo-lind", "cy-moor", "norvik", "castel"],
            null,
            ["ferry", "agreed"],
          ],
        ],
      },
    ],
  }),
);

describe("a their after a plural noun of the question is that noun's own", () => {
  it("reads only she from the previous turn and counts the taxi owners", () => {
    const result = askedIn(
      engine,
      "how many taxi owners did she warn could lose their living?",
      "who is ada holm",
    );
    expect(result.reading ?? "").not.toContain('"their"');
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("48 taxi owners");
  });

  it("still reads a their with no noun before it as the people just discussed", () => {
    const result = askedIn(
      engine,
      "what did they agree on their ferry?",
      "what did bo lind and cy moor agree",
    );
    expect(result.reading ?? "").toContain("Bo Lind");
  });
});
