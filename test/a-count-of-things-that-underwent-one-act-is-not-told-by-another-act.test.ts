/**
 * "How many collared wildebeest have died?" is not answered by "85 of the 300 planned collars had
 * been fitted since the first went on a wildebeest", nor "how many seasonal workers were injured?"
 * by a quota of seasonal workers: the same things are counted, but for another act, so the count
 * asked is not told (a light verb of going is no word for dying). A fact that tells the act in other words ("had begun" for "have
 * started") still answers, and so does one with the act itself.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-seasonal-work", {
    outlet: "Elm Gazette",
    title: "More seasonal workers for Castel",
    date: "2026-10-15",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-10-14-norvik-castel-labour-talks",
        title: "Norvik–Castel labour talks",
        date: "2026-10-14",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["seasonal work"],
        facts: [
          [
            "quota",
            "Norvik and Castel agreed to raise the yearly quota of Norvik seasonal workers in Castel from 3,000 to 4,500.",
            ["norvik", "castel"],
          ],
          [
            "trainees",
            "The first 40 trainees of the seasonal work scheme had begun a course in Port Elm.",
            ["port-elm"],
          ],
          [
            "collars",
            "Ayla Morn said 85 of the 300 planned collars had been fitted since the first went on a wildebeest near Port Elm.",
            ["port-elm"],
          ],
          ["sent", "Norvik said 2,800 seasonal workers were sent home after the harvest.", ["norvik"]],
        ],
      },
    ],
  }),
);

describe("a count of things that underwent one act is not told by another act", () => {
  it("does not answer how many were injured with a quota of them", () => {
    const answer = engine.answer("how many norvik seasonal workers were injured in castel?");
    expect(answer.answer).not.toMatch(/4,500|3,000|2,800/);
  });

  it("does not answer how many have died with a count of collars fitted", () => {
    expect(engine.answer("how many collared wildebeest have died since may?").answer).not.toMatch(/85|300/);
  });

  it("answers when the fact tells the act in other words", () => {
    expect(engine.answer("how many trainees have started the course?").answer).toMatch(/40/);
  });

  it("answers when the fact tells the act itself", () => {
    expect(engine.answer("how many seasonal workers were sent home?").answer).toMatch(/2,800/);
  });
});
